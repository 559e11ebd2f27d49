import { IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, OrderBy, type FilterRules } from '../../graphql/filters.js';
import { MultiLineText, SingleLineText } from '../../graphql/validation.js';
import { Employee } from '../employees/employee.entity.js';
import { AttendanceCorrection, AttendanceDeviceUser, AttendanceRecord, AttendanceStatus, CorrectionStatus } from './attendance.entity.js';
import { MONTH_PATTERN } from './calendar.types.js';

export const AttendanceRecordConnection = Connection(AttendanceRecord, 'AttendanceRecord', 'attendance records');
export const AttendanceCorrectionConnection = Connection(AttendanceCorrection, 'AttendanceCorrection', 'attendance corrections');

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const AttendanceStatusFilter = EnumFilter(AttendanceStatus, 'AttendanceStatus');
const CorrectionStatusFilter = EnumFilter(CorrectionStatus, 'AttendanceCorrectionStatus');

@InputType({ description: 'Conditions on attendance records; all given conditions must hold.' })
export class AttendanceRecordFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By employee.' })
  employeeId?: IDFilter;

  @Field(() => ID, { nullable: true, description: 'Employees of this unit and every unit below it.' })
  inUnitSubtree?: string;

  @Field(() => String, { nullable: true, description: 'The month, YYYY-MM.' })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'month must be YYYY-MM' })
  month?: string;

  @Field(() => DateFilter, { nullable: true, description: 'By the day.' })
  date?: DateFilter;

  @Field(() => AttendanceStatusFilter, { nullable: true, description: 'By status.' })
  status?: InstanceType<typeof AttendanceStatusFilter>;
}

export const attendanceFilterRules: FilterRules = {
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  date: { kind: 'value' },
  status: { kind: 'value' },
};

export const AttendanceRecordOrder = OrderBy('AttendanceRecord', {
  DATE: { property: 'date', description: 'The day.' },
  EMPLOYEE_NAME: { property: 'employee.name', description: "Employee's name." },
  STATUS: { property: 'status', description: 'Status.' },
});

@ArgsType()
export class AttendanceRecordListArgs extends PageArgs {
  @Field(() => AttendanceRecordFilter, { nullable: true, description: 'Which records to return.' })
  filter?: AttendanceRecordFilter;

  @Field(() => [AttendanceRecordOrder.Input], { nullable: true, description: 'Sort keys (default: newest day first, then name).' })
  orderBy?: InstanceType<typeof AttendanceRecordOrder.Input>[];
}

@InputType({ description: "A day's record entered by HR (source MANUAL), replacing the one the day has." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => GraphQLDate, { description: 'The day.' })
  date!: Date;

  @Field(() => AttendanceStatus, { description: 'Status of the day.' })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Check-in, HH:MM[:SS].' })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'checkIn must be a time HH:MM or HH:MM:SS' })
  checkIn?: string | null;

  @Field(() => String, { nullable: true, description: 'Check-out, HH:MM[:SS].' })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'checkOut must be a time HH:MM or HH:MM:SS' })
  checkOut?: string | null;

  @Field(() => String, { nullable: true, description: 'A remark (at most 500 characters).' })
  @IsOptional()
  @MaxLength(500)
  @SingleLineText()
  note?: string | null;
}

@ObjectType({ description: 'Result of writing a record.' })
export class AttendanceRecordPayload {
  @Field(() => AttendanceRecord, { description: 'The record as stored.' })
  record!: AttendanceRecord;
}

@InputType({ description: 'A fingerprint-machine export to import (columns in docs/attendance-and-allowance.md).' })
export class ImportAttendanceInput {
  @Field(() => ID, { nullable: true, description: "Agency of the employees; the actor's own when omitted." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'The CSV text (UTF-8, comma-separated, with a header row): nip or device_user_id, timestamp.' })
  @MaxLength(20_000_000)
  csv!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Check every row and report, but write nothing.' })
  dryRun?: boolean;
}

@ObjectType({ description: 'What an attendance import did (or would do, for a dry run).' })
export class ImportAttendancePayload {
  @Field(() => Int, { description: 'Data rows (punches) in the file.' })
  rows!: number;

  @Field(() => Int, { description: 'Employee days the file covers.' })
  days!: number;

  @Field(() => Int, { description: 'Records created.' })
  created!: number;

  @Field(() => Int, { description: 'Records changed (a punch earlier or later than the ones known).' })
  updated!: number;

  @Field(() => Int, { description: 'Days already recorded as in the file, or kept because they were entered or corrected by hand.' })
  unchanged!: number;

  @Field({ description: 'True when nothing was written because it was a dry run.' })
  dryRun!: boolean;
}

@InputType({ description: "An employee's user number on the attendance machines." })
export class SetAttendanceDeviceUserInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => String, { nullable: true, description: 'User number on the machines (1-40 characters); null removes it.' })
  @IsOptional()
  @Length(1, 40)
  @SingleLineText()
  deviceUserId?: string | null;
}

@ObjectType({ description: 'Result of setting a device user number.' })
export class AttendanceDeviceUserPayload {
  @Field(() => AttendanceDeviceUser, { nullable: true, description: 'The mapping as stored; empty when removed.' })
  deviceUser!: AttendanceDeviceUser | null;
}

@ObjectType({ description: 'How many days of a month have one status.' })
export class AttendanceStatusCount {
  @Field(() => AttendanceStatus, { description: 'The status.' })
  status!: AttendanceStatus;

  @Field(() => Int, { description: 'Days with it.' })
  days!: number;
}

@ObjectType({ description: 'A day of an attendance sheet.' })
export class AttendanceSheetDay {
  @Field(() => GraphQLDate, { description: 'The day.' })
  date!: string;

  @Field(() => Int, { description: 'Weekday: 1 Monday ... 7 Sunday.' })
  weekday!: number;

  @Field(() => String, { nullable: true, description: 'Name of the holiday or collective leave on that day.' })
  holiday!: string | null;
}

@ObjectType({ description: "One employee's month: their records and the figures the allowance is computed from." })
export class AttendanceMonthSummary {
  @Field(() => Employee, { description: 'The employee.' })
  employee!: Employee;

  @Field(() => Int, { description: "Working days of the month under the employee's calendar." })
  workingDays!: number;

  @Field(() => Int, { description: 'Target of effective working minutes of the month.' })
  targetMinutes!: number;

  @Field(() => [GraphQLDate], { description: 'Working days that have no record.' })
  unrecordedDays!: string[];

  @Field(() => [AttendanceStatusCount], { description: 'Days per status (statuses without a day left out).' })
  statusCounts!: AttendanceStatusCount[];

  @Field(() => Int, { description: 'Minutes late over the month.' })
  lateMinutes!: number;

  @Field(() => Int, { description: 'Minutes leaving early over the month.' })
  earlyLeaveMinutes!: number;

  @Field(() => Int, { description: 'Days present without a check-in.' })
  missingCheckIns!: number;

  @Field(() => Int, { description: 'Days present without a check-out.' })
  missingCheckOuts!: number;

  @Field(() => [AttendanceRecord], { description: 'The records of the month, by day.' })
  records!: AttendanceRecord[];

  /** Working dates, for callers that need them (not published). */
  workingDates!: string[];
}

@ObjectType({ description: 'A unit’s month as a grid: the days, and one row per employee.' })
export class AttendanceSheet {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => [AttendanceSheetDay], { description: 'Every day of the month.' })
  days!: AttendanceSheetDay[];

  @Field(() => [AttendanceMonthSummary], { description: 'One row per employee of the unit and the units below it, by name.' })
  rows!: AttendanceMonthSummary[];
}

@ArgsType()
export class AttendanceSheetArgs {
  @Field(() => ID, { description: 'The unit (with every unit below it).' })
  unitId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  @Matches(MONTH_PATTERN, { message: 'month must be YYYY-MM' })
  month!: string;
}

@InputType({ description: 'A request to correct a day (a forgotten punch, an official trip...).' })
export class RequestAttendanceCorrectionInput {
  @Field(() => ID, { nullable: true, description: "The employee; the actor's own record when omitted (HR may ask on someone's behalf)." })
  @IsOptional()
  employeeId?: string | null;

  @Field(() => GraphQLDate, { description: 'The day: today or earlier.' })
  date!: Date;

  @Field(() => String, { nullable: true, description: 'Check-in to record, HH:MM[:SS].' })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'checkIn must be a time HH:MM or HH:MM:SS' })
  checkIn?: string | null;

  @Field(() => String, { nullable: true, description: 'Check-out to record, HH:MM[:SS].' })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'checkOut must be a time HH:MM or HH:MM:SS' })
  checkOut?: string | null;

  @Field(() => AttendanceStatus, { nullable: true, description: 'Status to record, e.g. DINAS_LUAR.' })
  @IsOptional()
  status?: AttendanceStatus | null;

  @Field({ description: 'Why (3-2,000 characters).' })
  @Length(3, 2000)
  @MultiLineText()
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (http or https).' })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'evidenceLink must be an http(s) URL' })
  evidenceLink?: string | null;
}

@InputType({ description: 'Deciding on a correction.' })
export class DecideAttendanceCorrectionInput {
  @Field(() => ID, { description: 'The correction.' })
  id!: string;

  @Field(() => Int, { description: 'The version the decision is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'A remark; required (3 characters or more) to reject.' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLineText()
  comment?: string | null;
}

@ObjectType({ description: 'Result of requesting or deciding a correction.' })
export class AttendanceCorrectionPayload {
  @Field(() => AttendanceCorrection, { description: 'The correction as stored.' })
  correction!: AttendanceCorrection;

  @Field(() => AttendanceRecord, { nullable: true, description: 'The record as changed by an approval.' })
  record!: AttendanceRecord | null;
}

@InputType({ description: 'Conditions on corrections; all given conditions must hold.' })
export class AttendanceCorrectionFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By employee.' })
  employeeId?: IDFilter;

  @Field(() => CorrectionStatusFilter, { nullable: true, description: 'By stage.' })
  status?: InstanceType<typeof CorrectionStatusFilter>;

  @Field(() => DateFilter, { nullable: true, description: 'By the day corrected.' })
  date?: DateFilter;
}

export const correctionFilterRules: FilterRules = {
  employeeId: { kind: 'id', type: 'Employee', property: 'employee' },
  status: { kind: 'value' },
  date: { kind: 'value' },
};

@ArgsType()
export class AttendanceCorrectionListArgs extends PageArgs {
  @Field(() => AttendanceCorrectionFilter, { nullable: true, description: 'Which corrections to return (newest first).' })
  filter?: AttendanceCorrectionFilter;
}

@InputType({
  description: 'Records TANPA_KETERANGAN on the past working days of a month that have no record, for a unit and the units below it.',
})
export class MarkUnexcusedAbsencesInput {
  @Field(() => ID, { description: 'The unit (with every unit below it).' })
  unitId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  @Matches(MONTH_PATTERN, { message: 'month must be YYYY-MM' })
  month!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Count the days, but write nothing.' })
  dryRun?: boolean;
}

@ObjectType({ description: 'What marking the absences did.' })
export class MarkUnexcusedAbsencesPayload {
  @Field(() => Int, { description: 'Records created with TANPA_KETERANGAN (or that would be, for a dry run).' })
  created!: number;

  @Field({ description: 'True when nothing was written.' })
  dryRun!: boolean;
}
