import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../api/src/graphql/ids.js';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

type ReportRow = {
  activity: string;
  hours: number;
  status: string;
  review_comment: string | null;
  target_id: string | null;
  evidence_links: string[];
};

const STAFF_NIP = '199001012015012007';
const SUPERVISOR_NIP = '197503152000031002';
const EVIDENCE = 'https://bukti.example.go.id/ktp-el.pdf';
const RETURN_COMMENT = 'Lampirkan jumlah KTP-el yang selesai';

/** Today in Western Indonesia (UTC+7), as the API counts days; the quarter around it. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
/** The last weekday up to today: a working day under the default calendar, for a report within working hours. */
const lastWeekday = (() => {
  let day = new Date(`${today}T00:00:00Z`);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() - 86_400_000);
  return day.toISOString().slice(0, 10);
})();
const quarter = () => {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const end = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { startDate: `${year}-${pad(first)}-01`, endDate: `${year}-${pad(first + 2)}-${pad(end)}` };
};

describe.runIf(runBrowser)('daily work reports and feedback in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let hrToken: string;
  let supervisorToken: string;
  let staffPlanId: string;
  const pageErrors: string[] = [];
  const pages: Record<'staff' | 'supervisor', Page | undefined> = { staff: undefined, supervisor: undefined };

  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = hrToken) => {
    const result = await app.gql<T>(query, variables, { token });
    expect(JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
  const reports = () =>
    app.sql<ReportRow>(`select activity, hours, status, review_comment, target_id, evidence_links from work_reports order by created_at`);

  const openAs = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    await signIn(page, app.url, username);
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
    return page;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: 'PEMKOT-UJI-LKH', name: 'Pemerintah Kota Uji LKH' });
    hrToken = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'lkh.hr' }));

    // A head of section and a staff member below her, with linked accounts.
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DUKCAPIL', name: 'Dinas Dukcapil Uji LKH', kind: 'DINAS' } },
    );
    const position = async (input: Record<string, unknown>) =>
      (
        await run<{ createPosition: { position: { id: string } } }>(
          `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
          { input: { unitId: unit.createOrgUnit.orgUnit.id, ...input } },
        )
      ).createPosition.position.id;
    const head = await position({ name: 'Kepala Seksi Pelayanan', type: 'PENGAWAS', grade: 9 });
    const staff = await position({ name: 'Pengadministrasi Kependudukan', type: 'PELAKSANA', grade: 6, superiorId: head });
    for (const [username, nip, name, positionId, role] of [
      ['lkh.atasan', SUPERVISOR_NIP, 'Budi Santoso', head, Role.SUPERVISOR],
      ['lkh.pegawai', STAFF_NIP, 'Rina Marlina', staff, Role.EMPLOYEE],
    ] as const) {
      await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
        input: { nip, name, employmentType: 'PNS', golongan: 'III_A', positionId, effectiveDate: '2020-01-02' },
      });
      const user = await createUser(app, { roles: [role], agency, username });
      const [row] = await app.sql<{ id: string }>(`select id from employees where nip = ?`, [nip]);
      await app.sql(`update users set employee_id = ?, display_name = ? where id = ?`, [row!.id, name, user.id]);
      if (role === Role.SUPERVISOR) supervisorToken = await tokenFor(app, user);
    }

    // One indicator, a template, the quarter around today: plans generated and the staff's approved.
    const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
      `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          code: 'LAYANAN-KTP',
          name: 'KTP-el diterbitkan',
          perspective: 'LAYANAN',
          unit: 'COUNT',
          direction: 'HIGHER_IS_BETTER',
          aggregation: 'SUM',
        },
      },
    );
    await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
      input: { name: 'Templat Uji LKH', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 300 }] },
    });
    const period = await run<{ createAppraisalPeriod: { period: { id: string; version: number } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id version } } }`,
      { input: { name: 'Triwulan Uji LKH', type: 'QUARTERLY', ...quarter() } },
    );
    await run(`mutation ($input: PeriodTransitionInput!) { startPlanning(input: $input) { period { status } } }`, {
      input: { id: period.createAppraisalPeriod.period.id, version: period.createAppraisalPeriod.period.version },
    });
    await run(`mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, {
      input: { periodId: period.createAppraisalPeriod.period.id },
    });
    const [plan] = await app.sql<{ id: string }>(
      `select p.id from performance_plans p join employees e on e.id = p.employee_id where e.nip = ?`,
      [STAFF_NIP],
    );
    staffPlanId = toGlobalId('PerformancePlan', plan!.id);
    const { performancePlan } = await run<{ performancePlan: { version: number } }>(
      `query ($id: ID!) { performancePlan(id: $id) { version } }`,
      {
        id: staffPlanId,
      },
    );
    const submitted = await run<{ submitPlan: { plan: { version: number } } }>(
      `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
      { input: { id: staffPlanId, version: performancePlan.version } },
    );
    await run(
      `mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { status } } }`,
      { input: { id: staffPlanId, version: submitted.submitPlan.plan.version } },
      supervisorToken,
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets the employee file a report for today linked to a target of her approved plan', async () => {
    const page = (pages.staff = await openAs('lkh.pegawai'));
    await page.getByRole('menuitem', { name: 'Laporan Kerja Harian' }).click();
    await page.waitForURL(/#\/workReports/, { timeout: 15_000 });
    await page.getByRole('link', { name: 'Buat' }).click();
    await page.waitForURL(/#\/workReports\/create$/, { timeout: 15_000 });
    await page.locator('textarea[name="activity"]').fill('Melayani perekaman KTP-el');
    await page.locator('textarea[name="output"]').fill('KTP-el warga terekam');
    await page.locator('input[name="hours"]').fill('30');
    await page.getByLabel('Target SKP').click();
    await page.getByRole('option', { name: /LAYANAN-KTP — KTP-el diterbitkan/ }).click();
    await page.locator('textarea[name="evidenceLinks"]').fill(EVIDENCE);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Lebih dari 0 dan paling banyak 24 jam').waitFor({ timeout: 15_000 });
    expect(await reports()).toEqual([]);
    await page.locator('input[name="hours"]').fill('3.5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/workReports\/[^/]+\/show$/, { timeout: 15_000 });
    await page.getByText('LAYANAN-KTP — KTP-el diterbitkan').waitFor({ timeout: 15_000 });
    const [row] = await reports();
    expect(row).toMatchObject({ activity: 'Melayani perekaman KTP-el', hours: 3.5, status: 'SUBMITTED', evidence_links: [EVIDENCE] });
    expect(row!.target_id).not.toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it("puts it in the supervisor's queue, who returns it with a required comment", async () => {
    const page = (pages.supervisor = await openAs('lkh.atasan'));
    await page.getByRole('menuitem', { name: 'Antrian laporan' }).click();
    await page.waitForURL(/#\/workReports\/queue$/, { timeout: 15_000 });
    const row = page.getByTestId('queued-report');
    await row.first().waitFor({ timeout: 15_000 });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Rina Marlina');
    await screenshot(page, 'work-report-queue');
    await row.getByTestId('work-report-return').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await dialog.getByText('Wajib diisi').waitFor({ timeout: 15_000 });
    await dialog.locator('textarea[name="text"]').fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await page.getByText('Tidak ada laporan yang menunggu tinjauan Anda.').waitFor({ timeout: 15_000 });
    expect((await reports())[0]).toMatchObject({ status: 'RETURNED', review_comment: RETURN_COMMENT });
    expect(pageErrors).toEqual([]);
  });

  it('shows the employee why; she comments and changes the report, which resubmits it', async () => {
    const staff = pages.staff!;
    await staff.reload();
    await staff.getByTestId('work-report-review').waitFor({ timeout: 15_000 });
    expect(await staff.getByTestId('work-report-review').textContent()).toContain(RETURN_COMMENT);
    await staff.getByRole('button', { name: 'Tanggapi' }).click();
    await staff.getByRole('dialog').locator('textarea[name="text"]').fill('Sudah saya lengkapi, 12 KTP-el');
    await staff.getByRole('dialog').getByRole('button', { name: 'Tanggapi' }).click();
    await expect.poll(() => staff.getByTestId('work-report-comment').count(), { timeout: 15_000 }).toBe(1);
    await staff.getByRole('link', { name: 'Ubah' }).click();
    await staff.waitForURL(/#\/workReports\/[^/]+$/, { timeout: 15_000 });
    await staff.locator('textarea[name="output"]').fill('12 KTP-el warga terekam');
    await staff.getByRole('button', { name: 'Simpan' }).click();
    await staff.waitForURL(/#\/workReports\/[^/]+\/show$/, { timeout: 15_000 });
    await expect.poll(async () => (await reports())[0]?.status, { timeout: 15_000 }).toBe('SUBMITTED');
    await screenshot(staff, 'work-report-show');
    expect(pageErrors).toEqual([]);
  });

  it('lets the supervisor approve it from its page, with the thread of comments', async () => {
    const page = pages.supervisor!;
    await page.goto(`${app.url}/admin/#/workReports/queue`);
    await page.reload();
    await page.getByTestId('queued-report').first().getByRole('link').click({ timeout: 15_000 });
    await page.getByTestId('work-report-approve').click({ timeout: 15_000 });
    await page.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await expect.poll(async () => (await reports())[0]?.status, { timeout: 15_000 }).toBe('APPROVED');
    // The thread: the return's comment and the employee's answer, oldest first.
    const thread = await page.getByTestId('work-report-comment').allTextContents();
    expect(thread.join('\n')).toContain('Sudah saya lengkapi');
    expect(await app.sql(`select text from work_report_comments order by created_at`)).toEqual(
      expect.arrayContaining([{ text: 'Sudah saya lengkapi, 12 KTP-el' }]),
    );
    await screenshot(page, 'work-report-approved');
    expect(pageErrors).toEqual([]);
  });

  it("lets the appraiser give feedback on the plan, shown on the employee's plan page", async () => {
    const page = pages.supervisor!;
    await page.goto(`${app.url}/admin/#/performancePlans/${encodeURIComponent(staffPlanId)}/show`);
    await page.getByTestId('plan-give-feedback').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jenis').click();
    await page.getByRole('option', { name: 'Arahan' }).click();
    await dialog.locator('textarea[name="text"]').fill('Prioritaskan antrean lansia pada pagi hari');
    await dialog.getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(() => page.getByTestId('feedback-item').count(), { timeout: 15_000 }).toBe(1);

    const staff = pages.staff!;
    await staff.goto(`${app.url}/admin/#/performancePlans/${encodeURIComponent(staffPlanId)}/show`);
    await staff.reload();
    const item = staff.getByTestId('feedback-item');
    await item.first().waitFor({ timeout: 15_000 });
    expect(await item.textContent()).toContain('Arahan');
    expect(await item.textContent()).toContain('Budi Santoso');
    expect(await staff.getByTestId('plan-give-feedback').count()).toBe(0);
    await screenshot(staff, 'plan-feedback');
    expect(await app.sql(`select type, text from plan_feedback`)).toEqual([
      { type: 'ARAHAN', text: 'Prioritaskan antrean lansia pada pagi hari' },
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('files a report with a start and end time, and shows the refusals on the start time', async () => {
    const staff = pages.staff!;
    const timed = () =>
      app.sql<{ minutes: number; hours: number; start_time: string; end_time: string; overtime: boolean }>(
        `select minutes, hours, start_time, end_time, overtime from work_reports where start_time is not null`,
      );
    const startTimeBox = staff.locator('.MuiFormControl-root', { has: staff.locator('input[name="startTime"]') });
    const fill = async (startTime: string, endTime: string) => {
      await staff.locator('input[name="startTime"]').fill(startTime);
      await staff.locator('input[name="endTime"]').fill(endTime);
    };
    const newReport = async (activity: string) => {
      await staff.goto(`${app.url}/admin/#/workReports/create`);
      await staff.locator('textarea[name="activity"]').waitFor({ timeout: 15_000 });
      await staff.locator('input[name="date"]').fill(lastWeekday);
      await staff.locator('textarea[name="activity"]').fill(activity);
      await staff.locator('textarea[name="output"]').fill('Berkas warga terverifikasi');
    };

    await newReport('Verifikasi berkas pindah datang');
    await fill('06:00', '07:00');
    // With a start and end time the API derives the hours: no hours input.
    expect(await staff.locator('input[name="hours"]').count()).toBe(0);
    await staff.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => startTimeBox.textContent(), { timeout: 15_000 }).toContain('Di luar jam kerja');
    expect(await timed()).toEqual([]);

    await fill('08:00', '10:00');
    await staff.getByRole('button', { name: 'Simpan' }).click();
    await staff.waitForURL(/#\/workReports\/[^/]+\/show$/, { timeout: 15_000 });
    await expect.poll(() => staff.getByTestId('work-report-time').textContent(), { timeout: 15_000 }).toContain('08:00–10:00');
    expect(await timed()).toEqual([{ minutes: 120, hours: 2, start_time: '08:00:00', end_time: '10:00:00', overtime: false }]);

    await newReport('Rapat koordinasi');
    await fill('09:00', '11:00');
    await staff.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => startTimeBox.textContent(), { timeout: 15_000 }).toContain('Bertumpang tindih dengan');
    expect(await timed()).toHaveLength(1);

    await staff.goto(`${app.url}/admin/#/workReports`);
    await expect.poll(() => staff.getByTestId('work-report-time').allTextContents(), { timeout: 15_000 }).toContain('08:00–10:00');
    expect(pageErrors).toEqual([]);
  });
});
