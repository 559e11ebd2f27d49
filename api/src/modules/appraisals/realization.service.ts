import { ref } from '@mikro-orm/core';
import type { ServiceContext } from '../../context.js';
import { todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, notFound, ErrorReason } from '../../errors.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { DataSource } from '../indicators/indicator.enums.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { AppraisalPeriod, PeriodStatus } from '../periods/appraisal-period.entity.js';
import { Evaluation, EvaluationStatus } from './evaluation.entity.js';
import { PlanStatus, PlanTarget } from './performance-plan.entity.js';
import { PerformancePlanService } from './performance-plan.service.js';
import { Realization } from './realization.entity.js';
import type { DeleteRealizationInput, RecordRealizationInput } from './realization.types.js';

/** Data sources whose realisations only the system writes. */
const SYSTEM_FED = [DataSource.SURVEY, DataSource.COMPLAINTS];

/** Realisations are recorded while work is done and until it is evaluated. */
const RECORDING = [PeriodStatus.MONITORING, PeriodStatus.EVALUATION];

export class RealizationService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Records (or replaces) the value of a target in a period, by the employee or HR, on an approved plan. */
  async record(input: RecordRealizationInput): Promise<Realization> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const target = await this.target(input.targetId, 'input.targetId');
      const { plan, period } = await this.writable(target, 'input.targetId');
      const periodId = fromGlobalId(input.periodId, 'AppraisalPeriod', 'input.periodId');
      const subPeriod = periodId === period.id ? period : await em.findOne(AppraisalPeriod, { id: periodId, parent: period.id });
      if (!subPeriod) throw badInput('input.periodId', `Not ${period.name} nor one of its sub-periods`, ErrorReason.NOT_A_CHOICE);
      if (subPeriod.startDate > todayInIndonesia())
        throw badInput('input.periodId', `${subPeriod.name} has not started yet`, ErrorReason.NOT_STARTED, { name: subPeriod.name });

      const existing = await em.findOne(Realization, { target: target.id, period: subPeriod.id });
      if (existing && input.version != null) assertVersion(existing, input.version);
      const values = {
        value: input.value,
        note: input.note?.trim() || null,
        evidenceLinks: input.evidenceLinks ?? existing?.evidenceLinks ?? [],
      };
      const realization = existing
        ? Object.assign(existing, values)
        : em.create(Realization, { ...values, target: ref(target), period: ref(subPeriod) });
      plan.updatedAt = new Date();
      await em.flush();
      return realization;
    });
  }

  async delete(input: DeleteRealizationInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const realization = await this.ctx.em.findOne(Realization, { id: fromGlobalId(input.id, 'Realization', 'input.id') });
      if (!realization) throw notFound('Realization', input.id, 'input.id');
      const target = await this.ctx.em.findOneOrFail(PlanTarget, { id: realization.target.id });
      await this.writable(target, 'input.id');
      if (input.version != null) assertVersion(realization, input.version);
      this.ctx.em.remove(realization);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  private async target(globalId: string, field: string): Promise<PlanTarget> {
    const target = await this.ctx.em.findOne(PlanTarget, { id: fromGlobalId(globalId, 'PlanTarget', field) });
    if (!target) throw notFound('PlanTarget', globalId, field);
    return target;
  }

  /** The plan of a target, readable by the actor (else NOT_FOUND), approved, its period recording, the actor its author or HR. */
  private async writable(target: PlanTarget, field: string) {
    const plans = new PerformancePlanService(this.ctx);
    const plan = await plans.getForChange(target.planId, field);
    plans.assertAuthorOrHr(plan);
    if (plan.status !== PlanStatus.APPROVED)
      throw conflict(`Realisations are recorded on an approved plan (this one is ${plan.status})`, {
        reason: ErrorReason.WRONG_STATUS,
        params: { status: plan.status, statusType: 'PlanStatus' },
        field,
      });
    // Surveys and complaints fill these in; a hand-entered value would be overwritten, or worse, believed.
    const indicator = await this.ctx.em.findOneOrFail(Indicator, { id: target.indicator.id }, { fields: ['dataSource'] });
    if (SYSTEM_FED.includes(indicator.dataSource))
      throw conflict(`This target's values come from ${indicator.dataSource} and are filled in by the system`, {
        field,
        reason: ErrorReason.SYSTEM_FED,
      });
    const period = await this.ctx.em.findOneOrFail(AppraisalPeriod, { id: plan.period.id });
    if (!RECORDING.includes(period.status)) {
      throw conflict(`Realisations are recorded while the period is MONITORING or EVALUATION (it is ${period.status})`, {
        reason: ErrorReason.WRONG_STATUS,
        params: { status: period.status, statusType: 'PeriodStatus' },
        field,
      });
    }
    // Once the appraiser confirmed, the values behind the result stay as they were scored.
    const evaluation = await this.ctx.em.findOne(Evaluation, { plan: plan.id }, { fields: ['status'] });
    if (evaluation && evaluation.status !== EvaluationStatus.DRAFT)
      throw conflict(`The plan's evaluation is ${evaluation.status}: its realisations no longer change`, {
        field,
        reason: ErrorReason.EVALUATED,
      });
    return { plan, period };
  }
}
