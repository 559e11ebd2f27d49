import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, type FilterRules } from '../../graphql/filters.js';
import { SingleLineText } from '../../graphql/validation.js';
import { Ceremony, CeremonyAttendance, CeremonyAttendanceStatus, CeremonyKind } from './ceremony.entity.js';

export const CeremonyConnection = Connection(Ceremony, 'Ceremony', 'ceremonies');
export const CeremonyAttendanceConnection = Connection(CeremonyAttendance, 'CeremonyAttendance', 'ceremony attendances');

const CeremonyKindFilter = EnumFilter(CeremonyKind, 'CeremonyKind');
const CeremonyAttendanceStatusFilter = EnumFilter(CeremonyAttendanceStatus, 'CeremonyAttendanceStatus');

@InputType({ description: 'Conditions on ceremonies; all given conditions must hold.' })
export class CeremonyFilter {
  @Field(() => DateFilter, { nullable: true, description: 'By the day.' })
  date?: DateFilter;

  @Field(() => CeremonyKindFilter, { nullable: true, description: 'By kind.' })
  kind?: InstanceType<typeof CeremonyKindFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'By agency (platform administrators).' })
  agencyId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By the unit it is held for (`isNull: true`: agency-wide ones).' })
  unitId?: IDFilter;

  @Field(() => Boolean, { nullable: true, description: 'Only required (true) or optional (false) ones.' })
  required?: boolean;
}

export const ceremonyFilterRules: FilterRules = {
  date: { kind: 'value' },
  kind: { kind: 'value' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  unitId: { kind: 'id', type: 'OrgUnit', property: 'unit' },
  required: { kind: 'custom', where: (value) => ({ required: value === true }) },
};

@ArgsType()
export class CeremonyListArgs extends PageArgs {
  @Field(() => CeremonyFilter, { nullable: true, description: 'Which ceremonies to return (of the actor’s agency).' })
  filter?: CeremonyFilter;
}

@InputType({ description: "Conditions on a ceremony's attendances." })
export class CeremonyAttendanceFilter {
  @Field(() => CeremonyAttendanceStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof CeremonyAttendanceStatusFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'By employee.' })
  employeeId?: IDFilter;
}

export const ceremonyAttendanceFilterRules: FilterRules = {
  status: { kind: 'value' },
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
};

@ArgsType()
export class CeremonyAttendanceListArgs extends PageArgs {
  @Field(() => ID, { description: 'The ceremony.' })
  ceremonyId!: string;

  @Field(() => CeremonyAttendanceFilter, { nullable: true, description: 'Which attendances to return.' })
  filter?: CeremonyAttendanceFilter;
}

@InputType({ description: 'A ceremony to add.' })
export class CreateCeremonyInput {
  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted." })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit whose subtree takes part; the whole agency when omitted.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => GraphQLDate, { description: 'The day.' })
  date!: Date;

  @Field(() => CeremonyKind, { description: 'Kind of ceremony.' })
  kind!: CeremonyKind;

  @Field({ description: 'Name (2-200 characters).' })
  @Length(2, 200)
  @SingleLineText()
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether attendance is required (default true).' })
  @IsOptional()
  required?: boolean;

  @Field(() => String, { nullable: true, description: 'Remark (at most 500 characters).' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Changes to a ceremony; fields left out stay as they are.' })
export class UpdateCeremonyInput {
  @Field(() => ID, { description: 'The ceremony.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day.' })
  @IsOptional()
  date?: Date;

  @Field(() => CeremonyKind, { nullable: true, description: 'Kind of ceremony.' })
  @IsOptional()
  kind?: CeremonyKind;

  @Field(() => String, { nullable: true, description: 'Name (2-200 characters).' })
  @IsOptional()
  @Length(2, 200)
  @SingleLineText()
  name?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether attendance is required.' })
  @IsOptional()
  required?: boolean;

  @Field(() => String, { nullable: true, description: 'Remark (at most 500 characters); an empty text clears it.' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'A ceremony to delete, with its attendances.' })
export class DeleteCeremonyInput {
  @Field(() => ID, { description: 'The ceremony.' })
  id!: string;
}

@InputType({ description: 'One employee’s attendance at the ceremony.' })
export class CeremonyAttendanceEntryInput {
  @Field(() => ID, { description: 'The employee (of the ceremony’s agency and, for a unit ceremony, of its subtree).' })
  employeeId!: string;

  @Field(() => CeremonyAttendanceStatus, { description: 'Attended, absent or excused.' })
  status!: CeremonyAttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Remark, e.g. the excuse (at most 500 characters).' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Attendances at a ceremony to record; an employee already recorded is overwritten.' })
export class RecordCeremonyAttendanceInput {
  @Field(() => ID, { description: 'The ceremony.' })
  ceremonyId!: string;

  @Field(() => [CeremonyAttendanceEntryInput], { description: 'One entry per employee (1-5000).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  entries!: CeremonyAttendanceEntryInput[];
}

@InputType({ description: 'A CSV list of attendances at a ceremony: columns nip,status[,note]; all rows or none.' })
export class ImportCeremonyAttendanceInput {
  @Field(() => ID, { description: 'The ceremony.' })
  ceremonyId!: string;

  @Field({ description: 'The CSV text with a header row: nip,status[,note]; status ATTENDED, ABSENT or EXCUSED (or HADIR, ABSEN, IZIN).' })
  csv!: string;
}

@ObjectType({ description: 'Result of adding or changing a ceremony.' })
export class CeremonyPayload {
  @Field(() => Ceremony, { description: 'The ceremony as stored.' })
  ceremony!: Ceremony;
}

@ObjectType({ description: 'Result of deleting a ceremony.' })
export class DeletedCeremonyPayload {
  @Field(() => ID, { description: 'ID of the deleted ceremony.' })
  id!: string;
}

@ObjectType({ description: 'Result of recording or importing ceremony attendances.' })
export class CeremonyAttendancePayload {
  @Field(() => Ceremony, { description: 'The ceremony.' })
  ceremony!: Ceremony;

  @Field(() => Int, { description: 'Attendances newly recorded.' })
  created!: number;

  @Field(() => Int, { description: 'Attendances that existed and were changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Attendances that existed and stay as they were (the same list imported again).' })
  unchanged!: number;
}
