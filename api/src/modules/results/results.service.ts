import { LockMode, ref } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertSettingVersion, UNSAVED_VERSION } from '../../db/optimistic-lock.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, ErrorReason } from '../../errors.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { assertAgencyWritable } from '../../access/scope.js';
import { Predicate } from '../indicators/indicator.enums.js';
import { Agency } from '../organization/agency.entity.js';
import { AgencyService } from '../organization/agency.service.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import { reachableUnit } from '../analytics/analytics-scope.js';
import { type AppraisalPeriod, PeriodStatus } from '../periods/appraisal-period.entity.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { assertPeriodOpen } from '../periods/period-checks.js';
import {
  deviations,
  emptyCounts,
  NATIONAL_PATTERNS,
  OrgAchievement,
  SMALL_GROUP,
  smallGroupsHidden,
  type DistributionConstraint,
  type PredicateCounts,
} from './distribution.js';
import {
  DistributionPattern,
  PublishedResult,
  UnitAchievement,
  type PublishedEmployee,
  type PublishedIndicator,
  type PublishedUnitResult,
} from './results.entity.js';
import type {
  EffectiveDistributionPattern,
  PredicateDistribution,
  PublishResultsInput,
  SetDistributionPatternInput,
  SetUnitAchievementInput,
} from './results.types.js';

const PREDICATES = Object.values(Predicate);

const shares = (counts: PredicateCounts, total: number) =>
  PREDICATES.map((predicate) => ({
    predicate,
    count: counts[predicate],
    share: total ? Math.round((counts[predicate] / total) * 10_000) / 10_000 : 0,
  }));

/**
 * What a period's evaluations add up to: the distribution curve against each
 * unit's pattern, and the snapshots an agency publishes. Aggregation happens in
 * PostgreSQL, one statement per figure, whatever the headcount.
 */
export class ResultsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The patterns an agency's units are held to: its own where it set one, the national ones otherwise. */
  async patterns(agencyId: string): Promise<EffectiveDistributionPattern[]> {
    const own = await this.ctx.em.find(DistributionPattern, { agency: agencyId });
    return Object.values(OrgAchievement).map((achievement) => {
      const mine = own.find((pattern) => pattern.achievement === achievement);
      return {
        achievement,
        national: !mine,
        constraints: mine?.constraints ?? NATIONAL_PATTERNS[achievement],
        version: mine?.version ?? UNSAVED_VERSION,
      };
    });
  }

  async patternsFor(agencyGlobalId: string | null | undefined): Promise<EffectiveDistributionPattern[]> {
    const actor = requireActor(this.ctx);
    const agencyId = agencyGlobalId ? (await new AgencyService(this.ctx).get(agencyGlobalId, 'agencyId')).id : actor.agencyId;
    if (!agencyId) throw badInput('agencyId', 'Name the agency', ErrorReason.REQUIRED);
    return this.patterns(agencyId);
  }

  async setPattern(input: SetDistributionPatternInput): Promise<EffectiveDistributionPattern> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      const agencyId = input.agencyId ? (await new AgencyService(this.ctx).get(input.agencyId, 'input.agencyId')).id : actor.agencyId;
      if (!agencyId) throw badInput('input.agencyId', 'Name the agency', ErrorReason.REQUIRED);
      assertAgencyWritable(actor, agencyId);
      input.constraints.forEach((constraint, index) => {
        if (constraint.minShare != null && constraint.maxShare != null && constraint.minShare > constraint.maxShare)
          throw badInput(`input.constraints.${index}.maxShare`, 'The upper bound is below the lower bound', ErrorReason.BOUNDS_REVERSED);
      });
      // Locked: a removal (back to the national pattern) deletes without a version check of its own.
      const existing = await this.ctx.em.findOne(
        DistributionPattern,
        { agency: agencyId, achievement: input.achievement },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      assertSettingVersion('DistributionPattern', existing, input.version);
      const constraints: DistributionConstraint[] = input.constraints.map((c) => ({
        predicates: [...new Set(c.predicates)],
        minShare: c.minShare ?? null,
        maxShare: c.maxShare ?? null,
        minCount: c.minCount ?? null,
        mostCommon: c.mostCommon ?? null,
      }));
      if (constraints.length === 0) {
        if (existing) this.ctx.em.remove(existing);
      } else if (existing) {
        existing.constraints = constraints;
      } else {
        this.ctx.em.create(DistributionPattern, { agency: ref(Agency, agencyId), achievement: input.achievement, constraints });
      }
      await this.ctx.em.flush();
      return (await this.patterns(agencyId)).find((pattern) => pattern.achievement === input.achievement)!;
    });
  }

  async setUnitAchievement(input: SetUnitAchievementInput): Promise<UnitAchievement> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      if (!may(actor, 'results.manage')) throw forbidden('Only HR records a unit’s achievement');
      const period = await new AppraisalPeriodService(this.ctx).get(input.periodId, 'input.periodId');
      assertPeriodOpen(period, 'input.periodId');
      assertAgencyWritable(actor, period.agency.id);
      const unit = await new OrgUnitService(this.ctx).get(input.unitId, 'input.unitId');
      if (unit.agency.id !== period.agency.id)
        throw badInput('input.unitId', 'The unit belongs to another agency', ErrorReason.OTHER_AGENCY);
      const existing = await em.findOne(UnitAchievement, { unit: unit.id, period: period.id });
      assertSettingVersion('UnitAchievement', existing, input.version);
      const data = { achievement: input.achievement, note: input.note?.trim() || null };
      const achievement = existing
        ? Object.assign(existing, data)
        : em.create(UnitAchievement, { agency: period.agency, unit: ref(unit), period: ref(period), ...data });
      await em.flush();
      return achievement;
    });
  }

  /**
   * The distribution curve of a period, for the agency or a unit subtree, each
   * unit against its pattern. It follows the `analytics` rule (reachableUnit:
   * supervisors their own subtree, employees nothing) and, below HR, hides small groups.
   */
  async distribution(periodGlobalId: string, unitGlobalId?: string | null): Promise<PredicateDistribution> {
    const { em } = this.ctx;
    const actor = requireActor(this.ctx);
    const within = await reachableUnit(this.ctx, unitGlobalId);
    const period = await new AppraisalPeriodService(this.ctx).get(periodGlobalId, 'periodId');
    if (within && within.agency_id !== period.agency.id)
      throw badInput('unitId', 'The period and the unit must belong to one agency', ErrorReason.OTHER_AGENCY);
    const rows = await em.execute<{ unit_id: string; predicate: Predicate; n: number }[]>(
      `select p.unit_id, e.predicate, count(*)::int as n
         from evaluations e
         join performance_plans p on p.id = e.plan_id
         join org_units u on u.id = p.unit_id
        where e.period_id = ? and e.status <> 'DRAFT' and e.predicate is not null and u.path like ?
        group by p.unit_id, e.predicate`,
      [period.id, `${within?.path ?? ''}%`],
    );
    const byUnit = new Map<string, PredicateCounts>();
    const total = emptyCounts();
    for (const row of rows) {
      const counts = byUnit.get(row.unit_id) ?? emptyCounts();
      counts[row.predicate] += row.n;
      total[row.predicate] += row.n;
      byUnit.set(row.unit_id, counts);
    }
    const unitIds = [...byUnit.keys()];
    const [units, achievements, patterns] = await Promise.all([
      unitIds.length ? em.find(OrgUnit, { id: { $in: unitIds } }, { orderBy: { code: 'asc' } }) : [],
      unitIds.length ? em.find(UnitAchievement, { period: period.id, unit: { $in: unitIds } }) : [],
      this.patterns(period.agency.id),
    ]);
    const achievementOf = new Map(achievements.map((a) => [a.unit.id, a]));
    const unitRows = units.map((unit) => {
      const counts = byUnit.get(unit.id)!;
      const count = Object.values(counts).reduce((sum, n) => sum + n, 0);
      const recorded = achievementOf.get(unit.id);
      const achievement = recorded?.achievement ?? null;
      const problems = achievement ? deviations(counts, patterns.find((p) => p.achievement === achievement)!.constraints) : [];
      return {
        unit,
        achievement,
        achievementVersion: recorded?.version ?? UNSAVED_VERSION,
        employeeCount: count,
        suppressed: false,
        counts: shares(counts, count),
        deviations: problems,
        deviates: problems.length > 0,
      };
    });
    const employeeCount = Object.values(total).reduce((sum, n) => sum + n, 0);
    // Below HR, small groups keep their size but lose their counts (and the deviations, which name counts).
    const hidden = may(actor, 'analytics.readSmallGroups') ? null : smallGroupsHidden(unitRows.map((row) => row.employeeCount));
    const shown = unitRows.map((row, index) =>
      hidden?.groups[index] ? { ...row, suppressed: true, counts: [], deviations: [], deviates: false } : row,
    );
    return {
      employeeCount,
      suppressed: hidden?.total ?? false,
      counts: hidden?.total ? [] : shares(total, employeeCount),
      units: shown,
      deviatingUnits: shown.filter((row) => row.deviates).length,
    };
  }

  /**
   * Publishes a closed period's results per unit (replacing an earlier
   * publication of the period). Units with fewer than SMALL_GROUP employees are
   * stored suppressed: no counts per predicate, no averages, no names; and an
   * indicator scored in fewer than SMALL_GROUP plans of a unit is left out.
   */
  async publish(input: PublishResultsInput): Promise<{ units: number; suppressed: number }> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      if (!may(actor, 'results.manage')) throw forbidden('Only HR publishes results');
      const period = await new AppraisalPeriodService(this.ctx).get(input.periodId, 'input.periodId');
      assertAgencyWritable(actor, period.agency.id);
      if (period.status !== PeriodStatus.CLOSED)
        throw conflict(`Results are published once the period is CLOSED (it is ${period.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: period.status, statusType: 'PeriodStatus' },
          field: 'input.periodId',
        });

      const settled = `e.period_id = ? and e.status <> 'DRAFT' and e.predicate is not null`;
      const counts = await em.execute<{ unit_id: string; predicate: Predicate; n: number }[]>(
        `select p.unit_id, e.predicate, count(*)::int as n from evaluations e join performance_plans p on p.id = e.plan_id
          where ${settled} group by p.unit_id, e.predicate`,
        [period.id],
      );
      const indicators = await em.execute<{ unit_id: string; code: string; name: string; average: number; plans: number }[]>(
        `select p.unit_id, line->>'key' as code, line->>'label' as name,
                round(avg((line->>'achievement')::numeric), 2)::float as average, count(*)::int as plans
           from evaluations e join performance_plans p on p.id = e.plan_id
           cross join lateral jsonb_array_elements(e.breakdown->'lines') as line
          where ${settled} and line->>'achievement' is not null
          group by p.unit_id, line->>'key', line->>'label' order by line->>'key'`,
        [period.id],
      );
      const people = input.includeEmployees
        ? await em.execute<{ unit_id: string; name: string; position: string | null; predicate: Predicate }[]>(
            `select p.unit_id, emp.name, pos.name as position, e.predicate
               from evaluations e join performance_plans p on p.id = e.plan_id
               join employees emp on emp.id = p.employee_id left join positions pos on pos.id = p.position_id
              where ${settled} order by emp.name`,
            [period.id],
          )
        : [];

      const byUnit = new Map<string, PredicateCounts>();
      for (const row of counts) {
        const unitCounts = byUnit.get(row.unit_id) ?? emptyCounts();
        unitCounts[row.predicate] += row.n;
        byUnit.set(row.unit_id, unitCounts);
      }
      const units = byUnit.size ? await em.find(OrgUnit, { id: { $in: [...byUnit.keys()] } }) : [];
      await em.nativeDelete(PublishedResult, { period: period.id });
      const now = new Date();
      let suppressed = 0;
      for (const unit of units) {
        const unitCounts = byUnit.get(unit.id)!;
        const employeeCount = Object.values(unitCounts).reduce((sum, n) => sum + n, 0);
        const small = employeeCount < SMALL_GROUP;
        if (small) suppressed++;
        em.create(PublishedResult, {
          agency: period.agency,
          period: ref(period),
          unit: ref(unit),
          unitName: unit.name,
          publishedAt: now,
          employeeCount,
          predicateCounts: small ? null : PREDICATES.map((predicate) => ({ predicate, count: unitCounts[predicate] })),
          // An average over fewer plans than a small group would be someone's own achievement.
          indicators: small
            ? []
            : indicators
                .filter((row) => row.unit_id === unit.id && row.plans >= SMALL_GROUP)
                .map((row): PublishedIndicator => ({ code: row.code, name: row.name, averageAchievement: row.average, plans: row.plans })),
          employees:
            small || !input.includeEmployees
              ? null
              : people
                  .filter((row) => row.unit_id === unit.id)
                  .map((row): PublishedEmployee => ({ name: row.name, position: row.position, predicate: row.predicate })),
        });
      }
      await em.flush();
      return { units: units.length, suppressed };
    });
  }

  /** Public: what an agency has published, newest period first; nothing else is reachable here. */
  async published(agencyCode: string, periodGlobalId?: string | null): Promise<PublishedUnitResult[]> {
    const { em } = this.ctx;
    const agency = await em.findOne(Agency, { code: agencyCode });
    if (!agency) return [];
    const periodId = periodGlobalId ? fromGlobalId(periodGlobalId, 'AppraisalPeriod', 'periodId') : null;
    const rows = await em.find(
      PublishedResult,
      { agency: agency.id, ...(periodId ? { period: periodId } : {}) },
      { populate: ['period'], orderBy: { period: { startDate: 'desc' }, unitName: 'asc' } },
    );
    return rows.map((row) => ({
      unitName: row.unitName,
      periodName: (row.period.getEntity() as AppraisalPeriod).name,
      publishedAt: row.publishedAt,
      employeeCount: row.employeeCount,
      suppressed: row.predicateCounts === null,
      predicateCounts: row.predicateCounts,
      indicators: row.indicators,
      employees: row.employees,
    }));
  }
}
