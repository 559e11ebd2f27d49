import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { BooleanFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { AchievementFormula, Direction, Predicate, Rating, ResultCategory } from './indicator.enums.js';
import { ScoringScheme } from './scoring-scheme.entity.js';
import { WeightedTargetInput } from './weighted-target.input.js';

export const ScoringSchemeConnection = Connection(ScoringScheme, 'ScoringScheme', 'scoring schemes');

@InputType({ description: 'Conditions on scoring schemes.' })
export class ScoringSchemeFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency; `isNull: true` gives the national default.' })
  agencyId?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Latest revisions only (true) or earlier ones (false).' })
  current?: BooleanFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in the name.' })
  q?: string;

  @Field(() => [ScoringSchemeFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: ScoringSchemeFilter[];

  @Field(() => [ScoringSchemeFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: ScoringSchemeFilter[];
}

export const scoringSchemeFilterRules: FilterRules = {
  id: { kind: 'id', type: 'ScoringScheme' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  name: { kind: 'value' },
  current: { kind: 'value' },
};

export const ScoringSchemeOrder = OrderBy('ScoringScheme', {
  NAME: { property: 'name', description: 'Name.' },
  REVISION: { property: 'revision', description: 'Revision.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
});

@ArgsType()
export class ScoringSchemeListArgs extends PageArgs {
  @Field(() => ScoringSchemeFilter, { nullable: true, description: 'Which schemes to return.' })
  filter?: ScoringSchemeFilter;

  @Field(() => [ScoringSchemeOrder.Input], { nullable: true, description: 'Sort keys (default: by name, latest revision first).' })
  orderBy?: InstanceType<typeof ScoringSchemeOrder.Input>[];
}

@InputType({ description: 'One cell of the predicate matrix.' })
export class MatrixCellInput {
  @Field(() => Rating, { description: 'Result rating (row).' })
  result!: Rating;

  @Field(() => Rating, { description: 'Behaviour rating (column).' })
  behaviour!: Rating;

  @Field(() => Predicate, { description: 'The predicate.' })
  predicate!: Predicate;
}

/** The tunable rules, shared by create, update and a what-if preview. */
@InputType({ description: 'Rules of a scoring scheme; omitted fields keep their value (the national default for a new scheme).' })
export class ScoringRulesInput {
  @Field(() => Float, { nullable: true, description: 'Achievement cap in percent, 100-1000.' })
  @IsOptional()
  @Min(100)
  @Max(1000)
  cap?: number;

  @Field(() => AchievementFormula, { nullable: true, description: 'Formula for higher-is-better indicators (RATIO).' })
  @IsOptional()
  higherIsBetterFormula?: AchievementFormula;

  @Field(() => AchievementFormula, {
    nullable: true,
    description: 'Formula for lower-is-better indicators (TWO_MINUS_RATIO or INVERSE_RATIO).',
  })
  @IsOptional()
  lowerIsBetterFormula?: AchievementFormula;

  @Field(() => AchievementFormula, { nullable: true, description: 'Formula for target-range indicators (RANGE_BOUNDS).' })
  @IsOptional()
  targetRangeFormula?: AchievementFormula;

  @Field(() => Float, {
    nullable: true,
    description: 'Score from which results are above expectation (above asExpectedFrom, at most 1000).',
  })
  @IsOptional()
  @Min(0)
  @Max(1000)
  aboveFrom?: number;

  @Field(() => Float, { nullable: true, description: 'Score from which results are as expected (above 0).' })
  @IsOptional()
  @Min(0)
  @Max(1000)
  asExpectedFrom?: number;

  @Field(() => Float, { nullable: true, description: 'Most points additional results may add, 0-50.' })
  @IsOptional()
  @Min(0)
  @Max(50)
  additionalMax?: number;

  @Field(() => [MatrixCellInput], { nullable: true, description: 'The predicate matrix: all 9 cells.' })
  @IsOptional()
  @ArrayMinSize(9)
  @ArrayMaxSize(9)
  @ValidateNested({ each: true })
  matrix?: MatrixCellInput[];
}

@InputType({ description: 'A new scoring scheme of an agency, starting from the national default.' })
export class CreateScoringSchemeInput extends ScoringRulesInput {
  @Field(() => ID, { nullable: true, description: "Agency; default the actor's own." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Name (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Notes (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;
}

@InputType({ description: 'Changes to a scheme; once a closed period used it, the change makes a new revision.' })
export class UpdateScoringSchemeInput extends ScoringRulesInput {
  @Field(() => ID, { description: 'The scheme (its latest revision).' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(3, 200)
  @SingleLineText()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;
}

@ObjectType({ description: 'Result of creating or changing a scoring scheme.' })
export class ScoringSchemePayload {
  @Field(() => ScoringScheme, { description: 'The scheme as stored: a new revision when the edited one was used by a closed period.' })
  scoringScheme!: ScoringScheme;

  @Field({ description: 'True when the change made a new revision.' })
  newRevision!: boolean;
}

@InputType({ description: 'One line of a what-if score: an indicator (or just its direction), weight, target and realisation.' })
export class PreviewLineInput extends WeightedTargetInput {
  @Field(() => ID, { nullable: true, description: 'An indicator of the catalogue; gives direction, cap and label.' })
  @IsOptional()
  indicatorId?: string;

  @Field(() => String, { nullable: true, description: 'Label of the line (default: the indicator name).' })
  @IsOptional()
  @MaxLength(200)
  @SingleLineText()
  label?: string;

  @Field(() => Direction, { nullable: true, description: 'Direction, when no indicator is given.' })
  @IsOptional()
  direction?: Direction;

  @Field(() => Float, { nullable: true, description: 'Realisation; empty when none is recorded.' })
  @IsOptional()
  @Min(-1e12)
  @Max(1e12)
  realization?: number | null;
}

@InputType({ description: 'A what-if scoring: lines, behaviour rating, and the scheme (optionally with unsaved rule changes).' })
export class PreviewScoreInput {
  @Field(() => ID, { nullable: true, description: 'The scheme; default the national one.' })
  @IsOptional()
  schemeId?: string;

  @Field(() => ScoringRulesInput, { nullable: true, description: "Rule changes to try on top of the scheme's, without saving them." })
  @IsOptional()
  @ValidateNested()
  rules?: ScoringRulesInput;

  @Field(() => [PreviewLineInput], { description: 'The lines, 1-50.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines!: PreviewLineInput[];

  @Field(() => Rating, { nullable: true, description: 'The behaviour rating.' })
  @IsOptional()
  behaviourRating?: Rating;
}

@ObjectType({ description: 'One line of a score, with its computation.' })
export class ScoreLineResult {
  @Field({ description: 'The line: the indicator code, or its position.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Label.' })
  label!: string | null;

  @Field(() => ResultCategory, { description: 'Main or additional.' })
  category!: ResultCategory;

  @Field(() => Float, { description: 'Weight or points.' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'Achievement in percent after the cap; empty when undefined.' })
  achievement!: number | null;

  @Field(() => Float, { nullable: true, description: 'Achievement before the cap.' })
  rawAchievement!: number | null;

  @Field({ description: 'True when the cap applied.' })
  capped!: boolean;

  @Field(() => Float, { nullable: true, description: 'Points the line adds to the score.' })
  contribution!: number | null;

  @Field({ description: 'The computation, spelled out.' })
  step!: string;

  @Field(() => String, { nullable: true, description: 'Why the achievement is undefined, if it is.' })
  problem!: string | null;
}

@ObjectType({ description: 'A score with every step: achievements, weighted score, ratings and predicate.' })
export class ScorePreview {
  @Field(() => [ScoreLineResult], { description: 'Per line.' })
  lines!: ScoreLineResult[];

  @Field(() => Float, { description: 'Sum of the weights of the main results (should be 100).' })
  mainWeight!: number;

  @Field(() => Float, { nullable: true, description: 'Weighted score of the main results.' })
  mainScore!: number | null;

  @Field(() => Float, { description: 'Points from additional results, after their maximum.' })
  additionalScore!: number;

  @Field(() => Float, { nullable: true, description: 'Total score; empty when incomplete.' })
  score!: number | null;

  @Field(() => Rating, { nullable: true, description: 'Result rating from the thresholds.' })
  resultRating!: Rating | null;

  @Field(() => Rating, { nullable: true, description: 'Behaviour rating given.' })
  behaviourRating!: Rating | null;

  @Field(() => Predicate, { nullable: true, description: 'Predicate from the matrix.' })
  predicate!: Predicate | null;

  @Field(() => [String], { description: 'The computation, step by step.' })
  steps!: string[];

  @Field(() => [String], { description: 'What keeps the score from being complete.' })
  problems!: string[];

  @Field({ description: 'True when score, ratings and predicate could all be decided.' })
  complete!: boolean;
}
