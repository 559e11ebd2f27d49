import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { BehaviourValue } from './behaviour-value.entity.js';
import { BehaviourValueService } from './behaviour-value.service.js';
import {
  BehaviourValueConnection,
  BehaviourValueListArgs,
  BehaviourValuePayload,
  CreateBehaviourValueInput,
  DeleteBehaviourValueInput,
  DeleteBehaviourValuePayload,
  UpdateBehaviourValueInput,
} from './behaviour-value.types.js';

@Resolver(() => BehaviourValue)
export class BehaviourValueResolver {
  @Allow('configuration.read')
  @Query(() => BehaviourValueConnection, {
    description: "Behaviour values as stored: the national BerAKHLAK values and the actor's agency's.",
  })
  behaviourValues(@Args() args: BehaviourValueListArgs, @Ctx() ctx: Context) {
    return new BehaviourValueService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => BehaviourValue, { description: 'One behaviour value.' })
  behaviourValue(@Arg('id', () => ID, { description: 'Behaviour value ID.' }) id: string, @Ctx() ctx: Context) {
    return new BehaviourValueService(ctx).get(id);
  }

  @Allow('configuration.read')
  @Query(() => [BehaviourValue], {
    description: "The behaviour values an agency appraises (default the actor's): its own, and the national ones it has not replaced.",
  })
  effectiveBehaviourValues(
    @Arg('agencyId', () => ID, { nullable: true, description: 'The agency.' }) agencyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new BehaviourValueService(ctx).effective(agencyId);
  }

  @Allow('configuration.manage')
  @Mutation(() => BehaviourValuePayload, {
    description: "Adds an agency's behaviour value, or replaces a national one for the agency (same code).",
  })
  async createBehaviourValue(@Arg('input', { description: 'The value.' }) input: CreateBehaviourValueInput, @Ctx() ctx: Context) {
    return { behaviourValue: await new BehaviourValueService(ctx).create(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => BehaviourValuePayload, { description: 'Changes a behaviour value (national ones: platform administrators only).' })
  async updateBehaviourValue(@Arg('input', { description: 'The changes.' }) input: UpdateBehaviourValueInput, @Ctx() ctx: Context) {
    return { behaviourValue: await new BehaviourValueService(ctx).update(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => DeleteBehaviourValuePayload, {
    description: "Deletes an agency's behaviour value; a replaced national value applies again.",
  })
  async deleteBehaviourValue(@Arg('input', { description: 'The value to delete.' }) input: DeleteBehaviourValueInput, @Ctx() ctx: Context) {
    return { id: await new BehaviourValueService(ctx).delete(input) };
  }
}
