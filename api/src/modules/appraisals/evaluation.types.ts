import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLineText } from '../../graphql/validation.js';
import { Predicate, Rating } from '../indicators/indicator.enums.js';
import { Evaluation, ObjectionDecision } from './evaluation.entity.js';

@InputType({ description: 'The rating of one core value.' })
export class BehaviourRatingInput {
  @Field({ description: 'Code of the value, e.g. BERORIENTASI_PELAYANAN (see effectiveBehaviourValues).' })
  @Length(2, 40)
  code!: string;

  @Field(() => Rating, { description: 'Rating.' })
  rating!: Rating;

  @Field(() => String, { nullable: true, description: 'Note (at most 1,000 characters).' })
  @IsOptional()
  @MaxLength(1000)
  @MultiLineText()
  note?: string | null;
}

@InputType({ description: "The appraiser's ratings for a plan, saved as a draft until confirmed." })
export class SaveEvaluationInput {
  @Field(() => ID, { description: 'The plan (approved, its period in EVALUATION).' })
  planId!: string;

  @Field(() => Int, { nullable: true, description: 'When changing a saved draft: the version it is based on.' })
  @IsOptional()
  version?: number;

  @Field(() => [BehaviourRatingInput], { description: 'Ratings per core value: all of them, or none when an overall rating is given.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  behaviour!: BehaviourRatingInput[];

  @Field(() => Rating, {
    nullable: true,
    description: 'Overall behaviour rating instead of the one from the values (or, for a year, from its periods); needs overrideReason.',
  })
  @IsOptional()
  behaviourRating?: Rating | null;

  @Field(() => Rating, { nullable: true, description: 'Result rating instead of the computed one; needs overrideReason.' })
  @IsOptional()
  resultRating?: Rating | null;

  @Field(() => String, { nullable: true, description: 'Why a rating is chosen over the proposed one (10-2,000 characters).' })
  @IsOptional()
  @Length(10, 2000)
  @MultiLineText()
  overrideReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Feedback on the period (at most 4,000 characters).' })
  @IsOptional()
  @MaxLength(4000)
  @MultiLineText()
  note?: string | null;
}

@InputType({ description: 'An evaluation and the version a step is based on.' })
export class EvaluationStepInput {
  @Field(() => ID, { description: 'The evaluation.' })
  id!: string;

  @Field(() => Int, { description: 'The version the step is based on.' })
  version!: number;
}

@InputType({ description: "The employee's objection (keberatan)." })
export class ObjectToEvaluationInput extends EvaluationStepInput {
  @Field({ description: 'Why (10-4,000 characters).' })
  @Length(10, 4000)
  @MultiLineText()
  reason!: string;
}

@InputType({ description: "The appraiser's superior's decision on an objection; final." })
export class DecideObjectionInput extends EvaluationStepInput {
  @Field(() => ObjectionDecision, { description: 'Upheld or rejected.' })
  decision!: ObjectionDecision;

  @Field(() => Predicate, { nullable: true, description: 'The predicate that replaces the computed one (required when upheld).' })
  @IsOptional()
  predicate?: Predicate | null;

  @Field({ description: 'Why (3-4,000 characters).' })
  @Length(3, 4000)
  @MultiLineText()
  note!: string;
}

@ObjectType({ description: 'Result of an evaluation step.' })
export class EvaluationPayload {
  @Field(() => Evaluation, { description: 'The evaluation as stored.' })
  evaluation!: Evaluation;
}

@InputType({ description: "The appraiser's superior's review of a confirmed evaluation." })
export class ReviewEvaluationInput extends EvaluationStepInput {
  @Field({ description: 'Review note (3-4,000 characters).' })
  @Length(3, 4000)
  @MultiLineText()
  note!: string;
}

@InputType({ description: 'Which evaluations to confirm at once.' })
export class ConfirmEvaluationsInput {
  @Field(() => ID, { description: 'The period (in EVALUATION).' })
  periodId!: string;

  @Field(() => ID, { nullable: true, description: 'Only plans of this unit and the units below it.' })
  @IsOptional()
  unitId?: string | null;
}

@ObjectType({ description: 'An evaluation left as a draft, and why.' })
export class SkippedEvaluation {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field({ description: 'The employee.' })
  employeeName!: string;

  @Field(() => [String], { description: 'What keeps it from being confirmed.' })
  problems!: string[];
}

@ObjectType({ description: 'Result of confirming evaluations at once.' })
export class ConfirmEvaluationsPayload {
  @Field(() => Int, { description: 'How many were confirmed.' })
  confirmed!: number;

  @Field(() => Int, { description: 'How many drafts were left because they are incomplete.' })
  skippedCount!: number;

  @Field(() => [SkippedEvaluation], { description: 'The first 100 drafts left, with their problems.' })
  skipped!: SkippedEvaluation[];
}
