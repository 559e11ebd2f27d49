import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { CriteriaTemplate } from '../indicators/criteria-template.entity.js';
import { TemplateResolution } from '../indicators/criteria-template.types.js';
import { ScoringScheme } from '../indicators/scoring-scheme.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { AppraisalPeriod, PeriodStatus, PeriodTransition } from './appraisal-period.entity.js';
import { AppraisalPeriodService } from './appraisal-period.service.js';
import {
  AppraisalPeriodConnection,
  AppraisalPeriodListArgs,
  AppraisalPeriodPayload,
  CreateAppraisalPeriodInput,
  DeleteAppraisalPeriodInput,
  DeleteAppraisalPeriodPayload,
  GenerateSubPeriodsInput,
  GenerateSubPeriodsPayload,
  PeriodStep,
  PeriodTransitionInput,
  ReopenPeriodInput,
  UpdateAppraisalPeriodInput,
} from './appraisal-period.types.js';

const STEP = { description: 'The period and the version the step is based on.' };

@Resolver(() => AppraisalPeriod)
export class AppraisalPeriodResolver {
  @Allow('configuration.read')
  @Query(() => AppraisalPeriodConnection, {
    description: "Appraisal periods of the actor's agency (all agencies for platform administrators).",
  })
  appraisalPeriods(@Args() args: AppraisalPeriodListArgs, @Ctx() ctx: Context) {
    return new AppraisalPeriodService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => AppraisalPeriod, { description: 'One appraisal period.' })
  appraisalPeriod(@Arg('id', () => ID, { description: 'Period ID.' }) id: string, @Ctx() ctx: Context) {
    return new AppraisalPeriodService(ctx).get(id);
  }

  @Allow('configuration.read')
  @Query(() => TemplateResolution, {
    description: 'Which criteria template applies to an employee in a period, and why (most specific wins).',
  })
  applicableTemplate(
    @Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string,
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
    @Ctx() ctx: Context,
  ) {
    return new AppraisalPeriodService(ctx).applicableTemplate(employeeId, periodId);
  }

  @Allow('configuration.manage')
  @Mutation(() => AppraisalPeriodPayload, {
    description: 'Creates a period in DRAFT; periods of the same type and agency may not overlap.',
  })
  async createAppraisalPeriod(@Arg('input', { description: 'The new period.' }) input: CreateAppraisalPeriodInput, @Ctx() ctx: Context) {
    return { period: await new AppraisalPeriodService(ctx).create(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => AppraisalPeriodPayload, { description: 'Changes a period that is not closed.' })
  async updateAppraisalPeriod(@Arg('input', { description: 'The changes.' }) input: UpdateAppraisalPeriodInput, @Ctx() ctx: Context) {
    return { period: await new AppraisalPeriodService(ctx).update(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => DeleteAppraisalPeriodPayload, { description: 'Deletes a DRAFT period without sub-periods.' })
  async deleteAppraisalPeriod(@Arg('input', { description: 'The period.' }) input: DeleteAppraisalPeriodInput, @Ctx() ctx: Context) {
    return { id: await new AppraisalPeriodService(ctx).delete(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => GenerateSubPeriodsPayload, {
    description: 'Generates the semesters, quarters or months of an annual period (idempotent).',
  })
  generateSubPeriods(
    @Arg('input', { description: 'The annual period and the type.' }) input: GenerateSubPeriodsInput,
    @Ctx() ctx: Context,
  ) {
    return new AppraisalPeriodService(ctx).generateSubPeriods(input);
  }

  @Allow('configuration.manage')
  @Mutation(() => AppraisalPeriodPayload, { description: 'DRAFT -> PLANNING: the period adopts the current criteria templates.' })
  async startPlanning(@Arg('input', STEP) input: PeriodTransitionInput, @Ctx() ctx: Context) {
    return { period: await new AppraisalPeriodService(ctx).transition(input, PeriodStatus.PLANNING) };
  }

  @Allow('configuration.manage')
  @Mutation(() => AppraisalPeriodPayload, { description: 'PLANNING -> MONITORING.' })
  async startMonitoring(@Arg('input', STEP) input: PeriodTransitionInput, @Ctx() ctx: Context) {
    return { period: await new AppraisalPeriodService(ctx).transition(input, PeriodStatus.MONITORING) };
  }

  @Allow('configuration.manage')
  @Mutation(() => AppraisalPeriodPayload, { description: 'MONITORING -> EVALUATION, from the closing week of the period.' })
  async startEvaluation(@Arg('input', STEP) input: PeriodTransitionInput, @Ctx() ctx: Context) {
    return { period: await new AppraisalPeriodService(ctx).transition(input, PeriodStatus.EVALUATION) };
  }

  @Allow('configuration.manage')
  @Mutation(() => AppraisalPeriodPayload, { description: 'EVALUATION -> CLOSED: the period becomes read-only.' })
  async closePeriod(@Arg('input', STEP) input: PeriodTransitionInput, @Ctx() ctx: Context) {
    return { period: await new AppraisalPeriodService(ctx).transition(input, PeriodStatus.CLOSED) };
  }

  @Allow('periods.reopen')
  @Mutation(() => AppraisalPeriodPayload, {
    description: 'CLOSED -> EVALUATION, by a platform administrator, with a reason kept in the history.',
  })
  async reopenPeriod(@Arg('input', { description: 'The period and why.' }) input: ReopenPeriodInput, @Ctx() ctx: Context) {
    return { period: await new AppraisalPeriodService(ctx).reopen(input) };
  }

  @FieldResolver(() => Agency, { description: 'The agency.' })
  agency(@Root() period: AppraisalPeriod, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Agency).load(period.agency.id);
  }

  @FieldResolver(() => AppraisalPeriod, { nullable: true, description: 'The annual period this one is part of.' })
  parent(@Root() period: AppraisalPeriod, @Ctx() ctx: Context) {
    return period.parent ? ctx.loaders.byId(AppraisalPeriod).load(period.parent.id) : null;
  }

  @FieldResolver(() => [AppraisalPeriod], { description: 'Its sub-periods, in order.' })
  children(@Root() period: AppraisalPeriod, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(AppraisalPeriod, 'parent', { startDate: 'asc', type: 'asc' }).load(period.id);
  }

  @FieldResolver(() => ScoringScheme, { description: 'The scoring scheme.' })
  scoringScheme(@Root() period: AppraisalPeriod, @Ctx() ctx: Context) {
    return ctx.loaders.byId(ScoringScheme).load(period.scoringScheme.id);
  }

  @FieldResolver(() => [CriteriaTemplate], { description: 'The template revisions adopted when planning started (empty while DRAFT).' })
  templates(@Root() period: AppraisalPeriod, @Ctx() ctx: Context) {
    return ctx.loaders
      .batch<AppraisalPeriod, CriteriaTemplate[]>('AppraisalPeriod.templates', async (periods) => {
        await ctx.em.populate([...periods], ['templates']);
        return periods.map((p) => p.templates.getItems());
      })
      .load(period);
  }

  @FieldResolver(() => PeriodStep, {
    nullable: true,
    description:
      'The next lifecycle step and what blocks it; empty when CLOSED. Checks preconditions: ask for it on one period, not on long lists.',
  })
  nextStep(@Root() period: AppraisalPeriod, @Ctx() ctx: Context) {
    return new AppraisalPeriodService(ctx).nextStep(period);
  }

  @FieldResolver(() => [PeriodTransition], { description: 'Lifecycle history, oldest first.' })
  history(@Root() period: AppraisalPeriod, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(PeriodTransition, 'period', { occurredAt: 'asc' }).load(period.id);
  }
}
