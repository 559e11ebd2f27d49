import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';
import { browserAvailable, launchChromium, screenshot } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

/**
 * The console offers each actor what their permissions allow (me { permissions }, admin/src/access.ts):
 * no menu entry, dashboard button, create button or bulk-delete checkbox the API would refuse.
 */
describe.runIf(runBrowser)('the console by permission', () => {
  let app: TestApp;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: 'AKSES-UI', name: 'Pemerintah Kota Akses' });
    const hr = await actor(app, [Role.HR_OFFICER], agency);
    const { run } = runner(app, () => hr.token);
    // One unit, so that the units list shows a table (and with it any selection checkboxes).
    await run(`mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`, {
      input: { agencyId, code: 'BID-AKSES', name: 'Bidang Akses', kind: 'BIDANG' },
    });
    await createUser(app, { roles: [Role.EMPLOYEE], agency, username: 'akses.pegawai' });
    await createUser(app, { roles: [Role.SUPERVISOR], agency, username: 'akses.atasan' });
    await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'akses.hr' });
    await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'akses.admin' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A fresh browser context (its own storage) signed in as `username`, on the dashboard. */
  const signIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
    // The menu is drawn once the permissions are known: wait for an entry everyone has.
    await page.getByRole('menuitem', { name: 'Laporan Kerja Harian' }).waitFor({ timeout: 15_000 });
    return page;
  };

  const menu = async (page: Page): Promise<string[]> =>
    (await page.getByRole('menuitem').allTextContents()).map((text) => text.trim()).filter(Boolean);

  /** The selection checkboxes (and with them bulk delete) on the units list, once its row shows. */
  const unitSelectionBoxes = async (page: Page): Promise<number> => {
    await page.goto(`${app.url}/admin/#/orgUnits`);
    await page.locator('tbody tr', { hasText: 'Bidang Akses' }).waitFor({ timeout: 15_000 });
    return page.getByRole('checkbox', { name: 'Pilih semua' }).count();
  };

  /** The create button of the agencies list ("Kelola instansi"), once a row shows. */
  const agencyCreateButtons = async (page: Page): Promise<number> => {
    await page.goto(`${app.url}/admin/#/agencies`);
    await page.locator('tbody tr', { hasText: 'Pemerintah Kota Akses' }).waitFor({ timeout: 15_000 });
    return page.getByRole('link', { name: 'Buat' }).count();
  };

  it('shows an employee neither the audit trail, nor accounts, nor anything they cannot change', async () => {
    const page = await signIn('akses.pegawai');
    const entries = await menu(page);
    expect(entries).toContain('Laporan Kerja Harian');
    expect(entries).toContain('Tunjangan saya');
    for (const hidden of ['Jejak Audit', 'Pengguna', 'Pegawai', 'SIASN', 'Daftar TPP', 'Tindak Lanjut', 'Kepatuhan JP']) {
      expect(entries, hidden).not.toContain(hidden);
    }
    expect(await page.getByRole('link', { name: 'Lihat jejak audit' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Kelola instansi' }).count()).toBe(0);
    await screenshot(page, 'access-employee-dashboard');

    expect(await unitSelectionBoxes(page)).toBe(0);
    expect(await agencyCreateButtons(page)).toBe(0);

    // The audit trail's address leads nowhere instead of to a refusal naming roles.
    await page.goto(`${app.url}/admin/#/auditEntries`);
    await page.getByText('URL yang Anda ketik salah').waitFor({ timeout: 15_000 });
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toMatch(/FORBIDDEN|SUPER_ADMIN|AGENCY_ADMIN|HR_OFFICER/);
    expect(await page.getByRole('columnheader').count()).toBe(0);
    await screenshot(page, 'access-employee-audit');
    await page.context().close();
  });

  it('shows a supervisor their work, not the audit trail or accounts', async () => {
    const page = await signIn('akses.atasan');
    const entries = await menu(page);
    expect(entries).toContain('Antrian laporan');
    for (const hidden of ['Jejak Audit', 'Pengguna', 'Pegawai', 'SIASN', 'Daftar TPP']) expect(entries, hidden).not.toContain(hidden);
    expect(await page.getByRole('link', { name: 'Lihat jejak audit' }).count()).toBe(0);
    expect(await unitSelectionBoxes(page)).toBe(0);
    await page.context().close();
  });

  it('shows HR their administration, without the audit trail, accounts or agency creation', async () => {
    const page = await signIn('akses.hr');
    const entries = await menu(page);
    for (const shown of ['Pegawai', 'SIASN', 'Tindak Lanjut', 'Kepatuhan JP']) expect(entries, shown).toContain(shown);
    for (const hidden of ['Jejak Audit', 'Pengguna']) expect(entries, hidden).not.toContain(hidden);
    expect(await page.getByRole('link', { name: 'Lihat jejak audit' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Kelola instansi' }).count()).toBe(0);
    await screenshot(page, 'access-hr-dashboard');
    // HR changes units (bulk delete included), but registers no agency.
    expect(await unitSelectionBoxes(page)).toBe(1);
    expect(await agencyCreateButtons(page)).toBe(0);
    await page.context().close();
  });

  it('shows the platform administrator the audit trail and accounts, also after a session from before permissions', async () => {
    const page = await signIn('akses.admin');
    let entries = await menu(page);
    for (const shown of ['Jejak Audit', 'Pengguna']) expect(entries, shown).toContain(shown);
    await page.getByRole('link', { name: 'Lihat jejak audit' }).waitFor();
    expect(await agencyCreateButtons(page)).toBe(1);

    // A session saved before the console kept permissions: they are fetched (me) on restore.
    await page.evaluate(`(() => {
      const user = JSON.parse(localStorage.getItem('kinerja.user') ?? '{}');
      delete user.permissions;
      localStorage.setItem('kinerja.user', JSON.stringify(user));
    })()`);
    await page.goto(`${app.url}/admin/#/`);
    await page.reload();
    await page.getByRole('menuitem', { name: 'Jejak Audit' }).waitFor({ timeout: 15_000 });
    entries = await menu(page);
    expect(entries).toContain('Pengguna');
    const stored = (await page.evaluate(`JSON.parse(localStorage.getItem('kinerja.user') ?? '{}')`)) as { permissions?: string[] };
    expect(stored.permissions).toContain('audit.read');

    await page.getByRole('menuitem', { name: 'Jejak Audit' }).click();
    await page.waitForURL(/#\/auditEntries/);
    await page.getByRole('columnheader').first().waitFor({ timeout: 15_000 });
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});
