import { ArrayMaxSize, IsOptional, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLineText } from '../../graphql/validation.js';
import { Realization } from './realization.entity.js';

@InputType({ description: 'What was achieved on a target in a period; a second record for the same target and period replaces the first.' })
export class RecordRealizationInput {
  @Field(() => ID, { description: 'The target (of an approved plan).' })
  targetId!: string;

  @Field(() => ID, { description: "The plan's period, or one of its sub-periods that has started." })
  periodId!: string;

  @Field(() => Float, { description: 'The value achieved, 0 or more, in the unit of the indicator.' })
  @Min(0)
  @Max(1e12)
  value!: number;

  @Field(() => String, { nullable: true, description: 'Explanation (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'Links to the evidence (http or https, at most 10).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(500, { each: true })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) URL' })
  evidenceLinks?: string[];

  @Field(() => Int, { nullable: true, description: 'When replacing a record: the version it is based on.' })
  @IsOptional()
  version?: number;
}

@InputType({ description: 'The realisation to delete.' })
export class DeleteRealizationInput {
  @Field(() => ID, { description: 'The realisation.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if it changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of recording a realisation.' })
export class RealizationPayload {
  @Field(() => Realization, { description: 'The realisation as stored.' })
  realization!: Realization;
}

@ObjectType({ description: 'Result of deleting a realisation.' })
export class DeleteRealizationPayload {
  @Field(() => ID, { description: 'ID of the deleted realisation.' })
  id!: string;
}
