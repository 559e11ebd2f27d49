import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Employee } from '../employees/employee.entity.js';
import { CriteriaTemplate } from '../indicators/criteria-template.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { mainWeightOf } from '../indicators/weights.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Position } from '../organization/position.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { PerformancePlan, PlanTarget } from './performance-plan.entity.js';
import { PerformancePlanService } from './performance-plan.service.js';
import {
  GeneratePlansInput,
  GeneratePlansPayload,
  PerformancePlanConnection,
  PerformancePlanListArgs,
  PerformancePlanPayload,
  PlanStepInput,
  ReturnPlanInput,
  SetPlanTargetsInput,
} from './performance-plan.types.js';

const targetsOf = (ctx: Context) => ctx.loaders.byForeignKey(PlanTarget, 'plan', { sortOrder: 'asc' });
const employee = (ctx: Context, id: string | undefined) => (id ? ctx.loaders.byId(Employee).load(id) : null);

@Resolver(() => PerformancePlan)
export class PerformancePlanResolver {
  @Allow('plans.read')
  @Query(() => PerformancePlanConnection, {
    description:
      'Performance plans the actor may see: their agency (HR), their subordinates (supervisors), their own, and those they appraise.',
  })
  performancePlans(@Args() args: PerformancePlanListArgs, @Ctx() ctx: Context) {
    return new PerformancePlanService(ctx).list(args);
  }

  @Allow('plans.read')
  @Query(() => PerformancePlan, { description: 'One performance plan.' })
  performancePlan(@Arg('id', () => ID, { description: 'Plan ID.' }) id: string, @Ctx() ctx: Context) {
    return new PerformancePlanService(ctx).get(id);
  }

  @Allow('plans.manageAgency')
  @Mutation(() => GeneratePlansPayload, {
    description:
      'Creates the plans of a PLANNING period from the applicable templates, one per appraised employee without one (idempotent).',
  })
  generatePlans(
    @Arg('input', { description: 'The period, and optionally a unit subtree.' }) input: GeneratePlansInput,
    @Ctx() ctx: Context,
  ) {
    return new PerformancePlanService(ctx).generate(input);
  }

  @Allow('plans.write')
  @Mutation(() => PerformancePlanPayload, { description: 'Sets the targets of a DRAFT or RETURNED plan (the employee or HR).' })
  async setPlanTargets(@Arg('input', { description: 'The plan and all its targets.' }) input: SetPlanTargetsInput, @Ctx() ctx: Context) {
    return { plan: await new PerformancePlanService(ctx).setTargets(input) };
  }

  @Allow('plans.write')
  @Mutation(() => PerformancePlanPayload, { description: 'DRAFT or RETURNED -> SUBMITTED, by the employee or HR.' })
  async submitPlan(@Arg('input', { description: 'The plan.' }) input: PlanStepInput, @Ctx() ctx: Context) {
    return { plan: await new PerformancePlanService(ctx).submit(input) };
  }

  @Allow('plans.write')
  @Mutation(() => PerformancePlanPayload, { description: 'SUBMITTED -> APPROVED, by the appraiser.' })
  async approvePlan(@Arg('input', { description: 'The plan.' }) input: PlanStepInput, @Ctx() ctx: Context) {
    return { plan: await new PerformancePlanService(ctx).approve(input) };
  }

  @Allow('plans.write')
  @Mutation(() => PerformancePlanPayload, { description: 'SUBMITTED -> RETURNED with a comment, by the appraiser.' })
  async returnPlan(@Arg('input', { description: 'The plan and what to change.' }) input: ReturnPlanInput, @Ctx() ctx: Context) {
    return { plan: await new PerformancePlanService(ctx).return(input) };
  }

  @FieldResolver(() => AppraisalPeriod, { description: 'The period.' })
  period(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(AppraisalPeriod).load(plan.period.id);
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return employee(ctx, plan.employee.id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The appraiser (pejabat penilai kinerja) when the plan was made.' })
  appraiser(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return employee(ctx, plan.appraiser?.id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: "The appraiser's superior (atasan pejabat penilai)." })
  appraiserSuperior(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return employee(ctx, plan.appraiserSuperior?.id);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit when the plan was made.' })
  unit(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(plan.unit.id);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position when the plan was made.' })
  position(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return plan.position ? ctx.loaders.byId(Position).load(plan.position.id) : null;
  }

  @FieldResolver(() => CriteriaTemplate, { nullable: true, description: 'The template revision the targets came from.' })
  template(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return plan.template ? ctx.loaders.byId(CriteriaTemplate).load(plan.template.id) : null;
  }

  @FieldResolver(() => [PlanTarget], { description: 'The targets, in order.' })
  targets(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return targetsOf(ctx).load(plan.id);
  }

  @FieldResolver(() => [PlanTarget], {
    description: "The appraiser's targets in the same period: what this plan's targets may support (cascading). Readable with this plan.",
  })
  supportableTargets(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    if (!plan.appraiser) return [];
    // One statement for every plan of the page: (period, appraiser) pairs.
    return ctx.loaders
      .batch<string, PlanTarget[]>('supportableTargets', async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows = await ctx.em.find(
          PlanTarget,
          { $or: pairs.map(([period, employee]) => ({ plan: { period, employee } })) },
          { populate: ['plan'], orderBy: { sortOrder: 'asc', id: 'asc' } },
        );
        return keys.map((key) => rows.filter((row) => `${row.plan.getEntity().period.id}:${row.plan.getEntity().employee.id}` === key));
      })
      .load(`${plan.period.id}:${plan.appraiser.id}`);
  }

  @FieldResolver(() => Float, { description: 'Sum of the weights of the main results (100 for a plan that can be submitted).' })
  async mainWeight(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return mainWeightOf(await targetsOf(ctx).load(plan.id));
  }
}

@Resolver(() => PlanTarget)
export class PlanTargetResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() target: PlanTarget, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Indicator).load(target.indicator.id);
  }

  @FieldResolver(() => PlanTarget, { nullable: true, description: "The appraiser's target this one supports (cascading)." })
  supports(@Root() target: PlanTarget, @Ctx() ctx: Context) {
    return target.supports ? ctx.loaders.byId(PlanTarget).load(target.supports.id) : null;
  }

  @FieldResolver(() => [PlanTarget], { description: "Subordinates' targets that support this one: what they contribute." })
  supportedBy(@Root() target: PlanTarget, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(PlanTarget, 'supports', { sortOrder: 'asc' }).load(target.id);
  }
}
