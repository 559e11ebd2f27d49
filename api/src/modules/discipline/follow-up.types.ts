import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { Evaluation } from '../appraisals/evaluation.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { Predicate } from '../indicators/indicator.enums.js';
import { Enrollment } from '../training/training.entity.js';
import { CoachingPlan } from './coaching.entity.js';
import { DisciplinaryCase } from './discipline.entity.js';
import { CoachingPlanFields, RewardGrantFields } from './discipline.types.js';
import { FollowUpAction, FollowUpDecision, FollowUpRule } from './follow-up.entity.js';
import { Reward } from './reward.entity.js';

@InputType({ description: 'A follow-up rule of an agency.' })
export class CreateFollowUpRuleInput {
  @Field(() => ID, { nullable: true, description: "The agency; default the actor's own." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Name (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  name!: string;

  @Field(() => [Predicate], { description: 'Predicates that trigger it (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  predicates!: Predicate[];

  @Field(() => Int, { nullable: true, description: 'Consecutive periods of the same type (1-12, default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  consecutivePeriods?: number;

  @Field(() => FollowUpAction, { description: 'What it proposes.' })
  action!: FollowUpAction;

  @Field(() => String, { nullable: true, description: 'Basis or guidance (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  note?: string | null;
}

@InputType({ description: 'Changes to a follow-up rule; fields left out stay as they are.' })
export class UpdateFollowUpRuleInput {
  @Field(() => ID, { description: 'The rule.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name.' })
  @IsOptional()
  @Length(3, 200)
  @SingleLineText()
  name?: string;

  @Field(() => [Predicate], { nullable: true, description: 'Predicates that trigger it.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  predicates?: Predicate[];

  @Field(() => Int, { nullable: true, description: 'Consecutive periods (1-12).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  consecutivePeriods?: number;

  @Field(() => FollowUpAction, { nullable: true, description: 'What it proposes.' })
  @IsOptional()
  action?: FollowUpAction;

  @Field(() => Boolean, { nullable: true, description: 'Active.' })
  @IsOptional()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Basis or guidance.' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  note?: string | null;
}

@ObjectType({ description: 'Result of creating or changing a follow-up rule.' })
export class FollowUpRulePayload {
  @Field(() => FollowUpRule, { description: 'The rule as stored.' })
  rule!: FollowUpRule;
}

@ObjectType({ description: 'What a rule proposes for an employee after a closed period; HR acts on it or dismisses it.' })
export class FollowUpRecommendation {
  @Field(() => Employee, { description: 'The employee.' })
  employee!: Employee;

  @Field(() => FollowUpRule, { description: 'The rule that proposes it.' })
  rule!: FollowUpRule;

  @Field(() => FollowUpAction, { description: 'The action proposed.' })
  action!: FollowUpAction;

  @Field(() => Predicate, { description: 'The predicate in the period.' })
  predicate!: Predicate;

  @Field(() => [Predicate], { description: 'The predicates the rule looked at, newest first.' })
  predicates!: Predicate[];

  @Field(() => Evaluation, { description: 'The evaluation of the period.' })
  evaluation!: Evaluation;

  @Field({ description: 'Why, in words.' })
  reason!: string;
}

@InputType({ description: 'The enrolment a TRAINING recommendation becomes.' })
export class FollowUpEnrollmentFields {
  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;
}

@InputType({ description: 'The case a DISCIPLINARY_REVIEW recommendation becomes.' })
export class FollowUpCaseFields {
  @Field({ description: 'What happened (10-4,000 characters).' })
  @Length(10, 4000)
  @MultiLineText()
  violation!: string;

  @Field(() => GraphQLDate, { description: 'When (e.g. the last day of the period).' })
  violationDate!: Date;

  @Field({ description: 'The obligation violated, e.g. PP 94/2021 Pasal 4 huruf f (performance targets).' })
  @Length(3, 300)
  @SingleLineText()
  article!: string;
}

@InputType({ description: 'Which recommendation: period, employee and rule.' })
export class RecommendationKeyInput {
  @Field(() => ID, { description: 'The closed period.' })
  periodId!: string;

  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => ID, { description: 'The rule.' })
  ruleId!: string;
}

@InputType({ description: "Turns a recommendation into the record of its action: give exactly the part of the rule's action." })
export class ActOnRecommendationInput extends RecommendationKeyInput {
  @Field(() => RewardGrantFields, { nullable: true, description: 'For REWARD: the reward to grant.' })
  @IsOptional()
  @ValidateNested()
  reward?: RewardGrantFields | null;

  @Field(() => FollowUpEnrollmentFields, { nullable: true, description: 'For TRAINING: the session to enrol in.' })
  @IsOptional()
  @ValidateNested()
  enrollment?: FollowUpEnrollmentFields | null;

  @Field(() => CoachingPlanFields, { nullable: true, description: 'For COACHING: the plan (linked to the evaluation).' })
  @IsOptional()
  @ValidateNested()
  coachingPlan?: CoachingPlanFields | null;

  @Field(() => FollowUpCaseFields, { nullable: true, description: 'For DISCIPLINARY_REVIEW: the case to propose.' })
  @IsOptional()
  @ValidateNested()
  disciplinaryCase?: FollowUpCaseFields | null;
}

@InputType({ description: 'Dismisses a recommendation with a reason.' })
export class DismissRecommendationInput extends RecommendationKeyInput {
  @Field({ description: 'Why (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  reason!: string;
}

@ObjectType({ description: 'Result of deciding a recommendation: the decision and the record it became.' })
export class FollowUpDecisionPayload {
  @Field(() => FollowUpDecision, { description: 'The decision as stored.' })
  decision!: FollowUpDecision;

  @Field(() => Reward, { nullable: true, description: 'The reward granted.' })
  reward?: Reward | null;

  @Field(() => Enrollment, { nullable: true, description: 'The enrolment.' })
  enrollment?: Enrollment | null;

  @Field(() => CoachingPlan, { nullable: true, description: 'The coaching plan.' })
  coachingPlan?: CoachingPlan | null;

  @Field(() => DisciplinaryCase, { nullable: true, description: 'The case proposed.' })
  disciplinaryCase?: DisciplinaryCase | null;
}
