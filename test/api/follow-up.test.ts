import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, databaseFingerprint, startTestApp, type TestApp } from '../helpers/app.js';
import { closePeriod, confirmAll, periodInEvaluation, rate } from '../helpers/evaluated-periods.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Follow-up of results (tindak lanjut): rules per agency, recommendations after
 * a period closes, and HR turning them into records or dismissing them.
 *
 * Predicates (Triwulan I, Triwulan II 2025): Agus SB, SB; Budi BAIK, KURANG;
 * Citra KURANG, KURANG; Dedi BP, BP. Triwulan III stays in evaluation.
 */

let app: TestApp;
let hr: string;
let evaluator: string;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const ids: Record<string, string> = {};
const PREDICATES: Record<string, [string, string]> = {
  'Agus Salim': ['SANGAT_BAIK', 'SANGAT_BAIK'],
  'Budi Hartono': ['BAIK', 'KURANG'],
  'Citra Dewi': ['KURANG', 'KURANG'],
  'Dedi Pratama': ['BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN'],
};
const RECOMMENDATIONS = `query ($periodId: ID!, $action: FollowUpAction) { followUpRecommendations(periodId: $periodId, action: $action) {
  employee { id name } rule { id name } action predicate predicates reason evaluation { id predicate } } }`;
type Recommendation = {
  employee: { id: string; name: string };
  rule: { id: string; name: string };
  action: string;
  predicate: string;
  predicates: string[];
  reason: string;
  evaluation: { id: string; predicate: string };
};
const recommendations = async (periodId = ids.q2!, token = hr) =>
  (await run<{ followUpRecommendations: Recommendation[] }>(RECOMMENDATIONS, { periodId }, token)).followUpRecommendations;
const ACT = `mutation ($input: ActOnRecommendationInput!) { actOnRecommendation(input: $input) {
  decision { outcome action resultId employee { name } rule { name } }
  reward { rewardType { code } } enrollment { status } coachingPlan { id goals evaluation { id } } disciplinaryCase { status article } } }`;
const keyOf = (r: Recommendation) => ({ periodId: ids.q2, employeeId: r.employee.id, ruleId: r.rule.id });

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'PEMKOT-TINDAKLANJUT' });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  evaluator = (await actor(app, [Role.EVALUATOR], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));
  const unit = (
    await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId: agency.id, code: 'KEC-KERTAPATI', name: 'Kecamatan Kertapati', kind: 'KECAMATAN' } },
    )
  ).createOrgUnit.orgUnit.id;
  const nips = ['198501012010011001', '198602022010011002', '198703032010012003', '198804042010011004'];
  for (const [index, name] of Object.keys(PREDICATES).entries()) {
    await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
      input: { nip: nips[index], name, employmentType: 'PNS', golongan: 'III_A', unitId: unit },
    });
  }
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
  const quarters = [
    { key: 'q1', name: 'Triwulan I 2025', startDate: '2025-01-01', endDate: '2025-03-31' },
    { key: 'q2', name: 'Triwulan II 2025', startDate: '2025-04-01', endDate: '2025-06-30' },
  ];
  for (const [index, { key, ...period }] of quarters.entries()) {
    const { periodId, plans } = await periodInEvaluation(run, period);
    ids[key] = periodId;
    for (const plan of plans) await rate(run, periodId, plan, { predicate: PREDICATES[plan.employee.name]![index]! });
    expect(await confirmAll(run, periodId)).toBe(4);
    if (key === 'q1') await closePeriod(run, periodId);
  }
  ids.q3 = (await periodInEvaluation(run, { name: 'Triwulan III 2025', startDate: '2025-07-01', endDate: '2025-09-30' })).periodId;

  const rule = async (input: Record<string, unknown>) =>
    (
      await run<{ createFollowUpRule: { rule: { id: string } } }>(
        `mutation ($input: CreateFollowUpRuleInput!) { createFollowUpRule(input: $input) { rule { id } } }`,
        { input },
      )
    ).createFollowUpRule.rule.id;
  ids.reward = await rule({ name: 'Penghargaan Sangat Baik', predicates: ['SANGAT_BAIK'], action: 'REWARD' });
  ids.coaching = await rule({ name: 'Pembinaan kinerja', predicates: ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'], action: 'COACHING' });
  ids.training = await rule({
    name: 'Pelatihan Butuh Perbaikan berulang',
    predicates: ['BUTUH_PERBAIKAN'],
    consecutivePeriods: 2,
    action: 'TRAINING',
  });
  ids.review = await rule({
    name: 'Kurang dua triwulan berturut-turut',
    predicates: ['KURANG', 'SANGAT_KURANG'],
    consecutivePeriods: 2,
    action: 'DISCIPLINARY_REVIEW',
    note: 'PP 94/2021 Pasal 4 huruf f',
  });
  const program = await run<{ createTrainingProgram: { program: { id: string } } }>(
    `mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id } } }`,
    {
      input: {
        code: 'PEL-MANAJEMEN-WAKTU',
        title: 'Manajemen Waktu',
        competencyArea: 'MANAJERIAL',
        mode: 'KLASIKAL',
        kind: 'PELATIHAN',
        jpHours: 16,
      },
    },
  );
  ids.session = (
    await run<{ createTrainingSession: { session: { id: string } } }>(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { session { id } } }`,
      {
        input: {
          programId: program.createTrainingProgram.program.id,
          name: 'Angkatan I',
          startDate: '2030-02-02',
          endDate: '2030-02-04',
          capacity: 20,
          location: 'Aula Kecamatan',
        },
      },
    )
  ).createTrainingSession.session.id;
});
afterAll(() => app?.close());

describe('recommendations', () => {
  it('wait for the period to close', async () => {
    expect(errorCode(await attempt(RECOMMENDATIONS, { periodId: ids.q3 }))).toBe('CONFLICT');
  });

  it('propose per employee what the rules say, a repeated predicate only when it repeats', async () => {
    await closePeriod(run, ids.q2!);
    const list = await recommendations(ids.q2, evaluator);
    expect(list.map((r) => [r.employee.name, r.action, r.predicates, r.reason])).toEqual([
      ['Agus Salim', 'REWARD', ['SANGAT_BAIK'], 'SANGAT_BAIK in Triwulan II 2025'],
      ['Budi Hartono', 'COACHING', ['KURANG'], 'KURANG in Triwulan II 2025'],
      ['Citra Dewi', 'COACHING', ['KURANG'], 'KURANG in Triwulan II 2025'],
      ['Citra Dewi', 'DISCIPLINARY_REVIEW', ['KURANG', 'KURANG'], 'KURANG in 2 consecutive periods (Triwulan I 2025, Triwulan II 2025)'],
      ['Dedi Pratama', 'COACHING', ['BUTUH_PERBAIKAN'], 'BUTUH_PERBAIKAN in Triwulan II 2025'],
      [
        'Dedi Pratama',
        'TRAINING',
        ['BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN'],
        'BUTUH_PERBAIKAN in 2 consecutive periods (Triwulan I 2025, Triwulan II 2025)',
      ],
    ]);
    // The first quarter has no quarter before it: no repetition there.
    expect((await recommendations(ids.q1)).map((r) => [r.employee.name, r.action])).toEqual([
      ['Agus Salim', 'REWARD'],
      ['Citra Dewi', 'COACHING'],
      ['Dedi Pratama', 'COACHING'],
    ]);
    // Only the action asked for.
    const training = await run<{ followUpRecommendations: Recommendation[] }>(RECOMMENDATIONS, { periodId: ids.q2, action: 'TRAINING' });
    expect(training.followUpRecommendations.map((r) => r.employee.name)).toEqual(['Dedi Pratama']);
  });

  it('are computed in the same number of statements however many they are', async () => {
    const two = await attempt(RECOMMENDATIONS, { periodId: ids.q1 });
    const six = await attempt(RECOMMENDATIONS, { periodId: ids.q2 });
    expect(six.sqlStatements).toBe(two.sqlStatements);
  });
});

describe('acting on recommendations', () => {
  it('grants the reward, resting on the evaluation, and does not propose it again', async () => {
    const agus = (await recommendations()).find((r) => r.action === 'REWARD')!;
    const before = await databaseFingerprint(app);
    // The part of another action, or none, is refused; nothing is written.
    const wrong = await attempt(ACT, { input: { ...keyOf(agus), enrollment: { sessionId: ids.session } } });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enrollment' });
    const none = await attempt(ACT, { input: keyOf(agus) });
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reward' });
    const unknownType = await attempt(ACT, {
      input: { ...keyOf(agus), reward: { rewardTypeCode: 'TIDAK_ADA', grantedOn: '2025-07-15', reason: 'Sangat baik' } },
    });
    expect(unknownType.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reward.rewardTypeCode' });
    expect(
      errorCode(
        await attempt(
          ACT,
          {
            input: {
              ...keyOf(agus),
              reward: { rewardTypeCode: 'PIAGAM_PENGHARGAAN', grantedOn: '2025-07-15', reason: 'Target layanan tercapai tepat waktu' },
            },
          },
          evaluator,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await databaseFingerprint(app)).toBe(before);

    const { actOnRecommendation } = await run<{ actOnRecommendation: Record<string, unknown> }>(ACT, {
      input: {
        ...keyOf(agus),
        reward: { rewardTypeCode: 'PIAGAM_PENGHARGAAN', grantedOn: '2025-07-15', reason: 'Target layanan tercapai tepat waktu' },
      },
    });
    expect(actOnRecommendation).toMatchObject({
      decision: { outcome: 'ACTED', action: 'REWARD', employee: { name: 'Agus Salim' }, rule: { name: 'Penghargaan Sangat Baik' } },
      reward: { rewardType: { code: 'PIAGAM_PENGHARGAAN' } },
      enrollment: null,
    });
    const { rewards } = await run<{ rewards: { nodes: { period: { name: string }; evaluationId: string }[] } }>(
      `{ rewards { nodes { period { name } evaluationId } } }`,
    );
    expect(rewards.nodes).toEqual([{ period: { name: 'Triwulan II 2025' }, evaluationId: agus.evaluation.id }]);
    expect((await recommendations()).some((r) => r.action === 'REWARD')).toBe(false);
    const again = await attempt(ACT, {
      input: { ...keyOf(agus), reward: { rewardTypeCode: 'PIAGAM_PENGHARGAAN', grantedOn: '2025-07-15', reason: 'Lagi' } },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('enrols, plans coaching linked to the evaluation, proposes a case, or dismisses with a reason', async () => {
    const list = await recommendations();
    const find = (name: string, action: string) => list.find((r) => r.employee.name === name && r.action === action)!;
    const training = await run<{ actOnRecommendation: { enrollment: { status: string } } }>(ACT, {
      input: { ...keyOf(find('Dedi Pratama', 'TRAINING')), enrollment: { sessionId: ids.session } },
    });
    expect(training.actOnRecommendation.enrollment).toEqual({ status: 'REGISTERED' });

    const citra = find('Citra Dewi', 'COACHING');
    const coaching = await run<{ actOnRecommendation: { coachingPlan: { goals: string[]; evaluation: { id: string } } } }>(ACT, {
      input: { ...keyOf(citra), coachingPlan: { goals: ['Menyelesaikan 40 layanan per triwulan'], startDate: '2025-07-07' } },
    });
    expect(coaching.actOnRecommendation.coachingPlan).toMatchObject({
      goals: ['Menyelesaikan 40 layanan per triwulan'],
      evaluation: { id: citra.evaluation.id },
    });

    const review = await run<{ actOnRecommendation: { disciplinaryCase: { status: string; article: string } } }>(ACT, {
      input: {
        ...keyOf(find('Citra Dewi', 'DISCIPLINARY_REVIEW')),
        disciplinaryCase: {
          violation: 'Tidak mencapai sasaran kinerja dua triwulan berturut-turut',
          violationDate: '2025-06-30',
          article: 'PP 94/2021 Pasal 4 huruf f',
        },
      },
    });
    expect(review.actOnRecommendation.disciplinaryCase).toEqual({ status: 'PROPOSED', article: 'PP 94/2021 Pasal 4 huruf f' });

    const DISMISS = `mutation ($input: DismissRecommendationInput!) { dismissRecommendation(input: $input) { decision { outcome reason resultId } } }`;
    const dismissed = await run<{ dismissRecommendation: { decision: unknown } }>(DISMISS, {
      input: { ...keyOf(find('Budi Hartono', 'COACHING')), reason: 'Sedang cuti sakit panjang pada triwulan II' },
    });
    expect(dismissed.dismissRecommendation.decision).toEqual({
      outcome: 'DISMISSED',
      reason: 'Sedang cuti sakit panjang pada triwulan II',
      resultId: null,
    });

    expect((await recommendations()).map((r) => [r.employee.name, r.action])).toEqual([['Dedi Pratama', 'COACHING']]);
    const { followUpDecisions } = await run<{ followUpDecisions: { outcome: string; action: string }[] }>(
      `query ($id: ID!) { followUpDecisions(periodId: $id) { outcome action } }`,
      { id: ids.q2 },
    );
    expect(followUpDecisions.map((d) => `${d.action}:${d.outcome}`)).toEqual([
      'REWARD:ACTED',
      'TRAINING:ACTED',
      'COACHING:ACTED',
      'DISCIPLINARY_REVIEW:ACTED',
      'COACHING:DISMISSED',
    ]);
  });

  it('stops proposing a rule that is deactivated, and audits the decisions', async () => {
    const rule = (
      await run<{ followUpRules: { id: string; version: number; name: string }[] }>(`{ followUpRules { id version name } }`)
    ).followUpRules.find((r) => r.id === ids.coaching)!;
    await run(`mutation ($input: UpdateFollowUpRuleInput!) { updateFollowUpRule(input: $input) { rule { active } } }`, {
      input: { id: rule.id, version: rule.version, active: false },
    });
    expect(await recommendations()).toEqual([]);
    const rows = await app.sql<{ entity_type: string; operation: string }>(
      `select distinct entity_type, operation from audit_entries where operation in ('actOnRecommendation', 'dismissRecommendation') order by 1, 2`,
    );
    expect(rows.map((row) => `${row.entity_type}:${row.operation}`)).toEqual([
      'CoachingPlan:actOnRecommendation',
      'DisciplinaryCase:actOnRecommendation',
      'Enrollment:actOnRecommendation',
      'FollowUpDecision:actOnRecommendation',
      'FollowUpDecision:dismissRecommendation',
      'Reward:actOnRecommendation',
    ]);
  });
});
