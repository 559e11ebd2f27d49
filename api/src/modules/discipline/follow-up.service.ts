import { ref, type FilterQuery } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, notFound, ErrorReason } from '../../errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { Evaluation } from '../appraisals/evaluation.entity.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../employees/employee.entity.js';
import type { Predicate } from '../indicators/indicator.enums.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import { PeriodStatus, type AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { TrainingService } from '../training/training.service.js';
import { CoachingService } from './coaching.service.js';
import { DisciplineService } from './discipline.service.js';
import { matchesRule, matchReason } from './follow-up.js';
import { FollowUpAction, FollowUpDecision, FollowUpOutcome, FollowUpRule } from './follow-up.entity.js';
import type {
  ActOnRecommendationInput,
  CreateFollowUpRuleInput,
  DismissRecommendationInput,
  FollowUpDecisionPayload,
  FollowUpRecommendation,
  RecommendationKeyInput,
  UpdateFollowUpRuleInput,
} from './follow-up.types.js';
import { RewardService } from './reward.service.js';

/** Which part of `actOnRecommendation` each action takes. */
const PART: Record<FollowUpAction, 'reward' | 'enrollment' | 'coachingPlan' | 'disciplinaryCase'> = {
  REWARD: 'reward',
  TRAINING: 'enrollment',
  COACHING: 'coachingPlan',
  DISCIPLINARY_REVIEW: 'disciplinaryCase',
};

interface Proposal {
  employeeId: string;
  rule: FollowUpRule;
  evaluationId: string;
  history: Predicate[];
  reason: string;
}

/**
 * The follow-up of a closed period's results: each agency's rules proposed per
 * employee in a handful of statements (rules, the periods looked back on, their
 * settled evaluations, the decisions taken), matched by the pure `matchesRule`.
 * HR acts on a proposal with one mutation, or dismisses it; either is stored
 * and the proposal is not made again. Nothing is granted or imposed by itself.
 */
export class FollowUpService {
  constructor(private readonly ctx: ServiceContext) {}

  async rules(): Promise<FollowUpRule[]> {
    return this.ctx.em.find(FollowUpRule, agencyWhere(requireActor(this.ctx)) as FilterQuery<FollowUpRule>, {
      orderBy: [{ action: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    });
  }

  async createRule(input: CreateFollowUpRuleInput): Promise<FollowUpRule> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      if (!may(actor, 'configuration.manage')) throw forbidden('Only HR sets follow-up rules');
      const agencyId = (await ownerAgency(this.ctx, input.agencyId, false))!;
      assertAgencyWritable(actor, agencyId);
      const rule = this.ctx.em.create(FollowUpRule, {
        agency: agencyId,
        name: input.name.trim(),
        predicates: [...new Set(input.predicates)],
        consecutivePeriods: input.consecutivePeriods ?? 1,
        action: input.action,
        note: input.note?.trim() || null,
      });
      await this.ctx.em.flush();
      return rule;
    });
  }

  async updateRule(input: UpdateFollowUpRuleInput): Promise<FollowUpRule> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      const rule = await this.ctx.em.findOne(FollowUpRule, { id: fromGlobalId(input.id, 'FollowUpRule', 'input.id') });
      if (!rule) throw notFound('FollowUpRule', input.id, 'input.id');
      if (!may(actor, 'configuration.manage')) throw forbidden('Only HR sets follow-up rules');
      assertAgencyWritable(actor, rule.agency.id);
      assertVersion(rule, input.version);
      if (input.name != null) rule.name = input.name.trim();
      if (input.predicates != null) rule.predicates = [...new Set(input.predicates)];
      if (input.consecutivePeriods != null) rule.consecutivePeriods = input.consecutivePeriods;
      if (input.action != null) rule.action = input.action;
      if (input.active != null) rule.active = input.active;
      if (input.note !== undefined) rule.note = input.note?.trim() || null;
      await this.ctx.em.flush();
      return rule;
    });
  }

  async decisions(periodGlobalId: string): Promise<FollowUpDecision[]> {
    const period = await new AppraisalPeriodService(this.ctx).get(periodGlobalId, 'periodId');
    return this.ctx.em.find(FollowUpDecision, { period: period.id }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  async recommendations(periodGlobalId: string, action?: FollowUpAction | null): Promise<FollowUpRecommendation[]> {
    const period = await new AppraisalPeriodService(this.ctx).get(periodGlobalId, 'periodId');
    const proposals = (await this.proposals(period, null)).filter((proposal) => !action || proposal.rule.action === action);
    const employeeIds = [...new Set(proposals.map((proposal) => proposal.employeeId))];
    const evaluationIds = proposals.map((proposal) => proposal.evaluationId);
    const [employees, evaluations] = await Promise.all([
      employeeIds.length ? this.ctx.em.find(Employee, { id: { $in: employeeIds } }) : [],
      evaluationIds.length ? this.ctx.em.find(Evaluation, { id: { $in: evaluationIds } }) : [],
    ]);
    const employeeOf = new Map(employees.map((employee) => [employee.id, employee]));
    const evaluationOf = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation]));
    return proposals
      .map((proposal) => ({
        employee: employeeOf.get(proposal.employeeId)!,
        rule: proposal.rule,
        action: proposal.rule.action,
        predicate: proposal.history[0]!,
        predicates: proposal.history,
        evaluation: evaluationOf.get(proposal.evaluationId)!,
        reason: proposal.reason,
      }))
      .sort(
        (a, b) =>
          a.employee.name.localeCompare(b.employee.name) || a.action.localeCompare(b.action) || a.rule.name.localeCompare(b.rule.name),
      );
  }

  /** What the agency's rules propose for a CLOSED period (one employee, or all), decided ones left out. */
  private async proposals(period: AppraisalPeriod, employeeId: string | null): Promise<Proposal[]> {
    const { em } = this.ctx;
    if (period.status !== PeriodStatus.CLOSED) {
      throw conflict(`Follow-up starts once the period is CLOSED (${period.name} is ${period.status})`, {
        field: 'periodId',
        status: period.status,
        params: { status: period.status, statusType: 'PeriodStatus' },
      });
    }
    const rules = await em.find(FollowUpRule, { agency: period.agency.id, active: true }, { orderBy: { name: 'asc' } });
    if (rules.length === 0) return [];
    const depth = Math.max(...rules.map((rule) => rule.consecutivePeriods));
    const periods = await em.execute<{ id: string; name: string }[]>(
      `select id, name from appraisal_periods where agency_id = ? and type = ? and start_date <= ? order by start_date desc limit ?`,
      [period.agency.id, period.type, period.startDate, depth],
    );
    const settled = await em.execute<{ employee_id: string; period_id: string; id: string; predicate: Predicate }[]>(
      `select p.employee_id, e.period_id, e.id, e.predicate
         from evaluations e join performance_plans p on p.id = e.plan_id
        where e.period_id in (?) and e.status <> 'DRAFT' and e.predicate is not null ${employeeId ? 'and p.employee_id = ?' : ''}`,
      [periods.map((row) => row.id), ...(employeeId ? [employeeId] : [])],
    );
    const decided = await em.execute<{ employee_id: string; rule_id: string }[]>(
      `select employee_id, rule_id from follow_up_decisions where period_id = ?`,
      [period.id],
    );
    const done = new Set(decided.map((row) => `${row.employee_id}:${row.rule_id}`));
    const byEmployee = new Map<string, Map<string, { id: string; predicate: Predicate }>>();
    for (const row of settled) {
      const mine = byEmployee.get(row.employee_id) ?? new Map();
      mine.set(row.period_id, { id: row.id, predicate: row.predicate });
      byEmployee.set(row.employee_id, mine);
    }
    const names = periods.map((row) => row.name);
    const proposals: Proposal[] = [];
    for (const [employee, evaluations] of byEmployee) {
      const current = evaluations.get(period.id);
      if (!current) continue;
      const history = periods.map((row) => evaluations.get(row.id)?.predicate ?? null);
      for (const rule of rules) {
        if (done.has(`${employee}:${rule.id}`) || !matchesRule(rule, history)) continue;
        proposals.push({
          employeeId: employee,
          rule,
          evaluationId: current.id,
          history: history.slice(0, rule.consecutivePeriods) as Predicate[],
          reason: matchReason(rule, history, names),
        });
      }
    }
    return proposals;
  }

  /** The proposal a decision is about: still made by the rule, not decided yet (else CONFLICT). */
  private async proposal(input: RecommendationKeyInput) {
    const actor = requireActor(this.ctx);
    if (!may(actor, 'discipline.manage')) throw forbidden('Only HR decides on follow-up recommendations');
    const period = await new AppraisalPeriodService(this.ctx).get(input.periodId, 'input.periodId');
    assertAgencyWritable(actor, period.agency.id);
    const employeeId = fromGlobalId(input.employeeId, 'Employee', 'input.employeeId');
    const ruleId = fromGlobalId(input.ruleId, 'FollowUpRule', 'input.ruleId');
    // One decision at a time per recommendation.
    await this.ctx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`follow-up:${period.id}:${employeeId}:${ruleId}`]);
    const proposal = (await this.proposals(period, employeeId)).find((candidate) => candidate.rule.id === ruleId);
    if (!proposal) {
      throw conflict('The rule proposes nothing for this employee in this period (decided already, or it does not match)', {
        field: 'input.ruleId',
      });
    }
    const employee = await this.ctx.em.findOneOrFail(Employee, { id: employeeId });
    return { period, employee, proposal };
  }

  async act(input: ActOnRecommendationInput): Promise<FollowUpDecisionPayload> {
    return inTransaction(this.ctx.em, async () => {
      const { period, employee, proposal } = await this.proposal(input);
      const action = proposal.rule.action;
      const part = PART[action];
      for (const other of Object.values(PART)) {
        if (other !== part && input[other])
          throw badInput(`input.${other}`, `The rule proposes ${action}: give ${part} only`, ErrorReason.NOT_APPLICABLE);
      }
      const evaluationId = toGlobalId('Evaluation', proposal.evaluationId);
      const payload: Omit<FollowUpDecisionPayload, 'decision'> = {};
      let record: { type: string; id: string };
      if (action === FollowUpAction.REWARD) {
        if (!input.reward) throw badInput('input.reward', 'Say which reward to grant', ErrorReason.REQUIRED);
        payload.reward = await new RewardService(this.ctx).grantTo(employee, input.reward, evaluationId, 'input.reward');
        record = { type: 'Reward', id: payload.reward.id };
      } else if (action === FollowUpAction.TRAINING) {
        if (!input.enrollment) throw badInput('input.enrollment', 'Say which session to enrol in', ErrorReason.REQUIRED);
        payload.enrollment = await new TrainingService(this.ctx).enroll({
          sessionId: input.enrollment.sessionId,
          employeeId: input.employeeId,
        });
        record = { type: 'Enrollment', id: payload.enrollment.id };
      } else if (action === FollowUpAction.COACHING) {
        if (!input.coachingPlan) throw badInput('input.coachingPlan', 'Describe the coaching plan', ErrorReason.REQUIRED);
        payload.coachingPlan = await new CoachingService(this.ctx).createFor(
          employee,
          input.coachingPlan,
          evaluationId,
          'input.coachingPlan',
        );
        record = { type: 'CoachingPlan', id: payload.coachingPlan.id };
      } else {
        if (!input.disciplinaryCase) throw badInput('input.disciplinaryCase', 'Describe the case to propose', ErrorReason.REQUIRED);
        payload.disciplinaryCase = await new DisciplineService(this.ctx).propose({
          employeeId: input.employeeId,
          ...input.disciplinaryCase,
          violationDate: input.disciplinaryCase.violationDate,
        });
        record = { type: 'DisciplinaryCase', id: payload.disciplinaryCase.id };
      }
      const decision = await this.decide(period, employee, proposal, FollowUpOutcome.ACTED, null, record);
      return { decision, ...payload };
    });
  }

  async dismiss(input: DismissRecommendationInput): Promise<FollowUpDecisionPayload> {
    return inTransaction(this.ctx.em, async () => {
      const { period, employee, proposal } = await this.proposal(input);
      return { decision: await this.decide(period, employee, proposal, FollowUpOutcome.DISMISSED, input.reason.trim(), null) };
    });
  }

  private async decide(
    period: AppraisalPeriod,
    employee: Employee,
    proposal: Proposal,
    outcome: FollowUpOutcome,
    reason: string | null,
    record: { type: string; id: string } | null,
  ): Promise<FollowUpDecision> {
    const actor = requireActor(this.ctx);
    const user = await this.ctx.em.findOne(User, { id: actor.userId });
    const decision = this.ctx.em.create(FollowUpDecision, {
      agency: period.agency,
      period: ref(period),
      employee,
      rule: ref(proposal.rule),
      action: proposal.rule.action,
      outcome,
      reason,
      decidedBy: user?.displayName ?? actor.username,
      recordType: record?.type ?? null,
      recordId: record?.id ?? null,
    });
    await this.ctx.em.flush();
    return decision;
  }
}
