import { ref, type FilterQuery } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString } from '../../dates.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, ErrorReason, duplicate } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { toGlobalId } from '../../graphql/ids.js';
import { EvaluationService } from '../appraisals/evaluation.service.js';
import { PerformancePlan } from '../appraisals/performance-plan.entity.js';
import { agencyWhere, assertAgencyWritable, sharedWhere } from '../../access/scope.js';
import type { Employee } from '../employees/employee.entity.js';
import { EmployeeService } from '../employees/employee.service.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import { blockingSanctions } from './discipline.service.js';
import { Reward, RewardType } from './reward.entity.js';
import {
  RewardConnection,
  rewardFilterRules,
  type CreateRewardTypeInput,
  type GrantRewardInput,
  type RewardListArgs,
} from './discipline.types.js';

/** `q`: the employee's name or NIP, the decree number or the reason. */
const rewardSearch = (term: string) => {
  const digits = term.replace(/\s+/g, '');
  return {
    $or: [
      /^\d{3,18}$/.test(digits) ? { employee: { nip: { $like: `${digits}%` } } } : { employee: { name: { $ilike: containing(term) } } },
      { decreeNumber: { $ilike: containing(term) } },
      { reason: { $ilike: containing(term) } },
    ],
  };
};

const minusYears = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

/**
 * The reward catalogue (national types from the migration, an agency's own)
 * and rewards granted. A grant is checked against the type's rules: the clean
 * record (no sanction of the disqualifying levels in force on the day, or in
 * the look-back years) and the years of service.
 */
export class RewardService {
  constructor(private readonly ctx: ServiceContext) {}

  async types(): Promise<RewardType[]> {
    return this.ctx.em.find(RewardType, sharedWhere(requireActor(this.ctx)) as FilterQuery<RewardType>, {
      orderBy: [{ agency: 'asc nulls first' }, { code: 'asc' }] as never,
    });
  }

  /** One type of the catalogue (national, or of the actor's agency); NOT_FOUND otherwise. */
  async getType(globalId: string, field = 'id'): Promise<RewardType> {
    return findInScope(this.ctx.em, RewardType, globalId, field, sharedWhere(requireActor(this.ctx)) as FilterQuery<RewardType>);
  }

  async createType(input: CreateRewardTypeInput): Promise<RewardType> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      if (!may(actor, 'discipline.manage')) throw forbidden('Only HR keeps the reward catalogue');
      const agencyId = (await ownerAgency(this.ctx, input.agencyId, false))!;
      assertAgencyWritable(actor, agencyId);
      if (await this.ctx.em.count(RewardType, { code: input.code, $or: [{ agency: null }, { agency: agencyId }] }))
        throw duplicate('input.code', `A reward type ${input.code} already exists`, input.code);
      const type = this.ctx.em.create(RewardType, {
        agency: agencyId,
        code: input.code,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        requiresCleanRecord: input.requiresCleanRecord ?? false,
        ...(input.disqualifyingLevels ? { disqualifyingLevels: [...new Set(input.disqualifyingLevels)] } : {}),
        lookbackYears: input.lookbackYears ?? null,
        minServiceYears: input.minServiceYears ?? null,
      });
      await this.ctx.em.flush();
      return type;
    });
  }

  /** Rewards are visible as their employees are (HR and evaluators: the agency; a supervisor: those below; an employee: their own). */
  private async scope(): Promise<FilterQuery<Reward>> {
    return {
      $and: [agencyWhere(requireActor(this.ctx)), { employee: await new EmployeeService(this.ctx).readScope() }],
    } as FilterQuery<Reward>;
  }

  async list(args: RewardListArgs) {
    const page = toPage(args, this.ctx, 'Reward.list', [{ grantedOn: 'desc' }, { id: 'asc' }]);
    const where = {
      $and: [await this.scope(), toWhere(args.filter as Record<string, unknown>, rewardFilterRules, rewardSearch)],
    } as FilterQuery<Reward>;
    const rows = await findPage(this.ctx.em, Reward, where, page);
    return RewardConnection.of(rows, page, () => this.ctx.em.count(Reward, where));
  }

  async get(globalId: string, field = 'id'): Promise<Reward> {
    return findInScope(this.ctx.em, Reward, globalId, field, await this.scope());
  }

  async grant(input: GrantRewardInput): Promise<Reward> {
    return inTransaction(this.ctx.em, async () => {
      const employee = await new EmployeeService(this.ctx).get(input.employeeId, 'input.employeeId');
      return this.grantTo(employee, input, input.evaluationId ?? null);
    });
  }

  /** The grant itself, for an employee already checked to be in scope (a follow-up recommendation uses it too). */
  async grantTo(
    employee: Employee,
    input: Omit<GrantRewardInput, 'employeeId' | 'evaluationId'>,
    evaluationGlobalId: string | null,
    field = 'input',
  ): Promise<Reward> {
    const actor = requireActor(this.ctx);
    if (!may(actor, 'discipline.manage')) throw forbidden('Only HR grants rewards');
    assertAgencyWritable(actor, employee.agency.id);
    const type = await this.ctx.em.findOne(RewardType, {
      code: input.rewardTypeCode,
      active: true,
      $or: [{ agency: null }, { agency: employee.agency.id }],
    });
    if (!type)
      throw badInput(
        `${field}.rewardTypeCode`,
        `${input.rewardTypeCode} is not an active reward type of the agency or the national catalogue`,
        ErrorReason.UNKNOWN_VALUE,
        { value: input.rewardTypeCode },
      );
    const grantedOn = toDateString(input.grantedOn);
    let period: string | null = null;
    let evaluation: string | null = null;
    if (evaluationGlobalId) {
      const found = await new EvaluationService(this.ctx).get(evaluationGlobalId, `${field}.evaluationId`);
      const plan = await this.ctx.em.findOneOrFail(PerformancePlan, { id: found.plan.id });
      if (plan.employee.id !== employee.id)
        throw badInput(`${field}.evaluationId`, 'The evaluation is of another employee', ErrorReason.NOT_A_CHOICE);
      period = found.period.id;
      evaluation = found.id;
    }
    if (type.minServiceYears) {
      const since = employee.tmtCpns;
      const reached = since && `${Number(since.slice(0, 4)) + type.minServiceYears}${since.slice(4, 7)}` <= grantedOn.slice(0, 7);
      if (!reached) {
        throw conflict(`${type.name} needs ${type.minServiceYears} years of service from TMT CPNS (${since ?? 'none'})`, {
          field: `${field}.rewardTypeCode`,
          reason: ErrorReason.SERVICE_TOO_SHORT,
          params: { years: type.minServiceYears },
        });
      }
    }
    if (type.requiresCleanRecord) {
      const since = type.lookbackYears ? minusYears(grantedOn, type.lookbackYears) : grantedOn;
      const blocking = await blockingSanctions(this.ctx, employee.id, type.disqualifyingLevels, since, grantedOn);
      if (blocking.length) {
        const first = blocking[0]!;
        throw conflict(
          `${type.name} needs a clean record: ${first.sanctionType!.getEntity().name} (decree ${first.decreeNumber}, ${first.effectiveFrom} to ${first.endDate ?? 'permanent'})`,
          {
            field: `${field}.rewardTypeCode`,
            reason: ErrorReason.SANCTION_ON_RECORD,
            blockingCaseIds: blocking.map((record) => toGlobalId('DisciplinaryCase', record.id)),
          },
        );
      }
    }
    const reward = this.ctx.em.create(Reward, {
      agency: employee.agency,
      employee,
      rewardType: ref(type),
      grantedOn,
      decreeNumber: input.decreeNumber?.trim() || null,
      reason: input.reason.trim(),
      period,
      evaluation,
    });
    await this.ctx.em.flush();
    return reward;
  }
}
