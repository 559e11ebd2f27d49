import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { CsvImportTypes } from '../../import/import.types.js';
import { EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { SingleLineText } from '../../graphql/validation.js';
import { Employee } from './employee.entity.js';
import { EmployeeStatus, EmploymentType, Golongan, PppkGrade } from './rank.js';

export const EmployeeConnection = Connection(Employee, 'Employee', 'employees');

const EmploymentTypeFilter = EnumFilter(EmploymentType, 'EmploymentType');
const EmployeeStatusFilter = EnumFilter(EmployeeStatus, 'EmployeeStatus');
const GolonganFilter = EnumFilter(Golongan, 'Golongan');

@InputType({ description: 'Conditions on employees; all given conditions must hold.' })
export class EmployeeFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By agency.' })
  agencyId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'By unit (exactly that unit).' })
  unitId?: IDFilter;

  @Field(() => ID, { nullable: true, description: 'Employees of this unit or of any unit below it.' })
  inUnitSubtree?: string;

  @Field(() => IDFilter, { nullable: true, description: 'By position.' })
  positionId?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By NIP (digits only).' })
  nip?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By name (without titles).' })
  name?: StringFilter;

  @Field(() => EmploymentTypeFilter, { nullable: true, description: 'PNS or PPPK.' })
  employmentType?: InstanceType<typeof EmploymentTypeFilter>;

  @Field(() => GolonganFilter, { nullable: true, description: 'By rank (PNS).' })
  golongan?: InstanceType<typeof GolonganFilter>;

  @Field(() => EmployeeStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof EmployeeStatusFilter>;

  @Field(() => String, { nullable: true, description: 'Search by NIP (with or without spaces) or name.' })
  q?: string;

  @Field(() => [EmployeeFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: EmployeeFilter[];

  @Field(() => [EmployeeFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: EmployeeFilter[];
}

/** Without `inUnitSubtree`, which needs the unit's path: the service adds it. */
export const employeeFilterRules: FilterRules = {
  id: { kind: 'id', type: 'Employee' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  unitId: { kind: 'id', type: 'OrgUnit', property: 'unit' },
  positionId: { kind: 'id', type: 'Position', property: 'position' },
  nip: { kind: 'value' },
  name: { kind: 'value' },
  employmentType: { kind: 'value' },
  golongan: { kind: 'value' },
  status: { kind: 'value' },
};

export const EmployeeOrder = OrderBy('Employee', {
  NAME: { property: 'name', description: 'Name.' },
  NIP: { property: 'nip', description: 'NIP.' },
  GOLONGAN: { property: 'golongan', description: 'Rank, I/a lowest.' },
  BIRTH_DATE: { property: 'birthDate', description: 'Birth date.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
  UPDATED_AT: { property: 'updatedAt', description: 'Last change.' },
});

@ArgsType()
export class EmployeeListArgs extends PageArgs {
  @Field(() => EmployeeFilter, { nullable: true, description: 'Which employees to return.' })
  filter?: EmployeeFilter;

  @Field(() => [EmployeeOrder.Input], { nullable: true, description: 'Sort keys (default: by name).' })
  orderBy?: InstanceType<typeof EmployeeOrder.Input>[];
}

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;

@InputType({ description: 'A new employee.' })
export class CreateEmployeeInput {
  @Field({ description: 'NIP (PNS) or NI PPPK: 18 digits; spaces are allowed and removed.' })
  // Only a bound here: the service names each NIP problem precisely.
  @MaxLength(40)
  nip!: string;

  @Field(() => EmploymentType, { description: 'PNS or PPPK.' })
  employmentType!: EmploymentType;

  @Field(() => String, { nullable: true, description: 'Titles before the name.' })
  @IsOptional()
  @MaxLength(40)
  @SingleLineText()
  frontTitle?: string | null;

  @Field({ description: 'Name without titles (2-120 characters).' })
  @Length(2, 120)
  @SingleLineText()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Titles after the name.' })
  @IsOptional()
  @MaxLength(60)
  @SingleLineText()
  backTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'Unit; taken from the position when omitted.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Position (jabatan), in the same agency.' })
  @IsOptional()
  positionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Direct supervisor when it is not the holder of the superior position (e.g. an acting official).',
  })
  @IsOptional()
  supervisorOverrideId?: string | null;

  @Field(() => Golongan, { nullable: true, description: 'Rank; required for a PNS, empty for a PPPK.' })
  @IsOptional()
  golongan?: Golongan | null;

  @Field(() => PppkGrade, { nullable: true, description: 'Grade; required for a PPPK, empty for a PNS.' })
  @IsOptional()
  pppkGrade?: PppkGrade | null;

  @Field(() => EmployeeStatus, { nullable: true, defaultValue: EmployeeStatus.AKTIF, description: 'Status (default AKTIF).' })
  status?: EmployeeStatus;

  @Field(() => String, { nullable: true, description: 'Work e-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, digits with optional +, spaces or dashes.' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be 6-20 digits, optionally with +, spaces or dashes' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Bank and account number the allowance is paid to, e.g. "Bank Sumut 1234567890" (up to 100 characters).',
  })
  @IsOptional()
  @MaxLength(100)
  @SingleLineText()
  bankAccount?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Start of the first placement (default today).' })
  @IsOptional()
  effectiveDate?: Date | null;
}

@InputType({
  description:
    'Changes to an employee. A change of unit, position, supervisor or rank closes the current placement and opens a new one from `effectiveDate`.',
})
export class UpdateEmployeeInput {
  @Field(() => ID, { description: 'The employee to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New titles before the name.' })
  @IsOptional()
  @MaxLength(40)
  @SingleLineText()
  frontTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(2, 120)
  @SingleLineText()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New titles after the name.' })
  @IsOptional()
  @MaxLength(60)
  @SingleLineText()
  backTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'New unit.' })
  @IsOptional()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'New position; null leaves the employee without one.' })
  @IsOptional()
  positionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Supervisor override; null returns to the position tree.' })
  @IsOptional()
  supervisorOverrideId?: string | null;

  @Field(() => Golongan, { nullable: true, description: 'New rank (PNS).' })
  @IsOptional()
  golongan?: Golongan;

  @Field(() => PppkGrade, { nullable: true, description: 'New grade (PPPK).' })
  @IsOptional()
  pppkGrade?: PppkGrade;

  @Field(() => EmployeeStatus, { nullable: true, description: 'New status.' })
  @IsOptional()
  status?: EmployeeStatus;

  @Field(() => String, { nullable: true, description: 'New e-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone number.' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be 6-20 digits, optionally with +, spaces or dashes' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'New bank and account number the allowance is paid to; null clears it.' })
  @IsOptional()
  @MaxLength(100)
  @SingleLineText()
  bankAccount?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'When a placement change takes effect (default today).' })
  @IsOptional()
  effectiveDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the placement changes (e.g. decree number); kept in the history.' })
  @IsOptional()
  @MaxLength(300)
  @SingleLineText()
  reason?: string | null;
}

@ObjectType({ description: 'Result of creating or changing an employee.' })
export class EmployeePayload {
  @Field(() => Employee, { description: 'The employee as stored.' })
  employee!: Employee;
}

export const ImportEmployees = CsvImportTypes('Employees', {
  records: 'employees',
  inputDescription:
    'A CSV file of employees to import, all or nothing. Columns (header row, any order): nip, employment_type, name, unit_code (required); front_title, back_title, position (name of a position of that unit), golongan (III/a or SIASN code), pppk_grade (I-XVII), status, email, phone, effective_date (YYYY-MM-DD).',
  payloadDescription:
    'Result of an import. A file with problems is refused instead (BAD_USER_INPUT on input.csv) with `extensions.rowErrors` [{ row, column, message }] and `extensions.rowErrorCount`, and nothing is written.',
});
