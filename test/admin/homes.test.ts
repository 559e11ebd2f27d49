import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalId, toGlobalId } from '../../api/src/graphql/ids.js';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createAgency, createUser, Role, TEST_PASSWORD, tokenFor } from '../helpers/factories.js';
import { browserAvailable, launchChromium, screenshot } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'index.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

/**
 * The homes of those who use the console for their own work, at a desk (1440 px) and on a phone (390 px).
 *
 * Dinas Kependudukan Uji: the head of office (Hendra) appraises the head of section (Sari), who
 * appraises two staff members (Rina, Dedi). Two quarters: the last one in EVALUATION, where Sari
 * has confirmed Rina's evaluation (so Hendra, the appraiser's superior, decides her objection),
 * and the current one in PLANNING with Rina's plan approved (her reports count toward it).
 */
const HEAD_NIP = '197001011995031001';
const SECTION_NIP = '198002022005012002';
const STAFF_NIP = '199001012015012007';
const OTHER_NIP = '199203032018011003';
const OBJECTION = 'Capaian layanan KTP-el belum dihitung lengkap';
const RETURN_COMMENT = 'Lengkapi jumlah berkas yang selesai';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 1000 };

const DAY_MS = 86_400_000;
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
/** The weekdays before today, latest first. */
const weekdaysBefore = (count: number): string[] => {
  const days: string[] = [];
  let time = Date.parse(`${today}T00:00:00Z`);
  while (days.length < count) {
    time -= DAY_MS;
    const day = new Date(time).toISOString().slice(0, 10);
    if (!weekend(day)) days.push(day);
  }
  return days;
};
const LAST_MONTH = (() => {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
})();
const quarterOf = (day: string, shift = 0) => {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, Math.floor((month - 1) / 3) * 3 + shift * 3, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 3, 0));
  return { startDate: first.toISOString().slice(0, 10), endDate: last.toISOString().slice(0, 10) };
};

type GraphqlSeen = { operation: string; codes: string[]; statements: number };

describe.runIf(runBrowser)('the homes of employees and supervisors', () => {
  let app: TestApp;
  let browser: Browser;
  let hrToken: string;
  const tokens: Record<string, string> = {};
  const employeeIds: Record<string, string> = {};
  const pageErrors: string[] = [];
  const seen: GraphqlSeen[] = [];
  let sheet: { id: string; version: number };

  const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = hrToken) => {
    const result = await app.gql<T>(query, variables, { token });
    expect(JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
  const reports = () =>
    app.sql<{ activity: string; status: string; review_comment: string | null; nip: string }>(
      `select r.activity, r.status, r.review_comment, e.nip from work_reports r join employees e on e.id = r.employee_id order by r.date, r.activity`,
    );
  const evaluationOf = async (nip: string) =>
    (
      await app.sql<{ status: string; objection_reason: string | null; decision: string | null }>(
        `select v.status, v.objection_reason, v.decision from evaluations v join performance_plans p on p.id = v.plan_id
         join employees e on e.id = p.employee_id where e.nip = ?`,
        [nip],
      )
    )[0];
  const planOf = async (nip: string, periodId: string) => {
    const [row] = await app.sql<{ id: string }>(
      `select p.id from performance_plans p join employees e on e.id = p.employee_id where e.nip = ? and p.period_id = ?`,
      [nip, parseGlobalId(periodId)!.id],
    );
    const id = toGlobalId('PerformancePlan', row!.id);
    const { performancePlan } = await run<{ performancePlan: { id: string; version: number; targets: { id: string; target: number }[] } }>(
      `query ($id: ID!) { performancePlan(id: $id) { id version targets { id target } } }`,
      { id },
    );
    return performancePlan;
  };

  /** A fresh context signed in as `username` at `viewport`, on its home; every GraphQL answer is recorded. */
  const signIn = async (username: string, viewport = DESK): Promise<Page> => {
    const context = await browser.newContext({ viewport, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
      const body = response.request().postData() ?? '';
      const operation = /(?:query|mutation)\s+(\w+)/.exec(JSON.parse(body).query ?? '')?.[1] ?? '?';
      try {
        const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        seen.push({
          operation,
          codes: (json.errors ?? []).map((error) => error.extensions?.code ?? '?'),
          statements: Number(response.headers()['x-sql-statements'] ?? NaN),
        });
      } catch {
        // A page closed while the answer arrived.
      }
    });
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
    return page;
  };

  const periodStep = async (periodId: string, mutation: string) => {
    const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
      {
        id: periodId,
      },
    );
    await run(`mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { status } } }`, {
      input: { id: periodId, version: appraisalPeriod.version },
    });
  };
  const agree = async (nip: string, periodId: string, approver: string) => {
    const plan = await planOf(nip, periodId);
    const submitted = await run<{ submitPlan: { plan: { version: number } } }>(
      `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
      { input: { id: plan.id, version: plan.version } },
    );
    await run(
      `mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { status } } }`,
      { input: { id: plan.id, version: submitted.submitPlan.plan.version } },
      approver,
    );
    return plan;
  };
  const file = (token: string, input: Record<string, unknown>) =>
    run(`mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`, { input }, token);

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: 'PEMKOT-UJI-BERANDA', name: 'Pemerintah Kota Uji Beranda' });
    hrToken = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'beranda.hr' }));

    const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'DUKCAPIL', name: 'Dinas Kependudukan Uji Beranda', kind: 'DINAS' } },
    );
    const position = async (input: Record<string, unknown>) =>
      (
        await run<{ createPosition: { position: { id: string } } }>(
          `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
          { input: { unitId: unit.createOrgUnit.orgUnit.id, ...input } },
        )
      ).createPosition.position.id;
    const headPosition = await position({ name: 'Kepala Dinas', type: 'JPT_PRATAMA', grade: 14 });
    const sectionPosition = await position({ name: 'Kepala Seksi Pelayanan', type: 'PENGAWAS', grade: 9, superiorId: headPosition });
    const staffPosition = await position({
      name: 'Pengadministrasi Kependudukan',
      type: 'PELAKSANA',
      grade: 6,
      superiorId: sectionPosition,
    });
    const people = [
      ['head', 'beranda.kadis', HEAD_NIP, 'Hendra Saputra', headPosition, Role.SUPERVISOR],
      ['section', 'beranda.kasi', SECTION_NIP, 'Sari Wulandari', sectionPosition, Role.SUPERVISOR],
      ['staff', 'beranda.pegawai', STAFF_NIP, 'Rina Marlina', staffPosition, Role.EMPLOYEE],
      ['other', 'beranda.dedi', OTHER_NIP, 'Dedi Kurniawan', staffPosition, Role.EMPLOYEE],
    ] as const;
    for (const [key, username, nip, name, positionId, role] of people) {
      const created = await run<{ createEmployee: { employee: { id: string } } }>(
        `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
        { input: { nip, name, employmentType: 'PNS', golongan: 'III_A', positionId, effectiveDate: '2020-01-02' } },
      );
      employeeIds[key] = created.createEmployee.employee.id;
      const user = await createUser(app, { roles: [role], agency, username });
      const [row] = await app.sql<{ id: string }>(`select id from employees where nip = ?`, [nip]);
      await app.sql(`update users set employee_id = ?, display_name = ? where id = ?`, [row!.id, name, user.id]);
      tokens[key] = await tokenFor(app, user);
    }

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
      input: { name: 'Templat Uji Beranda', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 300 }] },
    });

    // The last quarter: plans agreed, realised, Rina's evaluation confirmed by Sari.
    const last = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Triwulan Lalu Uji Beranda', type: 'QUARTERLY', ...quarterOf(today, -1) } },
    );
    const lastId = last.createAppraisalPeriod.period.id;
    await periodStep(lastId, 'startPlanning');
    await run(`mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, { input: { periodId: lastId } });
    await agree(HEAD_NIP, lastId, hrToken);
    await agree(SECTION_NIP, lastId, tokens.head!);
    const staffLast = await agree(STAFF_NIP, lastId, tokens.section!);
    await agree(OTHER_NIP, lastId, tokens.section!);
    await periodStep(lastId, 'startMonitoring');
    for (const target of staffLast.targets) {
      await run(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
        input: { targetId: target.id, periodId: lastId, value: 270 },
      });
    }
    await periodStep(lastId, 'startEvaluation');
    const { effectiveBehaviourValues } = await run<{ effectiveBehaviourValues: { code: string }[] }>(
      `{ effectiveBehaviourValues { code } }`,
    );
    const saved = await run<{ saveEvaluation: { evaluation: { id: string; version: number } } }>(
      `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { id version } } }`,
      { input: { planId: staffLast.id, behaviour: effectiveBehaviourValues.map(({ code }) => ({ code, rating: 'SESUAI_EKSPEKTASI' })) } },
      tokens.section,
    );
    await run(
      `mutation ($input: EvaluationStepInput!) { confirmEvaluation(input: $input) { evaluation { status } } }`,
      { input: { id: saved.saveEvaluation.evaluation.id, version: saved.saveEvaluation.evaluation.version } },
      tokens.section,
    );

    // The current quarter: Rina's and Dedi's plans approved, feedback on Rina's, reports of the last days in Sari's queue.
    const current = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Triwulan Ini Uji Beranda', type: 'QUARTERLY', ...quarterOf(today) } },
    );
    const currentId = current.createAppraisalPeriod.period.id;
    await periodStep(currentId, 'startPlanning');
    await run(`mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, { input: { periodId: currentId } });
    const staffPlan = await agree(STAFF_NIP, currentId, tokens.section!);
    await agree(OTHER_NIP, currentId, tokens.section!);
    await run(
      `mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { feedback { id } } }`,
      { input: { planId: staffPlan.id, type: 'APRESIASI', text: 'Antrean pagi tertangani dengan baik' } },
      tokens.section,
    );
    const [first, second] = weekdaysBefore(2) as [string, string];
    await file(tokens.staff!, {
      date: today,
      activity: 'Rekam KTP-el pagi',
      output: '8 KTP-el terekam',
      hours: 2,
      overtime: weekend(today),
    });
    await file(tokens.staff!, { date: first, activity: 'Verifikasi berkas pindah', output: '5 berkas', hours: 3 });
    await file(tokens.other!, { date: first, activity: 'Cetak KK', output: '12 KK tercetak', hours: 4 });
    await file(tokens.other!, { date: second, activity: 'Arsip akta', output: '30 akta diarsipkan', hours: 2 });
    // Last month's allowance sheet, computed (a draft, which employees do not see yet); no attendance was imported.
    await run(`mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) { scheme { id } } }`, {
      input: { agencyId, validFrom: `${LAST_MONTH}-01`, baseAmounts: Array.from({ length: 17 }, (_, i) => 1_000_000 + (i + 1) * 250_000) },
    });
    const computed = await run<{ computeAllowances: { sheet: { id: string; version: number } } }>(
      `mutation ($input: ComputeAllowancesInput!) { computeAllowances(input: $input) { sheet { id version } } }`,
      { input: { month: LAST_MONTH, confirmWithoutAttendance: true } },
    );
    sheet = computed.computeAllowances.sheet;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens the sign-in page without an error, names a wrong password, and says nothing false after a correct one', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`login: ${error.message}`));
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1_000);
    expect(await page.getByText('Silakan masuk untuk melanjutkan').count()).toBe(0);

    await page.locator('input[name="username"]').fill('beranda.pegawai');
    await page.locator('input[name="password"]').fill('bukan-sandinya');
    await page.locator('button[type="submit"]').click();
    await page.getByText('Nama pengguna atau kata sandi salah').waitFor({ timeout: 15_000 });

    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1_500);
    for (const text of ['Autentikasi gagal', 'Nama pengguna atau kata sandi salah', 'Silakan masuk untuk melanjutkan']) {
      expect(await page.getByText(text).count(), text).toBe(0);
    }
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it("lands the employee on 'Kinerja saya' on a phone, where a report is filed in three taps", async () => {
    const page = await signIn('beranda.pegawai', PHONE);
    const home = page.getByTestId('my-home');
    await home.getByTestId('home-reports').waitFor({ timeout: 15_000 });
    await expect.poll(() => home.getByTestId('home-report').count(), { timeout: 15_000 }).toBe(2);
    expect(await home.getByTestId('home-week-summary').textContent()).toContain('2 laporan');
    expect(await home.getByTestId('home-target').textContent()).toContain('LAYANAN-KTP — KTP-el diterbitkan');
    expect(await home.getByTestId('home-feedback-item').textContent()).toContain('Antrean pagi tertangani dengan baik');
    expect(await home.getByTestId('home-evaluation-status').textContent()).toBe('Dikonfirmasi');
    expect(await home.getByTestId('home-evaluation-deadline').textContent()).toContain('ajukan keberatan paling lambat');
    expect(await home.getByTestId('home-training-jp').textContent()).toContain('JP tahun ini');
    expect(await home.getByTestId('home-allowance').textContent()).toContain('belum diverifikasi');
    expect(await home.getByTestId('home-allowance-net').count()).toBe(0);
    // Nothing of the administration console.
    for (const text of ['GraphQL IDE', 'kelola data master', 'Jejak Audit']) expect(await page.getByText(text).count(), text).toBe(0);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'home-employee-390');

    const homeLoads = seen.filter((entry) => entry.operation === 'MyHome');
    expect(homeLoads.length).toBeGreaterThan(0);
    const statementsBefore = homeLoads.at(-1)!.statements;

    // Tap 1: "Lapor kegiatan"; the form; tap 2: "Simpan".
    await page.getByTestId('home-file-report').click();
    await page.waitForURL(/#\/workReports\/create$/, { timeout: 15_000 });
    if (weekend(today)) await page.locator('input[name="overtime"]').check();
    await page.locator('textarea[name="activity"]').fill('Melayani perekaman KTP-el siang');
    await page.locator('textarea[name="output"]').fill('6 KTP-el terekam');
    await page.locator('input[name="hours"]').fill('1.5');
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/workReports\/[^/]+\/show$/, { timeout: 15_000 });
    expect((await reports()).filter((row) => row.nip === STAFF_NIP).map((row) => row.activity)).toContain(
      'Melayani perekaman KTP-el siang',
    );

    // Back home: three reports this week, in as many statements as with two.
    await page.goto(`${app.url}/admin/#/`);
    await expect.poll(() => page.getByTestId('home-report').count(), { timeout: 15_000 }).toBe(3);
    const statementsAfter = seen.filter((entry) => entry.operation === 'MyHome').at(-1)!.statements;
    console.log(`MyHome: ${statementsBefore} SQL statements with 2 reports, ${statementsAfter} with 3`);
    expect(statementsAfter).toBe(statementsBefore);
    expect(pageErrors).toEqual([]);
  });

  it('lets the employee object to her evaluation from her home, before the deadline', async () => {
    const page = await signIn('beranda.pegawai', PHONE);
    const panel = page.getByTestId('home-evaluation');
    await panel.getByTestId('evaluation-object').click({ timeout: 15_000 });
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="reason"]').fill('Kurang');
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await dialog.getByText('Minimal 10 karakter').waitFor({ timeout: 15_000 });
    expect((await evaluationOf(STAFF_NIP))?.status).toBe('CONFIRMED');
    await dialog.locator('textarea[name="reason"]').fill(OBJECTION);
    await expectNoSidewaysScroll(page);
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await expect.poll(() => panel.getByTestId('home-evaluation-status').textContent(), { timeout: 15_000 }).toBe('Keberatan');
    expect(await panel.textContent()).toContain(OBJECTION);
    expect(await panel.getByTestId('evaluation-object').count()).toBe(0);
    expect(await evaluationOf(STAFF_NIP)).toMatchObject({ status: 'OBJECTED', objection_reason: OBJECTION });
    expect(pageErrors).toEqual([]);
  });

  it('gives the employee a short menu of screens the API serves her, at a desk', async () => {
    const page = await signIn('beranda.pegawai', DESK);
    await page.getByTestId('home-evaluation').waitFor({ timeout: 15_000 });
    await screenshot(page, 'home-employee-1440');
    const menu = page.getByTestId('personal-menu');
    const entries = await menu.getByRole('menuitem').allTextContents();
    expect(entries).toEqual(['Kinerja saya', 'Laporan Kerja Harian', 'SKP saya', 'Evaluasi saya', 'Tunjangan saya', 'Pelatihan']);
    const links: string[] = [];
    for (const item of await menu.getByRole('menuitem').all()) links.push((await item.getAttribute('href')) ?? '');
    expect(links).toHaveLength(6);
    for (const link of links) {
      const before = seen.length;
      await page.goto(`${app.url}/admin/${link}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const refused = seen.slice(before).filter((entry) => entry.codes.some((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED'));
      expect(refused, link).toEqual([]);
      expect(await page.locator('.MuiAlert-standardError, .MuiSnackbarContent-root').count(), link).toBe(0);
    }
    // The target picker offers the targets of the open period around the day only, not last quarter's.
    await page.goto(`${app.url}/admin/#/workReports/create`);
    await page.getByLabel('Target SKP').click({ timeout: 15_000 });
    const options = await page.getByRole('option').allTextContents();
    expect(options.filter((option) => option.includes('LAYANAN-KTP'))).toEqual([
      'Triwulan Ini Uji Beranda: 1. LAYANAN-KTP — KTP-el diterbitkan',
    ]);
    await page.keyboard.press('Escape');

    // Her own evaluation has its page; her report list has no delete boxes.
    await page.goto(`${app.url}/admin/#/myEvaluation`);
    await page.getByTestId('home-evaluation-status').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('home-evaluation-status').textContent()).toBe('Keberatan');
    await page.goto(`${app.url}/admin/#/workReports`);
    await page.locator('.RaDatagrid-root, .RaDataTable-root, .RaSimpleList-root').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('input[type="checkbox"][aria-label="Pilih semua"]').count()).toBe(0);

    // In English, the home and its menu speak English only.
    await page.goto(`${app.url}/admin/#/`);
    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Welcome, Rina Marlina').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('personal-menu').getByRole('menuitem').allTextContents()).toEqual([
      'My performance',
      'Daily Work Reports',
      'My plans',
      'My evaluation',
      'My allowance',
      'Training',
    ]);
    const home = (await page.getByTestId('my-home').textContent()) ?? '';
    for (const indonesian of ['Laporan', 'Minggu ini', 'Umpan balik', 'Keberatan', 'Lihat', 'Tunjangan'])
      expect(home, indonesian).not.toContain(indonesian);
    await screenshot(page, 'home-employee-1440-en');
    expect(pageErrors).toEqual([]);
  });

  it("shows the supervisor her team's queue, filtered by person, approved and returned in bulk with one comment", async () => {
    const page = await signIn('beranda.kasi', PHONE);
    const queue = page.getByTestId('home-queue');
    await expect.poll(() => queue.getByTestId('home-queued-report').count(), { timeout: 15_000 }).toBe(5);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'home-supervisor-390');

    // Dedi's two: chosen by the person filter, approved at once.
    await queue.getByRole('combobox', { name: 'Pegawai' }).click();
    await page.getByRole('option', { name: 'Dedi Kurniawan' }).click();
    await expect.poll(() => queue.getByTestId('home-queued-report').count()).toBe(2);
    await queue.getByTestId('home-queue-all').check();
    await queue.getByTestId('home-queue-approve').click();
    await page.getByText('2 laporan disetujui', { exact: true }).waitFor({ timeout: 15_000 });
    const afterApproval = await reports();
    expect(afterApproval.filter((row) => row.nip === OTHER_NIP).map((row) => row.status)).toEqual(['APPROVED', 'APPROVED']);
    expect(afterApproval.filter((row) => row.nip === STAFF_NIP).every((row) => row.status === 'SUBMITTED')).toBe(true);

    // Rina's, from the first weekday before today on: two of her three, returned with one comment.
    await queue.getByRole('combobox', { name: 'Pegawai' }).click();
    await page.getByRole('option', { name: 'Semua pegawai' }).click();
    await queue.getByTestId('home-queue-from').fill(today);
    await expect.poll(() => queue.getByTestId('home-queued-report').count()).toBe(2);
    await queue.getByTestId('home-queue-all').check();
    await queue.getByTestId('home-queue-return').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await dialog.getByText('Wajib diisi').waitFor({ timeout: 15_000 });
    await dialog.locator('textarea[name="text"]').fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await page.getByText('2 laporan dikembalikan', { exact: true }).waitFor({ timeout: 15_000 });
    const rina = (await reports()).filter((row) => row.nip === STAFF_NIP);
    expect(rina.filter((row) => row.status === 'RETURNED').map((row) => row.review_comment)).toEqual([RETURN_COMMENT, RETURN_COMMENT]);
    expect(rina.filter((row) => row.status === 'SUBMITTED').map((row) => row.activity)).toEqual(['Verifikasi berkas pindah']);
    await queue.getByTestId('home-queue-from').fill('');
    await expect.poll(() => queue.getByTestId('home-queued-report').count(), { timeout: 15_000 }).toBe(1);

    const teamLoads = seen.filter((entry) => entry.operation === 'TeamHome').map((entry) => entry.statements);
    console.log(`TeamHome: ${teamLoads.join(', ')} SQL statements, one load before the bulk steps and the others after`);
    expect(teamLoads.length).toBeGreaterThanOrEqual(2);
    expect(new Set(teamLoads).size).toBe(1);
    await page.setViewportSize(DESK);
    await screenshot(page, 'home-supervisor-1440');
    const menu = await page.getByTestId('personal-menu').getByRole('menuitem').allTextContents();
    expect(menu).toEqual(
      expect.arrayContaining(['Kinerja saya', 'Antrian laporan', 'Persetujuan SKP', 'Dasbor tim', 'Laporan Kerja Harian']),
    );
    expect(menu).not.toContain('Jejak Audit');
    expect(menu.length).toBeLessThanOrEqual(12);
    expect(pageErrors).toEqual([]);
  });

  it("leads HR from an employee's page to her plans, reports, attendance and allowance", async () => {
    const page = await signIn('beranda.hr', DESK);
    await page.goto(`${app.url}/admin/#/employees/${encodeURIComponent(employeeIds.staff!)}/show`);
    const records = page.getByTestId('employee-records');
    await records.waitFor({ timeout: 15_000 });

    await records.getByTestId('employee-records-plans').click();
    await page.waitForURL(/#\/performancePlans\?/, { timeout: 15_000 });
    const planRows = page.locator('tbody tr');
    await expect.poll(() => planRows.count(), { timeout: 15_000 }).toBe(2);
    for (const row of await planRows.allTextContents()) expect(row).toContain('Rina Marlina');

    await page.goBack();
    await records.getByTestId('employee-records-workReports').click();
    await page.waitForURL(/#\/workReports\?/, { timeout: 15_000 });
    const reportRows = page.locator('tbody tr');
    await expect.poll(() => reportRows.count(), { timeout: 15_000 }).toBe(3);
    for (const row of await reportRows.allTextContents()) expect(row).toContain('Rina Marlina');

    await page.goBack();
    await records.getByTestId('employee-records-attendance').click();
    await page.waitForURL(/#\/attendanceRecords\?filter=/, { timeout: 15_000 });

    await page.goBack();
    await records.getByTestId('employee-records-allowance').click();
    await page.waitForURL(/#\/allowanceBreakdown\//, { timeout: 15_000 });
    await expect.poll(() => page.getByTestId('allowance-breakdown').textContent(), { timeout: 15_000 }).toContain('Rina Marlina');
    expect(pageErrors).toEqual([]);
  });

  it('shows the employee her allowance once HR verified the sheet, its amounts whole on a phone', async () => {
    const page = await signIn('beranda.pegawai', PHONE);
    await page.getByTestId('home-allowance').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('home-allowance').textContent()).toContain('belum diverifikasi');
    await page.goto(`${app.url}/admin/#/myAllowance`);
    await page.getByLabel('Bulan').fill(LAST_MONTH);
    await page.getByText('belum diverifikasi').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breakdown-net').count()).toBe(0);

    await run(`mutation ($input: AllowanceSheetTransitionInput!) { verifyAllowanceSheet(input: $input) { sheet { status } } }`, {
      input: sheet,
    });
    const [row] = await app.sql<{ net: number }>(
      `select r.net from allowance_rows r join employees e on e.id = r.employee_id where e.nip = ?`,
      [STAFF_NIP],
    );
    await page.goto(`${app.url}/admin/#/`);
    await page.reload();
    const net = page.getByTestId('home-allowance-net');
    await net.waitFor({ timeout: 15_000 });
    const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');
    expect(digits(await net.textContent())).toBe(String(row!.net));

    await page.goto(`${app.url}/admin/#/myAllowance`);
    await page.getByLabel('Bulan').fill(LAST_MONTH);
    const breakdownNet = page.getByTestId('breakdown-net');
    await breakdownNet.waitFor({ timeout: 15_000 });
    expect(digits(await breakdownNet.textContent())).toBe(String(row!.net));
    await expectNoSidewaysScroll(page);
    // The amount's cell lies within the window: nothing cut off.
    const box = await breakdownNet.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'allowance-mine-390');
    expect(pageErrors).toEqual([]);
  });

  it('fits every page of the employee’s and the supervisor’s menus on a phone, with its title', async () => {
    const wide: string[] = [];
    for (const username of ['beranda.pegawai', 'beranda.kasi']) {
      const page = await signIn(username, PHONE);
      await page.getByRole('button', { name: 'Buka menu' }).click();
      const menu = page.getByTestId('personal-menu');
      await menu.waitFor({ timeout: 15_000 });
      const links: string[] = [];
      for (const item of await menu.getByRole('menuitem').all()) links.push((await item.getAttribute('href')) ?? '');
      await page.keyboard.press('Escape');
      for (const link of links) {
        await page.goto(`${app.url}/admin/${link}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const [scrollWidth, innerWidth] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [
          number,
          number,
        ];
        if (scrollWidth > innerWidth) wide.push(`${username} ${link}: ${scrollWidth} px`);
        // The page's title has room in the bar: at least 80 px of it shows.
        const title = ((await page.locator('#react-admin-title').textContent()) ?? '').trim();
        const box = await page.locator('#react-admin-title').boundingBox();
        if (!title || !box || box.width < 80) wide.push(`${username} ${link}: title ${JSON.stringify(title)} ${box?.width ?? 0} px wide`);
      }
      await screenshot(page, `phone-${username.replace('beranda.', '')}-last-page`);
    }
    expect(wide).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("lets the appraiser's superior decide the objection from his home", async () => {
    const page = await signIn('beranda.kadis', DESK);
    const objection = page.getByTestId('home-objection');
    await objection.waitFor({ timeout: 15_000 });
    expect(await objection.textContent()).toContain('Rina Marlina');
    expect(await objection.textContent()).toContain(OBJECTION);
    await objection.getByTestId('evaluation-decide').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Keberatan ditolak').check();
    await dialog.locator('textarea[name="note"]').fill('Realisasi sudah dihitung lengkap');
    await dialog.getByRole('button', { name: 'Putuskan' }).click();
    await expect.poll(() => page.getByTestId('home-objection').count(), { timeout: 15_000 }).toBe(0);
    expect(await evaluationOf(STAFF_NIP)).toMatchObject({ status: 'DECIDED', decision: 'REJECTED' });
    expect(pageErrors).toEqual([]);
  });
});

/** The page is no wider than the window: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]');
  const [scrollWidth, innerWidth] = widths as [number, number];
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(innerWidth);
}
