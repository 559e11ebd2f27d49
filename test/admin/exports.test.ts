import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';
import { browserAvailable, launchChromium, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;

describe.runIf(runBrowser)('exports in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    const agency = await createAgency(app, { code: 'PEMKOT-EKSPOR', name: 'Pemerintah Kota Ekspor' });
    await createUser(app, { roles: [Role.HR_OFFICER], agency: agency.agency, username: 'ekspor.hr' });
    const token = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency: agency.agency }));
    const { run } = runner(app, () => token);
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId: agency.id, code: 'DISDUK', name: 'Dinas Kependudukan', kind: 'DINAS' } },
    );
    const position = await run<{ createPosition: { position: { id: string } } }>(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
      { input: { unitId: unit.createOrgUnit.orgUnit.id, name: 'Pengolah Data', type: 'PELAKSANA', grade: 6 } },
    );
    for (const [nip, name] of [
      ['199001012015012007', 'Siti Aminah'],
      ['199203152016011002', 'Yusuf Effendi'],
    ]) {
      await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
        input: {
          nip,
          name,
          employmentType: 'PNS',
          golongan: 'III_A',
          positionId: position.createPosition.position.id,
          effectiveDate: '2024-01-02',
        },
      });
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('downloads the employee list as XLSX under the list’s filter', async () => {
    await signIn(page, app.url, 'ekspor.hr');

    await page.goto(`${app.url}/admin/#/employees?filter=${encodeURIComponent(JSON.stringify({ q: 'Yusuf' }))}`);
    await page.getByText('Yusuf Effendi').first().waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('employees.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nama');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('Yusuf Effendi');
    expect(sheet.getRow(2).getCell(6).value).toBe('Dinas Kependudukan');
  });
});
