import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

describe.runIf(runBrowser)('user accounts in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    await createAgency(app, { code: 'PEMKOT-UJI-SABANG', name: 'Pemerintah Kota Uji Sabang' });
    await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'pengguna.admin' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates an HR officer for an agency, finds it in the list and deactivates it', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signIn(page, app.url, 'pengguna.admin');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
    // Platform administrators manage accounts: the menu offers them.
    await page.getByRole('menuitem', { name: 'Pengguna' }).click();
    await page.waitForURL(/#\/users/);

    await page.goto(`${app.url}/admin/#/users/create`);
    // Typed in capitals, saved in lower case as the API requires.
    await page.locator('input[name="username"]').fill('Petugas.Sabang');
    await page.locator('input[name="displayName"]').fill('Petugas Kepegawaian Sabang');
    await page.locator('input[name="password"]').fill('sandi-petugas-2025');
    await page.getByRole('checkbox', { name: 'Petugas Kepegawaian' }).check();
    await page.getByRole('combobox', { name: 'Instansi' }).fill('Sabang');
    await page.getByRole('option', { name: /Pemerintah Kota Uji Sabang/ }).click();
    await screenshot(page, 'user-create');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/users\/[^/]+\/show$/, { timeout: 15_000 });

    const [created] = await app.sql<{ roles: string[]; agency: string; active: boolean }>(
      `select u.roles, a.code as agency, u.active from users u join agencies a on a.id = u.agency_id where u.username = ?`,
      ['petugas.sabang'],
    );
    expect(created).toEqual({ roles: ['HR_OFFICER'], agency: 'PEMKOT-UJI-SABANG', active: true });

    // In the list: role labelled, agency by name.
    await page.goto(`${app.url}/admin/#/users?filter=%7B%7D`);
    await page.locator('input[name="q"]').fill('sabang');
    const row = page.locator('tbody tr', { hasText: 'petugas.sabang' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('Petugas Kepegawaian');
    expect(await row.textContent()).toContain('Pemerintah Kota Uji Sabang');
    await screenshot(page, 'user-list');

    // Deactivated through the edit form, never deleted.
    await row.click();
    await page.waitForURL(/#\/users\/[^/]+\/show$/);
    await page.getByRole('link', { name: 'Ubah' }).click();
    const active = page.locator('input[name="active"]');
    await active.waitFor();
    expect(await active.isChecked()).toBe(true);
    await active.uncheck();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/users\/[^/]+\/show$/, { timeout: 15_000 });

    const [deactivated] = await app.sql<{ active: boolean }>(`select active from users where username = ?`, ['petugas.sabang']);
    expect(deactivated).toEqual({ active: false });
    expect(pageErrors).toEqual([]);
  });
});
