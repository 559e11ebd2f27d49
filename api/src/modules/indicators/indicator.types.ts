import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { BooleanFilter, EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { Aggregation, DataSource, Direction, MeasureUnit, Perspective } from './indicator.enums.js';
import { Indicator } from './indicator.entity.js';

export const INDICATOR_CODE = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;
const CODE_MESSAGE = 'code must be 2-40 characters: capital letters, digits, ".", "-" or "_", starting with a letter or digit';

export const IndicatorConnection = Connection(Indicator, 'Indicator', 'indicators');

const PerspectiveFilter = EnumFilter(Perspective, 'Perspective');
const DirectionFilter = EnumFilter(Direction, 'Direction');
const DataSourceFilter = EnumFilter(DataSource, 'DataSource');
const MeasureUnitFilter = EnumFilter(MeasureUnit, 'MeasureUnit');

@InputType({ description: 'Conditions on indicators; all given conditions must hold.' })
export class IndicatorFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency; `isNull: true` gives the national indicators.' })
  agencyId?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By code.' })
  code?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => PerspectiveFilter, { nullable: true, description: 'By perspective.' })
  perspective?: InstanceType<typeof PerspectiveFilter>;

  @Field(() => MeasureUnitFilter, { nullable: true, description: 'By unit of measure.' })
  unit?: InstanceType<typeof MeasureUnitFilter>;

  @Field(() => DirectionFilter, { nullable: true, description: 'By direction.' })
  direction?: InstanceType<typeof DirectionFilter>;

  @Field(() => DataSourceFilter, { nullable: true, description: 'By data source.' })
  dataSource?: InstanceType<typeof DataSourceFilter>;

  @Field(() => BooleanFilter, { nullable: true, description: 'Active or not.' })
  active?: BooleanFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in code and name.' })
  q?: string;

  @Field(() => [IndicatorFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: IndicatorFilter[];

  @Field(() => [IndicatorFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: IndicatorFilter[];
}

export const indicatorFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Indicator' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  code: { kind: 'value' },
  name: { kind: 'value' },
  perspective: { kind: 'value' },
  unit: { kind: 'value' },
  direction: { kind: 'value' },
  dataSource: { kind: 'value' },
  active: { kind: 'value' },
};

export const IndicatorOrder = OrderBy('Indicator', {
  CODE: { property: 'code', description: 'Code.' },
  NAME: { property: 'name', description: 'Name.' },
  PERSPECTIVE: { property: 'perspective', description: 'Perspective.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
  UPDATED_AT: { property: 'updatedAt', description: 'Last change.' },
});

@ArgsType()
export class IndicatorListArgs extends PageArgs {
  @Field(() => IndicatorFilter, { nullable: true, description: 'Which indicators to return.' })
  filter?: IndicatorFilter;

  @Field(() => [IndicatorOrder.Input], { nullable: true, description: 'Sort keys (default: by code).' })
  orderBy?: InstanceType<typeof IndicatorOrder.Input>[];
}

@InputType({ description: 'A new indicator.' })
export class CreateIndicatorInput {
  @Field(() => ID, {
    nullable: true,
    description: "Agency it belongs to; default the actor's own. Platform administrators leave it empty for a national indicator.",
  })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'Code: 2-40 capital letters, digits, ".", "-" or "_"; unique within the agency.' })
  @Matches(INDICATOR_CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Name (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;

  @Field(() => Perspective, { description: 'What it measures.' })
  perspective!: Perspective;

  @Field(() => MeasureUnit, { description: 'Unit of measure.' })
  unit!: MeasureUnit;

  @Field(() => Direction, { description: 'Which way is good.' })
  direction!: Direction;

  @Field(() => Aggregation, { description: 'How sub-period values combine.' })
  aggregation!: Aggregation;

  @Field(() => DataSource, {
    nullable: true,
    defaultValue: DataSource.MANUAL,
    description: 'Where realisations come from (default MANUAL).',
  })
  dataSource?: DataSource;

  @Field(() => Float, { nullable: true, description: "Achievement cap in percent, 100-1000; empty: the scheme's cap." })
  @IsOptional()
  @Min(100)
  @Max(1000)
  cap?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Active (default true).' })
  active?: boolean;
}

@InputType({ description: 'Changes to an indicator; omitted fields stay as they are.' })
export class UpdateIndicatorInput {
  @Field(() => ID, { description: 'The indicator to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New code.' })
  @IsOptional()
  @Matches(INDICATOR_CODE, { message: CODE_MESSAGE })
  code?: string;

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

  @Field(() => Perspective, { nullable: true, description: 'New perspective.' })
  @IsOptional()
  perspective?: Perspective;

  @Field(() => MeasureUnit, { nullable: true, description: 'New unit (refused once a period has adopted a template using it).' })
  @IsOptional()
  unit?: MeasureUnit;

  @Field(() => Direction, { nullable: true, description: 'New direction (refused once a period has adopted a template using it).' })
  @IsOptional()
  direction?: Direction;

  @Field(() => Aggregation, { nullable: true, description: 'New aggregation (refused once a period has adopted a template using it).' })
  @IsOptional()
  aggregation?: Aggregation;

  @Field(() => DataSource, { nullable: true, description: 'New data source.' })
  @IsOptional()
  dataSource?: DataSource;

  @Field(() => Float, { nullable: true, description: 'New cap; null for the scheme cap.' })
  @IsOptional()
  @Min(100)
  @Max(1000)
  cap?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Active or not.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'The indicator to delete.' })
export class DeleteIndicatorInput {
  @Field(() => ID, { description: 'The indicator to delete; one used by a template cannot be (deactivate it instead).' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if the indicator changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of creating or changing an indicator.' })
export class IndicatorPayload {
  @Field(() => Indicator, { description: 'The indicator as stored.' })
  indicator!: Indicator;
}

@ObjectType({ description: 'Result of deleting an indicator.' })
export class DeleteIndicatorPayload {
  @Field(() => ID, { description: 'ID of the deleted indicator.' })
  id!: string;
}
