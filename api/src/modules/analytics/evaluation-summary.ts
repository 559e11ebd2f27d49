import type { EntityManager } from '@mikro-orm/postgresql';
import { Predicate } from '../indicators/indicator.enums.js';
import { PeriodStatus } from '../periods/appraisal-period.entity.js';
import { registerStatusEffect } from '../periods/period-checks.js';
import { uuidArray } from './analytics-scope.js';

/**
 * The figures of the dashboard's evaluation panels per period and unit (the
 * unit a plan was made in), computed from the settled evaluations. One source
 * for both uses: the live computation of an open period, and the summary rows
 * written when a period closes (a CLOSED period is read-only, so its rows are
 * never stale; reopening removes them). A panel then adds these rows up over
 * the units of its scope, whichever way they came.
 *
 * Counts are per evaluation: a plan is unique per employee and period and an
 * evaluation per plan, so within one period they count employees too. Sums are
 * exact numerics (a score through its text form), divided only when read.
 */

/** A uuid array in SQL (a placeholder, or an expression) with its parameters. */
export interface PeriodsSql {
  sql: string;
  params: unknown[];
}

/** Periods by their ids, as one uuid array parameter. */
export const periodsSql = (ids: readonly string[]): PeriodsSql => ({ sql: '?::uuid[]', params: [uuidArray(ids)] });

/** The predicate's column: SANGAT_BAIK -> sangat_baik. */
export const predicateColumn = (predicate: Predicate) => predicate.toLowerCase();

/** Column of evaluation_unit_summaries -> its aggregate over the settled evaluations `e` of plans `p`. */
export const UNIT_FIGURES: Readonly<Record<string, string>> = {
  evaluated: 'count(*)::int',
  scored: 'count(e.score)::int',
  score_sum: 'coalesce(sum(e.score::numeric), 0)',
  baik_or_better: `count(*) filter (where e.predicate in ('SANGAT_BAIK', 'BAIK'))::int`,
  ...Object.fromEntries(
    Object.values(Predicate).map((predicate) => [predicateColumn(predicate), `count(*) filter (where e.predicate = '${predicate}')::int`]),
  ),
  achievement_employees: `count(*) filter (where exists (
      select 1 from jsonb_array_elements(e.breakdown->'lines') as line where line->>'achievement' is not null))::int`,
};

const INDICATOR_COLUMNS = ['indicator_key', 'label', 'achievement_sum', 'lines', 'employees'];

/** Settled evaluations of the periods with their plans; `scoped` keeps the plans of the units in `scope_units`. */
const settled = (periods: PeriodsSql, scoped: boolean) => ({
  sql: `from evaluations e
        join performance_plans p on p.id = e.plan_id ${scoped ? 'join scope_units su on su.id = p.unit_id' : ''}`,
  // The same periods on the plans, so that they are found by their period index, not by a scan of all plans.
  where: `e.period_id = any(${periods.sql}) and p.period_id = any(${periods.sql}) and e.status <> 'DRAFT'`,
  params: [...periods.params, ...periods.params],
});

/** Per period and unit, the columns asked for, computed from the evaluations. */
export function liveUnitFigures(columns: readonly string[], periods: PeriodsSql, scoped: boolean) {
  const from = settled(periods, scoped);
  return {
    sql: `select e.period_id, p.unit_id, ${columns.map((column) => `${UNIT_FIGURES[column]} as ${column}`).join(', ')}
            ${from.sql}
           where ${from.where}
           group by e.period_id, p.unit_id`,
    params: from.params,
  };
}

/** Per period, unit and indicator (breakdown line key): label, sum and count of achievements, employees. */
export function liveIndicatorFigures(periods: PeriodsSql, scoped: boolean) {
  const from = settled(periods, scoped);
  return {
    sql: `select e.period_id, p.unit_id, line->>'key' as indicator_key, max(line->>'label') as label,
                 sum((line->>'achievement')::numeric) as achievement_sum, count(*)::int as lines,
                 count(distinct p.employee_id)::int as employees
            ${from.sql}
           cross join lateral jsonb_array_elements(e.breakdown->'lines') as line
           where ${from.where} and line->>'achievement' is not null
           group by e.period_id, p.unit_id, line->>'key'`,
    params: from.params,
  };
}

/** The summary rows of the periods: one INSERT ... SELECT per table. */
export function summaryInserts(periods: PeriodsSql): { sql: string; params: unknown[] }[] {
  const columns = Object.keys(UNIT_FIGURES);
  const units = liveUnitFigures(columns, periods, false);
  const indicators = liveIndicatorFigures(periods, false);
  return [
    { sql: `insert into evaluation_unit_summaries (period_id, unit_id, ${columns.join(', ')}) ${units.sql}`, params: units.params },
    {
      sql: `insert into indicator_achievement_summaries (period_id, unit_id, ${INDICATOR_COLUMNS.join(', ')}) ${indicators.sql}`,
      params: indicators.params,
    },
  ];
}

/** Summary rows of the periods, in the shape of liveUnitFigures. */
export function storedUnitFigures(columns: readonly string[], periods: PeriodsSql) {
  return {
    sql: `select period_id, unit_id, ${columns.join(', ')} from evaluation_unit_summaries where period_id = any(${periods.sql})`,
    params: periods.params,
  };
}

/** Summary rows of the periods, in the shape of liveIndicatorFigures. */
export function storedIndicatorFigures(periods: PeriodsSql) {
  return {
    sql: `select period_id, unit_id, ${INDICATOR_COLUMNS.join(', ')} from indicator_achievement_summaries where period_id = any(${periods.sql})`,
    params: periods.params,
  };
}

export async function writeEvaluationSummary(em: EntityManager, periodId: string): Promise<void> {
  for (const insert of summaryInserts(periodsSql([periodId]))) await em.execute(insert.sql, insert.params);
}

export async function removeEvaluationSummary(em: EntityManager, periodId: string): Promise<void> {
  await em.execute(
    `with units as (delete from evaluation_unit_summaries where period_id = ?)
     delete from indicator_achievement_summaries where period_id = ?`,
    [periodId, periodId],
  );
}

// In the transaction of the transition: written as the period closes, removed as it is reopened.
registerStatusEffect(async (ctx, period, from, to) => {
  if (to === PeriodStatus.CLOSED) await writeEvaluationSummary(ctx.em, period.id);
  else if (from === PeriodStatus.CLOSED) await removeEvaluationSummary(ctx.em, period.id);
});
