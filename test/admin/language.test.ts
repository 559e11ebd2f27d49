import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;

/**
 * The API answers refusals with a reason code; the console says them in the language chosen,
 * on the field they concern, and formats dates in that language's convention.
 */
describe.runIf(runBrowser)('the console in Indonesian and English', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'bahasa.admin' });
    await createAgency(app, { code: 'KEMBAR', name: 'Pemerintah Kota Kembar' });
    browser = await launchChromium();
    // The browser itself speaks American English: the console must not borrow its formats.
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US', timezoneId: 'Asia/Jakarta' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const fieldError = (name: string) => page.locator(`.ra-input-${name} .MuiFormHelperText-root.Mui-error`);

  const submitDuplicate = async (kindLabel: string, kindOption: string, save: string) => {
    await page.goto(`${app.url}/admin/#/agencies/create`);
    await page.locator('input[name="code"]').fill('KEMBAR');
    await page.locator('input[name="name"]').fill('Pemerintah Kota Kembar Dua');
    await page.getByRole('combobox', { name: kindLabel }).click();
    await page.getByRole('option', { name: kindOption }).click();
    await page.getByRole('button', { name: save }).click();
    await fieldError('code').waitFor({ timeout: 15_000 });
    return (await fieldError('code').textContent()) ?? '';
  };

  it('shows a refusal of the server on its field in Indonesian, then in English after the switch', async () => {
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill('bahasa.admin');
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    // The code is taken: the API answers CONFLICT with reason DUPLICATE on input.code.
    expect(await submitDuplicate('Jenis', 'Instansi Daerah', 'Simpan')).toContain('Sudah dipakai oleh data lain');
    await screenshot(page, 'language-refusal-id');

    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 15_000 });

    const english = await submitDuplicate('Kind', 'Regional government', 'Save');
    expect(english).toContain('Already used by another record');
    expect(english).not.toContain('Sudah');
    await screenshot(page, 'language-refusal-en');
    expect(await app.sql(`select code from agencies where code = 'KEMBAR'`)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('remembers English after a reload and formats dates as en-GB; Indonesian formats them as id-ID', async () => {
    const [agency] = await app.sql<{ id: string }>(
      `update agencies set created_at = '2026-03-05T07:30:00Z' where code = 'KEMBAR' returning id`,
    );
    const globalId = Buffer.from(`Agency:${agency!.id}`).toString('base64url');
    await page.goto(`${app.url}/admin/#/agencies/${globalId}/show`);
    await page.reload();
    const main = page.locator('main');
    await page.getByText('Regional government').waitFor({ timeout: 15_000 });
    // en-GB: day before month and a 24-hour clock (en-US, the browser's, would say "Mar 5, 2026, 02:30 PM").
    expect(await main.textContent()).toMatch(/5 Mar 2026,? 14:30/);

    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
    await page.getByText('Instansi Daerah').waitFor({ timeout: 15_000 });
    // id-ID: "5 Mar 2026, 14.30" (a dot between hours and minutes).
    expect(await main.textContent()).toMatch(/5 Mar 2026,? (pukul )?14\.30/);
    await screenshot(page, 'language-dates-id');
    expect(pageErrors).toEqual([]);
  });
});
