import { ref, type FilterQuery } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { addDays, todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, invalidFields, notFound, type FieldProblem, ErrorReason } from '../../errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { assertAgencyWritable } from '../../access/scope.js';
import { Employee } from '../employees/employee.entity.js';
import { BehaviourValueService } from '../indicators/behaviour-value.service.js';
import { type Predicate, type Rating } from '../indicators/indicator.enums.js';
import { ScoringScheme } from '../indicators/scoring-scheme.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import { AppraisalPeriod, PeriodStatus } from '../periods/appraisal-period.entity.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { assertPeriodOpen, registerTransitionCheck } from '../periods/period-checks.js';
import { overallBehaviour } from './behaviour-rating.js';
import { evaluate, scoreLines } from './evaluation-scoring.js';
import { Evaluation, EvaluationStatus, ObjectionDecision } from './evaluation.entity.js';
import type {
  ConfirmEvaluationsInput,
  DecideObjectionInput,
  EvaluationStepInput,
  ObjectToEvaluationInput,
  ReviewEvaluationInput,
  SaveEvaluationInput,
  SkippedEvaluation,
} from './evaluation.types.js';
import { PerformancePlan, PlanStatus } from './performance-plan.entity.js';
import { PerformancePlanService } from './performance-plan.service.js';
import { assertRecordedRole } from './plan-roles.js';

/** What scoring needs of a plan (a loaded plan, or its keys when a whole period is confirmed). */
type PlanKeys = Pick<PerformancePlan, 'id'> & { employee: { id: string } };

/** PP 30/2019: an objection goes to the appraiser's superior within 14 days. */
export const OBJECTION_DAYS = 14;
/** Plans scored per round of statements when a whole period is confirmed. */
export const CONFIRM_BATCH = 1000;
const SHOWN_SKIPPED = 100;

// A period closes when every approved plan is evaluated and no objection waits for a decision.
registerTransitionCheck(PeriodStatus.CLOSED, async (ctx, period) => {
  const [row] = await ctx.em.execute<{ unevaluated: string; drafts: string; objected: string }[]>(
    `select count(*) filter (where e.id is null) as unevaluated,
            count(*) filter (where e.status = 'DRAFT') as drafts,
            count(*) filter (where e.status = 'OBJECTED') as objected
       from performance_plans p left join evaluations e on e.plan_id = p.id
      where p.period_id = ? and p.status = 'APPROVED'`,
    [period.id],
  );
  const blockers: string[] = [];
  if (Number(row!.unevaluated)) blockers.push(`${row!.unevaluated} approved plan(s) not evaluated yet`);
  if (Number(row!.drafts)) blockers.push(`${row!.drafts} evaluation(s) still drafts (confirmEvaluation)`);
  if (Number(row!.objected)) blockers.push(`${row!.objected} objection(s) waiting for a decision (decideObjection)`);
  return blockers;
});

export class EvaluationService {
  constructor(private readonly ctx: ServiceContext) {}

  /** An evaluation the actor may read: that of a plan they may read. */
  async get(globalId: string, field = 'id'): Promise<Evaluation> {
    const evaluation = await this.ctx.em.findOne(Evaluation, { id: fromGlobalId(globalId, 'Evaluation', field) });
    if (!evaluation) throw notFound('Evaluation', globalId, field);
    await new PerformancePlanService(this.ctx).get(toGlobalId('PerformancePlan', evaluation.plan.id), field);
    return evaluation;
  }

  /**
   * The predicate of each employee's latest settled evaluation, in one statement.
   * Readable wherever the employee is: plans follow the employees the actor sees.
   */
  async latestPredicates(employeeIds: readonly string[]): Promise<(Predicate | null)[]> {
    const rows = await this.ctx.em.execute<{ employee_id: string; predicate: Predicate }[]>(
      `select distinct on (p.employee_id) p.employee_id, e.predicate
         from performance_plans p
         join evaluations e on e.plan_id = p.id
         join appraisal_periods ap on ap.id = p.period_id
        where p.employee_id = any(?::uuid[]) and e.status <> 'DRAFT' and e.predicate is not null
        order by p.employee_id, ap.end_date desc, ap.start_date asc`,
      [`{${employeeIds.join(',')}}`],
    );
    const byEmployee = new Map(rows.map((row) => [row.employee_id, row.predicate]));
    return employeeIds.map((id) => byEmployee.get(id) ?? null);
  }

  /** The appraiser's ratings for a plan: creates the draft, or changes it while it is a draft. */
  async save(input: SaveEvaluationInput): Promise<Evaluation> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const plans = new PerformancePlanService(this.ctx);
      const plan = await plans.getForChange(input.planId, 'input.planId');
      const period = await this.evaluating(plan, 'input.planId');
      if (plan.status !== PlanStatus.APPROVED)
        throw conflict(`Only an approved plan is evaluated (this one is ${plan.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: plan.status, statusType: 'PlanStatus' },
          field: 'input.planId',
        });
      assertRecordedRole(this.ctx, plan, 'appraiser', 'evaluate it');
      const existing = await em.findOne(Evaluation, { plan: plan.id });
      if (existing) {
        if (input.version == null)
          throw badInput('input.version', 'The plan has an evaluation already: give its version to change it', ErrorReason.REQUIRED);
        assertVersion(existing, input.version);
        if (existing.status !== EvaluationStatus.DRAFT)
          throw conflict(`A ${existing.status} evaluation can no longer change`, {
            field: 'input.planId',
            status: existing.status,
            params: { status: existing.status, statusType: 'EvaluationStatus' },
          });
      }

      const values = await new BehaviourValueService(this.ctx).effective(toGlobalId('Agency', plan.agency.id));
      const byCode = new Map(values.map((value) => [value.code, value]));
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      input.behaviour.forEach((entry, index) => {
        if (!byCode.has(entry.code))
          problems.push({
            field: `input.behaviour.${index}.code`,
            message: `${entry.code} is not a core value of the agency`,
            reason: ErrorReason.NOT_A_CHOICE,
          });
        else if (seen.has(entry.code))
          problems.push({
            field: `input.behaviour.${index}.code`,
            message: `${entry.code} is rated twice`,
            reason: ErrorReason.DUPLICATE_ITEM,
            params: { value: entry.code },
          });
        seen.add(entry.code);
      });
      const overriding = input.behaviourRating != null || input.resultRating != null;
      if (overriding && !input.overrideReason?.trim())
        problems.push({
          field: 'input.overrideReason',
          message: 'Say why a rating is chosen over the proposed one',
          reason: ErrorReason.REQUIRED,
        });
      if (problems.length) throw invalidFields(problems);

      const ratings = input.behaviour.map((entry) => ({
        code: entry.code,
        name: byCode.get(entry.code)!.name,
        rating: entry.rating,
        note: entry.note?.trim() || null,
      }));
      const data = {
        behaviourRatings: ratings,
        behaviourRatingOverride: input.behaviourRating ?? null,
        resultRatingOverride: input.resultRating ?? null,
        overrideReason: overriding ? input.overrideReason!.trim() : null,
        note: input.note?.trim() || null,
      };
      const evaluation =
        existing ??
        em.create(Evaluation, { agency: plan.agency, plan: ref(plan), period: ref(period), status: EvaluationStatus.DRAFT, ...data });
      Object.assign(evaluation, data);
      evaluation.behaviourRating = await this.behaviourOf(evaluation, plan, period, values.length);
      await em.flush();
      return evaluation;
    });
  }

  /** Confirms one draft: computes and stores the result with its breakdown. */
  async confirm(input: EvaluationStepInput): Promise<Evaluation> {
    return inTransaction(this.ctx.em, async () => {
      const evaluation = await this.getForChange(input.id);
      assertVersion(evaluation, input.version);
      const plan = await this.ctx.em.findOneOrFail(PerformancePlan, { id: evaluation.plan.id });
      assertRecordedRole(this.ctx, plan, 'appraiser', 'evaluate it');
      if (evaluation.status !== EvaluationStatus.DRAFT)
        throw conflict(`This evaluation is ${evaluation.status} already`, {
          field: 'input.id',
          status: evaluation.status,
          params: { status: evaluation.status, statusType: 'EvaluationStatus' },
        });
      const period = await this.evaluating(plan, 'input.id');
      const [skipped] = await this.score(period, [{ evaluation, plan }]);
      if (skipped)
        throw conflict(`The evaluation cannot be confirmed: ${skipped.problems.join('; ')}`, {
          field: 'input.id',
          blockers: skipped.problems,
        });
      await this.ctx.em.flush();
      return evaluation;
    });
  }

  /**
   * Confirms every complete draft of a period (or unit subtree) the actor
   * appraises (HR: all of the agency's), a batch of plans at a time with a fixed
   * number of statements per batch; incomplete drafts stay, with their problems.
   */
  async confirmAll(input: ConfirmEvaluationsInput) {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      const period = await new AppraisalPeriodService(this.ctx).get(input.periodId, 'input.periodId');
      assertPeriodOpen(period, 'input.periodId');
      if (period.status !== PeriodStatus.EVALUATION)
        throw conflict(`Evaluations are confirmed while the period is EVALUATION (it is ${period.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: period.status, statusType: 'PeriodStatus' },
          field: 'input.periodId',
        });
      const hr = may(actor, 'evaluations.manageAgency');
      if (hr) assertAgencyWritable(actor, period.agency.id);
      else if (!actor.employeeId) throw forbidden('Only appraisers and HR confirm evaluations');
      const within = input.unitId ? await new OrgUnitService(this.ctx).get(input.unitId, 'input.unitId') : null;

      const where: FilterQuery<Evaluation> = {
        period: period.id,
        status: EvaluationStatus.DRAFT,
        plan: {
          ...(hr ? {} : { appraiser: actor.employeeId }),
          ...(within ? { unit: { path: { $like: `${within.path}%` } } } : {}),
        },
      };
      // Ids and the plans' employees only, kept out of the identity map: a partial entity there would be the one a
      // batch loads, without its version (so no optimistic-lock check) and merged field by field. The plans
      // themselves are not loaded: scoring needs their ids and employees, and a thousand unchanged plans in the
      // unit of work would only make each flush compare them.
      const drafts = await em.find(Evaluation, where, {
        fields: ['id', 'plan.employee'],
        populate: ['plan'],
        orderBy: { id: 'asc' },
        disableIdentityMap: true,
      });
      const ids = drafts.map((row) => row.id);
      const employeeOf = new Map(drafts.map((row) => [row.id, row.plan.getEntity().employee.id]));
      let confirmed = 0;
      const skipped: SkippedEvaluation[] = [];
      let skippedCount = 0;
      for (let start = 0; start < ids.length; start += CONFIRM_BATCH) {
        const evaluations = await em.find(Evaluation, { id: { $in: ids.slice(start, start + CONFIRM_BATCH) } });
        const batch = evaluations.map((evaluation) => ({
          evaluation,
          plan: { id: evaluation.plan.id, employee: { id: employeeOf.get(evaluation.id)! } },
        }));
        const left = await this.score(period, batch);
        confirmed += batch.length - left.length;
        skippedCount += left.length;
        skipped.push(...left.slice(0, Math.max(0, SHOWN_SKIPPED - skipped.length)));
        await em.flush();
        em.clear(); // keeps the unit of work small over thousands of plans
      }
      return { confirmed, skippedCount, skipped };
    });
  }

  /** The appraiser's superior reviews a confirmed evaluation (a note for the record). */
  async review(input: ReviewEvaluationInput): Promise<Evaluation> {
    return this.step(
      input,
      [EvaluationStatus.CONFIRMED, EvaluationStatus.ACKNOWLEDGED, EvaluationStatus.OBJECTED],
      null,
      (evaluation, plan) => {
        assertRecordedRole(this.ctx, plan, 'appraiserSuperior', 'do this');
        evaluation.reviewNote = input.note.trim();
        evaluation.reviewedAt = new Date();
      },
    );
  }

  async acknowledge(input: EvaluationStepInput): Promise<Evaluation> {
    return this.step(input, [EvaluationStatus.CONFIRMED], EvaluationStatus.ACKNOWLEDGED, (evaluation, plan) => {
      this.assertEmployee(plan);
      evaluation.acknowledgedAt = new Date();
    });
  }

  /** The employee objects within the deadline; the appraiser's superior decides. */
  async object(input: ObjectToEvaluationInput): Promise<Evaluation> {
    return this.step(input, [EvaluationStatus.CONFIRMED], EvaluationStatus.OBJECTED, (evaluation, plan) => {
      this.assertEmployee(plan);
      const deadline = objectionDeadline(evaluation);
      if (deadline && todayInIndonesia() > deadline)
        throw conflict(`Objections are filed within ${OBJECTION_DAYS} days of the confirmation (until ${deadline})`, {
          field: 'input.id',
          deadline,
        });
      evaluation.objectionReason = input.reason.trim();
      evaluation.objectedAt = new Date();
    });
  }

  async decide(input: DecideObjectionInput): Promise<Evaluation> {
    return this.step(input, [EvaluationStatus.OBJECTED], EvaluationStatus.DECIDED, (evaluation, plan) => {
      assertRecordedRole(this.ctx, plan, 'appraiserSuperior', 'do this');
      if (input.decision === ObjectionDecision.UPHELD) {
        if (!input.predicate)
          throw badInput('input.predicate', 'An upheld objection names the predicate that replaces the computed one', ErrorReason.REQUIRED);
        if (input.predicate === evaluation.predicate)
          throw badInput('input.predicate', `The predicate is ${input.predicate} already`, ErrorReason.NOT_APPLICABLE);
        evaluation.originalPredicate = evaluation.predicate;
        evaluation.predicate = input.predicate;
      } else if (input.predicate) {
        throw badInput('input.predicate', 'A rejected objection keeps the predicate', ErrorReason.NOT_APPLICABLE);
      }
      evaluation.decision = input.decision;
      evaluation.decisionNote = input.note.trim();
      evaluation.decidedAt = new Date();
    });
  }

  /**
   * The behaviour rating a year proposes from its periods: the most frequent
   * periodic behaviour rating, a tie going to the latest period (docs/domain.md#annual-evaluation).
   */
  async proposedBehaviour(plan: { employee: { id: string } }, period: AppraisalPeriod): Promise<Rating | null> {
    const rows = await this.ctx.em.execute<{ behaviour_rating: Rating }[]>(
      `select e.behaviour_rating from evaluations e
         join performance_plans p on p.id = e.plan_id
         join appraisal_periods ap on ap.id = p.period_id
        where ap.parent_id = ? and p.employee_id = ? and e.status <> 'DRAFT' and e.behaviour_rating is not null
        order by ap.start_date`,
      [period.id, plan.employee.id],
    );
    return mostFrequent(rows.map((row) => row.behaviour_rating));
  }

  private async behaviourOf(evaluation: Evaluation, plan: PerformancePlan, period: AppraisalPeriod, valueCount: number) {
    if (evaluation.behaviourRatingOverride) return evaluation.behaviourRatingOverride;
    if (evaluation.behaviourRatings.length === valueCount && valueCount > 0)
      return overallBehaviour(evaluation.behaviourRatings.map((entry) => entry.rating));
    if (evaluation.behaviourRatings.length === 0) return this.proposedBehaviour(plan, period);
    return null;
  }

  /** Scores a batch of drafts of one period and confirms the complete ones; returns those left. */
  private async score(period: AppraisalPeriod, batch: { evaluation: Evaluation; plan: PlanKeys }[]): Promise<SkippedEvaluation[]> {
    const { em } = this.ctx;
    const scheme = await em.findOneOrFail(ScoringScheme, { id: period.scoringScheme.id });
    const rules = scheme.rules();
    const hasSubPeriods = (await em.count(AppraisalPeriod, { parent: period.id })) > 0;
    const lines = await scoreLines(
      em,
      { id: period.id, hasSubPeriods },
      batch.map(({ plan }) => ({ planId: plan.id, employeeId: plan.employee.id })),
    );
    const skipped: SkippedEvaluation[] = [];
    const now = new Date();
    for (const { evaluation, plan } of batch) {
      const result = evaluate(rules, lines.get(plan.id) ?? [], evaluation.behaviourRating, {
        resultRating: evaluation.resultRatingOverride,
        behaviourRating: evaluation.behaviourRatingOverride,
      });
      if (!result.complete || result.predicate === null) {
        const problems =
          evaluation.behaviourRating === null ? ['behaviour not rated (every core value, or an overall rating with a reason)'] : [];
        problems.push(...result.problems.filter((problem) => problem !== 'behaviour rating not given'));
        skipped.push({ planId: toGlobalId('PerformancePlan', plan.id), employeeName: plan.employee.id, problems });
        continue;
      }
      Object.assign(evaluation, {
        scheme: ref(scheme),
        score: result.score,
        resultRating: result.resultRating,
        predicate: result.predicate,
        breakdown: result,
        status: EvaluationStatus.CONFIRMED,
        confirmedAt: now,
      });
    }
    // Names for the drafts left (ids until here), in one query.
    if (skipped.length) {
      const names = await em.find(Employee, { id: { $in: skipped.map((entry) => entry.employeeName) } }, { fields: ['name'] });
      const byId = new Map(names.map((employee) => [employee.id, employee.name]));
      for (const entry of skipped) entry.employeeName = byId.get(entry.employeeName) ?? '';
    }
    return skipped;
  }

  private async step(
    input: EvaluationStepInput,
    from: EvaluationStatus[],
    to: EvaluationStatus | null,
    change: (evaluation: Evaluation, plan: PerformancePlan) => void,
  ): Promise<Evaluation> {
    return inTransaction(this.ctx.em, async () => {
      const evaluation = await this.getForChange(input.id);
      assertVersion(evaluation, input.version);
      if (!from.includes(evaluation.status)) {
        throw conflict(`A ${evaluation.status} evaluation cannot ${to ? `become ${to}` : 'be reviewed'} (only from ${from.join(' or ')})`, {
          field: 'input.id',
          status: evaluation.status,
          params: { status: evaluation.status, statusType: 'EvaluationStatus' },
        });
      }
      const plan = await this.ctx.em.findOneOrFail(PerformancePlan, { id: evaluation.plan.id });
      change(evaluation, plan);
      if (to) evaluation.status = to;
      await this.ctx.em.flush();
      return evaluation;
    });
  }

  /** Readable by the actor (else NOT_FOUND), its period not closed. */
  private async getForChange(globalId: string): Promise<Evaluation> {
    const evaluation = await this.get(globalId, 'input.id');
    const period = await this.ctx.em.findOneOrFail(AppraisalPeriod, { id: evaluation.period.id });
    assertPeriodOpen(period, 'input.id');
    return evaluation;
  }

  private async evaluating(plan: PerformancePlan, field: string): Promise<AppraisalPeriod> {
    const period = await this.ctx.em.findOneOrFail(AppraisalPeriod, { id: plan.period.id });
    if (period.status !== PeriodStatus.EVALUATION)
      throw conflict(`Plans are evaluated while the period is EVALUATION (it is ${period.status})`, {
        reason: ErrorReason.WRONG_STATUS,
        params: { status: period.status, statusType: 'PeriodStatus' },
        field,
      });
    return period;
  }

  private assertEmployee(plan: PerformancePlan): void {
    if (requireActor(this.ctx).employeeId !== plan.employee.id) throw forbidden('Only the evaluated employee may do this');
  }
}

/** The last day an objection may be filed, once confirmed. */
export function objectionDeadline(evaluation: Pick<Evaluation, 'confirmedAt'>): string | null {
  return evaluation.confirmedAt ? addDays(todayInIndonesia(evaluation.confirmedAt), OBJECTION_DAYS) : null;
}

/** The most frequent value; a tie goes to the one that occurs last. */
export function mostFrequent<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  let bestLast = -1;
  for (const [value, count] of counts) {
    const last = values.lastIndexOf(value);
    if (count > bestCount || (count === bestCount && last > bestLast)) [best, bestCount, bestLast] = [value, count, last];
  }
  return best;
}
