import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DataSource, MeasureUnit } from '../indicators/indicator.enums.js';
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
