import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLineText } from '../../graphql/validation.js';
import { Predicate } from '../indicators/indicator.enums.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgAchievement, type DistributionConstraint } from './distribution.js';
import { DistributionConstraintType, UnitAchievement } from './results.entity.js';

@InputType({ description: 'The achievement of a unit in a period.' })
export class SetUnitAchievementInput {
  @Field(() => ID, { description: 'The unit.' }) unitId!: string;
  @Field(() => ID, { description: 'The period (not closed).' }) periodId!: string;
  @Field(() => OrgAchievement, { description: 'Achievement.' }) achievement!: OrgAchievement;
  @Field(() => String, { nullable: true, description: 'Basis (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the change is based on (0: none was recorded); CONFLICT when someone recorded one since. Omitted: not checked.',
  })
  @IsOptional()
  version?: number | null;
}

@ObjectType({ description: 'Result of setting a unit’s achievement.' })
export class UnitAchievementPayload {
  @Field(() => UnitAchievement, { description: 'As stored.' }) unitAchievement!: UnitAchievement;
}

@InputType({ description: 'A bound on the share of some predicates.' })
export class DistributionConstraintInput implements DistributionConstraint {
  @Field(() => [Predicate], { description: 'The predicates counted together.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  predicates!: Predicate[];

  @Field(() => Float, { nullable: true, description: 'At least this share, 0-1.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  minShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'At most this share, 0-1.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  maxShare?: number | null;

  @Field(() => Int, { nullable: true, description: 'At least this many employees (0-1,000).' })
  @IsOptional()
  @Min(0)
  @Max(1000)
  minCount?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'These predicates together are the most common.' })
  @IsOptional()
  mostCommon?: boolean | null;
}

@InputType({ description: 'An agency’s own pattern for one achievement level; no constraints returns to the national one.' })
export class SetDistributionPatternInput {
  @Field(() => ID, { nullable: true, description: 'The agency; default the actor’s own.' })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => OrgAchievement, { description: 'Achievement level.' }) achievement!: OrgAchievement;

  @Field(() => [DistributionConstraintInput], { description: 'The bounds (at most 10); empty for the national pattern.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  constraints!: DistributionConstraintInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the change is based on (0: the national pattern was read); CONFLICT when someone saved since. Omitted: not checked.',
  })
  @IsOptional()
  version?: number | null;
}

@ObjectType({ description: 'The distribution pattern that applies to one achievement level.' })
export class EffectiveDistributionPattern {
  @Field(() => OrgAchievement, { description: 'Achievement level.' }) achievement!: OrgAchievement;
  @Field({ description: 'True when it is the national pattern (SE MenPANRB 3/2023), not the agency’s own.' }) national!: boolean;
  @Field(() => [DistributionConstraintType], { description: 'The bounds.' }) constraints!: DistributionConstraint[];
  @Field(() => Int, {
    description:
      "Revision of the agency's own pattern, 0 for the national one; send it back with setDistributionPattern (CONFLICT when stale).",
  })
  version!: number;
}

@ObjectType({ description: 'How many employees got a predicate, and their share.' })
export class PredicateShare {
  @Field(() => Predicate, { description: 'Predicate.' }) predicate!: Predicate;
  @Field(() => Int, { description: 'Employees.' }) count!: number;
  @Field(() => Float, { description: 'Share of the employees, 0-1.' }) share!: number;
}

@ObjectType({ description: 'The predicates of one unit’s employees against the pattern of its achievement.' })
export class UnitDistribution {
  @Field(() => OrgUnit, { description: 'The unit (employees placed directly in it).' }) unit!: OrgUnit;
  @Field(() => OrgAchievement, { nullable: true, description: 'Its achievement, when HR recorded one.' })
  achievement!: OrgAchievement | null;
  @Field(() => Int, {
    description: 'Revision of the recorded achievement, 0 when none is; send it back with setUnitAchievement (CONFLICT when stale).',
  })
  achievementVersion!: number;
  @Field(() => Int, { description: 'Employees evaluated.' }) employeeCount!: number;
  @Field({
    description:
      'True when the group is too small (fewer than 5) to be shown to the actor per predicate: `counts` and `deviations` are then empty. Only HR officers and administrators see small groups.',
  })
  suppressed!: boolean;
  @Field(() => [PredicateShare], { description: 'Per predicate; empty when suppressed.' }) counts!: PredicateShare[];
  @Field(() => [String], { description: 'How it deviates from the pattern (empty when it fits or no achievement is recorded).' })
  deviations!: string[];
  @Field({ description: 'True when it deviates.' }) deviates!: boolean;
}

@ObjectType({ description: 'The distribution curve (kurva distribusi) of a period for a unit subtree or agency.' })
export class PredicateDistribution {
  @Field(() => Int, { description: 'Employees evaluated (confirmed) in scope: the n of the chart.' }) employeeCount!: number;
  @Field({
    description:
      'True when the whole scope is suppressed as a small group, or the suppressed units add up to one (the total would tell them).',
  })
  suppressed!: boolean;
  @Field(() => [PredicateShare], { description: 'Per predicate, over the whole scope; empty when suppressed.' }) counts!: PredicateShare[];
  @Field(() => [UnitDistribution], { description: 'Per unit with evaluated employees.' }) units!: UnitDistribution[];
  @Field(() => Int, { description: 'Units that deviate from their pattern.' }) deviatingUnits!: number;
}

@InputType({ description: 'Publishing a closed period’s results.' })
export class PublishResultsInput {
  @Field(() => ID, { description: 'The period (CLOSED).' }) periodId!: string;
  @Field({ defaultValue: false, description: 'Also publish each employee’s predicate by name (units of 5 or more only).' })
  includeEmployees!: boolean;
}

@ObjectType({ description: 'Result of publishing.' })
export class PublishResultsPayload {
  @Field(() => Int, { description: 'Units published.' }) units!: number;
  @Field(() => Int, { description: 'Of which suppressed (fewer than 5 employees).' }) suppressed!: number;
}
