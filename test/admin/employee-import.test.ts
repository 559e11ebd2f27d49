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

const HEADER = 'nip,employment_type,front_title,name,back_title,unit_code,position,golongan,pppk_grade,status,email,phone,effective_date';
const csvFile = (...rows: string[]) => ({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) });

describe.runIf(runBrowser)('importing employees in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  const employeeCount = async () => Number((await app.sql<{ count: string }>(`select count(*) as count from employees`))[0]!.count);

  beforeAll(async () => {
    app = await startTestApp();
    const agency = await createAgency(app, { code: 'PEMKOT-UJI-IMPOR', name: 'Pemerintah Kota Uji Impor' });
    await createAgency(app, { code: 'PEMKOT-LAIN', name: 'Pemerintah Kota Lain' });
    const admin = await createUser(app, { roles: [Role.SUPER_ADMIN], username: 'impor.admin' });
    const token = await tokenFor(app, admin);
    const unit = await app.gql(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId: agency.id, code: 'KEC-RAKUMPIT', name: 'Kecamatan Rakumpit', kind: 'KECAMATAN' } },
      { token },
    );
    expect(unit.errors).toBeUndefined();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('reports the bad rows of a file, then imports a good one and finds its employees in the list', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signIn(page, app.url, 'impor.admin');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    // From the list (empty: the page that invites to create or import) to the import page.
    await page.goto(`${app.url}/admin/#/employees`);
    await page.getByText('Impor CSV').click();
    await page.waitForURL(/#\/employees\/import$/, { timeout: 15_000 });
    await page.getByText('Impor Pegawai').first().waitFor({ timeout: 15_000 });

    await page.getByRole('combobox', { name: 'Instansi' }).fill('Uji Impor');
    await page.getByRole('option', { name: 'Pemerintah Kota Uji Impor (PEMKOT-UJI-IMPOR)' }).click();

    // A header without the required columns is caught in the browser already.
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'salah.csv', mimeType: 'text/csv', buffer: Buffer.from('nip,name\n199001012015012007,Dewi') });
    await page.getByText('Baris judul tidak memuat kolom wajib: employment_type, unit_code').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Impor', exact: true }).isDisabled()).toBe(true);

    // 30 February in the NIP: the server refuses the file and lists the row.
    await fileInput.setInputFiles(csvFile('198002302005012003,PNS,,Tanggal Salah,,KEC-RAKUMPIT,,III/a,,,,,'));
    await page.getByText('1 baris data.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Periksa' }).click();
    await page.getByText('Berkas ditolak: 1 masalah. Tidak ada yang disimpan.').waitFor({ timeout: 15_000 });
    const errorRow = page.getByRole('table', { name: 'errors' }).locator('tbody tr');
    await expect.poll(() => errorRow.count()).toBe(1);
    const cells = await errorRow.first().locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['2', 'nip']);
    await screenshot(page, 'employee-import-errors');
    // Ready for another try.
    expect(await page.getByRole('button', { name: 'Periksa' }).isEnabled()).toBe(true);

    // A good file: checked first (nothing written), then imported.
    await fileInput.setInputFiles(
      csvFile(
        '198001172005012003,PNS,,Sri Wahyuni,,KEC-RAKUMPIT,,III/a,,,,,',
        '199001012015012007,PNS,,Dewi Lestari,,KEC-RAKUMPIT,,II/c,,,,,',
      ),
    );
    await page.getByText('2 baris data.').waitFor({ timeout: 15_000 });
    const preview = page.getByRole('table', { name: 'preview' }).locator('tbody tr');
    await expect.poll(() => preview.count()).toBe(2);
    expect(await preview.first().textContent()).toContain('Sri Wahyuni');
    await page.getByRole('button', { name: 'Periksa' }).click();
    await page.getByText(/Berkas lolos pemeriksaan: 2 baris/).waitFor({ timeout: 15_000 });
    expect(await employeeCount()).toBe(0);

    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('2 pegawai diimpor').waitFor({ timeout: 15_000 });
    await screenshot(page, 'employee-import-done');
    expect(await employeeCount()).toBe(2);
    const rows = await app.sql<{ nip: string; golongan: string }>(`select nip, golongan from employees where nip in (?, ?) order by nip`, [
      '198001172005012003',
      '199001012015012007',
    ]);
    expect(rows).toEqual([
      { nip: '198001172005012003', golongan: 'III_A' },
      { nip: '199001012015012007', golongan: 'II_C' },
    ]);

    // The summary links to the list, where the new employee is found by the start of the NIP.
    await page.getByText('Lihat daftar pegawai').click();
    await page.waitForURL(/#\/employees$/, { timeout: 15_000 });
    await page.getByLabel('Cari NIP atau nama').fill('19800117');
    const found = page.getByRole('row').filter({ hasText: '19800117 200501 2 003' });
    await found.waitFor({ timeout: 15_000 });
    expect(await found.textContent()).toContain('Sri Wahyuni');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
