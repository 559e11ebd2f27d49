import { IsOptional, Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { ResultCategory } from './indicator.enums.js';

/**
 * What a template item, a plan target and a what-if score line all give: category,
 * weight and target (or range). Its subclasses inherit the fields.
 */
@InputType()
export abstract class WeightedTargetInput {
  @Field(() => ResultCategory, { nullable: true, defaultValue: ResultCategory.UTAMA, description: 'Main (default) or additional.' })
  category?: ResultCategory;

  @Field(() => Float, { description: 'Weight in percent (main results: above 0, summing to 100); points for an additional result.' })
  @Min(0)
  @Max(100)
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'Target; for a target range, its lower bound.' })
  @IsOptional()
  @Min(0)
  @Max(1e12)
  target?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a target range.' })
  @IsOptional()
  @Min(0)
  @Max(1e12)
  targetMax?: number | null;
}
