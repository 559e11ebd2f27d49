import { Arg, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { periodValueOf } from './aggregation.js';
import { PlanTarget } from './performance-plan.entity.js';
import { Realization } from './realization.entity.js';
import { RealizationService } from './realization.service.js';
import { DeleteRealizationInput, DeleteRealizationPayload, RealizationPayload, RecordRealizationInput } from './realization.types.js';

const realizationsOf = (ctx: Context) => ctx.loaders.byForeignKey(Realization, 'target');

@Resolver(() => Realization)
export class RealizationResolver {
  @Allow('plans.write')
  @Mutation(() => RealizationPayload, {
    description: 'Records what was achieved on a target of an approved plan in a period (the employee or HR), replacing an earlier record.',
  })
  async recordRealization(
    @Arg('input', { description: 'Target, period, value and evidence.' }) input: RecordRealizationInput,
    @Ctx() ctx: Context,
  ) {
    return { realization: await new RealizationService(ctx).record(input) };
  }

  @Allow('plans.write')
  @Mutation(() => DeleteRealizationPayload, { description: 'Deletes a realisation (the employee or HR, while it may still be recorded).' })
  async deleteRealization(@Arg('input', { description: 'The realisation.' }) input: DeleteRealizationInput, @Ctx() ctx: Context) {
    return { id: await new RealizationService(ctx).delete(input) };
  }

  @FieldResolver(() => AppraisalPeriod, { description: 'The period the value is for.' })
  period(@Root() realization: Realization, @Ctx() ctx: Context) {
    return ctx.loaders.byId(AppraisalPeriod).load(realization.period.id);
  }
}

@Resolver(() => PlanTarget)
export class PlanTargetProgressResolver {
  @FieldResolver(() => [Realization], { description: 'What was achieved, per period, in time order.' })
  async realizations(@Root() target: PlanTarget, @Ctx() ctx: Context) {
    return (await this.dated(target, ctx)).map((entry) => entry.realization);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The value for the plan's period: its sub-periods' values combined by the indicator's aggregation, else the value recorded for the period itself; empty when nothing is recorded.",
  })
  async periodValue(@Root() target: PlanTarget, @Ctx() ctx: Context) {
    const [entries, indicator] = await Promise.all([this.dated(target, ctx), ctx.loaders.byId(Indicator).load(target.indicator.id)]);
    return periodValueOf(
      entries.map((entry) => ({ value: entry.realization.value, startDate: entry.startDate, isSubPeriod: entry.isSubPeriod })),
      indicator!.aggregation,
    );
  }

  /** The realisations with their periods, oldest first; whether each is for a sub-period (vs the plan's own period). */
  private async dated(target: PlanTarget, ctx: Context) {
    const realizations = await realizationsOf(ctx).load(target.id);
    const periods = await ctx.loaders.byId(AppraisalPeriod).loadMany(realizations.map((r) => r.period.id));
    return realizations
      .map((realization, index) => {
        const period = periods[index] as AppraisalPeriod;
        return { realization, startDate: period.startDate, isSubPeriod: period.parent !== null };
      })
      .sort((a, b) => a.startDate.localeCompare(b.startDate));
  }
}
