import { IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { CsvImportTypes } from '../../import/import.types.js';
import { BooleanFilter, EnumFilter, IDFilter, IntFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { SingleLineText } from '../../graphql/validation.js';
import { Position, PositionType } from './position.entity.js';

export const PositionConnection = Connection(Position, 'Position', 'positions');

const PositionTypeFilter = EnumFilter(PositionType, 'PositionType');

@InputType({ description: 'Conditions on positions; all given conditions must hold.' })
export class PositionFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency.' })
  agencyId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By unit (exactly that unit).' })
  unitId?: IDFilter;

  @Field(() => ID, { nullable: true, description: 'Positions in this unit or anywhere below it.' })
  inUnitSubtree?: string;

  @Field(() => IDFilter, { nullable: true, description: 'By superior position; `isNull: true` gives the tops of the chains.' })
  superiorId?: IDFilter;

  @Field(() => PositionTypeFilter, { nullable: true, description: 'By type.' })
  type?: InstanceType<typeof PositionTypeFilter>;

  @Field(() => IntFilter, { nullable: true, description: 'By position class.' })
  grade?: IntFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Active or not.' })
  active?: BooleanFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in the name.' })
  q?: string;

  @Field(() => [PositionFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: PositionFilter[];

  @Field(() => [PositionFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: PositionFilter[];
}

/** Without `inUnitSubtree`, which needs the unit's path: the service adds it. */
export const positionFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Position' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  unitId: { kind: 'id', type: 'OrgUnit', property: 'unit' },
  superiorId: { kind: 'id', type: 'Position', property: 'superior' },
  type: { kind: 'value' },
  grade: { kind: 'value' },
  active: { kind: 'value' },
  name: { kind: 'value' },
};

export const PositionOrder = OrderBy('Position', {
  NAME: { property: 'name', description: 'Name.' },
  TYPE: { property: 'type', description: 'Type.' },
  GRADE: { property: 'grade', description: 'Position class.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
  UPDATED_AT: { property: 'updatedAt', description: 'Last change.' },
});

@ArgsType()
export class PositionListArgs extends PageArgs {
  @Field(() => PositionFilter, { nullable: true, description: 'Which positions to return.' })
  filter?: PositionFilter;

  @Field(() => [PositionOrder.Input], { nullable: true, description: 'Sort keys (default: by position class, highest first, then name).' })
  orderBy?: InstanceType<typeof PositionOrder.Input>[];
}

@InputType({ description: 'A new position.' })
export class CreatePositionInput {
  @Field(() => ID, { description: 'The unit the position belongs to.' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The position it reports to (same agency); empty for the top of a chain.' })
  @IsOptional()
  superiorId?: string | null;

  @Field({ description: 'Name (2-200 characters).' })
  @Length(2, 200)
  @SingleLineText()
  name!: string;

  @Field(() => PositionType, { description: 'Type of position.' })
  type!: PositionType;

  @Field(() => Int, { description: 'Position class (kelas jabatan), 1-17.' })
  @Min(1)
  @Max(17)
  grade!: number;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Active (default true).' })
  active?: boolean;
}

@InputType({ description: 'Changes to a position; omitted fields stay as they are.' })
export class UpdatePositionInput {
  @Field(() => ID, { description: 'The position to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'New unit (same agency).' })
  @IsOptional()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'New superior; null makes it the top of a chain.' })
  @IsOptional()
  superiorId?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(2, 200)
  @SingleLineText()
  name?: string;

  @Field(() => PositionType, { nullable: true, description: 'New type.' })
  @IsOptional()
  type?: PositionType;

  @Field(() => Int, { nullable: true, description: 'New position class, 1-17.' })
  @IsOptional()
  @Min(1)
  @Max(17)
  grade?: number;

  @Field(() => Boolean, { nullable: true, description: 'Active or not.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'The position to delete.' })
export class DeletePositionInput {
  @Field(() => ID, { description: 'The position to delete; no position may report to it.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if the position changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of creating or changing a position.' })
export class PositionPayload {
  @Field(() => Position, { description: 'The position as stored.' })
  position!: Position;
}

@ObjectType({ description: 'Result of deleting a position.' })
export class DeletePositionPayload {
  @Field(() => ID, { description: 'ID of the deleted position.' })
  id!: string;
}

export const ImportPositions = CsvImportTypes('Positions', {
  records: 'positions',
  inputDescription:
    'A CSV file of positions to import, all or nothing. Columns: unit_code, name, type, grade (required); superior_unit_code and superior_name (an existing position of the agency or another row of the file), active (true/false).',
  payloadDescription:
    'Result of a position import. A file with problems is refused instead (BAD_USER_INPUT on input.csv) with `extensions.rowErrors` [{ row, column, message }] and `extensions.rowErrorCount`, and nothing is written.',
});
