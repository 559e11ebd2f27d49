import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { SingleLineText } from '../../graphql/validation.js';
import { Agency, AgencyKind } from './agency.entity.js';

export const AGENCY_CODE = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
const CODE_MESSAGE = 'code must be 2-32 characters: capital letters, digits, "-" or "_", starting with a letter or digit';

export const AgencyConnection = Connection(Agency, 'Agency', 'agencies');

const AgencyKindFilter = EnumFilter(AgencyKind, 'AgencyKind');

@InputType({ description: 'Conditions on agencies; all given conditions must hold.' })
export class AgencyFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By code.' })
  code?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => AgencyKindFilter, { nullable: true, description: 'By kind.' })
  kind?: InstanceType<typeof AgencyKindFilter>;

  @Field(() => StringFilter, { nullable: true, description: 'By region.' })
  region?: StringFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in code, name and region.' })
  q?: string;

  @Field(() => [AgencyFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: AgencyFilter[];

  @Field(() => [AgencyFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: AgencyFilter[];
}

export const agencyFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Agency' },
  code: { kind: 'value' },
  name: { kind: 'value' },
  kind: { kind: 'value' },
  region: { kind: 'value' },
};

export const AgencyOrder = OrderBy('Agency', {
  CODE: { property: 'code', description: 'Code.' },
  NAME: { property: 'name', description: 'Name.' },
  KIND: { property: 'kind', description: 'Kind.' },
  REGION: { property: 'region', description: 'Region.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
  UPDATED_AT: { property: 'updatedAt', description: 'Last change.' },
});

@ArgsType()
export class AgencyListArgs extends PageArgs {
  @Field(() => AgencyFilter, { nullable: true, description: 'Which agencies to return.' })
  filter?: AgencyFilter;

  @Field(() => [AgencyOrder.Input], { nullable: true, description: 'Sort keys, most significant first (default: by name).' })
  orderBy?: InstanceType<typeof AgencyOrder.Input>[];
}

@InputType({ description: 'A new agency.' })
export class CreateAgencyInput {
  @Field({ description: 'Unique code: 2-32 capital letters, digits, "-" or "_".' })
  @Matches(AGENCY_CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Official name (3-200 characters).' })
  @Length(3, 200)
  @SingleLineText()
  name!: string;

  @Field(() => AgencyKind, { description: 'Central (PUSAT) or regional (DAERAH).' })
  kind!: AgencyKind;

  @Field(() => String, { nullable: true, description: 'Province or region (at most 100 characters).' })
  @IsOptional()
  @MaxLength(100)
  @SingleLineText()
  region?: string | null;
}

@InputType({ description: 'Changes to an agency; omitted fields stay as they are.' })
export class UpdateAgencyInput {
  @Field(() => ID, { description: 'The agency to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on (from the record you read).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  @IsOptional()
  @Matches(AGENCY_CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true, description: 'New official name.' })
  @IsOptional()
  @Length(3, 200)
  @SingleLineText()
  name?: string;

  @Field(() => AgencyKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  kind?: AgencyKind;

  @Field(() => String, { nullable: true, description: 'New region; null clears it.' })
  @IsOptional()
  @MaxLength(100)
  @SingleLineText()
  region?: string | null;
}

@InputType({ description: 'The agency to delete.' })
export class DeleteAgencyInput {
  @Field(() => ID, { description: 'The agency to delete.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the delete is refused (CONFLICT) if the agency changed since.' })
  version?: number;
}

@ObjectType({ description: 'Result of creating or changing an agency.' })
export class AgencyPayload {
  @Field(() => Agency, { description: 'The agency as stored.' })
  agency!: Agency;
}

@ObjectType({ description: 'Result of deleting an agency.' })
export class DeleteAgencyPayload {
  @Field(() => ID, { description: 'ID of the deleted agency.' })
  id!: string;
}
