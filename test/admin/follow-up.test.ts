import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { closePeriod, confirmAll, periodInEvaluation, rate } from '../helpers/evaluated-periods.js';
import { createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';
import { browserAvailable, launchChromium, screenshot, signIn } from './browser.js';

const consoleBuilt = existsSync(path.join(ADMIN_DIR, 'public.html'));
const runBrowser = browserAvailable() && consoleBuilt;
if (!consoleBuilt) console.warn('\n  Browser tests SKIPPED: the console is not built (npm test builds it; or npm run build)\n');

/** This year in Western Indonesia (UTC+7), as the API counts JP. */
const year = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);

/**
 * Follow-up of a closed period in the console, and the JP compliance page.
 *
 * Bagian Umum: Agus (Sangat Baik), Budi (Baik), Citra (Kurang) in Triwulan I 2025, closed; the rules
 * propose a reward for Agus and coaching for Citra. Added after the period closed, for the JP:
 * Bidang Pelayanan with Eka (24 JP, compliant) and Fajar (8 JP), Seksi Loket below it with Gita
 * (no JP) and Hadi (PPPK, not counted). The agency: 6 active PNS, 1 compliant, 5 below.
 */
describe.runIf(runBrowser)('follow-up of results and JP compliance in the console', () => {
  let app: TestApp;
  let browser: Browser;
  let hrToken: string;
  let periodId: string;
  let page: Page;
  const pageErrors: string[] = [];

  const recommendation = (name: string) => page.locator(`[data-testid="follow-up-recommendation"][data-employee="${name}"]`);
  const decision = (name: string) => page.locator(`[data-testid="follow-up-decision"][data-employee="${name}"]`);

  beforeAll(async () => {
    app = await startTestApp();
    const { agency, id: agencyId } = await createAgency(app, { code: 'PEMKOT-UJI-TINDAK', name: 'Pemerintah Kota Uji Tindak Lanjut' });
    hrToken = await tokenFor(app, await createUser(app, { roles: [Role.HR_OFFICER], agency, username: 'tindak.hr' }));
    const { run } = runner(app, () => hrToken);
    const unit = async (input: Record<string, unknown>) =>
      (
        await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
          `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
          { input: { agencyId, ...input } },
        )
      ).createOrgUnit.orgUnit.id;
    const employee = async (input: Record<string, unknown>) =>
      run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
        input: { employmentType: 'PNS', golongan: 'III_A', ...input },
      });

    const umum = await unit({ code: 'BAG-UMUM', name: 'Bagian Umum', kind: 'BAGIAN' });
    const predicates: Record<string, string> = { 'Agus Salim': 'SANGAT_BAIK', 'Budi Hartono': 'BAIK', 'Citra Dewi': 'KURANG' };
    const nips = ['198501012010011001', '198602022010011002', '198703032010012003'];
    for (const [index, name] of Object.keys(predicates).entries()) await employee({ nip: nips[index], name, unitId: umum });
    const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
      `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          code: 'LAYANAN-SELESAI',
          name: 'Layanan selesai',
          direction: 'HIGHER_IS_BETTER',
          perspective: 'HASIL_KERJA',
          unit: 'COUNT',
          aggregation: 'SUM',
        },
      },
    );
    await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
      input: { name: 'Umum', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 40 }] },
    });
    const evaluated = await periodInEvaluation(run, { name: 'Triwulan I 2025', startDate: '2025-01-01', endDate: '2025-03-31' });
    periodId = evaluated.periodId;
    for (const plan of evaluated.plans) await rate(run, periodId, plan, { predicate: predicates[plan.employee.name]! });
    expect(await confirmAll(run, periodId)).toBe(3);
    await closePeriod(run, periodId);
    const rule = (input: Record<string, unknown>) =>
      run(`mutation ($input: CreateFollowUpRuleInput!) { createFollowUpRule(input: $input) { rule { id } } }`, { input });
    await rule({ name: 'Penghargaan Sangat Baik', predicates: ['SANGAT_BAIK'], action: 'REWARD' });
    await rule({ name: 'Pembinaan kinerja', predicates: ['KURANG', 'SANGAT_KURANG'], action: 'COACHING' });

    // Competence development this year.
    const pelayanan = await unit({ code: 'BID-PELAYANAN', name: 'Bidang Pelayanan', kind: 'BIDANG' });
    const loket = await unit({ code: 'SEKSI-LOKET', name: 'Seksi Loket', kind: 'SEKSI', parentId: pelayanan });
    await employee({ nip: '198804042010011004', name: 'Eka Putri', unitId: pelayanan });
    await employee({ nip: '198905052010011005', name: 'Fajar Nugroho', unitId: pelayanan });
    await employee({ nip: '199006062010012006', name: 'Gita Lestari', unitId: loket });
    await employee({
      nip: '199107072021011007',
      name: 'Hadi Saputra',
      unitId: loket,
      employmentType: 'PPPK',
      golongan: null,
      pppkGrade: 'V',
    });
    const program = await run<{ createTrainingProgram: { program: { id: string } } }>(
      `mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id } } }`,
      {
        input: { code: 'PEL-PRIMA', title: 'Pelayanan Prima', competencyArea: 'TEKNIS', mode: 'KLASIKAL', kind: 'PELATIHAN', jpHours: 24 },
      },
    );
    const session = await run<{ createTrainingSession: { session: { id: string } } }>(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { session { id } } }`,
      {
        input: {
          programId: program.createTrainingProgram.program.id,
          name: 'Angkatan Awal Tahun',
          startDate: `${year}-01-12`,
          endDate: `${year}-01-14`,
          capacity: 10,
          location: 'Aula',
        },
      },
    );
    const { employees } = await run<{ employees: { nodes: { id: string; name: string }[] } }>(
      `{ employees(first: 50) { nodes { id name } } }`,
    );
    const idOf = (name: string) => employees.nodes.find((node) => node.name === name)!.id;
    for (const [name, jpEarned] of [
      ['Eka Putri', null],
      ['Fajar Nugroho', 8],
      ['Hadi Saputra', null],
    ] as const) {
      const enrolled = await run<{ enrollInTraining: { enrollment: { id: string; version: number } } }>(
        `mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id version } } }`,
        { input: { sessionId: session.createTrainingSession.session.id, employeeId: idOf(name) } },
      );
      const { id, version } = enrolled.enrollInTraining.enrollment;
      await run(`mutation ($input: RecordTrainingResultInput!) { recordTrainingResult(input: $input) { enrollment { id } } }`, {
        input: { id, version, status: 'COMPLETED', ...(jpEarned ? { jpEarned } : {}) },
      });
    }

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'id-ID' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, app.url, 'tindak.hr');
    await page.goto(`${app.url}/admin/`);
    await page.getByText('Selamat datang').waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("opens the latest closed period's recommendations from the menu and from the period's page", async () => {
    await page.getByRole('menuitem', { name: 'Tindak Lanjut', exact: true }).click();
    await page.waitForURL(new RegExp(`#/followUps/${encodeURIComponent(periodId)}$`), { timeout: 15_000 });
    await recommendation('Citra Dewi').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('follow-up-recommendation').count()).resolves.toBe(2);
    await expect(recommendation('Citra Dewi').getAttribute('data-action')).resolves.toBe('COACHING');
    await expect(recommendation('Agus Salim').getAttribute('data-action')).resolves.toBe('REWARD');
    await recommendation('Citra Dewi').getByText('Pembinaan kinerja').waitFor();

    await page.goto(`${app.url}/admin/#/appraisalPeriods/${encodeURIComponent(periodId)}/show`);
    await page.getByTestId('period-follow-up-link').click({ timeout: 15_000 });
    await page.waitForURL(new RegExp(`#/followUps/${encodeURIComponent(periodId)}$`), { timeout: 15_000 });
    await recommendation('Agus Salim').waitFor({ timeout: 15_000 });
    await screenshot(page, 'follow-up-queue');
    expect(pageErrors).toEqual([]);
  });

  it('turns a recommendation into a coaching plan, which the coaching plans list then shows', async () => {
    await recommendation('Citra Dewi').getByTestId('follow-up-act').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="coachingPlan.goals"]').fill('Menyelesaikan laporan tepat waktu\nAntrean di bawah 30 menit');
    // A last day before the first is refused on its input; nothing is stored.
    await dialog.locator('input[name="coachingPlan.endDate"]').fill('2020-01-01');
    await dialog.getByRole('button', { name: 'Buat rencana' }).click();
    await dialog.getByText('Akhir tidak boleh sebelum awal').waitFor({ timeout: 15_000 });
    await expect(app.sql(`select id from follow_up_decisions`)).resolves.toEqual([]);
    await dialog.locator('input[name="coachingPlan.endDate"]').fill('');
    await dialog.getByRole('button', { name: 'Buat rencana' }).click();
    await page.getByText('Rencana pembinaan untuk Citra Dewi dibuat').waitFor({ timeout: 15_000 });
    await recommendation('Citra Dewi').waitFor({ state: 'detached', timeout: 15_000 });
    await decision('Citra Dewi').getByText('Ditindaklanjuti').waitFor({ timeout: 15_000 });
    const [stored] = await app.sql<{ goals: string[]; has_evaluation: boolean; outcome: string }>(
      `select c.goals, c.evaluation_id is not null as has_evaluation, d.outcome
         from coaching_plans c join employees e on e.id = c.employee_id
         join follow_up_decisions d on d.record_id = c.id
        where e.name = ?`,
      ['Citra Dewi'],
    );
    expect(stored).toEqual({
      goals: ['Menyelesaikan laporan tepat waktu', 'Antrean di bawah 30 menit'],
      has_evaluation: true,
      outcome: 'ACTED',
    });

    await decision('Citra Dewi').getByText('Buka rencana pembinaan').click();
    await page.waitForURL(/#\/coachingPlans\/[^/]+\/show$/, { timeout: 15_000 });
    await page.getByText('Triwulan I 2025 (Kurang)').waitFor({ timeout: 15_000 });

    await page.goto(`${app.url}/admin/#/coachingPlans`);
    const row = page.locator('tr', { hasText: 'Citra Dewi' });
    await row.getByText('Menyelesaikan laporan tepat waktu').waitFor({ timeout: 15_000 });
    await row.getByText('Triwulan I 2025 (Kurang)').waitFor();
    await row.getByTestId('coaching-status').getByText('Berjalan').waitFor();
    await row.click();
    await page.getByTestId('coaching-add-session').click({ timeout: 15_000 });
    await page.getByRole('dialog').locator('textarea[name="notes"]').fill('Membahas penyebab keterlambatan laporan.');
    await page.getByRole('dialog').getByRole('button', { name: 'Catat' }).click();
    await page.getByTestId('coaching-session').getByText('Membahas penyebab keterlambatan laporan.').waitFor({ timeout: 15_000 });
    await screenshot(page, 'coaching-plan');
    expect(pageErrors).toEqual([]);
  });

  it('dismisses a recommendation with a reason: it leaves the queue and shows among the decisions', async () => {
    await page.goto(`${app.url}/admin/#/followUps/${encodeURIComponent(periodId)}`);
    await recommendation('Agus Salim').getByTestId('follow-up-dismiss').click({ timeout: 15_000 });
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="reason"]').fill('Sudah menerima penghargaan tahun ini');
    await dialog.getByRole('button', { name: 'Abaikan' }).click();
    await page.getByText('Usulan untuk Agus Salim diabaikan').waitFor({ timeout: 15_000 });
    await recommendation('Agus Salim').waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByTestId('follow-up-empty').waitFor({ timeout: 15_000 });
    await decision('Agus Salim').getByText('Sudah menerima penghargaan tahun ini').waitFor({ timeout: 15_000 });
    await expect(decision('Agus Salim').getAttribute('data-outcome')).resolves.toBe('DISMISSED');
    const rows = await app.sql<{ name: string; outcome: string; reason: string | null }>(
      `select e.name, d.outcome, d.reason from follow_up_decisions d join employees e on e.id = d.employee_id order by e.name`,
    );
    expect(rows).toEqual([
      { name: 'Agus Salim', outcome: 'DISMISSED', reason: 'Sudah menerima penghargaan tahun ini' },
      { name: 'Citra Dewi', outcome: 'ACTED', reason: null },
    ]);
    await screenshot(page, 'follow-up-decisions');
    expect(pageErrors).toEqual([]);
  });

  it("plans coaching through the form, linked to the employee's evaluation", async () => {
    await page.goto(`${app.url}/admin/#/coachingPlans/create`);
    await page.getByLabel('Pegawai').fill('Budi');
    await page.getByRole('option', { name: /Budi Hartono/ }).click({ timeout: 15_000 });
    await page.getByLabel('Penilaian pemicu').click();
    await page.getByRole('option', { name: 'Triwulan I 2025 (Baik)' }).click({ timeout: 15_000 });
    await page.locator('textarea[name="goals"]').fill('Mendampingi rekan baru di loket');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/coachingPlans\/[^/]+\/show$/, { timeout: 15_000 });
    await page.getByText('Triwulan I 2025 (Baik)').waitFor({ timeout: 15_000 });
    const [stored] = await app.sql<{ goals: string[]; predicate: string }>(
      `select c.goals, v.predicate from coaching_plans c join employees e on e.id = c.employee_id
         join evaluations v on v.id = c.evaluation_id where e.name = ?`,
      ['Budi Hartono'],
    );
    expect(stored).toEqual({ goals: ['Mendampingi rekan baru di loket'], predicate: 'BAIK' });
    expect(pageErrors).toEqual([]);
  });

  it('shows JP compliance for the agency and for a unit subtree, the fewest JP first', async () => {
    await page.getByRole('menuitem', { name: 'Kepatuhan JP', exact: true }).click();
    await page.waitForURL(/#\/trainingCompliance$/, { timeout: 15_000 });
    const summary = (name: string) => page.getByTestId(`compliance-${name}`);
    await summary('employeeCount').getByText('6', { exact: true }).waitFor({ timeout: 15_000 });
    await summary('compliantCount').getByText('1', { exact: true }).waitFor();
    await summary('belowCount').getByText('5', { exact: true }).waitFor();

    await page.getByLabel('Unit kerja').fill('Bidang');
    await page.getByRole('option', { name: /Bidang Pelayanan/ }).click({ timeout: 15_000 });
    await summary('employeeCount').getByText('3', { exact: true }).waitFor({ timeout: 15_000 });
    await summary('compliantCount').getByText('1', { exact: true }).waitFor();
    await summary('belowCount').getByText('2', { exact: true }).waitFor();
    const unitRow = (name: string) => page.locator(`[data-testid="compliance-unit"][data-unit="${name}"]`);
    await expect(unitRow('Bidang Pelayanan').getByTestId('unit-employees').textContent()).resolves.toBe('2');
    await expect(unitRow('Bidang Pelayanan').getByTestId('unit-compliant').textContent()).resolves.toBe('1');
    await expect(unitRow('Seksi Loket').getByTestId('unit-employees').textContent()).resolves.toBe('1');
    await expect(unitRow('Seksi Loket').getByTestId('unit-below').textContent()).resolves.toBe('1');
    const below = page.getByTestId('compliance-below-row');
    await expect(
      below.evaluateAll((rows) =>
        rows.map((row) => (row as unknown as { getAttribute(name: string): string | null }).getAttribute('data-employee')),
      ),
    ).resolves.toEqual(['Gita Lestari', 'Fajar Nugroho']);
    await expect(below.getByTestId('below-jp').allTextContents()).resolves.toEqual(['0', '8']);
    await screenshot(page, 'training-compliance');

    // The employee's page shows their JP this year.
    await page.locator('[data-testid="compliance-below-row"][data-employee="Fajar Nugroho"]').getByRole('link').click();
    await page.getByTestId('employee-training-hours').getByText(`8 dari 20 JP pada ${year}`).waitFor({ timeout: 15_000 });
    await page.getByTestId('employee-training-hours').getByText('Kurang 12 JP').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('keeps the follow-up rules: a predicate repeated over two periods, then switched off', async () => {
    await page.goto(`${app.url}/admin/#/followUpRules`);
    await page.getByText('Penghargaan Sangat Baik').waitFor({ timeout: 15_000 });
    await page.goto(`${app.url}/admin/#/followUpRules/create`);
    await page.locator('input[name="name"]').fill('Kurang dua triwulan berturut-turut');
    await page.getByLabel('Kurang', { exact: true }).check();
    await page.getByLabel('Sangat Kurang', { exact: true }).check();
    await page.locator('input[name="consecutivePeriods"]').fill('2');
    await page.getByLabel('Tindak lanjut').click();
    await page.getByRole('option', { name: 'Pemeriksaan disiplin' }).click();
    await page.locator('textarea[name="note"]').fill('PP 94/2021 Pasal 4 huruf f');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/followUpRules$/, { timeout: 15_000 });
    const row = page.locator('tr', { hasText: 'Kurang dua triwulan berturut-turut' });
    await row.getByText('Kurang atau Sangat Kurang, 2 periode berturut-turut → Pemeriksaan disiplin').waitFor({ timeout: 15_000 });
    const stored = async () =>
      (
        await app.sql<{ predicates: string[]; consecutive_periods: number; action: string; active: boolean; version: number }>(
          `select predicates, consecutive_periods, action, active, version from follow_up_rules where name = ?`,
          ['Kurang dua triwulan berturut-turut'],
        )
      )[0];
    expect(await stored()).toEqual({
      predicates: ['KURANG', 'SANGAT_KURANG'],
      consecutive_periods: 2,
      action: 'DISCIPLINARY_REVIEW',
      active: true,
      version: 1,
    });

    await row.click();
    await page.waitForURL(/#\/followUpRules\/[^/]+$/, { timeout: 15_000 });
    await page.getByLabel('Aktif', { exact: true }).uncheck({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/followUpRules$/, { timeout: 15_000 });
    await expect.poll(async () => (await stored())?.active, { timeout: 15_000 }).toBe(false);
    expect(await stored()).toMatchObject({ consecutive_periods: 2, version: 2 });
    expect(pageErrors).toEqual([]);
  });
});
