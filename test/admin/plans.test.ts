import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../api/src/graphql/ids.js';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, TEST_PASSWORD, tokenFor } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

type PlanRow = { id: string; status: string; return_comment: string | null; nip: string; appraiser_nip: string | null };
type TargetRow = { code: string; weight: number; target: number | null; sort_order: number };
type RealizationRow = { code: string; period: string; value: number; note: string | null; evidence_links: string[] };

const AGENCY_CODE = 'PEMKOT-UJI-SKP';
const SUPERVISOR_NIP = '197503152000031002';
const STAFF_NIP = '199001012015042001';
const EVIDENCE = 'https://bukti.example.go.id/laporan-layanan.pdf';
const RETURN_COMMENT = 'Target waktu layanan terlalu longgar, mohon diperketat';

/** Today in Western Indonesia (UTC+7), as the API counts days. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const YEAR = today.slice(0, 4);
const PERIOD_NAME = `Tahun ${YEAR} Uji SKP`;

describe.runIf(runBrowser)('performance plans (SKP) and realisations in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let hrToken: string;
  let periodId: string;
  const pageErrors: string[] = [];
  const pages: Record<'hr' | 'staff' | 'supervisor', Page | undefined> = { hr: undefined, staff: undefined, supervisor: undefined };

  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token = hrToken) => {
    const result = await app.gql<T>(query, variables, { token });
    expect(JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  const plans = () =>
    app.sql<PlanRow>(
      `select p.id, p.status, p.return_comment, e.nip, a.nip as appraiser_nip
         from performance_plans p join employees e on e.id = p.employee_id left join employees a on a.id = p.appraiser_id
        order by e.nip`,
    );
  const planOf = async (nip: string) => (await plans()).find((plan) => plan.nip === nip)!;
  const targetsOf = (planId: string) =>
    app.sql<TargetRow>(
      `select i.code, t.weight, t.target, t.sort_order
         from plan_targets t join indicators i on i.id = t.indicator_id where t.plan_id = ? order by t.sort_order`,
      [planId],
    );
  const planPath = (planId: string) =>
    `${app.url}/admin/#/performancePlans/${encodeURIComponent(toGlobalId('PerformancePlan', planId))}/show`;

  /** A fresh browser context (its own storage) signed in as `username`, on the dashboard. */
  const openAs = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    page.on('console', (message) => {
      if (process.env.DEBUG_PAGE) console.log(`[${username}]`, message.type(), message.text());
    });
    await signIn(page, app.url, username);
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
    return page;
  };

  /** Opens the plan page afresh and waits for its status. */
  const openPlan = async (page: Page, planId: string, status: string) => {
    await page.goto(planPath(planId));
    await page.reload();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe(status);
  };

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: AGENCY_CODE, name: 'Pemerintah Kota Uji SKP' });
    const hr = await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'skp.hr' });
    hrToken = await tokenFor(app, hr);
    const admin = await createUser(app, { roles: [Role.AGENCY_ADMIN], agency, username: 'skp.admin' });
    const adminToken = await tokenFor(app, admin);

    // A unit with a head (PENGAWAS) and a staff position reporting to it, one employee in each.
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DUKCAPIL', name: 'Dinas Kependudukan Uji SKP', kind: 'DINAS' } },
    );
    const unitId = unit.createOrgUnit.orgUnit.id;
    const position = async (input: Record<string, unknown>) =>
      (
        await run<{ createPosition: { position: { id: string } } }>(
          `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
          { input: { unitId, ...input } },
        )
      ).createPosition.position.id;
    const head = await position({ name: 'Kepala Seksi Pelayanan', type: 'PENGAWAS', grade: 9 });
    const staff = await position({ name: 'Pengadministrasi Kependudukan', type: 'PELAKSANA', grade: 6, superiorId: head });
    const employee = async (input: Record<string, unknown>) =>
      (
        await run<{ createEmployee: { employee: { id: string } } }>(
          `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
          { input: { employmentType: 'PNS', ...input } },
        )
      ).createEmployee.employee.id;
    const supervisorId = await employee({ nip: SUPERVISOR_NIP, name: 'Budi Santoso', golongan: 'III_D', positionId: head });
    const staffId = await employee({ nip: STAFF_NIP, name: 'Rina Marlina', golongan: 'III_A', positionId: staff });

    // Their accounts, linked to them.
    for (const [username, employeeId, role] of [
      ['skp.atasan', supervisorId, 'SUPERVISOR'],
      ['skp.pegawai', staffId, 'EMPLOYEE'],
    ]) {
      await run(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
        { input: { username, displayName: username, password: TEST_PASSWORD, roles: [role], agencyId, employeeId } },
        adminToken,
      );
    }

    // Two indicators of the agency and an agency-wide template with them (60 + 40).
    const indicator = async (input: Record<string, unknown>) =>
      (
        await run<{ createIndicator: { indicator: { id: string } } }>(
          `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
          { input },
        )
      ).createIndicator.indicator.id;
    const waktu = await indicator({
      code: 'WAKTU-LAYANAN',
      name: 'Waktu penyelesaian layanan',
      perspective: 'LAYANAN',
      unit: 'MINUTES',
      direction: 'LOWER_IS_BETTER',
      aggregation: 'AVERAGE',
    });
    const akurasi = await indicator({
      code: 'AKURASI-DATA',
      name: 'Akurasi data kependudukan',
      perspective: 'HASIL_KERJA',
      unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER',
      aggregation: 'AVERAGE',
    });
    await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
      input: {
        name: 'Templat Instansi Uji SKP',
        items: [
          { indicatorId: waktu, category: 'UTAMA', weight: 60, target: 30 },
          { indicatorId: akurasi, category: 'UTAMA', weight: 40, target: 95 },
        ],
      },
    });

    // This year, with its quarters, in PLANNING.
    const period = await run<{ createAppraisalPeriod: { period: { id: string; version: number } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id version } } }`,
      { input: { name: PERIOD_NAME, type: 'ANNUAL', startDate: `${YEAR}-01-01`, endDate: `${YEAR}-12-31` } },
    );
    periodId = period.createAppraisalPeriod.period.id;
    await run(`mutation ($input: GenerateSubPeriodsInput!) { generateSubPeriods(input: $input) { created } }`, {
      input: { id: periodId, type: 'QUARTERLY' },
    });
    await run(`mutation ($input: PeriodTransitionInput!) { startPlanning(input: $input) { period { status } } }`, {
      input: { id: periodId, version: period.createAppraisalPeriod.period.version },
    });

    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('generates the plans from the period page, saying who has no appraiser', async () => {
    const page = (pages.hr = await openAs('skp.hr'));
    await page.goto(`${app.url}/admin/#/appraisalPeriods/${encodeURIComponent(periodId)}/show`);
    await page.getByTestId('generate-plans').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Buat' }).click();
    const result = page.getByTestId('generate-plans-result');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('2 SKP dibuat; 0 pegawai sudah memiliki SKP');
    // The head of the unit has no supervisor in the system: HR approves their plan.
    expect(await result.textContent()).toContain('1 SKP tanpa pejabat penilai');
    await expect.poll(() => page.getByTestId('period-plans-link').textContent(), { timeout: 15_000 }).toBe('Semua SKP (2)');
    await expect.poll(() => page.getByTestId('period-plans-DRAFT').textContent()).toContain('2');
    await screenshot(page, 'plans-generated');

    const rows = await plans();
    expect(rows.map(({ nip, status, appraiser_nip }) => ({ nip, status, appraiser_nip }))).toEqual([
      { nip: SUPERVISOR_NIP, status: 'DRAFT', appraiser_nip: null },
      { nip: STAFF_NIP, status: 'DRAFT', appraiser_nip: SUPERVISOR_NIP },
    ]);
    expect(await targetsOf(rows[1].id)).toEqual([
      { code: 'WAKTU-LAYANAN', weight: 60, target: 30, sort_order: 1 },
      { code: 'AKURASI-DATA', weight: 40, target: 95, sort_order: 2 },
    ]);

    // HR links the staff's first target to the head's (cascading), through the API: the staff cannot read the head's plan.
    const [headTarget] = await app.sql<{ id: string }>(`select id from plan_targets where plan_id = ? order by sort_order`, [rows[0].id]);
    const staffTargets = await app.sql<{ id: string; indicator_id: string; weight: number; target: number }>(
      `select id, indicator_id, weight, target from plan_targets where plan_id = ? order by sort_order`,
      [rows[1].id],
    );
    const staffPlanId = toGlobalId('PerformancePlan', rows[1].id);
    const { performancePlan } = await run<{ performancePlan: { version: number } }>(
      `query ($id: ID!) { performancePlan(id: $id) { version } }`,
      {
        id: staffPlanId,
      },
    );
    await run(`mutation ($input: SetPlanTargetsInput!) { setPlanTargets(input: $input) { plan { id } } }`, {
      input: {
        planId: staffPlanId,
        version: performancePlan.version,
        targets: staffTargets.map((target, index) => ({
          id: toGlobalId('PlanTarget', target.id),
          indicatorId: toGlobalId('Indicator', target.indicator_id),
          weight: target.weight,
          target: target.target,
          supportsId: index === 0 ? toGlobalId('PlanTarget', headTarget.id) : null,
        })),
      },
    });

    // The period's list of plans, filtered on it, with names and the appraiser.
    await page.getByTestId('period-plans-link').click();
    await page.waitForURL(/#\/performancePlans\?/, { timeout: 15_000 });
    const table = page.locator('table');
    await table.getByText('Rina Marlina').waitFor({ timeout: 15_000 });
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.textContent()).toContain('Budi Santoso');
    await screenshot(page, 'plans-list');
    expect(pageErrors).toEqual([]);
  });

  it('lets the employee edit the targets: refused at weights 90 naming the total, saved at 100, then submitted', async () => {
    const plan = await planOf(STAFF_NIP);
    const page = (pages.staff = await openAs('skp.pegawai'));
    await openPlan(page, plan.id, 'Draf');
    await page.getByTestId('plan-edit-targets').click();
    await page.waitForURL(/#\/performancePlans\/[^/]+$/, { timeout: 15_000 });

    const total = page.getByTestId('main-weight-total');
    await expect.poll(() => total.textContent(), { timeout: 15_000 }).toContain('Total bobot utama: 100 / 100');
    await page.locator('input[name="targets.0.weight"]').fill('50');
    await page.locator('input[name="targets.0.target"]').fill('25');
    await expect.poll(() => total.textContent()).toContain('Total bobot utama: 90 / 100');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page
      .locator('.ra-input-targets > .MuiFormHelperText-root')
      .filter({ hasText: 'Total bobot utama 90, harus 100' })
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'plan-targets-weight-90');
    expect((await targetsOf(plan.id)).map((target) => target.weight)).toEqual([60, 40]);

    await page.locator('input[name="targets.0.weight"]').fill('60');
    await expect.poll(() => total.textContent()).toContain('Total bobot utama: 100 / 100');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/performancePlans\/[^/]+\/show$/, { timeout: 15_000 });
    await expect
      .poll(async () => (await targetsOf(plan.id)).map(({ weight, target }) => ({ weight, target })))
      .toEqual([
        { weight: 60, target: 25 },
        { weight: 40, target: 95 },
      ]);
    const targets = page.getByTestId('plan-targets');
    const first = targets.getByTestId('plan-target').first();
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain('25 Menit');
    // The cascading set by HR survived the edit: the first target still supports the head's, a link to the head's plan.
    const headPlanPath = `#/performancePlans/${encodeURIComponent(toGlobalId('PerformancePlan', (await planOf(SUPERVISOR_NIP)).id))}/show`;
    expect(await first.getByRole('link', { name: 'WAKTU-LAYANAN — Waktu penyelesaian layanan' }).last().getAttribute('href')).toBe(
      headPlanPath,
    );
    expect(
      (
        await app.sql<{ supports_id: string | null }>(`select supports_id from plan_targets where plan_id = ? order by sort_order`, [
          plan.id,
        ])
      ).map((row) => row.supports_id !== null),
    ).toEqual([true, false]);

    // Submitted after a confirmation; the employee can no longer edit or decide.
    await page.getByTestId('plan-submit').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ajukan' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe('Diajukan');
    expect((await planOf(STAFF_NIP)).status).toBe('SUBMITTED');
    expect(await page.getByTestId('plan-edit-targets').count()).toBe(0);
    expect(await page.getByTestId('plan-approve').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('lets the supervisor return the plan from the approvals queue with a required comment', async () => {
    const page = (pages.supervisor = await openAs('skp.atasan'));
    await page.getByRole('menuitem', { name: 'Persetujuan SKP' }).click();
    await page.waitForURL(/#\/performancePlans\/approvals$/, { timeout: 15_000 });
    const queue = page.locator('table');
    await queue.getByText('Rina Marlina').waitFor({ timeout: 15_000 });
    expect(await queue.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'plan-approvals-queue');
    await queue.getByText('Rina Marlina').click();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe('Diajukan');

    await page.getByTestId('plan-return').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await dialog.getByText('Wajib diisi').waitFor({ timeout: 15_000 });
    expect((await planOf(STAFF_NIP)).status).toBe('SUBMITTED');
    await dialog.locator('textarea[name="comment"]').fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe('Dikembalikan');
    expect(await planOf(STAFF_NIP)).toMatchObject({ status: 'RETURNED', return_comment: RETURN_COMMENT });
    expect(pageErrors).toEqual([]);
  });

  it('shows the comment to the employee, who submits again, and the supervisor approves', async () => {
    const plan = await planOf(STAFF_NIP);
    const staff = pages.staff!;
    await openPlan(staff, plan.id, 'Dikembalikan');
    expect(await staff.getByTestId('plan-return-comment').textContent()).toContain(RETURN_COMMENT);
    await screenshot(staff, 'plan-returned');
    await staff.getByTestId('plan-submit').click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Ajukan' }).click();
    await expect.poll(() => staff.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe('Diajukan');
    expect((await planOf(STAFF_NIP)).status).toBe('SUBMITTED');

    const supervisor = pages.supervisor!;
    await openPlan(supervisor, plan.id, 'Diajukan');
    expect(await supervisor.getByTestId('plan-submit').count()).toBe(0);
    await supervisor.getByTestId('plan-approve').click();
    await supervisor.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await expect.poll(() => supervisor.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe('Disetujui');
    expect(await planOf(STAFF_NIP)).toMatchObject({ status: 'APPROVED' });
    expect(await supervisor.getByTestId('plan-approve').count()).toBe(0);

    // The head's own plan lists what the staff's target contributes, with a link to the staff's plan.
    await openPlan(supervisor, (await planOf(SUPERVISOR_NIP)).id, 'Draf');
    const supportedBy = supervisor.getByTestId('target-supported-by');
    await expect.poll(() => supportedBy.first().textContent(), { timeout: 15_000 }).toContain('Rina Marlina');
    expect(await supportedBy.first().textContent()).toContain('WAKTU-LAYANAN: 25 Menit');
    await screenshot(supervisor, 'plan-supported-by');
    expect(pageErrors).toEqual([]);
  });

  it('records a realisation with an evidence link once the period is monitored, and shows the period value', async () => {
    // The head's plan (no appraiser) is submitted and approved by HR, then monitoring starts: through the API.
    const head = await planOf(SUPERVISOR_NIP);
    const headId = toGlobalId('PerformancePlan', head.id);
    const { performancePlan } = await run<{ performancePlan: { version: number } }>(
      `query ($id: ID!) { performancePlan(id: $id) { version } }`,
      {
        id: headId,
      },
    );
    const submitted = await run<{ submitPlan: { plan: { version: number } } }>(
      `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
      { input: { id: headId, version: performancePlan.version } },
    );
    await run(`mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { status } } }`, {
      input: { id: headId, version: submitted.submitPlan.plan.version },
    });
    const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
      {
        id: periodId,
      },
    );
    await run(`mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { status } } }`, {
      input: { id: periodId, version: appraisalPeriod.version },
    });

    const plan = await planOf(STAFF_NIP);
    const page = pages.staff!;
    await openPlan(page, plan.id, 'Disetujui');
    await expect.poll(() => page.getByTestId('plan-period-status').textContent(), { timeout: 15_000 }).toBe('Pemantauan');
    await page.getByTestId('plan-record-realization').click();
    const dialog = page.getByRole('dialog');
    // The first target and the quarter running now are chosen already.
    await dialog.locator('input[name="value"]').fill('28');
    await dialog.locator('textarea[name="note"]').fill('Rata-rata waktu layanan KTP-el');
    await dialog.locator('textarea[name="evidenceLinks"]').fill('ftp://bukti.example.go.id/x');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Bukan tautan http(s): ftp://bukti.example.go.id/x').waitFor({ timeout: 15_000 });
    await dialog.locator('textarea[name="evidenceLinks"]').fill(EVIDENCE);
    await dialog.getByRole('button', { name: 'Simpan' }).click();

    const first = page.getByTestId('plan-target').first();
    const link = first.getByRole('link', { name: EVIDENCE });
    await link.waitFor({ timeout: 15_000 });
    expect(await link.getAttribute('href')).toBe(EVIDENCE);
    expect(await first.getByTestId('target-realizations').textContent()).toContain('28 Menit');
    expect(await first.getByTestId('target-period-value').textContent()).toContain('28 Menit');
    await screenshot(page, 'plan-realization');

    const realizations = await app.sql<RealizationRow>(
      `select i.code, p.name as period, r.value, r.note, r.evidence_links
         from realizations r join plan_targets t on t.id = r.target_id join indicators i on i.id = t.indicator_id
         join appraisal_periods p on p.id = r.period_id where t.plan_id = ?`,
      [plan.id],
    );
    expect(realizations).toHaveLength(1);
    expect(realizations[0]).toMatchObject({
      code: 'WAKTU-LAYANAN',
      value: 28,
      note: 'Rata-rata waktu layanan KTP-el',
      evidence_links: [EVIDENCE],
    });
    // Recorded for the quarter running now, a sub-period of the plan's year.
    expect(realizations[0].period).not.toBe(PERIOD_NAME);
    expect(pageErrors).toEqual([]);
  });
});
