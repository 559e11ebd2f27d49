import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Employee } from '../employees/employee.entity.js';
import { FollowUpAction, FollowUpDecision, FollowUpRule } from './follow-up.entity.js';
import { FollowUpService } from './follow-up.service.js';
import {
  ActOnRecommendationInput,
  CreateFollowUpRuleInput,
  DismissRecommendationInput,
  FollowUpDecisionPayload,
  FollowUpRecommendation,
  FollowUpRulePayload,
  UpdateFollowUpRuleInput,
} from './follow-up.types.js';

@Resolver(() => FollowUpRule)
export class FollowUpResolver {
  @Allow('followUps.read')
  @Query(() => [FollowUpRule], { description: "The agency's follow-up rules (HR and the evaluation team)." })
  followUpRules(@Ctx() ctx: Context) {
    return new FollowUpService(ctx).rules();
  }

  @Allow('discipline.manage')
  @Mutation(() => FollowUpRulePayload, { description: 'Adds a follow-up rule (HR).' })
  async createFollowUpRule(@Arg('input', { description: 'The rule.' }) input: CreateFollowUpRuleInput, @Ctx() ctx: Context) {
    return { rule: await new FollowUpService(ctx).createRule(input) };
  }

  @Allow('discipline.manage')
  @Mutation(() => FollowUpRulePayload, { description: 'Changes a follow-up rule (HR); deactivate it with `active: false`.' })
  async updateFollowUpRule(@Arg('input', { description: 'The changes.' }) input: UpdateFollowUpRuleInput, @Ctx() ctx: Context) {
    return { rule: await new FollowUpService(ctx).updateRule(input) };
  }

  @Allow('followUps.read')
  @Query(() => [FollowUpRecommendation], {
    description:
      "What the agency's rules propose per employee for a CLOSED period (CONFLICT before), by name; decided ones are not proposed again.",
  })
  followUpRecommendations(
    @Arg('periodId', () => ID, { description: 'The closed period.' }) periodId: string,
    @Arg('action', () => FollowUpAction, { nullable: true, description: 'Only this action.' }) action: FollowUpAction | null,
    @Ctx() ctx: Context,
  ) {
    return new FollowUpService(ctx).recommendations(periodId, action);
  }

  @Allow('followUps.read')
  @Query(() => [FollowUpDecision], { description: 'The decisions taken on the recommendations of a period, oldest first.' })
  followUpDecisions(@Arg('periodId', () => ID, { description: 'The period.' }) periodId: string, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).decisions(periodId);
  }

  @Allow('discipline.manage')
  @Mutation(() => FollowUpDecisionPayload, {
    description: 'Turns a recommendation into a reward, an enrolment, a coaching plan or a proposed case, in one step (HR).',
  })
  actOnRecommendation(
    @Arg('input', { description: 'The recommendation and its record.' }) input: ActOnRecommendationInput,
    @Ctx() ctx: Context,
  ) {
    return new FollowUpService(ctx).act(input);
  }

  @Allow('discipline.manage')
  @Mutation(() => FollowUpDecisionPayload, { description: 'Dismisses a recommendation with a reason (HR).' })
  dismissRecommendation(
    @Arg('input', { description: 'The recommendation and why.' }) input: DismissRecommendationInput,
    @Ctx() ctx: Context,
  ) {
    return new FollowUpService(ctx).dismiss(input);
  }
}

@Resolver(() => FollowUpDecision)
export class FollowUpDecisionResolver {
  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() decision: FollowUpDecision, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(decision.employee.id);
  }

  @FieldResolver(() => FollowUpRule, { description: 'The rule.' })
  rule(@Root() decision: FollowUpDecision, @Ctx() ctx: Context) {
    return ctx.loaders.byId(FollowUpRule).load(decision.rule.id);
  }
}
