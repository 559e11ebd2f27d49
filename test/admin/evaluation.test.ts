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

/**
 * One employee from plan to predicate, in the console.
 *
 * Dinas Kesehatan Uji: the head (Hendra, no appraiser in the system: HR rates him) appraises the
 * head of section (Budi), who appraises Siti. So Budi is Siti's appraiser and Hendra the
 * appraiser's superior, who decides her objection. One agency-wide template, the worked example
 * of docs/domain.md#achievement (the national scheme: achievement capped at 120; >= 110 above
 * expectation, >= 90 as expected):
 *   WAKTU-LAYANAN  lower is better  target 30 (minutes)  weight 40   (the template says 35; Siti sets 30)
 *   AKURASI-DATA   higher is better target 95 (%)        weight 35
 *   PELATIHAN      higher is better target 4             weight 25
 * Siti realises 24, 90.25 and 2:
 *   24    -> (2 - 24/30) x 100 = 120
 *   90.25 -> 90.25 / 95 x 100  = 95
 *   2     -> 2 / 4 x 100       = 50
 *   score (120 x 40 + 95 x 35 + 50 x 25) / 100 = (4800 + 3325 + 1250) / 100 = 93.75 -> SESUAI_EKSPEKTASI
 *   every core value above expectation -> behaviour DI_ATAS_EKSPEKTASI; SESUAI x DI_ATAS -> BAIK
 * She objects; Hendra upholds it with SANGAT_BAIK (BAIK kept as the original predicate).
 * Budi and Hendra realise their targets exactly (score 100, SESUAI) and are rated as expected
 * (BAIK): the curve counts n = 3, Sangat Baik 1, Baik 2.
 */

type EvaluationRow = {
  nip: string;
  status: string;
  score: number | null;
  result_rating: string | null;
  behaviour_rating: string | null;
  predicate: string | null;
  original_predicate: string | null;
  decision: string | null;
  objection_reason: string | null;
};

const AGENCY_CODE = 'PEMKOT-UJI-NILAI';
const HEAD_NIP = '197003051995031001';
const SECTION_NIP = '197503152000031002';
const STAFF_NIP = '199001012015012007';
const OBJECTION = 'Pelatihan bulan ketiga dibatalkan oleh penyelenggara, bukan karena saya.';
const DECISION_NOTE = 'Pembatalan pelatihan di luar kendali pegawai.';

/** The last complete quarter, in Western Indonesia (UTC+7): evaluation opens in a period's closing week. */
const lastQuarter = () => {
  const now = new Date(Date.now() + 7 * 3_600_000);
  let quarter = Math.floor(now.getUTCMonth() / 3) - 1;
  let year = now.getUTCFullYear();
  if (quarter < 0) {
    quarter = 3;
    year -= 1;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const end = new Date(Date.UTC(year, quarter * 3 + 3, 0)).getUTCDate();
  return {
    name: `Triwulan ${['I', 'II', 'III', 'IV'][quarter]} ${year} Uji Nilai`,
    startDate: `${year}-${pad(quarter * 3 + 1)}-01`,
    endDate: `${year}-${pad(quarter * 3 + 3)}-${pad(end)}`,
  };
};
const QUARTER = lastQuarter();

describe.runIf(runBrowser)('an employee from plan to predicate in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let hrToken: string;
  let periodId: string;
  const tokens: Record<'head' | 'section' | 'staff', string> = { head: '', section: '', staff: '' };
  const pageErrors: string[] = [];
  const pages: Record<'hr' | 'staff' | 'section' | 'head', Page | undefined> = {
    hr: undefined,
    staff: undefined,
    section: undefined,
    head: undefined,
  };

  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = hrToken) => {
    const result = await app.gql<T>(query, variables, { token });
    expect(JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  const planIdOf = async (nip: string) =>
    (
      await app.sql<{ id: string }>(`select p.id from performance_plans p join employees e on e.id = p.employee_id where e.nip = ?`, [nip])
    )[0]!.id;
  const planStatus = async (nip: string) =>
    (
      await app.sql<{ status: string }>(
        `select p.status from performance_plans p join employees e on e.id = p.employee_id where e.nip = ?`,
        [nip],
      )
    )[0]?.status;
  const evaluations = () =>
    app.sql<EvaluationRow>(
      `select e.nip, v.status, v.score, v.result_rating, v.behaviour_rating, v.predicate, v.original_predicate, v.decision,
              v.objection_reason
         from evaluations v join performance_plans p on p.id = v.plan_id join employees e on e.id = p.employee_id order by e.nip`,
    );
  const evaluationOf = async (nip: string) => (await evaluations()).find((row) => row.nip === nip);
  const planPath = (planId: string) =>
    `${app.url}/admin/#/performancePlans/${encodeURIComponent(toGlobalId('PerformancePlan', planId))}/show`;
  const periodPath = () => `${app.url}/admin/#/appraisalPeriods/${encodeURIComponent(periodId)}/show`;

  const periodVersion = async () =>
    (await run<{ appraisalPeriod: { version: number } }>(`query ($id: ID!) { appraisalPeriod(id: $id) { version } }`, { id: periodId }))
      .appraisalPeriod.version;
  const step = async (mutation: string) =>
    run(`mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { status } } }`, {
      input: { id: periodId, version: await periodVersion() },
    });

  /** A plan through the API: its id and version, and its targets. */
  const planOf = async (nip: string) => {
    const id = toGlobalId('PerformancePlan', await planIdOf(nip));
    const { performancePlan } = await run<{
      performancePlan: {
        id: string;
        version: number;
        targets: { id: string; target: number }[];
        evaluation: { id: string; version: number } | null;
      };
    }>(`query ($id: ID!) { performancePlan(id: $id) { id version targets { id target } evaluation { id version } } }`, { id });
    return performancePlan;
  };

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
    const { agency, id: agencyId } = await createAgency(app, { code: AGENCY_CODE, name: 'Pemerintah Kota Uji Nilai' });
    const hr = await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'nilai.hr' });
    hrToken = await tokenFor(app, hr);

    // One unit: the head of the office, a head of section below him, and a staff member below her.
    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DINKES', name: 'Dinas Kesehatan Uji Nilai', kind: 'DINAS' } },
    );
    const unitId = unit.createOrgUnit.orgUnit.id;
    const position = async (input: Record<string, unknown>) =>
      (
        await run<{ createPosition: { position: { id: string } } }>(
          `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
          { input: { unitId, ...input } },
        )
      ).createPosition.position.id;
    const headPosition = await position({ name: 'Kepala Dinas Kesehatan', type: 'JPT_PRATAMA', grade: 14 });
    const sectionPosition = await position({ name: 'Kepala Seksi Pelayanan', type: 'PENGAWAS', grade: 9, superiorId: headPosition });
    const staffPosition = await position({ name: 'Pengelola Layanan', type: 'PELAKSANA', grade: 6, superiorId: sectionPosition });
    const people = [
      ['head', 'nilai.kadis', HEAD_NIP, 'Hendra Saputra', headPosition, Role.SUPERVISOR],
      ['section', 'nilai.kasi', SECTION_NIP, 'Budi Santoso', sectionPosition, Role.SUPERVISOR],
      ['staff', 'nilai.pegawai', STAFF_NIP, 'Siti Aminah', staffPosition, Role.EMPLOYEE],
    ] as const;
    for (const [key, username, nip, name, positionId, role] of people) {
      const employee = await run<{ createEmployee: { employee: { id: string } } }>(
        `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
        { input: { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId, effectiveDate: '2020-01-02' } },
      );
      // Their accounts, linked to them.
      const user = await createUser(app, { roles: [role], agency, username });
      const [row] = await app.sql<{ id: string }>(`select id from employees where nip = ?`, [nip]);
      await app.sql(`update users set employee_id = ?, display_name = ? where id = ?`, [row!.id, name, user.id]);
      expect(employee.createEmployee.employee.id).toBeTruthy();
      tokens[key] = await tokenFor(app, user);
    }

    const indicator = async (code: string, name: string, direction: string, unitOfMeasure: string, aggregation: string) =>
      (
        await run<{ createIndicator: { indicator: { id: string } } }>(
          `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
          { input: { code, name, direction, perspective: 'HASIL_KERJA', unit: unitOfMeasure, aggregation } },
        )
      ).createIndicator.indicator.id;
    const wait = await indicator('WAKTU-LAYANAN', 'Waktu penyelesaian layanan', 'LOWER_IS_BETTER', 'MINUTES', 'AVERAGE');
    const accuracy = await indicator('AKURASI-DATA', 'Akurasi data', 'HIGHER_IS_BETTER', 'PERCENT', 'AVERAGE');
    const training = await indicator('PELATIHAN', 'Pelatihan diikuti', 'HIGHER_IS_BETTER', 'COUNT', 'SUM');
    await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
      input: {
        name: 'Pelayanan Kesehatan Uji Nilai',
        items: [
          { indicatorId: wait, weight: 40, target: 35 },
          { indicatorId: accuracy, weight: 35, target: 95 },
          { indicatorId: training, weight: 25, target: 4 },
        ],
      },
    });

    // The last complete quarter, in PLANNING.
    const period = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { ...QUARTER, type: 'QUARTERLY' } },
    );
    periodId = period.createAppraisalPeriod.period.id;
    await step('startPlanning');

    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('HR generates the plans from the period page', async () => {
    const page = (pages.hr = await openAs('nilai.hr'));
    await page.goto(periodPath());
    await page.getByTestId('generate-plans').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buat' }).click();
    await expect
      .poll(() => page.getByTestId('generate-plans-result').textContent(), { timeout: 15_000 })
      .toContain('3 SKP dibuat; 0 pegawai sudah memiliki SKP');
    expect(await planStatus(STAFF_NIP)).toBe('DRAFT');
    expect(pageErrors).toEqual([]);
  });

  it('the employee sets her targets and submits; her appraiser approves', async () => {
    const planId = await planIdOf(STAFF_NIP);
    const staff = (pages.staff = await openAs('nilai.pegawai'));
    await openPlan(staff, planId, 'Draf');
    await staff.getByTestId('plan-edit-targets').click();
    await staff.waitForURL(/#\/performancePlans\/[^/]+$/, { timeout: 15_000 });
    await expect.poll(() => staff.locator('input[name="targets.0.target"]').inputValue(), { timeout: 15_000 }).toBe('35');
    await staff.locator('input[name="targets.0.target"]').fill('30');
    await staff.getByRole('button', { name: 'Simpan' }).click();
    await staff.waitForURL(/#\/performancePlans\/[^/]+\/show$/, { timeout: 15_000 });
    await expect.poll(() => staff.getByTestId('plan-target').first().textContent(), { timeout: 15_000 }).toContain('30 Menit');
    await staff.getByTestId('plan-submit').click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Ajukan' }).click();
    await expect.poll(() => staff.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe('Diajukan');

    const section = (pages.section = await openAs('nilai.kasi'));
    await openPlan(section, planId, 'Diajukan');
    await section.getByTestId('plan-approve').click();
    await section.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await expect.poll(() => section.getByTestId('plan-status').textContent(), { timeout: 15_000 }).toBe('Disetujui');
    expect(await planStatus(STAFF_NIP)).toBe('APPROVED');
    expect(await app.sql(`select t.target from plan_targets t where t.plan_id = ? order by t.sort_order`, [planId])).toEqual([
      { target: 30 },
      { target: 95 },
      { target: 4 },
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('the employee records her realisations once the period is monitored', async () => {
    // The two heads' plans are agreed through the API (HR approves the head's: he has no appraiser), then monitoring starts.
    for (const [nip, approver] of [
      [HEAD_NIP, hrToken],
      [SECTION_NIP, tokens.head],
    ] as const) {
      const plan = await planOf(nip);
      const submitted = await run<{ submitPlan: { plan: { version: number } } }>(
        `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
        { input: { id: plan.id, version: plan.version } },
      );
      await run(
        `mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { status } } }`,
        { input: { id: plan.id, version: submitted.submitPlan.plan.version } },
        approver,
      );
    }
    await step('startMonitoring');

    const planId = await planIdOf(STAFF_NIP);
    const page = pages.staff!;
    await openPlan(page, planId, 'Disetujui');
    const values = [
      ['1. WAKTU-LAYANAN — Waktu penyelesaian layanan', '24'],
      ['2. AKURASI-DATA — Akurasi data', '90.25'],
      ['3. PELATIHAN — Pelatihan diikuti', '2'],
    ];
    for (const [index, [target, value]] of values.entries()) {
      await page.getByTestId('plan-record-realization').click();
      const dialog = page.getByRole('dialog');
      if (index > 0) {
        await dialog.getByLabel('Target').click();
        await page.getByRole('option', { name: target }).click();
      }
      await dialog.locator('input[name="value"]').fill(value);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });
      await expect.poll(() => page.getByTestId('realization').count(), { timeout: 15_000 }).toBe(index + 1);
    }
    expect(
      await app.sql(
        `select r.value from realizations r join plan_targets t on t.id = r.target_id where t.plan_id = ? order by t.sort_order`,
        [planId],
      ),
    ).toEqual([{ value: 24 }, { value: 90.25 }, { value: 2 }]);
    expect(pageErrors).toEqual([]);
  });

  it('the appraiser rates every core value; an incomplete rating is refused with its blockers; confirmed, the page shows 93,75 and Baik', async () => {
    await step('startEvaluation');
    const planId = await planIdOf(STAFF_NIP);
    const page = pages.section!;
    await openPlan(page, planId, 'Disetujui');
    const section = page.getByTestId('plan-evaluation');
    const rows = section.getByTestId('evaluation-values').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(7);
    const valueCount = await rows.count();

    // Only the first value rated: confirming is refused, and the page says why.
    await rows.nth(0).getByLabel('Di atas ekspektasi').check();
    await section.getByTestId('evaluation-confirm').click();
    const confirmDialog = page.getByRole('dialog');
    expect(await confirmDialog.textContent()).toContain('belum dinilai');
    await confirmDialog.getByRole('button', { name: 'Konfirmasi' }).click();
    const blockers = page.getByTestId('evaluation-blockers');
    await blockers.waitFor({ timeout: 15_000 });
    expect(await blockers.textContent()).toContain('behaviour not rated');
    await screenshot(page, 'evaluation-blocked');
    expect(await evaluationOf(STAFF_NIP)).toMatchObject({ status: 'DRAFT', predicate: null });

    // Every value above expectation, a note on one, saved as a draft, then confirmed.
    for (let index = 0; index < valueCount; index++) await rows.nth(index).getByLabel('Di atas ekspektasi').check();
    await rows.nth(0).locator('input[name="behaviour.0.note"]').fill('Selalu ramah kepada warga');
    await expect.poll(() => section.getByTestId('evaluation-overall-behaviour').textContent()).toContain('Di atas ekspektasi');
    await section.getByTestId('evaluation-save').click();
    await section.getByTestId('evaluation-draft').waitFor({ timeout: 15_000 });
    await section.getByTestId('evaluation-confirm').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();

    await expect.poll(() => section.getByTestId('evaluation-score').textContent(), { timeout: 15_000 }).toBe('93,75');
    expect(await section.getByTestId('evaluation-predicate').textContent()).toBe('Baik');
    expect(await section.getByTestId('evaluation-result-rating').textContent()).toBe('Sesuai ekspektasi');
    expect(await section.getByTestId('evaluation-behaviour-rating').textContent()).toBe('Di atas ekspektasi');
    expect(await section.getByTestId('evaluation-status').textContent()).toBe('Dikonfirmasi');
    const lines = section.getByTestId('breakdown-line');
    expect(await lines.count()).toBe(3);
    expect(await lines.nth(0).textContent()).toContain('120');
    expect(await lines.nth(1).textContent()).toContain('95');
    expect(await lines.nth(2).textContent()).toContain('50');
    expect(await section.getByTestId('evaluation-steps').textContent()).toContain('93.75');
    expect(await section.getByTestId('evaluation-ratings').textContent()).toContain('Selalu ramah kepada warga');
    await screenshot(page, 'evaluation-confirmed');
    expect(await evaluationOf(STAFF_NIP)).toMatchObject({
      status: 'CONFIRMED',
      score: 93.75,
      result_rating: 'SESUAI_EKSPEKTASI',
      behaviour_rating: 'DI_ATAS_EKSPEKTASI',
      predicate: 'BAIK',
    });
    // The appraiser has no employee's buttons.
    expect(await section.getByTestId('evaluation-object').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('the employee objects before the deadline; the superior upholds it with another predicate', async () => {
    const planId = await planIdOf(STAFF_NIP);
    const staff = pages.staff!;
    await openPlan(staff, planId, 'Disetujui');
    const section = staff.getByTestId('plan-evaluation');
    await expect.poll(() => section.getByTestId('evaluation-predicate').textContent(), { timeout: 15_000 }).toBe('Baik');
    expect(await section.getByTestId('evaluation-acknowledge').count()).toBe(1);
    await section.getByTestId('evaluation-object').click();
    const dialog = staff.getByRole('dialog');
    await dialog.locator('textarea[name="reason"]').fill('Terlalu');
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await dialog.getByText('Minimal 10 karakter').waitFor({ timeout: 15_000 });
    await dialog.locator('textarea[name="reason"]').fill(OBJECTION);
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await expect.poll(() => section.getByTestId('evaluation-status').textContent(), { timeout: 15_000 }).toBe('Keberatan');
    expect(await section.getByTestId('evaluation-objection').textContent()).toContain(OBJECTION);
    expect(await evaluationOf(STAFF_NIP)).toMatchObject({ status: 'OBJECTED', objection_reason: OBJECTION });

    const head = (pages.head = await openAs('nilai.kadis'));
    await openPlan(head, planId, 'Disetujui');
    const headSection = head.getByTestId('plan-evaluation');
    await headSection.getByTestId('evaluation-decide').click();
    const decide = head.getByRole('dialog');
    await decide.getByLabel('Keberatan diterima').check();
    await decide.getByLabel('Predikat pengganti').click();
    await head.getByRole('option', { name: 'Sangat Baik' }).click();
    await decide.locator('textarea[name="note"]').fill(DECISION_NOTE);
    await decide.getByRole('button', { name: 'Putuskan' }).click();
    await expect.poll(() => headSection.getByTestId('evaluation-status').textContent(), { timeout: 15_000 }).toBe('Keberatan diputus');
    expect(await headSection.getByTestId('evaluation-predicate').textContent()).toBe('Sangat Baik');
    expect(await headSection.getByTestId('evaluation-original-predicate').textContent()).toBe('Baik');
    expect(await headSection.getByTestId('evaluation-decision').textContent()).toContain(DECISION_NOTE);
    await screenshot(head, 'evaluation-objection-upheld');
    expect(await evaluationOf(STAFF_NIP)).toMatchObject({
      status: 'DECIDED',
      decision: 'UPHELD',
      predicate: 'SANGAT_BAIK',
      original_predicate: 'BAIK',
      score: 93.75,
    });
    expect(pageErrors).toEqual([]);
  });

  it('HR confirms the other complete evaluations at once and sees the curve', async () => {
    // The heads' realisations (exactly the targets) and drafts (every value as expected) through the API.
    const { effectiveBehaviourValues } = await run<{ effectiveBehaviourValues: { code: string }[] }>(
      `{ effectiveBehaviourValues { code } }`,
    );
    const behaviour = effectiveBehaviourValues.map(({ code }) => ({ code, rating: 'SESUAI_EKSPEKTASI' }));
    for (const [nip, appraiser] of [
      [HEAD_NIP, hrToken],
      [SECTION_NIP, tokens.head],
    ] as const) {
      const plan = await planOf(nip);
      for (const target of plan.targets) {
        await run(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
          input: { targetId: target.id, periodId, value: target.target },
        });
      }
      await run(
        `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { id } } }`,
        { input: { planId: plan.id, behaviour } },
        appraiser,
      );
    }

    const page = pages.hr!;
    await page.goto(periodPath());
    await page.reload();
    await page.getByTestId('confirm-evaluations').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi' }).click();
    await expect
      .poll(() => page.getByTestId('confirm-evaluations-result').textContent(), { timeout: 15_000 })
      .toContain('2 penilaian dikonfirmasi; 0 draf belum lengkap');
    expect((await evaluations()).map(({ nip, status, predicate }) => ({ nip, status, predicate }))).toEqual([
      { nip: HEAD_NIP, status: 'CONFIRMED', predicate: 'BAIK' },
      { nip: SECTION_NIP, status: 'CONFIRMED', predicate: 'BAIK' },
      { nip: STAFF_NIP, status: 'DECIDED', predicate: 'SANGAT_BAIK' },
    ]);

    await page.getByTestId('period-distribution-link').click();
    await page.waitForURL(/#\/appraisalPeriods\/[^/]+\/distribution$/, { timeout: 15_000 });
    await expect.poll(() => page.getByTestId('distribution-n').textContent(), { timeout: 15_000 }).toBe('n = 3 pegawai dinilai');
    expect((await page.getByTestId('distribution-count-SANGAT_BAIK').textContent())?.replace(/\s/g, '')).toBe('1(33,3%)');
    expect((await page.getByTestId('distribution-count-BAIK').textContent())?.replace(/\s/g, '')).toBe('2(66,7%)');
    expect(await page.getByTestId('distribution-count-KURANG').textContent()).toBe('0');
    await page.getByTestId('distribution-chart').locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });

    // HR records the unit's achievement (Baik): its pattern wants someone below Baik, so the unit deviates.
    const unit = page.getByTestId('distribution-unit');
    expect(await unit.count()).toBe(1);
    expect(await unit.getAttribute('data-deviates')).toBe('false');
    await unit.getByTestId('set-unit-achievement').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Capaian kinerja organisasi').click();
    await page.getByRole('option', { name: 'Baik', exact: true }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => unit.getByTestId('unit-achievement').textContent(), { timeout: 15_000 }).toBe('Baik');
    await expect.poll(() => unit.getAttribute('data-deviates')).toBe('true');
    expect(await page.getByTestId('distribution-deviating').textContent()).toBe('1 unit menyimpang dari polanya');
    await screenshot(page, 'evaluation-distribution');
    expect(await app.sql(`select achievement from unit_achievements`)).toEqual([{ achievement: 'BAIK' }]);
    expect(pageErrors).toEqual([]);
  });

  it('HR publishes the results of the closed period', async () => {
    await step('closePeriod');
    const page = pages.hr!;
    await page.goto(periodPath());
    await page.reload();
    await page.getByTestId('publish-results').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Sertakan predikat setiap pegawai').check();
    await dialog.getByRole('button', { name: 'Publikasikan' }).click();
    await expect
      .poll(() => page.getByTestId('publish-results-result').textContent(), { timeout: 15_000 })
      .toContain('1 unit kerja dipublikasikan; 1 di antaranya tanpa rincian');
    await screenshot(page, 'evaluation-published');
    expect(await app.sql(`select unit_name, employee_count, predicate_counts from published_results`)).toEqual([
      { unit_name: 'Dinas Kesehatan Uji Nilai', employee_count: 3, predicate_counts: null },
    ]);
    expect(pageErrors).toEqual([]);
  });
});
