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

const HEADER = 'code,name,kind,parent_code,active';
const csvFile = (...rows: string[]) => ({ name: 'unit.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) });

type UnitRow = { code: string; name: string; kind: string; depth: number; parent_code: string | null; agency: string };

describe.runIf(runBrowser)('importing units in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  const units = () =>
    app.sql<UnitRow>(
      `select u.code, u.name, u.kind, u.depth, p.code as parent_code, a.code as agency
         from org_units u join agencies a on a.id = u.agency_id left join org_units p on p.id = u.parent_id
        order by u.depth, u.code`,
    );

  beforeAll(async () => {
    app = await startTestApp();
    const { agency } = await createAgency(app, { code: 'PEMKOT-UJI-UNIT', name: 'Pemerintah Kota Uji Unit' });
    // An agency administrator imports into their own agency: no agency to choose.
    await createUser(app, { roles: [Role.AGENCY_ADMIN], agency, username: 'impor.unit' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('checks, then imports a file of two units (the child before its parent) and finds them in the database', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signIn(page, app.url, 'impor.unit');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });

    // From the (empty) list to the import page.
    await page.goto(`${app.url}/admin/#/orgUnits`);
    await page.getByText('Impor CSV').first().click();
    await page.waitForURL(/#\/orgUnits\/import$/, { timeout: 15_000 });
    await page.getByText('Impor Unit Kerja').first().waitFor({ timeout: 15_000 });
    expect(await page.getByRole('combobox', { name: 'Instansi' }).count()).toBe(0);

    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles(csvFile('BID-P2P,Bidang P2P,BIDANG,DINKES,', 'DINKES,Dinas Kesehatan,DINAS,,true'));
    await page.getByText('2 baris data.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Periksa' }).click();
    await page.getByText(/Berkas lolos pemeriksaan: 2 baris/).waitFor({ timeout: 15_000 });
    expect(await units()).toEqual([]);

    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('2 unit kerja diimpor').waitFor({ timeout: 15_000 });
    await screenshot(page, 'org-unit-import-done');
    expect(await units()).toEqual([
      { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS', depth: 0, parent_code: null, agency: 'PEMKOT-UJI-UNIT' },
      { code: 'BID-P2P', name: 'Bidang P2P', kind: 'BIDANG', depth: 1, parent_code: 'DINKES', agency: 'PEMKOT-UJI-UNIT' },
    ]);

    await page.getByText('Lihat daftar unit kerja').click();
    await page.waitForURL(/#\/orgUnits$/, { timeout: 15_000 });
    await page.getByRole('row').filter({ hasText: 'Bidang P2P' }).waitFor({ timeout: 15_000 });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
