import type { EntityManager } from '@mikro-orm/postgresql';
import { type Aggregation, type Direction, type Rating, type ResultCategory } from '../indicators/indicator.enums.js';
import { scorePerformance, type ScoreLine, type ScoreResult, type ScoringRules } from '../indicators/scoring.js';
import { periodValueOf, type DatedValue } from './aggregation.js';

/**
 * The scoring of many plans of one period at once: a constant number of
 * statements whatever the number of plans (targets, then realisations), and the
 * pure scoring function per plan. Confirming one evaluation and a whole period
 * use the same path.
 */
export interface PlanToScore {
  planId: string;
  employeeId: string;
}

interface TargetRow {
  id: string;
  plan_id: string;
  indicator_id: string;
  code: string;
  name: string;
  direction: Direction;
  aggregation: Aggregation;
  cap: number | null;
  category: ResultCategory;
  weight: number;
  target: number | null;
  target_max: number | null;
}

interface ValueRow {
  key: string;
  value: number;
  start_date: string | Date;
  is_sub: boolean;
}

const isoDate = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

/** Score lines per plan id, each target's realisation being its period value. */
export async function scoreLines(em: EntityManager, period: { id: string; hasSubPeriods: boolean }, plans: PlanToScore[]) {
  const planIds = plans.map((plan) => plan.planId);
  const targets = await em.execute<TargetRow[]>(
    `select t.id, t.plan_id, t.indicator_id, i.code, i.name, i.direction, i.aggregation, i.cap,
            t.category, t.weight, t.target, t.target_max
       from plan_targets t join indicators i on i.id = t.indicator_id
      where t.plan_id in (?) order by t.plan_id, t.sort_order`,
    [planIds],
  );
  // The plan's own realisations, for its period and its sub-periods.
  const own = await em.execute<ValueRow[]>(
    `select r.target_id as key, r.value, p.start_date, p.id <> pp.period_id as is_sub
       from realizations r
       join plan_targets t on t.id = r.target_id
       join performance_plans pp on pp.id = t.plan_id
       join appraisal_periods p on p.id = r.period_id
      where t.plan_id in (?)`,
    [planIds],
  );
  const values = new Map<string, DatedValue[]>();
  const add = (key: string, row: ValueRow) => {
    const list = values.get(key) ?? [];
    list.push({ value: row.value, startDate: isoDate(row.start_date), isSubPeriod: row.is_sub });
    values.set(key, list);
  };
  for (const row of own) add(row.key, row);

  // A year whose own plans recorded nothing takes the year's realisations from
  // the employee's plans of its sub-periods, indicator by indicator (docs/domain.md#annual-evaluation).
  const fromSubPeriods = new Map<string, DatedValue[]>();
  if (period.hasSubPeriods) {
    const rows = await em.execute<ValueRow[]>(
      `select pp.employee_id || ':' || t.indicator_id as key, r.value, rp.start_date, true as is_sub
         from realizations r
         join plan_targets t on t.id = r.target_id
         join performance_plans pp on pp.id = t.plan_id
         join appraisal_periods p on p.id = pp.period_id
         join appraisal_periods rp on rp.id = r.period_id
        where p.parent_id = ? and pp.employee_id in (?)`,
      [period.id, plans.map((plan) => plan.employeeId)],
    );
    for (const row of rows) {
      const list = fromSubPeriods.get(row.key) ?? [];
      list.push({ value: row.value, startDate: isoDate(row.start_date), isSubPeriod: true });
      fromSubPeriods.set(row.key, list);
    }
  }

  const employeeOf = new Map(plans.map((plan) => [plan.planId, plan.employeeId]));
  const lines = new Map<string, ScoreLine[]>(planIds.map((id) => [id, []]));
  for (const target of targets) {
    const recorded = values.get(target.id) ?? fromSubPeriods.get(`${employeeOf.get(target.plan_id)}:${target.indicator_id}`) ?? [];
    lines.get(target.plan_id)!.push({
      key: target.code,
      label: target.name,
      direction: target.direction,
      category: target.category,
      weight: target.weight,
      target: target.target,
      targetMax: target.target_max,
      realization: periodValueOf(recorded, target.aggregation),
      cap: target.cap,
    });
  }
  return lines;
}

/** The ratings an appraiser chose over the computed ones. */
export interface RatingOverrides {
  resultRating: Rating | null;
  behaviourRating: Rating | null;
}

/**
 * The result of one plan: the scheme's computation, then the appraiser's
 * overrides (annual evaluations, PermenPANRB 6/2022 leaves them the last word)
 * applied to the ratings and hence the predicate.
 */
export function evaluate(rules: ScoringRules, lines: ScoreLine[], behaviour: Rating | null, overrides: RatingOverrides): ScoreResult {
  const computed = scorePerformance(rules, lines, behaviour);
  const resultRating = overrides.resultRating ?? computed.resultRating;
  if (!overrides.resultRating || resultRating === null || behaviour === null) return computed;
  const predicate = rules.matrix[resultRating][behaviour];
  return {
    ...computed,
    resultRating,
    predicate,
    steps: [...computed.steps, `Result rating set by the appraiser: ${resultRating}; ${resultRating} x ${behaviour} -> ${predicate}`],
    problems: computed.problems.filter((problem) => problem !== 'behaviour rating not given'),
    complete: true,
  };
}
