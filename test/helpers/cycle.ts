import type { runner } from './gql-run.js';

type Run = ReturnType<typeof runner>['run'];

/**
 * Moves a period's plans through the cycle for tests about something else:
 * generated, submitted and approved (by the actor of `run`: HR acts for plans
 * without an appraiser), then realised at their targets and evaluated.
 */
export async function agreePlans(run: Run, periodId: string): Promise<void> {
  await run(`mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, { input: { periodId } });
  for (const plan of await plansOf(run, periodId)) {
    if (plan.status === 'APPROVED') continue;
    const submitted = await run<{ submitPlan: { plan: { version: number } } }>(
      `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
      { input: { id: plan.id, version: plan.version } },
    );
    await run(`mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { status } } }`, {
      input: { id: plan.id, version: submitted.submitPlan.plan.version },
    });
  }
}

/** Every target realised exactly, every core value as expected, every evaluation confirmed. */
export async function evaluatePlans(run: Run, periodId: string): Promise<void> {
  const { effectiveBehaviourValues } = await run<{ effectiveBehaviourValues: { code: string }[] }>(`{ effectiveBehaviourValues { code } }`);
  const behaviour = effectiveBehaviourValues.map(({ code }) => ({ code, rating: 'SESUAI_EKSPEKTASI' }));
  for (const plan of await plansOf(run, periodId)) {
    if (plan.evaluation) continue;
    for (const target of plan.targets) {
      await run(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
        input: { targetId: target.id, periodId, value: target.target ?? 1 },
      });
    }
    await run(`mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { id } } }`, {
      input: { planId: plan.id, behaviour },
    });
  }
  await run(`mutation ($input: ConfirmEvaluationsInput!) { confirmEvaluations(input: $input) { confirmed } }`, { input: { periodId } });
}

interface PlanRow {
  id: string;
  version: number;
  status: string;
  targets: { id: string; target: number | null }[];
  evaluation: { id: string } | null;
}

async function plansOf(run: Run, periodId: string): Promise<PlanRow[]> {
  const { performancePlans } = await run<{ performancePlans: { nodes: PlanRow[] } }>(
    `query ($id: ID!) { performancePlans(filter: { periodId: { eq: $id } }, first: 100) { nodes { id version status targets { id target } evaluation { id } } } }`,
    { id: periodId },
  );
  return performancePlans.nodes;
}
