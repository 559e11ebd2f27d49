import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

describe.runIf(runBrowser)('console in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'konsol.admin' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('logs in, creates an agency through the form and finds it in the list', async () => {
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill('konsol.admin');
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    // Indonesian by default.
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    await page.goto(`${app.url}/admin/#/agencies/create`);
    await page.locator('input[name="code"]').fill('pemkab-blangpidie');
    await page.locator('input[name="name"]').fill('Pemerintah Kabupaten Uji Blangpidie');
    await page.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: 'Instansi Daerah' }).click();
    await page.locator('input[name="region"]').fill('Aceh');
    await screenshot(page, 'agency-create');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/agencies\/[^/]+\/show$/, { timeout: 15_000 });

    // Saved through the API, the code upper-cased by the form.
    const rows = await app.sql<{ name: string; kind: string; region: string }>(
      `select name, kind, region from agencies where code = 'PEMKAB-BLANGPIDIE'`,
    );
    expect(rows).toEqual([{ name: 'Pemerintah Kabupaten Uji Blangpidie', kind: 'DAERAH', region: 'Aceh' }]);

    await page.goto(`${app.url}/admin/#/agencies?filter=%7B%7D`);
    await page.locator('input[name="q"]').fill('Blangpidie');
    const row = page.locator('tbody tr', { hasText: 'PEMKAB-BLANGPIDIE' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('Pemerintah Kabupaten Uji Blangpidie');
    await screenshot(page, 'agency-list');

    // A duplicate code is refused by the API and shown on the field.
    await page.goto(`${app.url}/admin/#/agencies/create`);
    await page.locator('input[name="code"]').fill('PEMKAB-BLANGPIDIE');
    await page.locator('input[name="name"]').fill('Duplikat');
    await page.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: 'Instansi Pusat' }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    const fieldError = page.locator('.ra-input-code .MuiFormHelperText-root.Mui-error');
    await fieldError.waitFor({ timeout: 15_000 });
    expect(await fieldError.textContent()).toContain('Sudah dipakai oleh data lain');
    expect(consoleErrors).toEqual([]);
  });
});
