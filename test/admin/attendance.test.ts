import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import type { Agency } from '../../api/src/modules/organization/agency.entity.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createUser, Role } from '../helpers/factories.js';
import { setUpReportingLine } from '../helpers/reporting-line.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

// Sri (head of the puskesmas), Siti and Yusuf work in PKM; March 2026.
const FILE = [
  'nip,device_user_id,timestamp',
  '199001012015012007,,2026-03-02 07:25:00',
  '199001012015012007,,2026-03-02 16:05:00',
  '199001012015012007,,03/03/2026 07:45:00',
  '199203152016011002,,2026-03-02 07:31:00',
].join('\n');

describe.runIf(runBrowser)('attendance in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let line: Awaited<ReturnType<typeof setUpReportingLine>>;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    line = await setUpReportingLine(app);
    await createUser(app, {
      roles: [Role.HR_OFFICER],
      agency: { id: fromGlobalId(line.agencyId, 'Agency', 'id') } as Agency,
      username: 'absen.hr',
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 900 }, locale: 'id-ID' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('imports a fingerprint-machine export and shows the month of the unit as a coloured grid', async () => {
    await signIn(page, app.url, 'absen.hr');

    await page.goto(`${app.url}/admin/#/attendanceRecords`);
    await page.getByText('Impor CSV').click();
    await page.waitForURL(/#\/attendanceRecords\/import$/, { timeout: 15_000 });
    await page.getByText('Impor Kehadiran').first().waitFor({ timeout: 15_000 });
    await page.locator('input[type="file"]').setInputFiles({ name: 'mesin-absen.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    await page.getByText('4 baris data.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('3 hari kehadiran dicatat atau diperbarui').waitFor({ timeout: 15_000 });
    const [{ n }] = (await app.sql<{ n: string }>('select count(*) as n from attendance_records')) as [{ n: string }];
    expect(Number(n)).toBe(3);

    await page.goto(`${app.url}/admin/#/attendanceRecords/grid`);
    await page.getByRole('combobox', { name: 'Unit kerja' }).fill('Kertapati');
    await page.getByRole('option', { name: 'Puskesmas Kertapati (PKM)' }).click();
    await page.getByLabel('Bulan').fill('2026-03');
    const rows = page.getByTestId('attendance-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    const siti = rows.filter({ hasText: 'Siti Aminah' });
    expect(await siti.locator('td[data-status="HADIR"]').count()).toBe(2);
    // Siti came 15 minutes late on the 3rd; Yusuf one minute on the 2nd.
    const sitiCells = await siti.locator('td').allTextContents();
    expect(sitiCells.at(-2)).toBe('15');
    const yusufCells = await rows.filter({ hasText: 'Yusuf Effendi' }).locator('td').allTextContents();
    expect(yusufCells.at(-2)).toBe('1');
    await screenshot(page, 'attendance-grid');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('approves a correction from the queue, and adds a regional day off', async () => {
    const [record] = await app.sql<{ id: string }>(
      `select r.id from attendance_records r join employees e on e.id = r.employee_id where e.nip = '199001012015012007' and r.date = '2026-03-03'`,
    );
    expect(record).toBeDefined();
    const token = line.tokens.siti!;
    const request = await app.gql(
      `mutation ($input: RequestAttendanceCorrectionInput!) { requestAttendanceCorrection(input: $input) { correction { id } } }`,
      { input: { date: '2026-03-03', checkOut: '16:00', reason: 'Lupa absen pulang' } },
      { token },
    );
    expect(request.errors).toBeUndefined();

    await page.goto(`${app.url}/admin/#/attendanceRecords/corrections`);
    const queued = page.getByTestId('queued-correction');
    await expect.poll(() => queued.count(), { timeout: 15_000 }).toBe(1);
    expect(await queued.textContent()).toContain('Lupa absen pulang');
    await page.getByTestId('approve-correction').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await page.getByText('Tidak ada koreksi yang menunggu keputusan.').waitFor({ timeout: 15_000 });
    const [corrected] = await app.sql<{ check_out: string; source: string }>(
      `select check_out, source from attendance_records where id = ?`,
      [record!.id],
    );
    expect(corrected).toEqual({ check_out: '16:00:00', source: 'MANUAL' });

    await page.goto(`${app.url}/admin/#/holidays/create`);
    await page.getByLabel('Tanggal').fill('2026-03-12');
    await page.getByLabel('Nama').fill('Hari jadi kota');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/holidays$/, { timeout: 15_000 });
    await page.getByText('Hari jadi kota').waitFor({ timeout: 15_000 });
    const month = await app.gql<{ workingDays: { count: number } }>(`query { workingDays(month: "2026-03") { count } }`, {}, { token });
    // 22 weekdays in March 2026, less the new day off.
    expect(month.data?.workingDays.count).toBe(21);

    // The puskesmas opens on Saturdays: its own 6-day week.
    await page.goto(`${app.url}/admin/#/holidays/calendar`);
    await page.getByRole('combobox', { name: 'Unit kerja' }).fill('Kertapati');
    await page.getByRole('option', { name: 'Puskesmas Kertapati (PKM)' }).click();
    const saturday = page.getByTestId('calendar-day').filter({ hasText: 'Sabtu' });
    await saturday.getByRole('checkbox').check();
    await saturday.locator('input[type="time"]').last().fill('12:00');
    await page.getByRole('button', { name: 'Simpan kalender' }).click();
    await page.getByText('Kalender kerja disimpan').waitFor({ timeout: 15_000 });
    const [calendar] = await app.sql<{ days: { weekday: number; end: string }[] }>(
      `select days from work_calendars where unit_id is not null`,
    );
    expect(calendar!.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(calendar!.days[5]!.end).toBe('12:00');
    await screenshot(page, 'work-calendar');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
