import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { BooleanFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { BehaviourValue } from './behaviour-value.entity.js';

const VALUE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const CODE_MESSAGE = 'code must be 2-40 characters: capital letters, digits or "_", starting with a letter';

export const BehaviourValueConnection = Connection(BehaviourValue, 'BehaviourValue', 'behaviour values');

@InputType({ description: 'Conditions on behaviour values.' })
export class BehaviourValueFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency; `isNull: true` gives the national values.' })
  agencyId?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By code.' })
  code?: StringFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Active or not.' })
  active?: BooleanFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in code and name.' })
  q?: string;

  @Field(() => [BehaviourValueFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: BehaviourValueFilter[];

  @Field(() => [BehaviourValueFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: BehaviourValueFilter[];
}

export const behaviourValueFilterRules: FilterRules = {
  id: { kind: 'id', type: 'BehaviourValue' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  code: { kind: 'value' },
  active: { kind: 'value' },
};

export const BehaviourValueOrder = OrderBy('BehaviourValue', {
  SORT_ORDER: { property: 'sortOrder', description: 'Position in lists.' },
  CODE: { property: 'code', description: 'Code.' },
  NAME: { property: 'name', description: 'Name.' },
});

@ArgsType()
export class BehaviourValueListArgs extends PageArgs {
  @Field(() => BehaviourValueFilter, { nullable: true, description: 'Which values to return.' })
  filter?: BehaviourValueFilter;

  @Field(() => [BehaviourValueOrder.Input], { nullable: true, description: 'Sort keys (default: position in lists).' })
  orderBy?: InstanceType<typeof BehaviourValueOrder.Input>[];
}

@InputType({ description: "A behaviour value of an agency; with a national value's code it replaces that value for the agency." })
export class CreateBehaviourValueInput {
  @Field(() => ID, {
    nullable: true,
    description: "Agency; default the actor's own. Platform administrators leave it empty for a national value.",
  })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Code, e.g. BERORIENTASI_PELAYANAN.' })
  @Matches(VALUE_CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Name (2-100 characters).' })
  @Length(2, 100)
  @SingleLineText()
  name!: string;

  @Field({ description: 'Guidance text (at most 2,000 characters).' })
  @Length(1, 2000)
  @MultiLineText()
  description!: string;

  @Field(() => [String], { description: 'Behaviour guides, 1-10 of at most 500 characters each.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(3, 500, { each: true })
  @SingleLineText({ each: true })
  guides!: string[];

  @Field(() => Int, { nullable: true, description: 'Position in lists, 1-99 (default: after the others).' })
  @IsOptional()
  @Min(1)
  @Max(99)
  sortOrder?: number;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Active (default true).' })
  active?: boolean;
}

@InputType({ description: 'Changes to a behaviour value; omitted fields stay as they are.' })
export class UpdateBehaviourValueInput {
  @Field(() => ID, { description: 'The value to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(2, 100)
  @SingleLineText()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New guidance text.' })
  @IsOptional()
  @Length(1, 2000)
  @MultiLineText()
  description?: string;

  @Field(() => [String], { nullable: true, description: 'New behaviour guides.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(3, 500, { each: true })
  @SingleLineText({ each: true })
  guides?: string[];

  @Field(() => Int, { nullable: true, description: 'New position in lists.' })
  @IsOptional()
  @Min(1)
  @Max(99)
  sortOrder?: number;

  @Field(() => Boolean, { nullable: true, description: 'Active or not.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'The agency behaviour value to delete (national values cannot be deleted).' })
export class DeleteBehaviourValueInput {
  @Field(() => ID, { description: 'The value to delete.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if the value changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of creating or changing a behaviour value.' })
export class BehaviourValuePayload {
  @Field(() => BehaviourValue, { description: 'The value as stored.' })
  behaviourValue!: BehaviourValue;
}

@ObjectType({ description: 'Result of deleting a behaviour value.' })
export class DeleteBehaviourValuePayload {
  @Field(() => ID, { description: 'ID of the deleted value.' })
  id!: string;
}
