import { agreePlans } from './cycle.js';
import type { runner } from './gql-run.js';

type Run = ReturnType<typeof runner>['run'];

/** Result rating x behaviour rating giving each predicate in the national matrix. */
export const RATINGS_FOR: Record<string, [string, string]> = {
  SANGAT_BAIK: ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
  BAIK: ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
  BUTUH_PERBAIKAN: ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
  KURANG: ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
  SANGAT_KURANG: ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
};

export interface PlanOfPeriod {
  id: string;
  employee: { id: string; name: string };
  targets: { id: string; target: number | null; indicator: { code: string } }[];
}

const step = async (run: Run, mutation: string, id: string) => {
  const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
    `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
    {
      id,
    },
  );
  await run(`mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { status } } }`, {
    input: { id, version: appraisalPeriod.version },
  });
};

/**
 * A period of the actor's agency taken to EVALUATION with every plan agreed
 * (the agency needs an active template; HR appraises employees without a
 * position). Returns the period and its plans.
 */
export async function periodInEvaluation(
  run: Run,
  input: { name: string; type?: string; startDate: string; endDate: string },
): Promise<{ periodId: string; plans: PlanOfPeriod[] }> {
  const periodId = (
    await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { type: 'QUARTERLY', ...input } },
    )
  ).createAppraisalPeriod.period.id;
  await step(run, 'startPlanning', periodId);
  await agreePlans(run, periodId);
  await step(run, 'startMonitoring', periodId);
  await step(run, 'startEvaluation', periodId);
  const { performancePlans } = await run<{ performancePlans: { nodes: PlanOfPeriod[] } }>(
    `query ($id: ID!) { performancePlans(filter: { periodId: { eq: $id } }, first: 200) {
       nodes { id employee { id name } targets { id target indicator { code } } } } }`,
    { id: periodId },
  );
  return { periodId, plans: performancePlans.nodes };
}

/** Realises a plan's targets (by indicator code, default: the target) and saves the appraiser's draft. */
export async function rate(
  run: Run,
  periodId: string,
  plan: PlanOfPeriod,
  options: { values?: Record<string, number>; behaviour?: { code: string; rating: string }[]; predicate?: string },
): Promise<void> {
  for (const target of plan.targets) {
    await run(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
      input: { targetId: target.id, periodId, value: options.values?.[target.indicator.code] ?? target.target ?? 1 },
    });
  }
  const [resultRating, behaviourRating] = options.predicate ? RATINGS_FOR[options.predicate]! : [undefined, undefined];
  await run(`mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { id } } }`, {
    input: {
      planId: plan.id,
      behaviour: options.behaviour ?? [],
      ...(options.predicate ? { resultRating, behaviourRating, overrideReason: 'Penilaian tim penilai kinerja instansi' } : {}),
    },
  });
}

export async function confirmAll(run: Run, periodId: string): Promise<number> {
  const { confirmEvaluations } = await run<{ confirmEvaluations: { confirmed: number } }>(
    `mutation ($input: ConfirmEvaluationsInput!) { confirmEvaluations(input: $input) { confirmed } }`,
    { input: { periodId } },
  );
  return confirmEvaluations.confirmed;
}

export async function closePeriod(run: Run, periodId: string): Promise<void> {
  await step(run, 'closePeriod', periodId);
}
