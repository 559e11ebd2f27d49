import { IsOptional, Matches, MaxLength } from 'class-validator';
import { GraphQLDate, GraphQLSafeInt } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { EnumFilter, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { AttendanceStatus } from '../attendance/attendance.entity.js';
import { MONTH_PATTERN } from '../attendance/calendar.types.js';
import { Predicate } from '../indicators/indicator.enums.js';
import {
  AllowanceBand,
  AllowanceLine,
  AllowanceMissingAttendance,
  AllowanceMissingPredicate,
  AllowancePredicateShare,
  AllowanceRounding,
  AllowanceScheme,
  AllowanceSheet,
  AllowanceSheetStatus,
  AllowanceStatusRule,
  ProductivityMode,
} from './allowance.entity.js';

export const AllowanceSchemeConnection = Connection(AllowanceScheme, 'AllowanceScheme', 'allowance scheme versions');
export const AllowanceSheetConnection = Connection(AllowanceSheet, 'AllowanceSheet', 'monthly allowance sheets');

@ArgsType()
export class AllowanceSchemeListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted." })
  agencyId?: string;
}

const AllowanceSheetStatusFilter = EnumFilter(AllowanceSheetStatus, 'AllowanceSheetStatus');

@InputType({ description: 'Conditions on allowance sheets; all given conditions must hold.' })
export class AllowanceSheetFilter {
  @Field(() => StringFilter, { nullable: true, description: 'By month, YYYY-MM (e.g. `startsWith: "2026-"` for a year).' })
  month?: StringFilter;

  @Field(() => AllowanceSheetStatusFilter, { nullable: true, description: 'By stage.' })
  status?: InstanceType<typeof AllowanceSheetStatusFilter>;
}

export const allowanceSheetFilterRules: FilterRules = { month: { kind: 'value' }, status: { kind: 'value' } };

@ArgsType()
export class AllowanceSheetListArgs extends PageArgs {
  @Field(() => AllowanceSheetFilter, { nullable: true, description: 'Which sheets to return.' })
  filter?: AllowanceSheetFilter;

  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted." })
  agencyId?: string;

  @Field(() => AllowanceSheetStatus, { nullable: true, description: 'Only sheets at this stage.' })
  status?: AllowanceSheetStatus;
}

@InputType({
  description:
    'The rules of an allowance scheme version; omitted fields take the defaults (40/60, TL1-TL4 and PSW1-PSW4 of 0.5/1/1.25/1.5 %, 5 % per unexcused day, 1.5 % per missed ceremony capped at 4.5 %).',
})
export class AllowanceSchemeRulesInput {
  @Field(() => [GraphQLSafeInt], { description: 'Base amount in rupiah per position class 1-17 (17 amounts).' })
  baseAmounts!: number[];

  @Field(() => Int, { nullable: true, description: 'Weight of work discipline, percent (default 40).' })
  disciplineWeight?: number;

  @Field(() => Int, { nullable: true, description: 'Weight of productivity, percent (default 60); the two add up to 100.' })
  productivityWeight?: number;

  @Field(() => ProductivityMode, { nullable: true, description: 'How productivity is earned (default MINUTES).' })
  productivityMode?: ProductivityMode;

  @Field(() => [AllowancePredicateShare], { nullable: true, description: 'Share per predicate (default 100/100/80/70/60 %).' })
  predicateShares?: AllowancePredicateShare[];

  @Field(() => AllowanceMissingPredicate, {
    nullable: true,
    description: 'The predicate share of a month without an evaluation (default PAY, stated on each row).',
  })
  missingPredicate?: AllowanceMissingPredicate;

  @Field(() => [AllowanceBand], { nullable: true, description: 'Late-arrival bands.' })
  lateBands?: AllowanceBand[];

  @Field(() => [AllowanceBand], { nullable: true, description: 'Early-leave bands.' })
  earlyLeaveBands?: AllowanceBand[];

  @Field(() => Int, { nullable: true, description: 'Deduction per unexcused day, basis points (default 500).' })
  unexcusedDayBasisPoints?: number;

  @Field(() => Int, { nullable: true, description: 'Monthly cap of unexcused-day deductions, basis points (default 10000).' })
  unexcusedCapBasisPoints?: number;

  @Field(() => String, { nullable: true, description: 'Base of the unexcused-day deduction: WHOLE (default), DISCIPLINE or PRODUCTIVITY.' })
  unexcusedBase?: string;

  @Field(() => Int, { nullable: true, description: 'Deduction per missed required ceremony, basis points (default 150).' })
  ceremonyBasisPoints?: number;

  @Field(() => Int, { nullable: true, description: 'Monthly cap of missed-ceremony deductions, basis points (default 450).' })
  ceremonyCapBasisPoints?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Base of the missed-ceremony deduction: WHOLE (default), DISCIPLINE or PRODUCTIVITY.',
  })
  ceremonyBase?: string;

  @Field(() => AllowanceMissingAttendance, {
    nullable: true,
    description: 'What a working day without any attendance record counts as (default PRESENT).',
  })
  missingAttendance?: AllowanceMissingAttendance;

  @Field(() => [AllowanceStatusRule], { nullable: true, description: 'Effects of CUTI, SAKIT, DINAS_LUAR and TUGAS_BELAJAR.' })
  statusRules?: AllowanceStatusRule[];

  @Field(() => AllowanceRounding, { nullable: true, description: 'Rounding of each line (default FLOOR).' })
  rounding?: AllowanceRounding;

  @Field(() => String, { nullable: true, description: 'Legal basis or remark.' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'A new scheme version of an agency.' })
export class CreateAllowanceSchemeInput extends AllowanceSchemeRulesInput {
  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted." })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => GraphQLDate, { description: 'First day of the first month it applies to (a 1st of the month).' })
  validFrom!: Date;
}

@InputType({ description: 'Changes a scheme version no sheet past DRAFT uses; every rule is replaced.' })
export class UpdateAllowanceSchemeInput extends AllowanceSchemeRulesInput {
  @Field(() => ID, { description: 'The scheme version.' })
  id!: string;

  @Field(() => Int, { description: 'The revision the change is based on.' })
  version!: number;
}

@InputType({ description: 'A scheme version to remove.' })
export class DeleteAllowanceSchemeInput {
  @Field(() => ID, { description: 'The scheme version.' })
  id!: string;
}

@ObjectType({ description: 'The changed scheme version.' })
export class AllowanceSchemePayload {
  @Field(() => AllowanceScheme, { description: 'The scheme version.' })
  scheme!: AllowanceScheme;
}

@ObjectType({ description: 'The removed record.' })
export class DeletedAllowanceSchemePayload {
  @Field(() => ID, { description: 'ID of the removed scheme version.' })
  id!: string;
}

@InputType({ description: 'The agency and month to compute.' })
export class ComputeAllowancesInput {
  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted." })
  @IsOptional()
  agencyId?: string | null;

  @Field({ description: 'The month, YYYY-MM.' })
  @Matches(MONTH_PATTERN, { message: 'A month as YYYY-MM' })
  month!: string;

  @Field({
    nullable: true,
    description:
      'Compute even though no attendance record of the agency exists in the month (else BAD_USER_INPUT with reason NO_ATTENDANCE_DATA); the sheet keeps the warning.',
  })
  @IsOptional()
  confirmWithoutAttendance?: boolean;
}

@InputType({ description: 'A sheet to move to its next stage.' })
export class AllowanceSheetTransitionInput {
  @Field(() => ID, { description: 'The sheet.' })
  id!: string;

  @Field(() => Int, { description: 'The revision the decision is based on.' })
  version!: number;
}

@InputType({ description: 'A correction of a locked month, paid or taken back in a draft sheet of a later month.' })
export class AddAllowanceAdjustmentInput {
  @Field(() => ID, { description: 'The DRAFT sheet of the later month.' })
  sheetId!: string;

  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field({ description: 'The locked month corrected, YYYY-MM.' })
  @Matches(MONTH_PATTERN, { message: 'A month as YYYY-MM' })
  correctsMonth!: string;

  @Field(() => GraphQLSafeInt, { description: 'Rupiah to pay in addition (negative: to take back).' })
  amount!: number;

  @Field({ description: 'Why (e.g. an approved attendance correction).' })
  @MaxLength(500)
  reason!: string;
}

@ObjectType({ description: 'The sheet after the change.' })
export class AllowanceSheetPayload {
  @Field(() => AllowanceSheet, { description: 'The sheet.' })
  sheet!: AllowanceSheet;
}

@ObjectType({ description: "One employee's row of a sheet: how the net amount comes about." })
export class AllowanceSheetRow {
  @Field(() => ID, { description: 'ID of the sheet.' })
  sheetId!: string;

  @Field({ description: 'Month of the sheet, YYYY-MM.' })
  month!: string;

  @Field(() => AllowanceSheetStatus, { description: 'Stage of the sheet.' })
  sheetStatus!: AllowanceSheetStatus;

  @Field(() => Int, { description: 'Version number of the scheme used.' })
  schemeVersion!: number;

  @Field(() => ID, { description: 'ID of the employee.' })
  employeeId!: string;

  @Field(() => ID, { description: 'ID of the unit the employee belonged to when computed.' })
  unitId!: string;

  @Field({ description: 'Name of that unit.' })
  unitName!: string;

  @Field({ description: 'NIP.' })
  nip!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Position class (kelas jabatan); empty without a position.' })
  grade!: number | null;

  @Field(() => GraphQLSafeInt, { description: 'Gross amount (the base of the position class), rupiah; 0 for an adjustment.' })
  gross!: number;

  @Field(() => [AllowanceLine], { description: 'Each deduction as its own line, in the order applied.' })
  lines!: AllowanceLine[];

  @Field(() => GraphQLSafeInt, { description: 'Net amount, rupiah: gross minus every line.' })
  net!: number;

  @Field(() => String, { nullable: true, description: 'For an adjustment row: the locked month it corrects.' })
  adjustmentOf!: string | null;

  @Field(() => String, { nullable: true, description: 'For an adjustment row: why.' })
  reason!: string | null;

  @Field(() => Int, { nullable: true, description: "Working days of the month under the employee's calendar; empty on older rows." })
  workingDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Working days paid (in the placement, before a dismissal): the row is paid paidDays / workingDays of the month.',
  })
  paidDays!: number | null;

  @Field(() => Predicate, { nullable: true, description: 'The predicate the productivity share used, when the scheme uses one.' })
  predicate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where it came from: EVALUATION, LAST_CONFIRMED, PAID_WITHOUT_EVALUATION or WITHHELD (no evaluation, as the scheme says).',
  })
  predicateSource!: string | null;

  @Field(() => Int, { nullable: true, description: 'Paid working days without any attendance record.' })
  missingDays!: number | null;
}

@ArgsType()
export class AllowanceBreakdownArgs {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  @Matches(MONTH_PATTERN, { message: 'A month as YYYY-MM' })
  month!: string;
}

@ArgsType()
export class AllowancePreviewArgs {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  @Matches(MONTH_PATTERN, { message: 'A month as YYYY-MM' })
  month!: string;

  @Field(() => AllowanceSchemeRulesInput, { description: 'The rules to try, as the scheme editor holds them (not saved).' })
  scheme!: AllowanceSchemeRulesInput;
}

@ObjectType({ description: 'Days of the month in one attendance status.' })
export class AllowanceStatusDays {
  @Field(() => AttendanceStatus, { description: 'The status.' })
  status!: string;

  @Field(() => Int, { description: 'Working days in it.' })
  days!: number;
}

@ObjectType({ description: "What an employee would get in a month under rules not saved yet, and the month's facts it rests on." })
export class AllowancePreview {
  @Field(() => ID, { description: 'ID of the employee.' })
  employeeId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { nullable: true, description: 'Position class (kelas jabatan); empty without a position.' })
  grade!: number | null;

  @Field(() => GraphQLSafeInt, { description: 'Gross amount (the base of the position class), rupiah.' })
  gross!: number;

  @Field(() => [AllowanceLine], { description: 'Each deduction as its own line, in the order applied.' })
  lines!: AllowanceLine[];

  @Field(() => GraphQLSafeInt, { description: 'Net amount, rupiah: gross minus every line.' })
  net!: number;

  @Field(() => Int, { description: "Working days of the month under the employee's calendar." })
  workingDays!: number;

  @Field(() => Int, { description: 'Working days present (HADIR).' })
  presentDays!: number;

  @Field(() => [AllowanceStatusDays], { description: 'Days per attendance status (statuses without a day left out).' })
  statusDays!: AllowanceStatusDays[];

  @Field(() => Int, { description: 'Effective minutes of approved daily reports, capped at the target.' })
  effectiveMinutes!: number;

  @Field(() => Int, { description: "The month's target of effective minutes." })
  targetMinutes!: number;

  @Field(() => Predicate, { nullable: true, description: 'Predicate of the appraisal period covering the month, when the rules use it.' })
  predicate!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the predicate share came from (as on a sheet row).' })
  predicateSource!: string | null;

  @Field(() => Int, { description: 'Working days paid (in the placement, before a dismissal).' })
  paidDays!: number;

  @Field(() => Int, { description: 'Paid working days without any attendance record.' })
  missingDays!: number;
}
