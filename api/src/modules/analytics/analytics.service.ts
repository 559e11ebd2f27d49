import { requireActor, type ServiceContext } from '../../context.js';
import { may } from '../../access/actor.js';
import { todayInIndonesia } from '../../dates.js';
import { badInput, notFound, ErrorReason } from '../../errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { OPEN_COMPLAINT_STATUSES } from '../community/community.enums.js';
import { computeIkm, type ElementTally } from '../community/ikm.js';
import { tallyResponsesByService } from '../community/ikm-data.js';
import { toIkmCategory } from '../community/survey.types.js';
import { DECIDED_STATUSES } from '../discipline/discipline.service.js';
import { Predicate } from '../indicators/indicator.enums.js';
import {
  deviations,
  emptyCounts,
  SMALL_GROUP,
  smallGroupsHidden,
  type OrgAchievement,
  type PredicateCounts,
} from '../results/distribution.js';
import { ResultsService } from '../results/results.service.js';
import { MIN_JP_PER_YEAR, yearlyHoursCte } from '../training/training.service.js';
import { reachableUnit, round, scopeUnitsCte, staffCte, uuidArray, type AnalyticsScope } from './analytics-scope.js';
import {
  liveIndicatorFigures,
  liveUnitFigures,
  periodsSql,
  predicateColumn,
  storedIndicatorFigures,
  storedUnitFigures,
  type PeriodsSql,
} from './evaluation-summary.js';
import type {
  AnalyticsArgs,
  AnalyticsPeriod,
  ComplaintPanel,
  DisciplinePanel,
  IkmPanel,
  IndicatorAchievementPanel,
  PeriodCycleProgress,
  PeriodPredicateDistribution,
  TrainingCompliancePanel,
  TrendPoint,
  UnitRankingPanel,
  WorkReportPanel,
} from './analytics.types.js';

const PREDICATES = Object.values(Predicate);
const SETTLED = `e.status <> 'DRAFT'`;

interface UnitColumns {
  unit_id: string;
  unit_code: string;
  unit_name: string;
}

const unitOf = (row: UnitColumns, coveredEmployees: number) => ({
  unitId: toGlobalId('OrgUnit', row.unit_id),
  unitCode: row.unit_code,
  unitName: row.unit_name,
  coveredEmployees,
});

const shares = (counts: PredicateCounts, total: number) =>
  PREDICATES.map((predicate) => ({ predicate, count: counts[predicate], share: total ? round(counts[predicate] / total, 4) : 0 }));

type SqlPart = { sql: string; params: unknown[] };

/**
 * One CTE `name` of figures per period and unit: a CLOSED period's from its
 * summary rows, an open one's computed from its evaluations (which still
 * change). Only the part needed appears in the SQL, so a dashboard of closed
 * periods does not touch the evaluations.
 */
const figuresCte = (
  scope: AnalyticsScope,
  name: string,
  stored: (periods: PeriodsSql) => SqlPart,
  live: (periods: PeriodsSql) => SqlPart,
) => {
  const ids = (closed: boolean) => scope.periods.filter((p) => p.closed === closed).map((p) => p.id);
  const closed = ids(true);
  const open = ids(false);
  const parts = [...(closed.length ? [stored(periodsSql(closed))] : []), ...(open.length ? [live(periodsSql(open))] : [])];
  return { sql: `${name} as (${parts.map((part) => part.sql).join(' union all ')})`, params: parts.flatMap((part) => part.params) };
};

const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);

/**
 * Dashboard figures. Each panel is one aggregate statement over the scope's
 * unit subtree (a prefix match on the materialised path); what reaches Node is
 * one row per unit, period or indicator, never one per employee. The rules
 * stay where they live: the distribution pattern in results, the yearly JP
 * minimum in training, the IKM formula in community. The evaluation panels
 * add up figures per period and unit: a CLOSED period's come from its summary
 * rows (evaluation-summary.ts), so they cost the units of the scope, not its
 * employees; an open period's are computed from its evaluations.
 */
export class AnalyticsService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The actor's reach: HR officers, administrators and evaluators their agency
   * (any unit of it); a supervisor the unit they are placed in and the units
   * below it. A unit outside that reach is NOT_FOUND; an employee gets FORBIDDEN
   * (their own figures are on their own pages).
   */
  async scope(args: AnalyticsArgs): Promise<AnalyticsScope> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    const periodIds = [...new Set(args.periodIds.map((id, index) => fromGlobalId(id, 'AppraisalPeriod', `periodIds.${index}`)))];
    const unit = await reachableUnit(this.ctx, args.unitId);

    const periods = await em.execute<
      { id: string; name: string; start_date: string; end_date: string; agency_id: string; agency_name: string; closed: boolean }[]
    >(
      `select p.id, p.name, p.start_date::text as start_date, p.end_date::text as end_date, p.agency_id, a.name as agency_name,
              p.status = 'CLOSED' as closed
         from appraisal_periods p join agencies a on a.id = p.agency_id
        where p.id = any(?::uuid[]) ${actor.agencyId ? 'and p.agency_id = ?' : ''}
        order by p.start_date, p.end_date`,
      actor.agencyId ? [uuidArray(periodIds), actor.agencyId] : [uuidArray(periodIds)],
    );
    const missing = args.periodIds.findIndex(
      (id, index) => !periods.some((p) => p.id === fromGlobalId(id, 'AppraisalPeriod', `periodIds.${index}`)),
    );
    if (missing >= 0) throw notFound('AppraisalPeriod', args.periodIds[missing]!, `periodIds.${missing}`);
    const agencyId = unit?.agency_id ?? periods[0]!.agency_id;
    if (periods.some((p) => p.agency_id !== agencyId))
      throw badInput('periodIds', 'The periods and the unit must belong to one agency', ErrorReason.OTHER_AGENCY);

    const last = periods[periods.length - 1]!;
    return {
      agencyId,
      unit: unit && { id: unit.id, code: unit.code, name: unit.name, path: unit.path },
      scopeName: unit?.name ?? periods[0]!.agency_name,
      periods: periods.map((p) => ({ id: p.id, name: p.name, startDate: p.start_date, endDate: p.end_date, closed: p.closed })),
      from: periods.reduce((first, p) => (p.start_date < first ? p.start_date : first), periods[0]!.start_date),
      to: periods.reduce((latest, p) => (p.end_date > latest ? p.end_date : latest), last.end_date),
      year: args.year ?? Number(last.end_date.slice(0, 4)),
      seesDiscipline: may(actor, 'analytics.readDiscipline'),
      seesSmallGroups: may(actor, 'analytics.readSmallGroups'),
    };
  }

  periodOf(scope: AnalyticsScope, id: string): AnalyticsPeriod {
    const period = scope.periods.find((p) => p.id === id)!;
    return { ...period, id: toGlobalId('AppraisalPeriod', period.id) };
  }

  /** The evaluation figures per period and unit of the scope, as `unit_figures`. */
  private unitFigures(scope: AnalyticsScope, columns: readonly string[]) {
    return figuresCte(
      scope,
      'unit_figures',
      (periods) => storedUnitFigures(columns, periods),
      (periods) => liveUnitFigures(columns, periods, true),
    );
  }

  /** The same per indicator, as `indicator_figures`. */
  private indicatorFigures(scope: AnalyticsScope) {
    return figuresCte(scope, 'indicator_figures', storedIndicatorFigures, (periods) => liveIndicatorFigures(periods, true));
  }

  /** Predicates per period and unit, each unit against the pattern of its recorded achievement. */
  async predicateDistribution(scope: AnalyticsScope): Promise<PeriodPredicateDistribution[]> {
    const units = scopeUnitsCte(scope);
    const columns = PREDICATES.map(predicateColumn);
    const figures = this.unitFigures(scope, columns);
    const rows = await this.ctx.em.execute<(UnitColumns & { period_id: string; achievement: OrgAchievement | null; counts: number[] })[]>(
      `with ${units.sql}, ${figures.sql}
       select f.period_id, su.bucket as unit_id, b.code as unit_code, b.name as unit_name, ua.achievement,
              array[${columns.map((column) => `sum(f.${column})`).join(', ')}]::int[] as counts
         from unit_figures f
         join scope_units su on su.id = f.unit_id
         join org_units b on b.id = su.bucket
         left join unit_achievements ua on ua.unit_id = su.bucket and ua.period_id = f.period_id
        group by f.period_id, su.bucket, b.code, b.name, ua.achievement
       having sum(${columns.map((column) => `f.${column}`).join(' + ')}) > 0
        order by b.code`,
      [...units.params, ...figures.params],
    );
    // The agency's patterns are read only when some unit has an achievement to hold it to.
    const patterns = rows.some((row) => row.achievement) ? await new ResultsService(this.ctx).patterns(scope.agencyId) : [];
    return scope.periods.map((period) => {
      const total = emptyCounts();
      const unitRows = rows
        .filter((row) => row.period_id === period.id)
        .map((row) => {
          const counts = emptyCounts();
          // In the order of PREDICATES, as selected.
          PREDICATES.forEach((predicate, index) => {
            counts[predicate] = row.counts[index]!;
            total[predicate] += counts[predicate];
          });
          const n = sum(PREDICATES, (p) => counts[p]);
          const pattern = row.achievement ? patterns.find((p) => p.achievement === row.achievement) : undefined;
          const problems = pattern ? deviations(counts, pattern.constraints) : [];
          return {
            ...unitOf(row, n),
            achievement: row.achievement,
            suppressed: false,
            counts: shares(counts, n),
            deviations: problems,
            deviates: problems.length > 0,
          };
        });
      const n = sum(PREDICATES, (p) => total[p]);
      // Below HR, small groups keep their size but lose their counts (and the deviations, which name counts).
      const hidden = scope.seesSmallGroups ? null : smallGroupsHidden(unitRows.map((row) => row.coveredEmployees));
      const shown = unitRows.map((row, index) =>
        hidden?.groups[index] ? { ...row, suppressed: true, counts: [], deviations: [], deviates: false } : row,
      );
      return {
        period: this.periodOf(scope, period.id),
        coveredEmployees: n,
        suppressed: hidden?.total ?? false,
        counts: hidden?.total ? [] : shares(total, n),
        units: shown,
        deviatingUnits: shown.filter((row) => row.deviates).length,
      };
    });
  }

  /**
   * Average achievement per indicator, from the scored lines of the settled
   * evaluations. Over several periods an employee counts once, which per-unit
   * figures cannot tell: that request is computed from the evaluations.
   */
  async indicatorAchievement(scope: AnalyticsScope): Promise<IndicatorAchievementPanel> {
    const units = scopeUnitsCte(scope);
    type Row = { code: string | null; name: string | null; average: number | null; n: number };
    let rows: Row[];
    if (scope.periods.length === 1) {
      const indicators = this.indicatorFigures(scope);
      const totals = this.unitFigures(scope, ['achievement_employees']);
      rows = await this.ctx.em.execute<Row[]>(
        `with ${units.sql}, ${indicators.sql}, ${totals.sql}
         select i.indicator_key as code, max(i.label) as name,
                round(sum(i.achievement_sum) / sum(i.lines), 2)::float as average, sum(i.employees)::int as n
           from indicator_figures i join scope_units su on su.id = i.unit_id
          group by i.indicator_key
         union all
         select null, null, null, coalesce(sum(f.achievement_employees), 0)::int
           from unit_figures f join scope_units su on su.id = f.unit_id
          order by code nulls first`,
        [...units.params, ...indicators.params, ...totals.params],
      );
    } else {
      rows = await this.ctx.em.execute<Row[]>(
        `with ${units.sql}
         select line->>'key' as code, max(line->>'label') as name,
                round(avg((line->>'achievement')::numeric), 2)::float as average, count(distinct p.employee_id)::int as n
           from evaluations e
           join performance_plans p on p.id = e.plan_id
           join scope_units su on su.id = p.unit_id
           cross join lateral jsonb_array_elements(e.breakdown->'lines') as line
          where e.period_id = any(?::uuid[]) and ${SETTLED} and line->>'achievement' is not null
            and p.period_id = any(?::uuid[])
          group by grouping sets ((line->>'key'), ())
          order by line->>'key' nulls first`,
        [...units.params, uuidArray(scope.periods.map((p) => p.id)), uuidArray(scope.periods.map((p) => p.id))],
      );
    }
    const total = rows.find((row) => row.code === null);
    return {
      coveredEmployees: total?.n ?? 0,
      indicators: rows
        // Below HR, an average over fewer than SMALL_GROUP people is not shown: it would be theirs.
        .filter((row) => row.code !== null && (scope.seesSmallGroups || row.n >= SMALL_GROUP))
        .map((row) => ({ code: row.code!, name: row.name ?? row.code!, averageAchievement: row.average ?? 0, coveredEmployees: row.n })),
    };
  }

  /**
   * Units by the average weighted result score of their settled evaluations,
   * best first. Like the achievement per indicator, a request over several
   * periods is computed from the evaluations (an employee counts once).
   */
  async unitRanking(scope: AnalyticsScope): Promise<UnitRankingPanel> {
    const units = scopeUnitsCte(scope);
    let scores: { sql: string; params: unknown[] };
    if (scope.periods.length === 1) {
      const figures = this.unitFigures(scope, ['scored', 'score_sum']);
      scores = {
        sql: `${figures.sql},
         scores as (
           select su.bucket as unit_id, b.code as unit_code, b.name as unit_name,
                  sum(f.scored)::int as n, sum(f.scored)::int as evaluations,
                  round(sum(f.score_sum) / nullif(sum(f.scored), 0), 2)::float as average
             from unit_figures f
             join scope_units su on su.id = f.unit_id
             join org_units b on b.id = su.bucket
            group by grouping sets ((su.bucket, b.code, b.name), ())
           having sum(f.scored) > 0)`,
        params: figures.params,
      };
    } else {
      scores = {
        sql: `scores as (
           select su.bucket as unit_id, b.code as unit_code, b.name as unit_name,
                  count(distinct p.employee_id)::int as n, count(*)::int as evaluations,
                  round(avg(e.score::numeric), 2)::float as average
             from evaluations e
             join performance_plans p on p.id = e.plan_id
             join scope_units su on su.id = p.unit_id
             join org_units b on b.id = su.bucket
            where e.period_id = any(?::uuid[]) and ${SETTLED} and e.score is not null
            group by grouping sets ((su.bucket, b.code, b.name), ()))`,
        params: [uuidArray(scope.periods.map((p) => p.id))],
      };
    }
    const rows = await this.ctx.em.execute<(UnitColumns & { n: number; evaluations: number; average: number; rank: number | null })[]>(
      `with ${units.sql}, ${scores.sql}
       select *, case when unit_id is not null then rank() over (partition by unit_id is null order by average desc) end::int as rank
         from scores order by unit_id is not null, average desc, unit_code`,
      [...units.params, ...scores.params],
    );
    const total = rows.find((row) => row.unit_id === null);
    const ranked = rows.filter((row) => row.unit_id !== null);
    // Below HR, small units leave the ranking, and the overall average goes when it would tell theirs.
    const hidden = scope.seesSmallGroups ? null : smallGroupsHidden(ranked.map((row) => row.n));
    return {
      coveredEmployees: total?.n ?? 0,
      averageScore: total?.evaluations && !hidden?.total ? total.average : null,
      units: ranked
        .filter((_, index) => !hidden?.groups[index])
        .map((row) => ({ ...unitOf(row, row.n), rank: row.rank!, averageScore: row.average, evaluations: row.evaluations })),
    };
  }

  /** Per period, oldest first: employees evaluated, average score, share rated BAIK or better. */
  async trend(scope: AnalyticsScope): Promise<TrendPoint[]> {
    const units = scopeUnitsCte(scope);
    const figures = this.unitFigures(scope, ['evaluated', 'scored', 'score_sum', 'baik_or_better']);
    const rows = await this.ctx.em.execute<{ period_id: string; n: number; average: number | null; good: number }[]>(
      `with ${units.sql}, ${figures.sql}
       select f.period_id, sum(f.evaluated)::int as n,
              round(sum(f.score_sum) / nullif(sum(f.scored), 0), 2)::float as average, sum(f.baik_or_better)::int as good
         from unit_figures f join scope_units su on su.id = f.unit_id
        group by f.period_id`,
      [...units.params, ...figures.params],
    );
    return scope.periods.map((period) => {
      const row = rows.find((r) => r.period_id === period.id);
      const n = row?.n ?? 0;
      return {
        period: this.periodOf(scope, period.id),
        coveredEmployees: n,
        averageScore: row?.average ?? null,
        baikOrBetter: row?.good ?? 0,
        baikOrBetterShare: n ? round((row?.good ?? 0) / n, 4) : 0,
      };
    });
  }

  /**
   * Plans and evaluations not yet done, per period and unit: every plan of the
   * period (by the unit it was made in) and every active employee without one
   * (by the unit they are placed in).
   */
  async cycleProgress(scope: AnalyticsScope): Promise<PeriodCycleProgress[]> {
    const units = scopeUnitsCte(scope);
    const periodIds = uuidArray(scope.periods.map((p) => p.id));
    const rows = await this.ctx.em.execute<
      (UnitColumns & {
        period_id: string;
        n: number;
        without_plan: number;
        in_progress: number;
        approved: number;
        pending: number;
        evaluated: number;
      })[]
    >(
      `with ${units.sql},
       people as (
         select p.period_id, p.unit_id, p.status::text as plan_status, ev.status::text as evaluation_status
           from performance_plans p left join evaluations ev on ev.plan_id = p.id
          where p.agency_id = ? and p.period_id = any(?::uuid[])
         union all
         select per.id, em.unit_id, null, null
           from unnest(?::uuid[]) as per(id) join employees em on em.agency_id = ? and em.status = 'AKTIF'
          where not exists (select 1 from performance_plans p where p.period_id = per.id and p.employee_id = em.id))
       select pe.period_id, su.bucket as unit_id, b.code as unit_code, b.name as unit_name, count(*)::int as n,
              count(*) filter (where pe.plan_status is null)::int as without_plan,
              count(*) filter (where pe.plan_status in ('DRAFT', 'SUBMITTED', 'RETURNED'))::int as in_progress,
              count(*) filter (where pe.plan_status = 'APPROVED')::int as approved,
              count(*) filter (where pe.plan_status = 'APPROVED' and coalesce(pe.evaluation_status, 'DRAFT') = 'DRAFT')::int as pending,
              count(*) filter (where pe.evaluation_status <> 'DRAFT')::int as evaluated
         from people pe join scope_units su on su.id = pe.unit_id join org_units b on b.id = su.bucket
        group by pe.period_id, su.bucket, b.code, b.name
        order by b.code`,
      [...units.params, scope.agencyId, periodIds, periodIds, scope.agencyId],
    );
    return scope.periods.map((period) => {
      const mine = rows.filter((row) => row.period_id === period.id);
      const figures = (r: (typeof rows)[number]) => ({
        withoutPlan: r.without_plan,
        plansInProgress: r.in_progress,
        plansApproved: r.approved,
        evaluationsPending: r.pending,
        evaluated: r.evaluated,
      });
      return {
        period: this.periodOf(scope, period.id),
        coveredEmployees: sum(mine, (r) => r.n),
        withoutPlan: sum(mine, (r) => r.without_plan),
        plansInProgress: sum(mine, (r) => r.in_progress),
        plansApproved: sum(mine, (r) => r.approved),
        evaluationsPending: sum(mine, (r) => r.pending),
        evaluated: sum(mine, (r) => r.evaluated),
        units: mine.map((row) => ({ ...unitOf(row, row.n), ...figures(row) })),
      };
    });
  }

  /** Active PNS with at least the yearly minimum of JP (the rule of the training module), per unit. */
  async trainingCompliance(scope: AnalyticsScope): Promise<TrainingCompliancePanel> {
    const units = scopeUnitsCte(scope);
    const hours = yearlyHoursCte(scope.agencyId, scope.year, scope.unit?.path ?? '');
    const rows = await this.ctx.em.execute<(UnitColumns & { n: number; ok: number; jp: number })[]>(
      `with ${units.sql}, ${hours.sql}
       select su.bucket as unit_id, b.code as unit_code, b.name as unit_name,
              count(*)::int as n, count(*) filter (where pe.jp >= ?)::int as ok, sum(pe.jp)::int as jp
         from people pe join scope_units su on su.id = pe.unit_id join org_units b on b.id = su.bucket
        group by su.bucket, b.code, b.name
        order by b.code`,
      [...units.params, ...hours.params, MIN_JP_PER_YEAR],
    );
    const figures = (n: number, ok: number, jp: number) => ({
      compliant: ok,
      compliantShare: n ? round(ok / n, 4) : 0,
      averageJp: n ? round(jp / n, 2) : 0,
    });
    const n = sum(rows, (r) => r.n);
    return {
      year: scope.year,
      requiredJp: MIN_JP_PER_YEAR,
      coveredEmployees: n,
      ...figures(
        n,
        sum(rows, (r) => r.ok),
        sum(rows, (r) => r.jp),
      ),
      units: rows.map((row) => ({ ...unitOf(row, row.n), ...figures(row.n, row.ok, row.jp) })),
    };
  }

  /** IKM per unit and service from the responses submitted in the periods (the formula of community/ikm.ts). */
  async ikm(scope: AnalyticsScope): Promise<IkmPanel> {
    const groups = await tallyResponsesByService(
      this.ctx.em,
      { agencyId: scope.agencyId, path: scope.unit?.path ?? '' },
      scope.from,
      scope.to,
    );
    const index = (elements: readonly ElementTally[], respondents: number) => {
      const result = computeIkm({ elements, respondents, minimumSample: 0 });
      return { ikm: result.ikm === null ? null : round(result.ikm, 2), category: toIkmCategory(result.category) };
    };
    // All responses together: the tallies of each element add up across groups.
    const pooled = new Map<string, ElementTally>();
    for (const element of groups.flatMap((group) => group.elements)) {
      const entry = pooled.get(element.code) ?? { code: element.code, name: element.name, sum: 0, count: 0 };
      entry.sum += element.sum;
      entry.count += element.count;
      pooled.set(element.code, entry);
    }
    const respondents = sum(groups, (g) => g.respondents);
    const staffOf = new Map(groups.map((g) => [g.unitId, g.staff]));
    return {
      coveredEmployees: sum([...staffOf.values()], (n) => n),
      respondents,
      ...index([...pooled.values()], respondents),
      services: groups.map((group) => ({
        ...unitOf({ unit_id: group.unitId, unit_code: group.unitCode, unit_name: group.unitName }, group.staff),
        serviceId: group.serviceId && toGlobalId('PublicService', group.serviceId),
        serviceName: group.serviceName,
        respondents: group.respondents,
        ...index(group.elements, group.respondents),
      })),
    };
  }

  /** Complaints received in the periods, per unit responsible; overdue as the complaint queue counts it (open, past due today). */
  async complaints(scope: AnalyticsScope): Promise<ComplaintPanel> {
    const units = scopeUnitsCte(scope);
    const staff = staffCte(scope);
    const open = `c.status::text = any(?::text[])`;
    const openStatuses = `{${OPEN_COMPLAINT_STATUSES.join(',')}}`;
    const rows = await this.ctx.em.execute<
      (UnitColumns & { staff: number; received: number; open: number; overdue: number; resolved: number; days: number })[]
    >(
      `with ${units.sql}, ${staff.sql},
       handled as (
         select su.bucket, count(*)::int as received,
                count(*) filter (where ${open})::int as open,
                count(*) filter (where ${open} and c.due_date < ?)::int as overdue,
                count(*) filter (where c.resolved_at is not null)::int as resolved,
                coalesce(sum((c.resolved_at at time zone 'Asia/Jakarta')::date - c.received_on), 0)::int as days
           from complaints c join scope_units su on su.id = coalesce(c.assigned_unit_id, c.unit_id)
          where c.agency_id = ? and c.received_on between ? and ?
          group by su.bucket)
       select bucket as unit_id, b.code as unit_code, b.name as unit_name, coalesce(s.n, 0) as staff,
              coalesce(h.received, 0) as received, coalesce(h.open, 0) as open, coalesce(h.overdue, 0) as overdue,
              coalesce(h.resolved, 0) as resolved, coalesce(h.days, 0) as days
         from staff s full join handled h using (bucket) join org_units b on b.id = bucket
        order by b.code`,
      [...units.params, ...staff.params, openStatuses, openStatuses, todayInIndonesia(), scope.agencyId, scope.from, scope.to],
    );
    const mean = (days: number, resolved: number) => (resolved ? round(days / resolved, 2) : null);
    return {
      coveredEmployees: sum(rows, (r) => r.staff),
      received: sum(rows, (r) => r.received),
      open: sum(rows, (r) => r.open),
      overdue: sum(rows, (r) => r.overdue),
      resolved: sum(rows, (r) => r.resolved),
      meanResolutionDays: mean(
        sum(rows, (r) => r.days),
        sum(rows, (r) => r.resolved),
      ),
      units: rows.map((row) => ({
        ...unitOf(row, row.staff),
        received: row.received,
        open: row.open,
        overdue: row.overdue,
        resolved: row.resolved,
        meanResolutionDays: mean(row.days, row.resolved),
      })),
    };
  }

  /**
   * Sanctions in force on the last day of the periods (today if that is later)
   * and rewards granted in the periods, per unit the employee is placed in. Null
   * for evaluators, who may not read disciplinary records.
   */
  async discipline(scope: AnalyticsScope): Promise<DisciplinePanel | null> {
    if (!scope.seesDiscipline) return null;
    const units = scopeUnitsCte(scope);
    const staff = staffCte(scope);
    const today = todayInIndonesia();
    const day = scope.to < today ? scope.to : today;
    const rows = await this.ctx.em.execute<
      (UnitColumns & { staff: number; sanctions: number; ringan: number; sedang: number; berat: number; rewards: number })[]
    >(
      `with ${units.sql}, ${staff.sql},
       sanctions as (
         select su.bucket, count(*)::int as n,
                count(*) filter (where st.level = 'RINGAN')::int as ringan,
                count(*) filter (where st.level = 'SEDANG')::int as sedang,
                count(*) filter (where st.level = 'BERAT')::int as berat
           from disciplinary_cases dc
           join employees em on em.id = dc.employee_id
           join scope_units su on su.id = em.unit_id
           join sanction_types st on st.id = dc.sanction_type_id
          where dc.agency_id = ? and dc.status::text = any(?::text[]) and dc.effective_from <= ? and (dc.end_date is null or dc.end_date >= ?)
          group by su.bucket),
       granted as (
         select su.bucket, count(*)::int as n
           from rewards r join employees em on em.id = r.employee_id join scope_units su on su.id = em.unit_id
          where r.agency_id = ? and r.granted_on between ? and ?
          group by su.bucket)
       select bucket as unit_id, b.code as unit_code, b.name as unit_name, coalesce(s.n, 0) as staff,
              coalesce(x.n, 0) as sanctions, coalesce(x.ringan, 0) as ringan, coalesce(x.sedang, 0) as sedang,
              coalesce(x.berat, 0) as berat, coalesce(g.n, 0) as rewards
         from staff s full join sanctions x using (bucket) full join granted g using (bucket) join org_units b on b.id = bucket
        order by b.code`,
      [
        ...units.params,
        ...staff.params,
        scope.agencyId,
        // Decided sanctions count between their dates (a completed one has ended by definition).
        `{${DECIDED_STATUSES.filter((status) => status !== 'COMPLETED').join(',')}}`,
        day,
        day,
        scope.agencyId,
        scope.from,
        scope.to,
      ],
    );
    return {
      day,
      coveredEmployees: sum(rows, (r) => r.staff),
      activeSanctions: sum(rows, (r) => r.sanctions),
      ringan: sum(rows, (r) => r.ringan),
      sedang: sum(rows, (r) => r.sedang),
      berat: sum(rows, (r) => r.berat),
      rewards: sum(rows, (r) => r.rewards),
      units: rows.map((row) => ({ ...unitOf(row, row.staff), activeSanctions: row.sanctions, rewards: row.rewards })),
    };
  }

  /** Daily reports dated in the periods up to today, per unit of the employee: per employee per week, and approval latency. */
  async workReports(scope: AnalyticsScope): Promise<WorkReportPanel> {
    const units = scopeUnitsCte(scope);
    const staff = staffCte(scope);
    const today = todayInIndonesia();
    const until = scope.to < today ? scope.to : today;
    const days = Math.max(0, (Date.parse(until) - Date.parse(scope.from)) / 86_400_000 + 1);
    const weeks = days / 7;
    const rows = await this.ctx.em.execute<(UnitColumns & { staff: number; reports: number; approved: number; hours: number })[]>(
      `with ${units.sql}, ${staff.sql},
       filed as (
         select su.bucket, count(*)::int as reports,
                count(*) filter (where w.status = 'APPROVED')::int as approved,
                coalesce(sum(extract(epoch from w.reviewed_at - w.submitted_at) / 3600) filter (where w.status = 'APPROVED'), 0)::float as hours
           from work_reports w join employees em on em.id = w.employee_id join scope_units su on su.id = em.unit_id
          where w.agency_id = ? and w.date between ? and ?
          group by su.bucket)
       select bucket as unit_id, b.code as unit_code, b.name as unit_name, coalesce(s.n, 0) as staff,
              coalesce(f.reports, 0) as reports, coalesce(f.approved, 0) as approved, coalesce(f.hours, 0) as hours
         from staff s full join filed f using (bucket) join org_units b on b.id = bucket
        order by b.code`,
      [...units.params, ...staff.params, scope.agencyId, scope.from, until],
    );
    const rate = (reports: number, n: number) => (n && weeks ? round(reports / n / weeks, 2) : 0);
    const latency = (hours: number, approved: number) => (approved ? round(hours / approved, 2) : null);
    const n = sum(rows, (r) => r.staff);
    const reports = sum(rows, (r) => r.reports);
    const approved = sum(rows, (r) => r.approved);
    return {
      weeks: round(weeks, 2),
      coveredEmployees: n,
      reports,
      approved,
      reportsPerEmployeeWeek: rate(reports, n),
      meanApprovalHours: latency(
        sum(rows, (r) => r.hours),
        approved,
      ),
      units: rows.map((row) => ({
        ...unitOf(row, row.staff),
        reports: row.reports,
        approved: row.approved,
        reportsPerEmployeeWeek: rate(row.reports, row.staff),
        meanApprovalHours: latency(row.hours, row.approved),
      })),
    };
  }
}
