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

const HEADER =
  'pns_id,nip_baru,nama,gelar_depan,gelar_belakang,jenis_kelamin,gol_akhir_id,tmt_gol_akhir,jenis_jabatan_id,eselon_id,jabatan_nama,kelas_jabatan,unor_id,tmt_jabatan';
const file = (...rows: string[]) => ({
  name: 'export-data-asn.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n')),
});

describe.runIf(runBrowser)('SIASN page of the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    const agency = await createAgency(app, { code: 'PEMKOT-PALANGKARAYA', name: 'Pemerintah Kota Palangka Raya' });
    const hr = await createUser(app, { roles: [Role.HR_OFFICER], agency: agency.agency, username: 'siasn.hr' });
    const token = await tokenFor(app, hr);
    // The unit tree and one employee already come from SIASN.
    const units = await app.gql(
      `mutation ($input: ImportSiasnInput!) { importSiasnUnits(input: $input) { created } }`,
      {
        input: {
          content: JSON.stringify([
            { Id: 'KEC', DiatasanId: null, NamaUnor: 'Kecamatan Rakumpit' },
            { Id: 'KEL', DiatasanId: 'KEC', NamaUnor: 'Kelurahan Mungku Baru' },
          ]),
        },
      },
      { token },
    );
    expect(units.errors).toBeUndefined();
    const employees = await app.gql(
      `mutation ($input: ImportSiasnInput!) { importSiasnEmployees(input: $input) { created } }`,
      {
        input: {
          content: [
            HEADER,
            "P-1,'197506112000031002,Yohanes Dambung,null,S.Sos.,M,'41,01-04-2019,'1,'32,Camat Rakumpit,'12,KEC,02-01-2020",
          ].join('\n'),
        },
      },
      { token },
    );
    expect(employees.errors).toBeUndefined();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the dry-run difference of a file (new, changed, refused) and writes nothing until the corrected file is confirmed', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, app.url, 'siasn.hr');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    await page.getByRole('menuitem', { name: 'SIASN' }).click();
    await page.waitForURL(/#\/siasn$/, { timeout: 15_000 });
    await page.getByText('Klien layanan SIASN tidak dikonfigurasi').waitFor({ timeout: 15_000 });

    const fileInput = page.locator('input[type="file"]');
    const camatPromoted = "P-1,'197506112000031002,Yohanes Dambung,null,S.Sos.,M,'42,01-10-2026,'1,'32,Camat Rakumpit,'12,KEC,02-01-2020";
    const lurah = "P-2,'198507222010012003,Rina Wati,null,S.IP,F,'33,01-04-2022,'1,'42,Lurah Mungku Baru,'9,KEL,01-04-2022";
    const broken = "P-3,'199001012015031001,Dedi,null,null,M,'99,null,'4,null,Staf,'5,NOWHERE,null";
    await fileInput.setInputFiles(file(camatPromoted, lurah, broken));
    await page.getByText('export-data-asn.csv').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Periksa perbedaan' }).click();

    const counts = page.getByLabel('counts');
    await counts.getByText('Baru: 1').waitFor({ timeout: 15_000 });
    expect(await counts.locator('.MuiChip-label').allTextContents()).toEqual(['Baru: 1', 'Berubah: 1', 'Tetap: 0', 'Ditolak: 1']);
    const rows = page.getByRole('table', { name: 'siasn-diff' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const cells = async (index: number) => rows.nth(index).locator('td').allInnerTexts();
    expect(await cells(0)).toEqual(['2', '197506112000031002 Yohanes Dambung', 'Berubah', 'Golongan: IV/a → IV/b']);
    expect((await cells(1)).slice(0, 3)).toEqual(['3', '198507222010012003 Rina Wati', 'Baru']);
    expect((await cells(1))[3]).toContain('Unit kerja: — → Kelurahan Mungku Baru');
    expect((await cells(2)).slice(0, 3)).toEqual(['4', '199001012015031001 Dedi', 'Ditolak']);
    expect((await cells(2))[3]).toContain('gol_akhir_id: Unknown golongan code 99');
    expect(await page.getByRole('button', { name: 'Impor', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'siasn-dry-run');
    // The dry run wrote nothing.
    expect(await app.sql(`select count(*)::int as n from employees`)).toEqual([{ n: 1 }]);
    expect(await app.sql(`select golongan from employees where pns_id = 'P-1'`)).toEqual([{ golongan: 'IV_A' }]);

    // Without the broken row the file may be imported.
    await fileInput.setInputFiles(file(camatPromoted, lurah));
    await page.getByRole('button', { name: 'Periksa perbedaan' }).click();
    await counts.getByText('Ditolak: 0').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Impor selesai: 1 baru, 1 berubah').waitFor({ timeout: 15_000 });
    expect(await app.sql(`select pns_id, golongan from employees order by nip`)).toEqual([
      { pns_id: 'P-1', golongan: 'IV_B' },
      { pns_id: 'P-2', golongan: 'III_C' },
    ]);
    expect(pageErrors).toEqual([]);
  });
});
