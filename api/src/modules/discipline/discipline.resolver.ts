import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Sensitive } from '../../access/sensitive.js';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Evaluation } from '../appraisals/evaluation.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { CoachingPlan } from './coaching.entity.js';
import { CoachingService } from './coaching.service.js';
import { DisciplinaryCase, SanctionType } from './discipline.entity.js';
import { DisciplineService } from './discipline.service.js';
import {
  AddCoachingSessionInput,
  CaseStepInput,
  CloseCoachingPlanInput,
  CoachingPlanConnection,
  CoachingPlanListArgs,
  CoachingPlanPayload,
  CreateCoachingPlanInput,
  CreateRewardTypeInput,
  DecideDisciplinaryCaseInput,
  DecideSanctionAppealInput,
  DisciplinaryCaseConnection,
  DisciplinaryCaseListArgs,
  DisciplinaryCasePayload,
  EffectiveDisciplineAuthority,
  ExamineDisciplinaryCaseInput,
  FileSanctionAppealInput,
  GrantRewardInput,
  ProposeDisciplinaryCaseInput,
  RewardConnection,
  RewardListArgs,
  RewardPayload,
  RewardTypePayload,
  SetDisciplineAuthorityInput,
} from './discipline.types.js';
import { Reward, RewardType } from './reward.entity.js';
import { RewardService } from './reward.service.js';

const STEP = { description: 'The case and the version the step is based on.' };

@Resolver(() => DisciplinaryCase)
export class DisciplinaryCaseResolver {
  @Allow('discipline.read')
  @Query(() => [SanctionType], { description: 'The sanction catalogue of PP 94/2021 art. 8, lightest first.' })
  sanctionTypes(@Ctx() ctx: Context) {
    return new DisciplineService(ctx).sanctionTypes();
  }

  @Allow('discipline.read')
  @Query(() => DisciplinaryCaseConnection, {
    description:
      "Disciplinary cases the actor may see: HR and administrators the agency's; a supervisor those of the employees below them; an employee their own.",
  })
  disciplinaryCases(@Args() args: DisciplinaryCaseListArgs, @Ctx() ctx: Context) {
    return new DisciplineService(ctx).list(args);
  }

  @Allow('discipline.read')
  @Query(() => DisciplinaryCase, { description: "One case; NOT_FOUND when unknown or outside the actor's access." })
  disciplinaryCase(@Arg('id', () => ID, { description: 'Case ID.' }) id: string, @Ctx() ctx: Context) {
    return new DisciplineService(ctx).get(id);
  }

  @Allow('discipline.read')
  @Query(() => [EffectiveDisciplineAuthority], {
    description: 'Who decides sanctions of each level in an agency (its own setting or the default).',
  })
  disciplineAuthorities(
    @Arg('agencyId', () => ID, { nullable: true, description: "The agency; default the actor's own." }) agencyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new DisciplineService(ctx).authorities(agencyId);
  }

  @Allow('discipline.setAuthorities')
  @Mutation(() => EffectiveDisciplineAuthority, { description: "Sets who decides one level's sanctions in an agency (administrators)." })
  setDisciplineAuthority(@Arg('input', { description: 'Level and deciders.' }) input: SetDisciplineAuthorityInput, @Ctx() ctx: Context) {
    return new DisciplineService(ctx).setAuthority(input);
  }

  @Allow('discipline.write')
  @Mutation(() => DisciplinaryCasePayload, { description: 'Reports a violation (HR, or a supervisor of the employee): a PROPOSED case.' })
  async proposeDisciplinaryCase(
    @Arg('input', { description: 'The employee and the violation.' }) input: ProposeDisciplinaryCaseInput,
    @Ctx() ctx: Context,
  ) {
    return { case: await new DisciplineService(ctx).propose(input) };
  }

  @Allow('discipline.write')
  @Mutation(() => DisciplinaryCasePayload, {
    description:
      'PROPOSED -> EXAMINED with the examination record (HR or a supervisor); an EXAMINED case may be examined again (e.g. by a team) before the decision.',
  })
  async examineDisciplinaryCase(@Arg('input', STEP) input: ExamineDisciplinaryCaseInput, @Ctx() ctx: Context) {
    return { case: await new DisciplineService(ctx).examine(input) };
  }

  @Allow('discipline.write')
  @Mutation(() => DisciplinaryCasePayload, {
    description:
      'EXAMINED -> DECIDED: a sanction of the catalogue by decree, its end computed; only by who decides its level (`disciplineAuthorities`).',
  })
  async decideDisciplinaryCase(@Arg('input', STEP) input: DecideDisciplinaryCaseInput, @Ctx() ctx: Context) {
    return { case: await new DisciplineService(ctx).decide(input) };
  }

  @Allow('discipline.manage')
  @Mutation(() => DisciplinaryCasePayload, { description: 'DECIDED -> ACTIVE from the effective day (HR).' })
  async activateDisciplinaryCase(@Arg('input', STEP) input: CaseStepInput, @Ctx() ctx: Context) {
    return { case: await new DisciplineService(ctx).activate(input) };
  }

  @Allow('discipline.manage')
  @Mutation(() => DisciplinaryCasePayload, { description: 'ACTIVE -> COMPLETED after the last day in force (HR).' })
  async completeDisciplinaryCase(@Arg('input', STEP) input: CaseStepInput, @Ctx() ctx: Context) {
    return { case: await new DisciplineService(ctx).complete(input) };
  }

  @Allow('discipline.write')
  @Mutation(() => DisciplinaryCasePayload, {
    description:
      'Files an objection (keberatan) or, against dismissal, an administrative appeal, within 14 working days of the decree (the employee or HR).',
  })
  async fileSanctionAppeal(@Arg('input', STEP) input: FileSanctionAppealInput, @Ctx() ctx: Context) {
    return { case: await new DisciplineService(ctx).fileAppeal(input) };
  }

  @Allow('discipline.manage')
  @Mutation(() => DisciplinaryCasePayload, {
    description:
      'Records the outcome of the objection or appeal (HR): the sanction stands, changes (end computed again), or is REVOKED / ANNULLED.',
  })
  async decideSanctionAppeal(@Arg('input', STEP) input: DecideSanctionAppealInput, @Ctx() ctx: Context) {
    return { case: await new DisciplineService(ctx).decideAppeal(input) };
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() record: DisciplinaryCase, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(record.employee.id);
  }

  @FieldResolver(() => SanctionType, { nullable: true, description: 'The sanction decided.' })
  sanctionType(@Root() record: DisciplinaryCase, @Ctx() ctx: Context) {
    return record.sanctionType ? ctx.loaders.byId(SanctionType).load(record.sanctionType.id) : null;
  }

  @FieldResolver(() => SanctionType, { nullable: true, description: 'The sanction first decided, when an appeal changed it.' })
  originalSanctionType(@Root() record: DisciplinaryCase, @Ctx() ctx: Context) {
    return record.originalSanctionType ? ctx.loaders.byId(SanctionType).load(record.originalSanctionType.id) : null;
  }
}

@Resolver(() => Employee)
export class EmployeeDisciplineResolver {
  @Sensitive('discipline', (employee: Employee) => ({ employeeId: employee.id, agencyId: employee.agency.id }))
  @FieldResolver(() => [DisciplinaryCase], {
    nullable: true,
    description:
      'Sanctions in force today (decided, effective, not ended); empty when there is none, null for whoever may not see the employee’s cases (the employee, the supervisors above them, HR and administrators of the agency).',
  })
  activeSanctions(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders
      .batch<string, DisciplinaryCase[] | null>('discipline.inForce', (ids) => new DisciplineService(ctx).inForce(ids))
      .load(employee.id);
  }
}

@Resolver(() => Reward)
export class RewardResolver {
  @Allow('discipline.read')
  @Query(() => [RewardType], { description: 'The reward catalogue: national types and the agency’s own.' })
  rewardTypes(@Ctx() ctx: Context) {
    return new RewardService(ctx).types();
  }

  @Allow('discipline.manage')
  @Mutation(() => RewardTypePayload, { description: 'Adds a reward type to the agency’s catalogue (HR).' })
  async createRewardType(@Arg('input', { description: 'The type and its rules.' }) input: CreateRewardTypeInput, @Ctx() ctx: Context) {
    return { rewardType: await new RewardService(ctx).createType(input) };
  }

  @Allow('discipline.read')
  @Query(() => RewardConnection, { description: 'Rewards of the employees the actor sees, newest first.' })
  rewards(@Args() args: RewardListArgs, @Ctx() ctx: Context) {
    return new RewardService(ctx).list(args);
  }

  @Allow('discipline.read')
  @Query(() => Reward, { description: "One reward; NOT_FOUND when unknown or outside the actor's access." })
  reward(@Arg('id', () => ID, { description: 'Reward ID.' }) id: string, @Ctx() ctx: Context) {
    return new RewardService(ctx).get(id);
  }

  @Allow('discipline.manage')
  @Mutation(() => RewardPayload, {
    description:
      'Grants a reward (HR); refused (CONFLICT, `extensions.blockingCaseIds`) when its rules need a clean record and a sanction stands in the way.',
  })
  async grantReward(@Arg('input', { description: 'Employee, type, decree and reason.' }) input: GrantRewardInput, @Ctx() ctx: Context) {
    return { reward: await new RewardService(ctx).grant(input) };
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() reward: Reward, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(reward.employee.id);
  }

  @FieldResolver(() => RewardType, { description: 'The kind of reward.' })
  rewardType(@Root() reward: Reward, @Ctx() ctx: Context) {
    return ctx.loaders.byId(RewardType).load(reward.rewardType.id);
  }

  @FieldResolver(() => AppraisalPeriod, { nullable: true, description: 'The period it rests on.' })
  period(@Root() reward: Reward, @Ctx() ctx: Context) {
    return reward.period ? ctx.loaders.byId(AppraisalPeriod).load(reward.period.id) : null;
  }
}

@Resolver(() => CoachingPlan)
export class CoachingPlanResolver {
  @Allow('discipline.read')
  @Query(() => CoachingPlanConnection, { description: 'Coaching plans the actor may see (as for disciplinary cases, plus the mentor).' })
  coachingPlans(@Args() args: CoachingPlanListArgs, @Ctx() ctx: Context) {
    return new CoachingService(ctx).list(args);
  }

  @Allow('discipline.write')
  @Mutation(() => CoachingPlanPayload, {
    description: 'Plans the coaching of an employee (HR or their supervisor), linked to the evaluation that triggered it.',
  })
  async createCoachingPlan(
    @Arg('input', { description: 'Employee, goals, mentor, dates.' }) input: CreateCoachingPlanInput,
    @Ctx() ctx: Context,
  ) {
    return { plan: await new CoachingService(ctx).create(input) };
  }

  @Allow('discipline.write')
  @Mutation(() => CoachingPlanPayload, { description: 'Records a coaching meeting (the mentor, a supervisor or HR).' })
  async addCoachingSession(
    @Arg('input', { description: 'The plan and the meeting.' }) input: AddCoachingSessionInput,
    @Ctx() ctx: Context,
  ) {
    return { plan: await new CoachingService(ctx).addSession(input) };
  }

  @Allow('discipline.write')
  @Mutation(() => CoachingPlanPayload, { description: 'Completes (with the outcome) or cancels a coaching plan (HR or a supervisor).' })
  async closeCoachingPlan(@Arg('input', { description: 'The plan and how it ends.' }) input: CloseCoachingPlanInput, @Ctx() ctx: Context) {
    return { plan: await new CoachingService(ctx).close(input) };
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() plan: CoachingPlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(plan.employee.id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The mentor.' })
  mentor(@Root() plan: CoachingPlan, @Ctx() ctx: Context) {
    return plan.mentor ? ctx.loaders.byId(Employee).load(plan.mentor.id) : null;
  }

  @Sensitive('evaluations', (plan: CoachingPlan) => ({ employeeId: plan.employee.id, agencyId: plan.agency.id }))
  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: 'The evaluation that triggered it; null for whoever may not read the employee’s evaluations.',
  })
  evaluation(@Root() plan: CoachingPlan, @Ctx() ctx: Context) {
    return plan.evaluation ? ctx.loaders.byId(Evaluation).load(plan.evaluation.id) : null;
  }
}
