import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MultiLineText } from '../../graphql/validation.js';
import { FeedbackType, PlanFeedback } from './plan-feedback.entity.js';

@InputType({ description: "Feedback (umpan balik) on a plan, by its appraiser or the appraiser's superior." })
export class GiveFeedbackInput {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => FeedbackType, { description: 'Appreciation, improvement or direction.' })
  type!: FeedbackType;

  @Field({ description: 'The feedback (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  text!: string;

  @Field(() => ID, { nullable: true, description: 'A target of the plan the feedback is about.' })
  @IsOptional()
  targetId?: string | null;
}

@ObjectType({ description: 'Result of giving feedback.' })
export class PlanFeedbackPayload {
  @Field(() => PlanFeedback, { description: 'The feedback as stored.' })
  feedback!: PlanFeedback;
}
