import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { CsvImportTypes } from '../../import/import.types.js';
import { BooleanFilter, EnumFilter, IDFilter, IntFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { SingleLineText } from '../../graphql/validation.js';
import { OrgUnit, OrgUnitKind } from './org-unit.entity.js';

export const UNIT_CODE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;
const CODE_MESSAGE = 'code must be 1-40 characters: capital letters, digits, ".", "-" or "_", starting with a letter or digit';

export const OrgUnitConnection = Connection(OrgUnit, 'OrgUnit', 'organisational units');

const OrgUnitKindFilter = EnumFilter(OrgUnitKind, 'OrgUnitKind');

@InputType({ description: 'Conditions on organisational units; all given conditions must hold.' })
export class OrgUnitFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency.' })
  agencyId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By parent unit; `isNull: true` gives the top units.' })
  parentId?: IDFilter;

  @Field(() => ID, { nullable: true, description: 'Units anywhere below this unit (its whole subtree, itself excluded).' })
  descendantOf?: string;

  @Field(() => StringFilter, { nullable: true, description: 'By code.' })
  code?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => OrgUnitKindFilter, { nullable: true, description: 'By kind.' })
  kind?: InstanceType<typeof OrgUnitKindFilter>;

  @Field(() => BooleanFilter, { nullable: true, description: 'Active or not.' })
  active?: BooleanFilter;

  @Field(() => IntFilter, { nullable: true, description: 'By level in the tree (0 = top).' })
  depth?: IntFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in code and name.' })
  q?: string;

  @Field(() => [OrgUnitFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: OrgUnitFilter[];

  @Field(() => [OrgUnitFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: OrgUnitFilter[];
}

/** Without `descendantOf`, which needs the unit's path: the service adds it. */
export const orgUnitFilterRules: FilterRules = {
  id: { kind: 'id', type: 'OrgUnit' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  parentId: { kind: 'id', type: 'OrgUnit', property: 'parent' },
  code: { kind: 'value' },
  name: { kind: 'value' },
  kind: { kind: 'value' },
  active: { kind: 'value' },
  depth: { kind: 'value' },
};

export const OrgUnitOrder = OrderBy('OrgUnit', {
  CODE: { property: 'code', description: 'Code.' },
  NAME: { property: 'name', description: 'Name.' },
  KIND: { property: 'kind', description: 'Kind.' },
  DEPTH: { property: 'depth', description: 'Level in the tree.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
  UPDATED_AT: { property: 'updatedAt', description: 'Last change.' },
});

@ArgsType()
export class OrgUnitListArgs extends PageArgs {
  @Field(() => OrgUnitFilter, { nullable: true, description: 'Which units to return.' })
  filter?: OrgUnitFilter;

  @Field(() => [OrgUnitOrder.Input], { nullable: true, description: 'Sort keys (default: by level, then name).' })
  orderBy?: InstanceType<typeof OrgUnitOrder.Input>[];
}

@ArgsType()
export class DescendantArgs extends PageArgs {
  @Field(() => OrgUnitFilter, { nullable: true, description: 'Which of the descendants to return.' })
  filter?: OrgUnitFilter;

  @Field(() => [OrgUnitOrder.Input], { nullable: true, description: 'Sort keys (default: by level, then name).' })
  orderBy?: InstanceType<typeof OrgUnitOrder.Input>[];
}

@InputType({ description: 'A new organisational unit.' })
export class CreateOrgUnitInput {
  @Field(() => ID, { nullable: true, description: 'Agency of the unit; taken from the parent when omitted, else required.' })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent unit; empty for a top unit.' })
  @IsOptional()
  parentId?: string | null;

  @Field({ description: 'Code, unique within the agency.' })
  @Matches(UNIT_CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Name (2-200 characters).' })
  @Length(2, 200)
  @SingleLineText()
  name!: string;

  @Field(() => OrgUnitKind, { description: 'Kind of unit.' })
  kind!: OrgUnitKind;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Active (default true).' })
  active?: boolean;
}

@InputType({ description: 'Changes to a unit; omitted fields stay as they are. Use moveOrgUnit to change its parent.' })
export class UpdateOrgUnitInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New code.' })
  @IsOptional()
  @Matches(UNIT_CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(2, 200)
  @SingleLineText()
  name?: string;

  @Field(() => OrgUnitKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  kind?: OrgUnitKind;

  @Field(() => Boolean, { nullable: true, description: 'Active or not.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'Moves a unit, with its whole subtree, under another parent.' })
export class MoveOrgUnitInput {
  @Field(() => ID, { description: 'The unit to move.' })
  id!: string;

  @Field(() => Int, { description: 'The version the move is based on.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'The new parent, in the same agency; empty to make it a top unit.' })
  @IsOptional()
  parentId?: string | null;
}

@InputType({ description: 'The unit to delete.' })
export class DeleteOrgUnitInput {
  @Field(() => ID, { description: 'The unit to delete; it must have no sub-units.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if the unit changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of creating, changing or moving a unit.' })
export class OrgUnitPayload {
  @Field(() => OrgUnit, { description: 'The unit as stored.' })
  orgUnit!: OrgUnit;
}

@ObjectType({ description: 'Result of deleting a unit.' })
export class DeleteOrgUnitPayload {
  @Field(() => ID, { description: 'ID of the deleted unit.' })
  id!: string;
}

export const ImportOrgUnits = CsvImportTypes('OrgUnits', {
  records: 'units',
  inputDescription:
    'A CSV file of units to import, all or nothing. Columns: code, name, kind (required); parent_code (an existing unit of the agency or another row of the file, in any order), active (true/false).',
  payloadDescription:
    'Result of a unit import. A file with problems is refused instead (BAD_USER_INPUT on input.csv) with `extensions.rowErrors` [{ row, column, message }] and `extensions.rowErrorCount`, and nothing is written.',
});
