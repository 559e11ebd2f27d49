import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { agreePlans } from '../helpers/cycle.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The annual evaluation proposed from the year's quarters (docs/domain.md#annual-evaluation).
 *
 * One employee (no appraiser in the system: HR rates), one indicator, SUM, annual
 * target 40. The quarters record 10, 12, 8 and 14 on their own plans and are
 * rated SESUAI, DI_ATAS, SESUAI, DI_ATAS for behaviour.
 *   Year value  = 10 + 12 + 8 + 14 = 44 -> 44 / 40 x 100 = 110 -> DI_ATAS_EKSPEKTASI
 *   Behaviour   = SESUAI twice, DI_ATAS twice: a tie, the latest quarter (DI_ATAS) decides
 *   Predicate   = DI_ATAS x DI_ATAS -> SANGAT_BAIK
 */

let app: TestApp;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let values: string[];
const QUARTERS = [
  [10, 'SESUAI_EKSPEKTASI'],
  [12, 'DI_ATAS_EKSPEKTASI'],
  [8, 'SESUAI_EKSPEKTASI'],
  [14, 'DI_ATAS_EKSPEKTASI'],
] as const;

const move = async (id: string, mutation: string) => {
  const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
    `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
    { id },
  );
  return run(`mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { status } } }`, {
    input: { id, version: appraisalPeriod.version },
  });
};
const planOf = async (periodId: string) =>
  (
    await run<{ performancePlans: { nodes: { id: string; targets: { id: string }[]; evaluation: Record<string, unknown> | null }[] } }>(
      `query ($id: ID!) { performancePlans(filter: { periodId: { eq: $id } }) { nodes { id targets { id }
        evaluation { id version status score resultRating behaviourRating proposedBehaviourRating predicate overrideReason } } } }`,
      { id: periodId },
    )
  ).performancePlans.nodes[0]!;
const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { id version behaviourRating } } }`;
const CONFIRM = `mutation ($input: EvaluationStepInput!) { confirmEvaluation(input: $input) { evaluation { status score resultRating behaviourRating predicate } } }`;

let yearId: string;

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'PEMKAB-ACEH-BARAT-DAYA-TAHUNAN' });
  const hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));
  values = (
    await run<{ effectiveBehaviourValues: { code: string }[] }>(`{ effectiveBehaviourValues { code } }`)
  ).effectiveBehaviourValues.map((v) => v.code);
  const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
    `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
    { input: { agencyId: agency.id, code: 'BKPSDM', name: 'Badan Kepegawaian', kind: 'BADAN' } },
  );
  await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
    input: {
      nip: '197505172000031002',
      name: 'Teuku Ramli',
      employmentType: 'PNS',
      golongan: 'IV_A',
      unitId: unit.createOrgUnit.orgUnit.id,
    },
  });
  const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
    `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
    {
      input: {
        code: 'DOKUMEN-SELESAI',
        name: 'Dokumen kepegawaian selesai',
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
  yearId = (
    await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Tahun 2025', type: 'ANNUAL', startDate: '2025-01-01', endDate: '2025-12-31' } },
    )
  ).createAppraisalPeriod.period.id;
  const quarters = (
    await run<{ generateSubPeriods: { periods: { id: string }[] } }>(
      `mutation ($input: GenerateSubPeriodsInput!) { generateSubPeriods(input: $input) { periods { id } } }`,
      { input: { id: yearId, type: 'QUARTERLY' } },
    )
  ).generateSubPeriods.periods;
  await move(yearId, 'startPlanning');
  await agreePlans(run, yearId);
  await move(yearId, 'startMonitoring');

  for (const [index, quarter] of quarters.entries()) {
    const [value, behaviour] = QUARTERS[index]!;
    await move(quarter.id, 'startPlanning');
    await agreePlans(run, quarter.id);
    await move(quarter.id, 'startMonitoring');
    await move(quarter.id, 'startEvaluation');
    const plan = await planOf(quarter.id);
    await run(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
      input: { targetId: plan.targets[0]!.id, periodId: quarter.id, value },
    });
    const saved = await run<{ saveEvaluation: { evaluation: { id: string; version: number; behaviourRating: string } } }>(SAVE, {
      input: { planId: plan.id, behaviour: values.map((code) => ({ code, rating: behaviour })) },
    });
    expect(saved.saveEvaluation.evaluation.behaviourRating).toBe(behaviour);
    await run(CONFIRM, { input: { id: saved.saveEvaluation.evaluation.id, version: saved.saveEvaluation.evaluation.version } });
    await move(quarter.id, 'closePeriod');
  }
  await move(yearId, 'startEvaluation');
});
afterAll(() => app?.close());

describe('annual evaluation', () => {
  it("proposes the year's behaviour from its quarters and scores the year's realisations", async () => {
    const plan = await planOf(yearId);
    // No rating per value: the quarters propose the overall one.
    const saved = await run<{ saveEvaluation: { evaluation: { id: string; version: number; behaviourRating: string } } }>(SAVE, {
      input: { planId: plan.id, behaviour: [] },
    });
    expect(saved.saveEvaluation.evaluation.behaviourRating).toBe('DI_ATAS_EKSPEKTASI');
    expect((await planOf(yearId)).evaluation).toMatchObject({ proposedBehaviourRating: 'DI_ATAS_EKSPEKTASI' });
    const confirmed = await run<{ confirmEvaluation: { evaluation: Record<string, unknown> } }>(CONFIRM, {
      input: { id: saved.saveEvaluation.evaluation.id, version: saved.saveEvaluation.evaluation.version },
    });
    expect(confirmed.confirmEvaluation.evaluation).toEqual({
      status: 'CONFIRMED',
      score: 110,
      resultRating: 'DI_ATAS_EKSPEKTASI',
      behaviourRating: 'DI_ATAS_EKSPEKTASI',
      predicate: 'SANGAT_BAIK',
    });
  });

  it('refuses to change a confirmed evaluation', async () => {
    const plan = await planOf(yearId);
    const again = await attempt(SAVE, {
      input: {
        planId: plan.id,
        version: plan.evaluation!.version,
        behaviour: [],
        behaviourRating: 'SESUAI_EKSPEKTASI',
        overrideReason: 'Koreksi oleh penilai',
      },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });
});
