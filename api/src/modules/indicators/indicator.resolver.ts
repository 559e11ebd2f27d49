import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Agency } from '../organization/agency.entity.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorService } from './indicator.service.js';
import {
  CreateIndicatorInput,
  DeleteIndicatorInput,
  DeleteIndicatorPayload,
  IndicatorConnection,
  IndicatorListArgs,
  IndicatorPayload,
  UpdateIndicatorInput,
} from './indicator.types.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Allow('configuration.read')
  @Query(() => IndicatorConnection, { description: "The indicator catalogue: national indicators and the actor's agency's." })
  indicators(@Args() args: IndicatorListArgs, @Ctx() ctx: Context) {
    return new IndicatorService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => Indicator, { description: "One indicator; NOT_FOUND when it does not exist or is outside the actor's access." })
  indicator(@Arg('id', () => ID, { description: 'Indicator ID.' }) id: string, @Ctx() ctx: Context) {
    return new IndicatorService(ctx).get(id);
  }

  @Allow('configuration.manage')
  @Mutation(() => IndicatorPayload, { description: 'Adds an indicator to the catalogue (national ones: platform administrators only).' })
  async createIndicator(@Arg('input', { description: 'The new indicator.' }) input: CreateIndicatorInput, @Ctx() ctx: Context) {
    return { indicator: await new IndicatorService(ctx).create(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => IndicatorPayload, { description: 'Changes an indicator; what its numbers mean cannot change once a period uses it.' })
  async updateIndicator(@Arg('input', { description: 'The changes.' }) input: UpdateIndicatorInput, @Ctx() ctx: Context) {
    return { indicator: await new IndicatorService(ctx).update(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => DeleteIndicatorPayload, { description: 'Deletes an indicator that no template uses.' })
  async deleteIndicator(@Arg('input', { description: 'The indicator to delete.' }) input: DeleteIndicatorInput, @Ctx() ctx: Context) {
    return { id: await new IndicatorService(ctx).delete(input) };
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency; empty for a national indicator.' })
  agency(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return indicator.agency ? ctx.loaders.byId(Agency).load(indicator.agency.id) : null;
  }
}
