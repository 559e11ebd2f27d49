import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DataSource, MeasureUnit } from '../indicators/indicator.enums.js';
import { computeIkm } from '../community/ikm.js';
import { tallyResponses } from '../community/ikm-data.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { AppraisalPeriod, PeriodStatus } from '../periods/appraisal-period.entity.js';
import { Evaluation, EvaluationStatus } from './evaluation.entity.js';
import { PerformancePlan, PlanTarget } from './performance-plan.entity.js';
import { Realization } from './realization.entity.js';

/**
 * Realisations other modules fill in. A target whose indicator takes its values
 * from daily work reports gets, for the (sub-)period of a report's day, the
 * hours (indicators in HOURS) or the number of the approved reports linked to
 * it, each time one is approved. A confirmed evaluation or a period no longer
 * recording keeps what it has.
 */
export async function refreshFromWorkReports(em: EntityManager, targetId: string, day: string): Promise<void> {
  const target = await em.findOne(PlanTarget, { id: targetId });
  if (!target) return;
  const indicator = await em.findOneOrFail(Indicator, { id: target.indicator.id });
  if (indicator.dataSource !== DataSource.WORK_REPORTS) return;
  const plan = await em.findOneOrFail(PerformancePlan, { id: target.plan.id });
  const period = await em.findOneOrFail(AppraisalPeriod, { id: plan.period.id });
  if (period.status !== PeriodStatus.MONITORING && period.status !== PeriodStatus.EVALUATION) return;
  const evaluation = await em.findOne(Evaluation, { plan: plan.id });
  if (evaluation && evaluation.status !== EvaluationStatus.DRAFT) return;

  // The sub-period of that day when the period has some, else the period itself.
  const part = await em.findOne(AppraisalPeriod, { parent: period.id, startDate: { $lte: day }, endDate: { $gte: day } });
  const recordedFor = part ?? period;
  const [row] = await em.execute<{ reports: number; hours: number | null }[]>(
    `select count(*)::int as reports, sum(hours)::float as hours from work_reports
      where target_id = ? and status = 'APPROVED' and date between ? and ?`,
    [target.id, recordedFor.startDate, recordedFor.endDate],
  );
  const value = indicator.unit === MeasureUnit.HOURS ? (row!.hours ?? 0) : row!.reports;
  const note = `${row!.reports} approved daily report(s)`;
  const existing = await em.findOne(Realization, { target: target.id, period: recordedFor.id });
  if (existing) Object.assign(existing, { value, note, source: DataSource.WORK_REPORTS });
  else
    em.create(Realization, {
      target: ref(target),
      period: ref(recordedFor),
      value,
      note,
      source: DataSource.WORK_REPORTS,
      evidenceLinks: [],
    });
  await em.flush();
}

/**
 * Realisations from training: when an employee completes a training, each
 * target of their plans measured by TRAINING whose (sub-)period holds the
 * session's last day gets the trainings completed in that (sub-)period (their
 * JP for an indicator in HOURS). Same limits as above.
 */
export async function refreshFromTraining(em: EntityManager, employeeId: string, day: string): Promise<void> {
  const targets = await em.execute<{ target_id: string; unit: MeasureUnit; period_id: string }[]>(
    `select t.id as target_id, i.unit, p.period_id
       from plan_targets t
       join indicators i on i.id = t.indicator_id
       join performance_plans p on p.id = t.plan_id
       join appraisal_periods ap on ap.id = p.period_id
       left join evaluations e on e.plan_id = p.id
      where p.employee_id = ? and p.status = 'APPROVED' and i.data_source = 'TRAINING'
        and ap.status in ('MONITORING', 'EVALUATION') and (e.id is null or e.status = 'DRAFT')
        and ? between ap.start_date and ap.end_date`,
    [employeeId, day],
  );
  for (const row of targets) {
    const part = await em.findOne(AppraisalPeriod, { parent: row.period_id, startDate: { $lte: day }, endDate: { $gte: day } });
    const recordedFor = part ?? (await em.findOneOrFail(AppraisalPeriod, { id: row.period_id }));
    const [done] = await em.execute<{ trainings: number; jp: number }[]>(
      `select count(*)::int as trainings, coalesce(sum(en.jp_earned), 0)::float as jp
         from enrollments en join training_sessions s on s.id = en.session_id
        where en.employee_id = ? and en.status = 'COMPLETED' and s.end_date between ? and ?`,
      [employeeId, recordedFor.startDate, recordedFor.endDate],
    );
    const value = row.unit === MeasureUnit.HOURS ? done!.jp : done!.trainings;
    const note = `${done!.trainings} training(s) completed, ${done!.jp} JP`;
    const existing = await em.findOne(Realization, { target: row.target_id, period: recordedFor.id });
    if (existing) Object.assign(existing, { value, note, source: DataSource.TRAINING });
    else
      em.create(Realization, {
        target: em.getReference(PlanTarget, row.target_id),
        period: ref(recordedFor),
        value,
        note,
        source: DataSource.TRAINING,
        evidenceLinks: [],
      });
  }
  await em.flush();
}

/** Which targets a refresh of community data looks at: always one agency, then a period, a unit subtree or the people concerned. */
export interface CommunityRefreshScope {
  agencyId: string;
  sources: (DataSource.SURVEY | DataSource.COMPLAINTS)[];
  /** Plans of this period (or of its sub-periods' year). */
  periodId?: string;
  /** Plans whose unit lies in this subtree (a closed survey's unit). */
  unitPath?: string;
  /** Plans of this employee or of this unit (what a complaint concerns). */
  concerning?: { employeeId: string | null; unitId: string | null };
}

interface CommunityTarget {
  target_id: string;
  data_source: DataSource;
  unit: MeasureUnit;
  employee_id: string;
  plan_unit_id: string;
  plan_unit_path: string;
  period_id: string;
}

/**
 * Realisations from the community module. A target whose indicator's data
 * source is SURVEY takes the IKM of the plan's unit, or of its nearest ancestor
 * with responses, over each (sub-)period that has started. COMPLAINTS takes the
 * verified complaints received in the (sub-)period concerning the employee, or
 * their unit without naming anyone (indicators counted in HOURS or DAYS: the
 * mean resolution time of those resolved in it). Plans that are not approved,
 * periods not recording and confirmed evaluations keep what they have. Returns
 * the number of realisations written.
 */
export async function refreshFromCommunity(em: EntityManager, scope: CommunityRefreshScope, today: string): Promise<number> {
  const conditions = [`p.agency_id = ?`, `i.data_source = any(?::data_source[])`];
  const params: unknown[] = [scope.agencyId, `{${scope.sources.join(',')}}`];
  if (scope.periodId) {
    conditions.push(`(p.period_id = ? or ap.parent_id = ?)`);
    params.push(scope.periodId, scope.periodId);
  }
  if (scope.unitPath) {
    conditions.push(`u.path like ?`);
    params.push(`${scope.unitPath}%`);
  }
  if (scope.concerning) {
    conditions.push(`(p.employee_id = ? or p.unit_id = ?)`);
    params.push(scope.concerning.employeeId ?? NONE, scope.concerning.unitId ?? NONE);
  }
  const targets = await em.execute<CommunityTarget[]>(
    `select t.id as target_id, i.data_source, i.unit, p.employee_id, p.unit_id as plan_unit_id, u.path as plan_unit_path, p.period_id
       from plan_targets t
       join indicators i on i.id = t.indicator_id
       join performance_plans p on p.id = t.plan_id
       join appraisal_periods ap on ap.id = p.period_id
       join org_units u on u.id = p.unit_id
       left join evaluations e on e.plan_id = p.id
      where ${conditions.join(' and ')} and p.status = 'APPROVED' and ap.status in ('MONITORING', 'EVALUATION')
        and (e.id is null or e.status = 'DRAFT')`,
    params,
  );
  if (targets.length === 0) return 0;

  // Each period's parts that have started: its sub-periods, or the period itself.
  const periodIds = [...new Set(targets.map((t) => t.period_id))];
  const periods = await em.find(AppraisalPeriod, { $or: [{ id: { $in: periodIds } }, { parent: { $in: periodIds } }] });
  const partsOf = new Map<string, AppraisalPeriod[]>();
  for (const id of periodIds) {
    const children = periods.filter((p) => p.parent?.id === id);
    const parts = children.length ? children : periods.filter((p) => p.id === id);
    partsOf.set(
      id,
      parts.filter((p) => p.startDate <= today),
    );
  }
  const existing = await em.find(Realization, { target: { $in: targets.map((t) => t.target_id) } });
  const existingOf = new Map(existing.map((r) => [`${r.target.id}:${r.period.id}`, r]));

  let written = 0;
  for (const target of targets) {
    for (const part of partsOf.get(target.period_id) ?? []) {
      const measured =
        target.data_source === DataSource.SURVEY
          ? await surveyValue(em, target, part)
          : await complaintValue(em, scope.agencyId, target, part);
      if (!measured) continue;
      const current = existingOf.get(`${target.target_id}:${part.id}`);
      if (current) {
        if (current.value === measured.value && current.note === measured.note && current.source === target.data_source) continue;
        Object.assign(current, { value: measured.value, note: measured.note, source: target.data_source });
      } else {
        em.create(Realization, {
          target: em.getReference(PlanTarget, target.target_id),
          period: ref(part),
          value: measured.value,
          note: measured.note,
          source: target.data_source,
          evidenceLinks: [],
        });
      }
      written += 1;
    }
  }
  await em.flush();
  return written;
}

const NONE = '00000000-0000-0000-0000-000000000000';

/** The IKM of the plan's unit, or of the nearest ancestor that has responses in the part. */
async function surveyValue(em: EntityManager, target: CommunityTarget, part: AppraisalPeriod) {
  const unitIds = target.plan_unit_path.split('/').filter(Boolean).reverse();
  for (const unitId of unitIds) {
    const tally = await tallyResponses(em, { unitIds: [unitId] }, part.startDate, part.endDate);
    if (tally.respondents === 0) continue;
    const result = computeIkm({ elements: tally.elements, respondents: tally.respondents, minimumSample: 0 });
    if (result.ikm === null) continue;
    const value = Math.round(result.ikm * 100) / 100;
    return { value, note: `IKM ${value.toFixed(2)} (${result.category}, ${result.categoryLabel}) from ${tally.respondents} response(s)` };
  }
  return null;
}

/** Verified complaints received in the part, or the mean resolution time of those resolved in it. */
async function complaintValue(em: EntityManager, agencyId: string, target: CommunityTarget, part: AppraisalPeriod) {
  const concerning = `c.agency_id = ? and (c.employee_id = ? or (c.employee_id is null and c.unit_id = ?))`;
  const params = [agencyId, target.employee_id, target.plan_unit_id];
  if (target.unit === MeasureUnit.HOURS || target.unit === MeasureUnit.DAYS) {
    const [row] = await em.execute<{ hours: number | null; n: number }[]>(
      `select avg(extract(epoch from c.resolved_at - c.created_at) / 3600)::float as hours, count(*)::int as n
         from complaints c
        where ${concerning} and c.resolved_at is not null
          and (c.resolved_at at time zone 'Asia/Jakarta')::date between ? and ?`,
      [...params, part.startDate, part.endDate],
    );
    if (!row || row.n === 0 || row.hours === null) return null;
    const raw = target.unit === MeasureUnit.DAYS ? row.hours / 24 : row.hours;
    const value = Math.round(raw * 100) / 100;
    return { value, note: `Mean resolution time of ${row.n} resolved complaint(s)` };
  }
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from complaints c
      where ${concerning} and c.verified_at is not null and c.status <> 'REJECTED' and c.received_on between ? and ?`,
    [...params, part.startDate, part.endDate],
  );
  return { value: row!.n, note: `${row!.n} verified complaint(s) received` };
}
