import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { freshServiceContext, type Context, type SubscriptionContext } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Topic, type EventPayloads } from '../../events/events.js';
import { Employee } from '../employees/employee.entity.js';
import { PerformancePlan, PlanTarget } from './performance-plan.entity.js';
import { PlanFeedback } from './plan-feedback.entity.js';
import { PlanFeedbackService } from './plan-feedback.service.js';
import { GiveFeedbackInput, PlanFeedbackPayload } from './plan-feedback.types.js';

type ReceivedEvent = EventPayloads[Topic.FEEDBACK_RECEIVED];

@Resolver(() => PlanFeedback)
export class PlanFeedbackResolver {
  @Allow('plans.write')
  @Mutation(() => PlanFeedbackPayload, {
    description: "Gives feedback (umpan balik) on a plan: its appraiser or the appraiser's superior, while the period is not closed.",
  })
  async giveFeedback(@Arg('input', { description: 'The plan and the feedback.' }) input: GiveFeedbackInput, @Ctx() ctx: Context) {
    return { feedback: await new PlanFeedbackService(ctx).give(input) };
  }

  @Allow('plans.read')
  @Subscription(() => PlanFeedback, {
    description: "Feedback as it is given on the actor's own plans. WebSocket (graphql-ws) only.",
    topics: Topic.FEEDBACK_RECEIVED,
    topicId: ({ context }) => (context as SubscriptionContext).events,
    filter: async ({ payload, context }) =>
      (await new PlanFeedbackService(freshServiceContext(context as Context)).ownRow((payload as ReceivedEvent).feedbackId)) !== null,
  })
  feedbackReceived(@Root() event: ReceivedEvent, @Ctx() ctx: Context) {
    return new PlanFeedbackService(ctx).getOwnRow(event.feedbackId);
  }

  @FieldResolver(() => PerformancePlan, { description: 'The plan.' })
  plan(@Root() feedback: PlanFeedback, @Ctx() ctx: Context) {
    return ctx.loaders.byId(PerformancePlan).load(feedback.plan.id);
  }

  @FieldResolver(() => PlanTarget, { nullable: true, description: 'The target it is about.' })
  target(@Root() feedback: PlanFeedback, @Ctx() ctx: Context) {
    return feedback.target ? ctx.loaders.byId(PlanTarget).load(feedback.target.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee who gave it (the appraiser or their superior).' })
  author(@Root() feedback: PlanFeedback, @Ctx() ctx: Context) {
    return feedback.author ? ctx.loaders.byId(Employee).load(feedback.author.id) : null;
  }
}

@Resolver(() => PerformancePlan)
export class PlanFeedbackOfPlanResolver {
  @FieldResolver(() => [PlanFeedback], { description: 'Feedback (umpan balik) given on the plan, oldest first.' })
  feedback(@Root() plan: PerformancePlan, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(PlanFeedback, 'plan', { createdAt: 'asc' }).load(plan.id);
  }
}
