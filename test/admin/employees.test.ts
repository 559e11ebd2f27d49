import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

type EmployeeRow = { nip: string; name: string; employment_type: string; golongan: string | null; status: string };

describe.runIf(runBrowser)('employees in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    const agency = await createAgency(app, { code: 'PEMKAB-UJI-DELI', name: 'Pemerintah Kabupaten Uji Deli' });
    const admin = await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'pegawai.admin' });
    const token = await tokenFor(app, admin);
    const unit = await app.gql<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan Deli', kind: 'DINAS' } },
      { token },
    );
    expect(unit.errors).toBeUndefined();
    const position = await app.gql(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
      { input: { unitId: unit.data!.createOrgUnit.orgUnit.id, name: 'Analis Kesehatan Deli', type: 'FUNGSIONAL', grade: 9 } },
      { token },
    );
    expect(position.errors).toBeUndefined();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates a PNS through the form, finds it by NIP and shows its birth date and placement', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signIn(page, app.url, 'pegawai.admin');

    await page.goto(`${app.url}/admin/#/employees/create`);
    // 18 digits, but TMT CPNS month 13: only the API sees it, and its error marks the NIP input.
    await page.locator('input[name="nip"]').fill('19800117 200513 2 003');
    await page.locator('input[name="name"]').fill('Sri Wahyuni');
    await page.getByRole('combobox', { name: 'Jabatan' }).fill('Analis');
    await page.getByRole('option', { name: 'Analis Kesehatan Deli' }).click();
    await page.getByRole('combobox', { name: 'Golongan' }).click();
    await page.getByRole('option', { name: 'III/a', exact: true }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    const nipHelper = page.locator('.ra-input-nip .MuiFormHelperText-root');
    // The API says why (the TMT month), and the console says it in Indonesian.
    await nipHelper.filter({ hasText: 'NIP tidak valid: bulan TMT CPNS 13 harus antara 01 dan 12' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'employee-create-nip-error');
    expect(page.url()).toMatch(/#\/employees\/create$/);

    await page.locator('input[name="nip"]').fill('19800117 200501 2 003');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/employees\/[^/]+\/show$/, { timeout: 15_000 });

    const [row] = await app.sql<EmployeeRow>(`select nip, name, employment_type, golongan, status from employees where nip = ?`, [
      '198001172005012003',
    ]);
    expect(row).toMatchObject({ name: 'Sri Wahyuni', employment_type: 'PNS', golongan: 'III_A', status: 'AKTIF' });

    // The list, searched by the start of the NIP.
    await page.goto(`${app.url}/admin/#/employees`);
    await page.getByLabel('Cari NIP atau nama').fill('19800117');
    const found = page.getByRole('row').filter({ hasText: '19800117 200501 2 003' });
    await found.waitFor({ timeout: 15_000 });
    expect(await found.textContent()).toContain('III/a');
    await found.click();
    await page.waitForURL(/#\/employees\/[^/]+\/show$/, { timeout: 15_000 });

    // The show page: the birth date read from the NIP and one placement.
    await page.getByText('17 Januari 1980').waitFor({ timeout: 15_000 });
    const placements = page.locator('table').last().locator('tbody tr');
    await expect.poll(() => placements.count()).toBe(1);
    expect(await placements.first().textContent()).toContain('Dinas Kesehatan Deli');
    await screenshot(page, 'employee-show');
    expect(pageErrors).toEqual([]);
  });
});
