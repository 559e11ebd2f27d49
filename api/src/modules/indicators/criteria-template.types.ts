import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { BooleanFilter, EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { PositionType } from '../organization/position.entity.js';
import { CriteriaTemplate } from './criteria-template.entity.js';
import { WeightedTargetInput } from './weighted-target.input.js';

export const CriteriaTemplateConnection = Connection(CriteriaTemplate, 'CriteriaTemplate', 'criteria templates');

const PositionTypeFilter = EnumFilter(PositionType, 'PositionType');

@InputType({ description: 'Conditions on criteria templates; all given conditions must hold.' })
export class CriteriaTemplateFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency.' })
  agencyId?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Latest revisions only (true) or earlier ones only (false).' })
  current?: BooleanFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Adopted by a period or not.' })
  frozen?: BooleanFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Active or not.' })
  active?: BooleanFilter;

  @Field(() => PositionTypeFilter, { nullable: true, description: 'Templates naming this position type (eq) or one of these (in).' })
  positionTypes?: InstanceType<typeof PositionTypeFilter>;

  @Field(() => String, { nullable: true, description: 'Free-text search in the name.' })
  q?: string;

  @Field(() => [CriteriaTemplateFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: CriteriaTemplateFilter[];

  @Field(() => [CriteriaTemplateFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: CriteriaTemplateFilter[];
}

export const criteriaTemplateFilterRules: FilterRules = {
  id: { kind: 'id', type: 'CriteriaTemplate' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  name: { kind: 'value' },
  current: { kind: 'value' },
  frozen: { kind: 'value' },
  active: { kind: 'value' },
  positionTypes: { kind: 'array' },
};

export const CriteriaTemplateOrder = OrderBy('CriteriaTemplate', {
  NAME: { property: 'name', description: 'Name.' },
  REVISION: { property: 'revision', description: 'Revision.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
  UPDATED_AT: { property: 'updatedAt', description: 'Last change.' },
});

@ArgsType()
export class CriteriaTemplateListArgs extends PageArgs {
  @Field(() => CriteriaTemplateFilter, { nullable: true, description: 'Which templates to return.' })
  filter?: CriteriaTemplateFilter;

  @Field(() => [CriteriaTemplateOrder.Input], { nullable: true, description: 'Sort keys (default: by name, then latest revision first).' })
  orderBy?: InstanceType<typeof CriteriaTemplateOrder.Input>[];
}

@InputType({ description: 'An indicator of a template with its weight and default target.' })
export class TemplateItemInput extends WeightedTargetInput {
  @Field(() => ID, { description: 'The indicator (national or of the agency).' })
  indicatorId!: string;
}

@InputType({ description: 'A new criteria template.' })
export class CreateCriteriaTemplateInput {
  @Field(() => ID, { nullable: true, description: "Agency; default the actor's own." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Name (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;

  @Field(() => [PositionType], { nullable: true, defaultValue: [], description: 'Position types it applies to; empty: any.' })
  @IsOptional()
  @ArrayMaxSize(7)
  positionTypes?: PositionType[];

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'Units it applies to (with the units below); empty: the whole agency.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  unitIds?: string[];

  @Field(() => [TemplateItemInput], { description: 'Its indicators, 1-50; the weights of the main results sum to 100.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items!: TemplateItemInput[];

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Active (default true).' })
  active?: boolean;
}

@InputType({
  description: 'Changes to a template; omitted fields stay as they are. Once adopted by a period, the change makes a new revision.',
})
export class UpdateCriteriaTemplateInput {
  @Field(() => ID, { description: 'The template (its latest revision).' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(3, 200)
  @SingleLineText()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;

  @Field(() => [PositionType], { nullable: true, description: 'New position types.' })
  @IsOptional()
  @ArrayMaxSize(7)
  positionTypes?: PositionType[];

  @Field(() => [ID], { nullable: true, description: 'New units.' })
  @IsOptional()
  @ArrayMaxSize(100)
  unitIds?: string[];

  @Field(() => [TemplateItemInput], { nullable: true, description: 'The new list of indicators (replaces the old one).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items?: TemplateItemInput[];

  @Field(() => Boolean, { nullable: true, description: 'Active or not.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'The template to delete; one adopted by a period cannot be.' })
export class DeleteCriteriaTemplateInput {
  @Field(() => ID, { description: 'The template to delete.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if it changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of creating or changing a template.' })
export class CriteriaTemplatePayload {
  @Field(() => CriteriaTemplate, { description: 'The template as stored: a new revision when the edited one was adopted by a period.' })
  criteriaTemplate!: CriteriaTemplate;

  @Field({ description: 'True when the change made a new revision and left the adopted one as it was.' })
  newRevision!: boolean;
}

@ObjectType({ description: 'Result of deleting a template.' })
export class DeleteCriteriaTemplatePayload {
  @Field(() => ID, { description: 'ID of the deleted template.' })
  id!: string;
}

@ObjectType({ description: 'Which criteria template applies to an employee in a period, and why.' })
export class TemplateResolution {
  @Field(() => CriteriaTemplate, { nullable: true, description: 'The template; empty when none applies.' })
  template!: CriteriaTemplate | null;

  @Field({ description: 'Why this template (or why none).' })
  reason!: string;

  @Field(() => OrgUnit, { nullable: true, description: "The template's unit that matched the employee's unit, if it names units." })
  matchedUnit!: OrgUnit | null;

  @Field(() => PositionType, { nullable: true, description: "The employee's position type, if the template names position types." })
  matchedPositionType!: PositionType | null;

  @Field(() => Int, { description: 'How many templates were considered.' })
  considered!: number;

  @Field(() => [CriteriaTemplate], { description: 'Other templates that match just as specifically (a configuration to tidy up).' })
  tiedWith!: CriteriaTemplate[];
}
