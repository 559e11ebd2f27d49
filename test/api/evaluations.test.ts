import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The evaluation of a small unit, against predicates computed by hand.
 *
 * Puskesmas Kertapati (head: Sri Wahyuni, appraised by the head of the health
 * office Hendra Saputra) with three staff she appraises. One agency-wide
 * template, the worked example of docs/domain.md#achievement:
 *   WAKTU-LAYANAN  lower is better  target 30 (minutes)  weight 40
 *   AKURASI-DATA   higher is better target 95 (%)        weight 35
 *   PELATIHAN      higher is better target 4             weight 25
 * National scheme: achievement capped at 120; >= 110 above, >= 90 as expected.
 *
 * Siti:   24 -> (2 - 24/30) x 100 = 120; 90.25 -> 95; 2 -> 50
 *         (120x40 + 95x35 + 50x25) / 100 = (4800 + 3325 + 1250) / 100 = 93.75 -> SESUAI
 *         behaviour: 7 x above -> DI_ATAS; SESUAI x DI_ATAS -> BAIK
 * Yusuf:  21 -> 130 capped 120; 104.5 -> 110; 5 -> 125 capped 120
 *         (120x40 + 110x35 + 120x25) / 100 = (4800 + 3850 + 3000) / 100 = 116.5 -> DI_ATAS
 *         behaviour: 4 above, 3 as expected -> DI_ATAS; DI_ATAS x DI_ATAS -> SANGAT_BAIK
 * Dewi:   45 -> 50; 76 -> 80; 1 -> 25
 *         (50x40 + 80x35 + 25x25) / 100 = (2000 + 2800 + 625) / 100 = 54.25 -> DI_BAWAH
 *         behaviour: 4 below, 3 as expected -> DI_BAWAH; DI_BAWAH x DI_BAWAH -> SANGAT_KURANG
 * Sri:    30 -> 100; 95 -> 100; 4 -> 100 -> 100 -> SESUAI; behaviour SESUAI -> BAIK
 * Hendra: 33 -> 90; 85.5 -> 90; 3 -> 75
 *         (90x40 + 90x35 + 75x25) / 100 = (3600 + 3150 + 1875) / 100 = 86.25 -> DI_BAWAH
 *         behaviour SESUAI -> BUTUH_PERBAIKAN (rated by HR: no appraiser in the system)
 */

let app: TestApp;
let hr: string;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
let values: string[];

const VALUES_QUERY = `{ effectiveBehaviourValues { code } }`;
const EVALUATION = `id status version score resultRating behaviourRating predicate originalPredicate decision objectionDeadline
  breakdown { score steps lines { key achievement capped } }`;
const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { ${EVALUATION} } } }`;
const stepMutation = (name: string, input = 'EvaluationStepInput') =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { evaluation { ${EVALUATION} } } }`;
const CONFIRM_ALL = `mutation ($input: ConfirmEvaluationsInput!) { confirmEvaluations(input: $input) { confirmed skippedCount skipped { employeeName problems } } }`;
const PLANS = `query ($id: ID!) { performancePlans(filter: { periodId: { eq: $id } }, first: 100) { nodes { id version employee { name } targets { id indicator { code } } evaluation { ${EVALUATION} } } } }`;

interface Evaluation {
  id: string;
  status: string;
  version: number;
  score: number | null;
  resultRating: string | null;
  behaviourRating: string | null;
  predicate: string | null;
  originalPredicate: string | null;
  decision: string | null;
  objectionDeadline: string | null;
  breakdown: { score: number; steps: string[]; lines: { key: string; achievement: number; capped: boolean }[] } | null;
}
interface Plan {
  id: string;
  version: number;
  employee: { name: string };
  targets: { id: string; indicator: { code: string } }[];
  evaluation: Evaluation | null;
}

const plans = async () => (await run<{ performancePlans: { nodes: Plan[] } }>(PLANS, { id: ids.period })).performancePlans.nodes;
const planOf = async (name: string) => (await plans()).find((plan) => plan.employee.name === name)!;
const period = async () =>
  (
    await run<{ appraisalPeriod: { version: number; status: string } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version status } }`,
      { id: ids.period },
    )
  ).appraisalPeriod;
const move = async (mutation: string) =>
  attempt<Record<string, { period: { status: string } }>>(
    `mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { status } } }`,
    { input: { id: ids.period, version: (await period()).version } },
  );
/** Every core value rated: `above` above expectation, `below` below, the rest as expected. */
const ratings = ({ above = 0, below = 0 }) =>
  values.map((code, index) => ({
    code,
    rating: index < above ? 'DI_ATAS_EKSPEKTASI' : index < above + below ? 'DI_BAWAH_EKSPEKTASI' : 'SESUAI_EKSPEKTASI',
  }));

async function post<T>(query: string, input: Record<string, unknown>, token = hr): Promise<T> {
  return run<T>(query, { input }, token);
}

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'PEMKOT-PALEMBANG-NILAI' });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));
  values = (await run<{ effectiveBehaviourValues: { code: string }[] }>(VALUES_QUERY)).effectiveBehaviourValues.map((v) => v.code);

  const unit = async (key: string, input: Record<string, unknown>) =>
    (ids[key] = (
      await post<{ createOrgUnit: { orgUnit: { id: string } } }>(
        `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
        input,
      )
    ).createOrgUnit.orgUnit.id);
  await unit('dinkes', { agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' });
  await unit('pkm', { parentId: ids.dinkes, code: 'PKM-KERTAPATI', name: 'Puskesmas Kertapati', kind: 'PUSKESMAS' });
  const position = async (key: string, input: Record<string, unknown>) =>
    (ids[`pos-${key}`] = (
      await post<{ createPosition: { position: { id: string } } }>(
        `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
        input,
      )
    ).createPosition.position.id);
  await position('kadis', { unitId: ids.dinkes, name: 'Kepala Dinas Kesehatan', type: 'JPT_PRATAMA', grade: 14 });
  await position('kapus', { unitId: ids.pkm, name: 'Kepala Puskesmas', type: 'PENGAWAS', grade: 9, superiorId: ids['pos-kadis'] });
  await position('staf', { unitId: ids.pkm, name: 'Pengelola Layanan', type: 'PELAKSANA', grade: 6, superiorId: ids['pos-kapus'] });
  const people = [
    ['kadis', '197003051995031001', 'Hendra Saputra', 'kadis'],
    ['kapus', '198002022005012004', 'Sri Wahyuni', 'kapus'],
    ['siti', '199001012015012007', 'Siti Aminah', 'staf'],
    ['yusuf', '199203152016011002', 'Yusuf Effendi', 'staf'],
    ['dewi', '199307212018012001', 'Dewi Lestari', 'staf'],
  ] as const;
  for (const [key, nip, name, positionKey] of people) {
    ids[key] = (
      await post<{ createEmployee: { employee: { id: string } } }>(
        `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
        { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId: ids[`pos-${positionKey}`], effectiveDate: '2024-01-02' },
      )
    ).createEmployee.employee.id;
    const user = await createUser(app, {
      roles: [key === 'kadis' || key === 'kapus' ? Role.SUPERVISOR : Role.EMPLOYEE],
      agency: agency.agency,
    });
    await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids[key]!, 'Employee', 'id'), user.id]);
    tokens[key] = await tokenFor(app, user);
  }

  const indicator = async (key: string, code: string, direction: string, unitOfMeasure: string, aggregation: string) =>
    (ids[key] = (
      await post<{ createIndicator: { indicator: { id: string } } }>(
        `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
        { code, name: code, direction, perspective: 'HASIL_KERJA', unit: unitOfMeasure, aggregation },
      )
    ).createIndicator.indicator.id);
  await indicator('wait', 'WAKTU-LAYANAN', 'LOWER_IS_BETTER', 'MINUTES', 'AVERAGE');
  await indicator('accuracy', 'AKURASI-DATA', 'HIGHER_IS_BETTER', 'PERCENT', 'AVERAGE');
  await indicator('training', 'PELATIHAN', 'HIGHER_IS_BETTER', 'COUNT', 'SUM');
  await post(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
    name: 'Pelayanan Kesehatan',
    items: [
      { indicatorId: ids.wait, weight: 40, target: 30 },
      { indicatorId: ids.accuracy, weight: 35, target: 95 },
      { indicatorId: ids.training, weight: 25, target: 4 },
    ],
  });
  ids.period = (
    await post<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { name: 'Triwulan I 2025', type: 'QUARTERLY', startDate: '2025-01-01', endDate: '2025-03-31' },
    )
  ).createAppraisalPeriod.period.id;
  await move('startPlanning');
  await post(`mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, { periodId: ids.period });
  const appraiserOf: Record<string, string> = {
    'Hendra Saputra': hr,
    'Sri Wahyuni': tokens.kadis!,
    'Siti Aminah': tokens.kapus!,
    'Yusuf Effendi': tokens.kapus!,
    'Dewi Lestari': tokens.kapus!,
  };
  for (const plan of await plans()) {
    const submitted = await post<{ submitPlan: { plan: { version: number } } }>(
      `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
      { id: plan.id, version: plan.version },
    );
    await post(
      `mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { status } } }`,
      { id: plan.id, version: submitted.submitPlan.plan.version },
      appraiserOf[plan.employee.name],
    );
  }
  expect((await move('startMonitoring')).errors).toBeUndefined();

  const realised: Record<string, [number, number, number]> = {
    'Siti Aminah': [24, 90.25, 2],
    'Yusuf Effendi': [21, 104.5, 5],
    'Dewi Lestari': [45, 76, 1],
    'Sri Wahyuni': [30, 95, 4],
    'Hendra Saputra': [33, 85.5, 3],
  };
  for (const plan of await plans()) {
    for (const [index, target] of plan.targets.entries()) {
      await post(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
        targetId: target.id,
        periodId: ids.period,
        value: realised[plan.employee.name]![index],
      });
    }
  }
});
afterAll(() => app?.close());

describe('evaluating a unit', () => {
  it('waits for the EVALUATION stage', async () => {
    const siti = await planOf('Siti Aminah');
    const early = await attempt(SAVE, { input: { planId: siti.id, behaviour: ratings({ above: 7 }) } }, tokens.kapus);
    expect(errorCode(early)).toBe('CONFLICT');
    expect((await move('startEvaluation')).errors).toBeUndefined();
  });

  it('is rated by the appraiser only, with the agency’s core values, and a bad rating changes nothing', async () => {
    const siti = await planOf('Siti Aminah');
    const before = await databaseFingerprint(app);
    expect(errorCode(await attempt(SAVE, { input: { planId: siti.id, behaviour: ratings({ above: 7 }) } }, tokens.siti))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(SAVE, { input: { planId: siti.id, behaviour: ratings({ above: 7 }) } }, tokens.kadis))).toBe(
      'FORBIDDEN',
    );
    const unknown = await attempt(
      SAVE,
      { input: { planId: siti.id, behaviour: [{ code: 'TIDAK-ADA', rating: 'SESUAI_EKSPEKTASI' }] } },
      tokens.kapus,
    );
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions.fields).toEqual([
      { field: 'input.behaviour.0.code', message: 'TIDAK-ADA is not a core value of the agency', reason: 'NOT_A_CHOICE', params: {} },
    ]);
    const noReason = await attempt(SAVE, { input: { planId: siti.id, behaviour: [], resultRating: 'DI_ATAS_EKSPEKTASI' } }, tokens.kapus);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('gives the hand-computed score, ratings and predicate, with the breakdown', async () => {
    const siti = await planOf('Siti Aminah');
    const saved = await post<{ saveEvaluation: { evaluation: Evaluation } }>(
      SAVE,
      { planId: siti.id, behaviour: ratings({ above: 7 }) },
      tokens.kapus,
    );
    expect(saved.saveEvaluation.evaluation).toMatchObject({ status: 'DRAFT', behaviourRating: 'DI_ATAS_EKSPEKTASI', predicate: null });
    const { id, version } = saved.saveEvaluation.evaluation;
    const confirmed = (
      await post<{ confirmEvaluation: { evaluation: Evaluation } }>(stepMutation('confirmEvaluation'), { id, version }, tokens.kapus)
    ).confirmEvaluation.evaluation;
    expect(confirmed).toMatchObject({
      status: 'CONFIRMED',
      score: 93.75,
      resultRating: 'SESUAI_EKSPEKTASI',
      behaviourRating: 'DI_ATAS_EKSPEKTASI',
      predicate: 'BAIK',
    });
    expect(confirmed.breakdown!.lines).toEqual([
      { key: 'WAKTU-LAYANAN', achievement: 120, capped: false },
      { key: 'AKURASI-DATA', achievement: 95, capped: false },
      { key: 'PELATIHAN', achievement: 50, capped: false },
    ]);
    expect(confirmed.breakdown!.steps).toContain('Score = (120 x 40 + 95 x 35 + 50 x 25) / 100 = 93.75');
    // 14 days to object, from the day of confirmation.
    expect(confirmed.objectionDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('confirms the complete drafts of the appraiser at once and says what keeps the others', async () => {
    const yusuf = await planOf('Yusuf Effendi');
    const dewi = await planOf('Dewi Lestari');
    await post(SAVE, { planId: yusuf.id, behaviour: ratings({ above: 4 }) }, tokens.kapus);
    // Dewi's ratings are incomplete: three values only.
    const partial = await post<{ saveEvaluation: { evaluation: Evaluation } }>(
      SAVE,
      { planId: dewi.id, behaviour: ratings({ below: 4 }).slice(0, 3) },
      tokens.kapus,
    );
    expect(partial.saveEvaluation.evaluation.behaviourRating).toBeNull();
    const single = await attempt(
      stepMutation('confirmEvaluation'),
      { input: { id: partial.saveEvaluation.evaluation.id, version: partial.saveEvaluation.evaluation.version } },
      tokens.kapus,
    );
    expect(errorCode(single)).toBe('CONFLICT');
    expect(single.errors![0]!.extensions.blockers).toEqual(['behaviour not rated (every core value, or an overall rating with a reason)']);

    const bulk = await post<{
      confirmEvaluations: { confirmed: number; skippedCount: number; skipped: { employeeName: string; problems: string[] }[] };
    }>(CONFIRM_ALL, { periodId: ids.period }, tokens.kapus);
    expect(bulk.confirmEvaluations).toEqual({
      confirmed: 1,
      skippedCount: 1,
      skipped: [{ employeeName: 'Dewi Lestari', problems: ['behaviour not rated (every core value, or an overall rating with a reason)'] }],
    });
    expect((await planOf('Yusuf Effendi')).evaluation).toMatchObject({
      score: 116.5,
      resultRating: 'DI_ATAS_EKSPEKTASI',
      behaviourRating: 'DI_ATAS_EKSPEKTASI',
      predicate: 'SANGAT_BAIK',
    });
    expect((await planOf('Yusuf Effendi')).evaluation!.breakdown!.lines.map((line) => line.capped)).toEqual([true, false, true]);

    await post(
      SAVE,
      { planId: dewi.id, version: partial.saveEvaluation.evaluation.version, behaviour: ratings({ below: 4 }) },
      tokens.kapus,
    );
    await post(CONFIRM_ALL, { periodId: ids.period }, tokens.kapus);
    expect((await planOf('Dewi Lestari')).evaluation).toMatchObject({
      score: 54.25,
      resultRating: 'DI_BAWAH_EKSPEKTASI',
      behaviourRating: 'DI_BAWAH_EKSPEKTASI',
      predicate: 'SANGAT_KURANG',
    });
  });

  it('freezes the realisations of a confirmed evaluation', async () => {
    const siti = await planOf('Siti Aminah');
    const response = await attempt(
      `mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`,
      {
        input: { targetId: siti.targets[0]!.id, periodId: ids.period, value: 20 },
      },
    );
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0]!.extensions.reason).toBe('EVALUATED');
  });

  it('keeps the period open while plans are unevaluated', async () => {
    const response = await move('closePeriod');
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0]!.extensions.blockers).toEqual(['2 approved plan(s) not evaluated yet']);
  });

  it('lets HR confirm the rest in a number of statements that does not grow with the plans', async () => {
    const sri = await planOf('Sri Wahyuni');
    const hendra = await planOf('Hendra Saputra');
    await post(SAVE, { planId: sri.id, behaviour: ratings({}) }, tokens.kadis);
    // The head of the agency: HR rates for the head of region; an overall rating needs a reason.
    await post(SAVE, {
      planId: hendra.id,
      behaviour: [],
      behaviourRating: 'SESUAI_EKSPEKTASI',
      overrideReason: 'Penilaian oleh kepala daerah, dicatat oleh BKPSDM',
    });
    const oneUnit = await attempt(CONFIRM_ALL, { input: { periodId: ids.period, unitId: ids.pkm } });
    expect(oneUnit.data!.confirmEvaluations).toMatchObject({ confirmed: 1, skippedCount: 0 });
    // Roll Sri back to a draft to compare the cost of confirming one plan and two.
    await app.sql(`update evaluations set status = 'DRAFT' where plan_id = ?`, [fromGlobalId(sri.id, 'PerformancePlan', 'id')]);
    const two = await attempt(CONFIRM_ALL, { input: { periodId: ids.period } });
    expect(two.data!.confirmEvaluations).toMatchObject({ confirmed: 2, skippedCount: 0 });
    expect(two.sqlStatements).toBeLessThanOrEqual(oneUnit.sqlStatements! + 1); // + the unit lookup the first one made, minus nothing per plan
    expect((await planOf('Sri Wahyuni')).evaluation).toMatchObject({ score: 100, resultRating: 'SESUAI_EKSPEKTASI', predicate: 'BAIK' });
    expect((await planOf('Hendra Saputra')).evaluation).toMatchObject({
      score: 86.25,
      resultRating: 'DI_BAWAH_EKSPEKTASI',
      behaviourRating: 'SESUAI_EKSPEKTASI',
      predicate: 'BUTUH_PERBAIKAN',
    });
  });
});

describe('after the evaluation', () => {
  it('is acknowledged by the employee only', async () => {
    const { evaluation } = await planOf('Siti Aminah');
    expect(
      errorCode(
        await attempt(stepMutation('acknowledgeEvaluation'), { input: { id: evaluation!.id, version: evaluation!.version } }, tokens.kapus),
      ),
    ).toBe('FORBIDDEN');
    const acknowledged = await post<{ acknowledgeEvaluation: { evaluation: Evaluation } }>(
      stepMutation('acknowledgeEvaluation'),
      { id: evaluation!.id, version: evaluation!.version },
      tokens.siti,
    );
    expect(acknowledged.acknowledgeEvaluation.evaluation.status).toBe('ACKNOWLEDGED');
  });

  it("takes an objection to the appraiser's superior, who upholds it with another predicate; the computed one is kept", async () => {
    const { evaluation } = await planOf('Dewi Lestari');
    const objected = await post<{ objectToEvaluation: { evaluation: Evaluation } }>(
      stepMutation('objectToEvaluation', 'ObjectToEvaluationInput'),
      {
        id: evaluation!.id,
        version: evaluation!.version,
        reason: 'Pelatihan bulan Maret dibatalkan oleh penyelenggara, bukan karena saya.',
      },
      tokens.dewi,
    );
    expect(objected.objectToEvaluation.evaluation.status).toBe('OBJECTED');
    const closing = await move('closePeriod');
    expect(closing.errors![0]!.extensions.blockers).toEqual(['1 objection(s) waiting for a decision (decideObjection)']);

    const decide = (token: string, input: Record<string, unknown>) =>
      attempt<{ decideObjection: { evaluation: Evaluation } }>(
        stepMutation('decideObjection', 'DecideObjectionInput'),
        {
          input: { id: evaluation!.id, version: objected.objectToEvaluation.evaluation.version, ...input },
        },
        token,
      );
    // The appraiser herself does not decide; upheld needs the new predicate.
    expect(errorCode(await decide(tokens.kapus!, { decision: 'UPHELD', predicate: 'BUTUH_PERBAIKAN', note: 'Diterima' }))).toBe(
      'FORBIDDEN',
    );
    const missing = await decide(tokens.kadis!, { decision: 'UPHELD', note: 'Diterima' });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.extensions.field).toBe('input.predicate');
    const decided = await decide(tokens.kadis!, {
      decision: 'UPHELD',
      predicate: 'BUTUH_PERBAIKAN',
      note: 'Pembatalan pelatihan di luar kendali pegawai.',
    });
    expect(decided.data!.decideObjection.evaluation).toMatchObject({
      status: 'DECIDED',
      decision: 'UPHELD',
      predicate: 'BUTUH_PERBAIKAN',
      originalPredicate: 'SANGAT_KURANG',
    });
    const [audit] = await app.sql<{ changes: Record<string, { before: unknown; after: unknown }> }>(
      `select changes from audit_entries where entity_type = 'Evaluation' and entity_id = ? and operation = 'decideObjection'`,
      [fromGlobalId(evaluation!.id, 'Evaluation', 'id')],
    );
    expect(audit!.changes.predicate).toEqual({ before: 'SANGAT_KURANG', after: 'BUTUH_PERBAIKAN' });
  });

  it('rejects an objection leaving the result as it was', async () => {
    const { evaluation } = await planOf('Yusuf Effendi');
    const objected = await post<{ objectToEvaluation: { evaluation: Evaluation } }>(
      stepMutation('objectToEvaluation', 'ObjectToEvaluationInput'),
      { id: evaluation!.id, version: evaluation!.version, reason: 'Saya merasa capaian akurasi data saya lebih tinggi.' },
      tokens.yusuf,
    );
    const decided = await post<{ decideObjection: { evaluation: Evaluation } }>(
      stepMutation('decideObjection', 'DecideObjectionInput'),
      {
        id: evaluation!.id,
        version: objected.objectToEvaluation.evaluation.version,
        decision: 'REJECTED',
        note: 'Data akurasi sudah diverifikasi.',
      },
      tokens.kadis,
    );
    expect(decided.decideObjection.evaluation).toMatchObject({
      status: 'DECIDED',
      decision: 'REJECTED',
      predicate: 'SANGAT_BAIK',
      originalPredicate: null,
    });
  });

  it('closes the period, after which nothing changes', async () => {
    expect((await move('closePeriod')).errors).toBeUndefined();
    const { evaluation } = await planOf('Sri Wahyuni');
    const before = await databaseFingerprint(app);
    const late = await attempt(
      stepMutation('acknowledgeEvaluation'),
      { input: { id: evaluation!.id, version: evaluation!.version } },
      tokens.kapus,
    );
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0]!.extensions.reason).toBe('PERIOD_CLOSED');
    // The reason's params complete the translated sentence: which period is closed.
    expect(late.errors![0]!.extensions.params).toEqual({ period: expect.stringMatching(/\S/) });
    expect(late.errors![0]!.message).toContain(String((late.errors![0]!.extensions.params as { period: string }).period));
    const plan = await planOf('Sri Wahyuni');
    const realisation = await attempt(
      `mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`,
      {
        input: { targetId: plan.targets[0]!.id, periodId: ids.period, value: 10 },
      },
    );
    expect(errorCode(realisation)).toBe('CONFLICT');
    expect(await databaseFingerprint(app)).toBe(before);
  });
});
