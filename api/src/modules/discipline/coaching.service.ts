import { ref, type FilterQuery } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { addDays, toDateString } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, notFound, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { EvaluationService } from '../appraisals/evaluation.service.js';
import { PerformancePlan } from '../appraisals/performance-plan.entity.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { CoachingPlan, CoachingStatus } from './coaching.entity.js';
import { DisciplineService } from './discipline.service.js';
import {
  CoachingPlanConnection,
  coachingFilterRules,
  type AddCoachingSessionInput,
  type CloseCoachingPlanInput,
  type CoachingPlanFields,
  type CoachingPlanListArgs,
  type CreateCoachingPlanInput,
} from './discipline.types.js';

/** PP 30/2019 art. 56-58: six months to improve. */
const COACHING_MONTHS = 6;

const addMonths = (day: string, months: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return addDays(toDateString(date), -1);
};

/**
 * Coaching (pembinaan) of an underperformer. Seen, like cases, by HR, the
 * employee, their supervisors, and also by the mentor.
 */
export class CoachingService {
  constructor(private readonly ctx: ServiceContext) {}

  private async scope(): Promise<FilterQuery<CoachingPlan>> {
    const actor = requireActor(this.ctx);
    const concerned = await new DisciplineService(this.ctx).concernedScope();
    return {
      $and: [agencyWhere(actor), { $or: [{ employee: concerned }, ...(actor.employeeId ? [{ mentor: actor.employeeId }] : [])] }],
    } as FilterQuery<CoachingPlan>;
  }

  async list(args: CoachingPlanListArgs) {
    const page = toPage(args, this.ctx, 'CoachingPlan.list', [{ startDate: 'desc' }, { id: 'asc' }]);
    const where = {
      $and: [await this.scope(), toWhere(args.filter as Record<string, unknown>, coachingFilterRules)],
    } as FilterQuery<CoachingPlan>;
    const rows = await findPage(this.ctx.em, CoachingPlan, where, page);
    return CoachingPlanConnection.of(rows, page, () => this.ctx.em.count(CoachingPlan, where));
  }

  async get(globalId: string, field = 'id'): Promise<CoachingPlan> {
    return findInScope(this.ctx.em, CoachingPlan, globalId, field, await this.scope());
  }

  async create(input: CreateCoachingPlanInput): Promise<CoachingPlan> {
    return inTransaction(this.ctx.em, async () => {
      const employee = await new DisciplineService(this.ctx).concernedEmployee(input.employeeId, 'input.employeeId');
      return this.createFor(employee, input, input.evaluationId ?? null);
    });
  }

  /** The plan for an employee already found in scope (a follow-up recommendation uses it too). */
  async createFor(
    employee: Employee,
    input: CoachingPlanFields,
    evaluationGlobalId: string | null,
    field = 'input',
  ): Promise<CoachingPlan> {
    this.assertCoach(employee);
    const startDate = toDateString(input.startDate);
    const endDate = input.endDate ? toDateString(input.endDate) : addMonths(startDate, COACHING_MONTHS);
    if (endDate < startDate) throw badInput(`${field}.endDate`, 'The last day is before the first', ErrorReason.END_BEFORE_START);
    let mentor: Employee | null = null;
    if (input.mentorId) {
      mentor = await this.ctx.em.findOne(Employee, { id: fromGlobalId(input.mentorId, 'Employee', `${field}.mentorId`) });
      if (!mentor || mentor.agency.id !== employee.agency.id) throw notFound('Employee', input.mentorId, `${field}.mentorId`);
      if (mentor.id === employee.id) throw badInput(`${field}.mentorId`, 'Nobody mentors themself', ErrorReason.SELF_REFERENCE);
    }
    let evaluation: string | null = null;
    if (evaluationGlobalId) {
      const found = await new EvaluationService(this.ctx).get(evaluationGlobalId, `${field}.evaluationId`);
      const plan = await this.ctx.em.findOneOrFail(PerformancePlan, { id: found.plan.id });
      if (plan.employee.id !== employee.id)
        throw badInput(`${field}.evaluationId`, 'The evaluation is of another employee', ErrorReason.NOT_A_CHOICE);
      evaluation = found.id;
    }
    const plan = this.ctx.em.create(CoachingPlan, {
      agency: employee.agency,
      employee,
      evaluation,
      mentor: mentor ? ref(mentor) : null,
      goals: input.goals.map((goal) => goal.trim()),
      startDate,
      endDate,
    });
    await this.ctx.em.flush();
    return plan;
  }

  async addSession(input: AddCoachingSessionInput): Promise<CoachingPlan> {
    return inTransaction(this.ctx.em, async () => {
      const plan = await this.get(input.planId, 'input.planId');
      const actor = requireActor(this.ctx);
      if (plan.mentor?.id !== actor.employeeId || !actor.employeeId) this.assertCoach(await this.employeeOf(plan));
      assertVersion(plan, input.version);
      if (plan.status !== CoachingStatus.ACTIVE) throw conflict(`A ${plan.status} plan takes no more sessions`, { field: 'input.planId' });
      const date = toDateString(input.date);
      if (date < plan.startDate || date > plan.endDate)
        throw badInput('input.date', `Within the plan (${plan.startDate} to ${plan.endDate})`, ErrorReason.DATE_OUTSIDE, {
          from: plan.startDate,
          to: plan.endDate,
        });
      const user = await this.ctx.em.findOne(User, { id: actor.userId });
      plan.sessions = [...plan.sessions, { date, notes: input.notes.trim(), recordedBy: user?.displayName ?? actor.username }].sort(
        (a, b) => a.date.localeCompare(b.date),
      );
      await this.ctx.em.flush();
      return plan;
    });
  }

  async close(input: CloseCoachingPlanInput): Promise<CoachingPlan> {
    return inTransaction(this.ctx.em, async () => {
      const plan = await this.get(input.id, 'input.id');
      this.assertCoach(await this.employeeOf(plan));
      assertVersion(plan, input.version);
      if (plan.status !== CoachingStatus.ACTIVE) throw conflict(`The plan is already ${plan.status}`, { field: 'input.id' });
      if (input.status === CoachingStatus.ACTIVE) throw badInput('input.status', 'COMPLETED or CANCELLED', ErrorReason.NOT_ONE_OF);
      if (input.status === CoachingStatus.COMPLETED && !input.outcome)
        throw badInput('input.outcome', 'Say what the coaching achieved', ErrorReason.REQUIRED);
      Object.assign(plan, { status: input.status, outcome: input.outcome ?? null, outcomeNote: input.note?.trim() || null });
      await this.ctx.em.flush();
      return plan;
    });
  }

  private employeeOf(plan: CoachingPlan): Promise<Employee> {
    return this.ctx.em.findOneOrFail(Employee, { id: plan.employee.id });
  }

  /** HR of the agency, or a supervisor of the employee. */
  private assertCoach(employee: Employee): void {
    const actor = requireActor(this.ctx);
    if (may(actor, 'discipline.manage')) return assertAgencyWritable(actor, employee.agency.id);
    if (may(actor, 'team.supervise') && actor.employeeId && actor.employeeId !== employee.id) return;
    throw forbidden("Only HR or the employee's supervisor plans coaching");
  }
}
