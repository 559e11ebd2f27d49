import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import type { Agency } from '../../api/src/modules/organization/agency.entity.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

/**
 * October 2026 in a small unit, by hand. The agency works 07:30-16:00 Monday to Friday with a
 * target of 300 effective minutes a day (22 working days: 6,600 minutes, which both employees'
 * approved reports reach). The scheme made in the editor pays class 7 1,000,000 + 7 x 250,000 =
 * 2,750,000, splits it 40 % discipline / 60 % productivity and keeps the usual bands (TL1 1-30
 * minutes 0.5 %, TL3 61-90 minutes 1.25 %), each line rounded down to the rupiah.
 *
 * Budi comes 30 minutes late on the 5th (TL1) and 61 minutes late on the 6th (TL3):
 *   TL1: 2,750,000 x 0.5 %  = 13,750
 *   TL3: 2,750,000 x 1.25 % = 34,375
 *   net: 2,750,000 - 13,750 - 34,375 = 2,701,875
 * Ani is on time every day she comes: 2,750,000.
 */
const GROSS = 2_750_000;
const TL1 = Math.floor((GROSS * 50) / 10_000);
const TL3 = Math.floor((GROSS * 125) / 10_000);
const BUDI_NET = GROSS - TL1 - TL3;
const ANI_NET = GROSS;

const BUDI = '199002022015012008';
const ANI = '199001012015012007';
const FILE = [
  'nip,device_user_id,timestamp',
  `${BUDI},,2026-10-05 08:00:00`,
  `${BUDI},,2026-10-05 16:30:00`,
  `${BUDI},,2026-10-06 08:31:00`,
  `${BUDI},,2026-10-06 12:00:00`,
  `${BUDI},,2026-10-06 16:05:00`,
  `${ANI},,2026-10-05 07:25:00`,
  `${ANI},,2026-10-05 16:02:00`,
].join('\n');

/** "2.701.875" as the console writes rupiah in Indonesian. */
const idr = (amount: number) => new Intl.NumberFormat('id-ID').format(amount);

describe.runIf(runBrowser)('the allowance in the console', () => {
  let app: TestApp;
  let browser: Browser;
  const ids: Record<string, string> = {};
  const pageErrors: string[] = [];

  const openAs = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, app.url, username);
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
    return page;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const agency = await createAgency(app, { code: 'TPP-UI' });
    const agencyRow = { id: fromGlobalId(agency.id, 'Agency', 'id') } as Agency;
    const hr = await actor(app, [Role.HR_OFFICER], agency.agency);
    const { run } = runner(app, () => hr.token);
    await createUser(app, { roles: [Role.HR_OFFICER], agency: agencyRow, username: 'tpp.hr' });
    await createUser(app, { roles: [Role.AGENCY_ADMIN], agency: agencyRow, username: 'tpp.admin' });

    const unitId = (
      await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
        `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
        { input: { agencyId: agency.id, code: 'BID-TPP', name: 'Bidang Pelayanan', kind: 'BIDANG' } },
      )
    ).createOrgUnit.orgUnit.id;
    const positionId = (
      await run<{ createPosition: { position: { id: string } } }>(
        `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
        { input: { unitId, name: 'Pengelola Layanan', type: 'PELAKSANA', grade: 7 } },
      )
    ).createPosition.position.id;
    for (const [key, nip, name] of [
      ['budi', BUDI, 'Budi Telat'],
      ['ani', ANI, 'Ani Tepat'],
    ] as const) {
      ids[key] = (
        await run<{ createEmployee: { employee: { id: string } } }>(
          `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
          { input: { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId, effectiveDate: '2024-01-02' } },
        )
      ).createEmployee.employee.id;
      // Approved daily reports reaching the month's target, as the work-report module stores them.
      await app.sql(
        `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours, evidence_links, status, submitted_at, minutes)
         values (gen_random_uuid(), now(), now(), 1, ?, ?, '2026-10-15', 'Pelayanan', 'Terlayani', 110, '{}', 'APPROVED', now(), 6600)`,
        [agencyRow.id, fromGlobalId(ids[key]!, 'Employee', 'id')],
      );
    }
    const budiUser = await createUser(app, { roles: [Role.EMPLOYEE], agency: agencyRow, username: 'tpp.budi' });
    await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids.budi!, 'Employee', 'id'), budiUser.id]);
    await run(`mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) { calendar { id } } }`, {
      input: {
        agencyId: agency.id,
        targetMinutesPerDay: 300,
        days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 })),
      },
    });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const sheetRows = () =>
    app
      .sql<{ name: string; net: string }>(`select name, net from allowance_rows order by name`)
      .then((rows) => rows.map((row) => ({ name: row.name, net: Number(row.net) })));

  it('imports attendance, keeps a scheme with its live preview, computes the month and explains one row', async () => {
    const page = await openAs('tpp.hr');

    // The fingerprint-machine export, through the attendance import screen.
    await page.goto(`${app.url}/admin/#/attendanceRecords/import`);
    await page.getByText('Impor Kehadiran').first().waitFor({ timeout: 15_000 });
    await page.locator('input[type="file"]').setInputFiles({ name: 'mesin-absen.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    await page.getByText('7 baris data.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('3 hari kehadiran dicatat atau diperbarui').waitFor({ timeout: 15_000 });

    // The scheme: base amounts per class, weights that must add up to 100, and the preview.
    await page.goto(`${app.url}/admin/#/allowanceSchemes/create`);
    await page.locator('input[name="validFrom"]').fill('2026-01-01');
    for (let grade = 1; grade <= 17; grade++)
      await page.locator(`input[name="baseAmounts.${grade - 1}"]`).fill(String(1_000_000 + grade * 250_000));
    await page.locator('input[name="productivityWeight"]').fill('50');
    await expect.poll(() => page.getByTestId('weights-total').textContent()).toContain('90 %');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Bobot disiplin dan produktivitas harus berjumlah 100').first().waitFor({ timeout: 15_000 });
    await page.locator('input[name="productivityWeight"]').fill('60');
    await expect.poll(() => page.getByTestId('weights-total').textContent()).toContain('100 %');
    // Unexcused days taken from the discipline component (nobody has one here, so the figures stay).
    await page.locator('input[name="unexcusedBase"]').locator('xpath=..').getByRole('combobox').click();
    await page.getByRole('option', { name: 'Komponen disiplin kerja' }).click();

    await page.getByLabel('Pegawai').fill('Budi');
    await page.getByRole('option', { name: /Budi Telat/ }).click();
    await page.locator('input[name="preview.month"]').fill('2026-10');
    await expect.poll(() => page.getByTestId('preview-net').textContent(), { timeout: 15_000 }).toContain(idr(BUDI_NET));
    // Nothing was written by the preview.
    expect(await app.sql('select id from allowance_schemes')).toEqual([]);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/allowanceSchemes$/, { timeout: 15_000 });
    const [scheme] = await app.sql<{
      base_amounts: number[];
      discipline_weight: number;
      unexcused_base: string;
      missing_predicate: string;
    }>('select base_amounts, discipline_weight, unexcused_base, missing_predicate from allowance_schemes');
    expect(scheme).toMatchObject({ discipline_weight: 40, unexcused_base: 'DISCIPLINE', missing_predicate: 'PAY' });
    expect(scheme!.base_amounts[6]).toBe(GROSS);

    // A month without any attendance is refused on the confirmation box until it is ticked; nothing is written.
    await page.goto(`${app.url}/admin/#/allowanceSheets`);
    await page.getByTestId('compute-month').click();
    await page.getByRole('dialog').locator('input[name="month"]').fill('2026-11');
    await page.getByRole('dialog').getByRole('button', { name: 'Hitung' }).click();
    await page.getByRole('dialog').getByText('Belum ada data kehadiran pada 2026-11').first().waitFor({ timeout: 15_000 });
    expect(await app.sql('select id from allowance_sheets')).toEqual([]);
    await page.keyboard.press('Escape');

    // Hitung bulan, then the sheet.
    await page.goto(`${app.url}/admin/#/allowanceSheets`);
    await page.getByTestId('compute-month').click();
    await page.getByRole('dialog').locator('input[name="month"]').fill('2026-10');
    await page.getByRole('dialog').getByRole('button', { name: 'Hitung' }).click();
    await page.getByTestId('allowance-sheet').waitFor({ timeout: 15_000 });
    const rows = page.getByTestId('sheet-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const budi = rows.filter({ hasText: 'Budi Telat' });
    expect(await budi.textContent()).toContain(idr(BUDI_NET));
    expect(await budi.textContent()).toContain('III/b');
    expect(await page.getByTestId('sheet-totals').textContent()).toContain(idr(BUDI_NET + ANI_NET));
    expect(await sheetRows()).toEqual([
      { name: 'Ani Tepat', net: ANI_NET },
      { name: 'Budi Telat', net: BUDI_NET },
    ]);
    await screenshot(page, 'allowance-sheet');

    // One employee's breakdown, from the sheet's row.
    await budi.getByRole('link', { name: 'Budi Telat' }).click();
    await page.getByTestId('breakdown-row').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breakdown-net').textContent()).toContain(idr(BUDI_NET));
    const tl3 = page.getByTestId('breakdown-line').filter({ hasText: 'TL3' });
    expect(await tl3.textContent()).toContain(idr(TL3));
    expect(await tl3.textContent()).toContain('1,25 %');
    // Each line says what its percentage is of; the row, the days it pays.
    expect(await tl3.getByTestId('line-base').textContent()).toContain('dari TPP');
    expect(await page.getByTestId('row-facts').textContent()).toContain('Dibayar untuk 22 dari 22 hari kerja');
    expect(await page.getByTestId('breakdown-facts').textContent()).toContain('6.600');
    await screenshot(page, 'allowance-breakdown');

    // HR verifies; approving is for the head of agency, so HR sees no such button.
    await page.goBack();
    await page.getByTestId('sheet-verify').click();
    await expect.poll(() => page.getByTestId('sheet-status').textContent(), { timeout: 15_000 }).toBe('Terverifikasi');
    expect(await page.getByTestId('sheet-approve').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('walks the sheet to LOCKED with the buttons, after which recomputing is refused', async () => {
    const page = await openAs('tpp.admin');
    await page.goto(`${app.url}/admin/#/allowanceSheets`);
    await page.getByText('2026-10').first().click();
    await page.getByTestId('sheet-approve').click();
    await expect.poll(() => page.getByTestId('sheet-status').textContent(), { timeout: 15_000 }).toBe('Disetujui');
    await page.getByTestId('sheet-lock').click();
    await expect.poll(() => page.getByTestId('sheet-status').textContent(), { timeout: 15_000 }).toBe('Terkunci');
    for (const step of ['verify', 'approve', 'lock']) expect(await page.getByTestId(`sheet-${step}`).count()).toBe(0);

    const before = await sheetRows();
    await page.goto(`${app.url}/admin/#/allowanceSheets`);
    await page.getByTestId('compute-month').click();
    await page.getByRole('dialog').locator('input[name="month"]').fill('2026-10');
    await page.getByRole('dialog').getByRole('button', { name: 'Hitung' }).click();
    await page
      .getByText(/LOCKED; corrections go into a later month/)
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await sheetRows()).toEqual(before);
    const [sheet] = await app.sql<{ status: string }>('select status from allowance_sheets');
    expect(sheet!.status).toBe('LOCKED');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("shows an employee their own breakdown under Tunjangan saya, and nobody else's", async () => {
    const page = await openAs('tpp.budi');
    await page.getByRole('menuitem', { name: 'Tunjangan saya' }).click();
    await page.getByTestId('allowance-breakdown').waitFor({ timeout: 15_000 });
    await page.getByLabel('Bulan').fill('2026-10');
    await expect.poll(() => page.getByTestId('breakdown-net').textContent(), { timeout: 15_000 }).toContain(idr(BUDI_NET));
    expect(await page.getByTestId('breakdown-line').count()).toBe(2);
    // On a phone the breakdown, with each line's base and the days paid, fits the screen's width.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.getByTestId('row-facts').isVisible()).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'allowance-breakdown-phone');
    await page.setViewportSize({ width: 1600, height: 1000 });
    // The sheets themselves are for HR: no menu entry.
    expect(await page.getByRole('menuitem', { name: 'Daftar TPP' }).count()).toBe(0);

    await page.goto(`${app.url}/admin/#/allowanceBreakdown/${encodeURIComponent(ids.ani!)}/2026-10`);
    await page.getByTestId('allowance-breakdown').waitFor({ timeout: 15_000 });
    await page
      .getByRole('alert')
      .filter({ hasText: /not found|tidak ditemukan/i })
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breakdown-net').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
