import { IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { BooleanFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { PublicService } from './public-service.entity.js';

export const PublicServiceConnection = Connection(PublicService, 'PublicService', 'public services');

@InputType({ description: 'Conditions on public services; all given conditions must hold.' })
export class PublicServiceFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' }) id?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By agency (platform administrators).' }) agencyId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'By the unit that provides it.' }) unitId?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'By name.' }) name?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true, description: 'Offered or not.' }) active?: BooleanFilter;
  @Field(() => String, { nullable: true, description: 'Free-text search in the name.' }) q?: string;
  @Field(() => [PublicServiceFilter], { nullable: true, description: 'All of these filters must hold.' }) and?: PublicServiceFilter[];
  @Field(() => [PublicServiceFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: PublicServiceFilter[];
}

export const publicServiceFilterRules: FilterRules = {
  id: { kind: 'id', type: 'PublicService' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  unitId: { kind: 'id', type: 'OrgUnit', property: 'unit' },
  name: { kind: 'value' },
  active: { kind: 'value' },
};

export const PublicServiceOrder = OrderBy('PublicService', {
  NAME: { property: 'name', description: 'Name.' },
  UNIT_NAME: { property: 'unit.name', description: 'Name of the unit.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
});

@ArgsType()
export class PublicServiceListArgs extends PageArgs {
  @Field(() => PublicServiceFilter, { nullable: true, description: 'Which services to return.' }) filter?: PublicServiceFilter;
  @Field(() => [PublicServiceOrder.Input], { nullable: true, description: 'Sort keys (default: by name).' })
  orderBy?: InstanceType<typeof PublicServiceOrder.Input>[];
}

@InputType({ description: 'A new public service of a unit.' })
export class CreatePublicServiceInput {
  @Field(() => ID, { description: 'The unit that provides it.' }) unitId!: string;

  @Field({ description: 'Name (2-200 characters), unique within the unit.' })
  @Length(2, 200)
  @SingleLineText()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description for the public (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered (default true).' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'Changes to a public service; fields left out stay as they are.' })
export class UpdatePublicServiceInput {
  @Field(() => ID, { description: 'The service.' }) id!: string;
  @Field(() => Int, { description: 'The version the change is based on.' }) version!: number;

  @Field(() => String, { nullable: true, description: 'Name (2-200 characters).' })
  @IsOptional()
  @Length(2, 200)
  @SingleLineText()
  name?: string;

  @Field(() => String, { nullable: true, description: 'Description (at most 2,000 characters); empty removes it.' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered or not.' })
  @IsOptional()
  active?: boolean;
}

@ObjectType({ description: 'Result of creating or changing a public service.' })
export class PublicServicePayload {
  @Field(() => PublicService, { description: 'The service as stored.' }) service!: PublicService;
}

@ObjectType({ description: 'A service in the public directory: what a citizen may survey or complain about.' })
export class DirectoryService {
  @Field(() => ID, { description: 'ID of the service (for submitComplaint).' }) id!: string;
  @Field({ description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Description.' }) description!: string | null;
  @Field(() => ID, { description: 'ID of the unit (for submitComplaint).' }) unitId!: string;
  @Field({ description: 'Name of the unit.' }) unitName!: string;
}
