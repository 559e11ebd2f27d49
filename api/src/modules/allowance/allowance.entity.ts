import { BigIntType, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Predicate } from '../indicators/indicator.enums.js';
import { Agency } from '../organization/agency.entity.js';
import type { Band, Line, ProductivityMode as Mode, Rounding, StatusRule } from './allowance.js';

export enum ProductivityMode {
  MINUTES = 'MINUTES',
  PREDICATE = 'PREDICATE',
  MINUTES_AND_PREDICATE = 'MINUTES_AND_PREDICATE',
}
registerEnumType(ProductivityMode, {
  name: 'ProductivityMode',
  description: 'How the productivity component is earned.',
  valuesConfig: {
    MINUTES: { description: "Share of the month's effective-minutes target reached by approved daily reports." },
    PREDICATE: { description: 'The band of the predicate of the appraisal period covering the month.' },
    MINUTES_AND_PREDICATE: { description: 'The minutes share times the predicate band.' },
  },
});

export enum AllowanceRounding {
  FLOOR = 'FLOOR',
  HALF_UP = 'HALF_UP',
}
registerEnumType(AllowanceRounding, {
  name: 'AllowanceRounding',
  description: 'How each amount of a sheet is rounded to the whole rupiah.',
  valuesConfig: {
    FLOOR: { description: 'Each line rounded down to the rupiah.' },
    HALF_UP: { description: 'Each line rounded to the nearest rupiah, halves up.' },
  },
});

export enum AllowanceMissingPredicate {
  PAY = 'PAY',
  WITHHOLD = 'WITHHOLD',
  LAST_CONFIRMED = 'LAST_CONFIRMED',
}
registerEnumType(AllowanceMissingPredicate, {
  name: 'AllowanceMissingPredicate',
  description: 'The predicate share of a month for which the employee has no evaluation yet.',
  valuesConfig: {
    PAY: { description: 'Paid in full; the breakdown says it was paid without an evaluation (the default).' },
    WITHHOLD: { description: 'Not paid until an evaluation exists (a later adjustment pays it).' },
    LAST_CONFIRMED: { description: 'The predicate of the latest evaluation of an earlier period; withheld when there is none.' },
  },
});

export enum AllowanceMissingAttendance {
  PRESENT = 'PRESENT',
  UNEXCUSED = 'UNEXCUSED',
}
registerEnumType(AllowanceMissingAttendance, {
  name: 'AllowanceMissingAttendance',
  description: 'What a working day without any attendance record counts as.',
  valuesConfig: {
    PRESENT: { description: 'Nothing is deducted (the default).' },
    UNEXCUSED: { description: 'An unexcused day (TANPA_KETERANGAN), at its rate and base.' },
  },
});

export enum AllowanceStatusKind {
  CUTI = 'CUTI',
  SAKIT = 'SAKIT',
  DINAS_LUAR = 'DINAS_LUAR',
  TUGAS_BELAJAR = 'TUGAS_BELAJAR',
}
registerEnumType(AllowanceStatusKind, {
  name: 'AllowanceStatusKind',
  description: 'Attendance statuses whose effect on the allowance a scheme states.',
  valuesConfig: {
    CUTI: { description: 'Leave.' },
    SAKIT: { description: 'Sick.' },
    DINAS_LUAR: { description: 'Official duty outside the office.' },
    TUGAS_BELAJAR: { description: 'Study assignment.' },
  },
});

@ObjectType('AllowanceBand', { description: 'A band of late-arrival (TL) or early-leave (PSW) minutes and its deduction.' })
@InputType('AllowanceBandInput', { description: 'A band of late-arrival (TL) or early-leave (PSW) minutes and its deduction.' })
export class AllowanceBand implements Band {
  @Field({ description: 'Code on the sheet, e.g. TL1 or PSW4.' })
  code!: string;

  @Field(() => Int, { description: 'First minute of the band (the first band starts at 1; each next one after the previous).' })
  fromMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Last minute of the band; empty for the last band, which also takes a missing check-in or check-out.',
  })
  toMinutes!: number | null;

  @Field(() => Int, { description: 'Deduction per day in the band, in basis points of the allowance (50 = 0.5 %).' })
  basisPoints!: number;

  @Field(() => Int, { description: 'Most this band deducts in a month, in basis points.' })
  capBasisPoints!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What the percentage is of: WHOLE (the allowance), DISCIPLINE or PRODUCTIVITY (a component of the scheme); empty: WHOLE.',
  })
  base?: string;
}

@ObjectType('AllowanceStatusRule', { description: 'What days in an attendance status do to the allowance.' })
@InputType('AllowanceStatusRuleInput', { description: 'What days in an attendance status do to the allowance.' })
export class AllowanceStatusRule implements StatusRule {
  @Field(() => AllowanceStatusKind, { description: 'The status.' })
  status!: StatusRule['status'];

  @Field(() => Int, { description: 'Deduction per day, in basis points of the allowance (0: paid in full).' })
  basisPointsPerDay!: number;

  @Field(() => Int, { description: 'Most this status deducts in a month, in basis points.' })
  capBasisPoints!: number;

  @Field({ description: "Whether its days are left out of the month's effective-minutes target." })
  excusedFromMinutes!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What the percentage is of: WHOLE (the allowance), DISCIPLINE or PRODUCTIVITY (a component of the scheme); empty: WHOLE.',
  })
  base?: string;
}

@ObjectType('AllowancePredicateShare', { description: 'Share of the productivity component paid for a predicate.' })
@InputType('AllowancePredicateShareInput', { description: 'Share of the productivity component paid for a predicate.' })
export class AllowancePredicateShare {
  @Field(() => Predicate, { description: 'The predicate.' })
  predicate!: Predicate;

  @Field(() => Int, { description: 'Share in basis points (10000 = 100 %).' })
  basisPoints!: number;
}

/**
 * One version of an agency's allowance rules (TPP / tukin), valid from the
 * first day of a month until the next version; a month is always computed
 * with the version valid then.
 */
@Entity({ tableName: 'allowance_schemes' })
@Unique({ properties: ['agency', 'validFrom'] })
@Unique({ properties: ['agency', 'schemeVersion'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Allowance scheme (skema TPP / tunjangan kinerja), one version.' })
export class AllowanceScheme extends BaseEntity<
  | 'agencyId'
  | 'note'
  | 'ceremonyBasisPoints'
  | 'ceremonyCapBasisPoints'
  | 'unexcusedBase'
  | 'ceremonyBase'
  | 'missingPredicate'
  | 'missingAttendance'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field(() => Int, { description: 'Version number within the agency, 1, 2, ... in order of creation.' })
  @Property({ type: 'integer' })
  schemeVersion!: number;

  @Field(() => GraphQLDate, { description: 'First day of the first month this version applies to.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Legal basis or remark, e.g. the Perkada number.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => [GraphQLSafeInt], { description: 'Base amount in rupiah per position class (kelas jabatan) 1-17, in order.' })
  @Property({ type: 'jsonb' })
  baseAmounts!: number[];

  @Field(() => Int, { description: 'Weight of the work-discipline component, percent.' })
  @Property({ type: 'smallint' })
  disciplineWeight!: number;

  @Field(() => Int, { description: 'Weight of the productivity component, percent; the two add up to 100.' })
  @Property({ type: 'smallint' })
  productivityWeight!: number;

  @Field(() => ProductivityMode, { description: 'How productivity is earned.' })
  // The type is named: an intersection leaves no runtime type for the decorator metadata of every compiler.
  @Enum({ items: () => ProductivityMode, nativeEnumName: 'productivity_mode', type: 'string' })
  productivityMode!: Mode & ProductivityMode;

  @Field(() => [AllowancePredicateShare], { description: 'Share of the productivity component per predicate.' })
  @Property({ type: 'jsonb' })
  predicateShares!: AllowancePredicateShare[];

  @Field(() => AllowanceMissingPredicate, { description: 'The predicate share of a month without an evaluation.' })
  @Enum({ items: () => AllowanceMissingPredicate, nativeEnumName: 'allowance_missing_predicate', default: 'PAY' })
  missingPredicate: AllowanceMissingPredicate = AllowanceMissingPredicate.PAY;

  @Field(() => [AllowanceBand], { description: 'Late-arrival bands (terlambat, TL1-TL4).' })
  @Property({ type: 'jsonb' })
  lateBands!: AllowanceBand[];

  @Field(() => [AllowanceBand], { description: 'Early-leave bands (pulang sebelum waktunya, PSW1-PSW4).' })
  @Property({ type: 'jsonb' })
  earlyLeaveBands!: AllowanceBand[];

  @Field(() => Int, { description: 'Deduction per unexcused day (tanpa keterangan), basis points.' })
  @Property({ type: 'integer' })
  unexcusedDayBasisPoints!: number;

  @Field(() => Int, { description: 'Most unexcused days deduct in a month, basis points.' })
  @Property({ type: 'integer' })
  unexcusedCapBasisPoints!: number;

  @Field({ description: 'Base of the unexcused-day deduction: WHOLE, DISCIPLINE or PRODUCTIVITY.' })
  @Property({ type: 'text', default: 'WHOLE' })
  unexcusedBase: string = 'WHOLE';

  @Field(() => Int, { description: 'Deduction per required ceremony (apel / upacara) missed without excuse, basis points.' })
  @Property({ type: 'integer', default: 150 })
  ceremonyBasisPoints: number = 150;

  @Field(() => Int, { description: 'Most missed ceremonies deduct in a month, basis points.' })
  @Property({ type: 'integer', default: 450 })
  ceremonyCapBasisPoints: number = 450;

  @Field({ description: 'Base of the missed-ceremony deduction: WHOLE, DISCIPLINE or PRODUCTIVITY.' })
  @Property({ type: 'text', default: 'WHOLE' })
  ceremonyBase: string = 'WHOLE';

  @Field(() => AllowanceMissingAttendance, { description: 'What a working day without any attendance record counts as.' })
  @Enum({ items: () => AllowanceMissingAttendance, nativeEnumName: 'allowance_missing_attendance', default: 'PRESENT' })
  missingAttendance: AllowanceMissingAttendance = AllowanceMissingAttendance.PRESENT;

  @Field(() => [AllowanceStatusRule], { description: 'What leave, sickness, official duty and study assignment do.' })
  @Property({ type: 'jsonb' })
  statusRules!: AllowanceStatusRule[];

  @Field(() => AllowanceRounding, { description: 'Rounding of each line to the rupiah.' })
  @Enum({ items: () => AllowanceRounding, nativeEnumName: 'allowance_rounding', type: 'string' })
  rounding!: Rounding & AllowanceRounding;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }
}

export enum AllowanceSheetStatus {
  DRAFT = 'DRAFT',
  VERIFIED = 'VERIFIED',
  APPROVED = 'APPROVED',
  LOCKED = 'LOCKED',
}
registerEnumType(AllowanceSheetStatus, {
  name: 'AllowanceSheetStatus',
  description: 'Stage of a monthly allowance sheet.',
  valuesConfig: {
    DRAFT: { description: 'Computed; may be recomputed.' },
    VERIFIED: { description: 'Checked by HR.' },
    APPROVED: { description: 'Approved by the head of agency (agency administrator).' },
    LOCKED: { description: 'Paid out; never changes again. Corrections go into a later month as adjustments.' },
  },
});

@ObjectType('AllowanceSignatory', { description: 'Who took a step of the sheet workflow, for the signature block.' })
export class AllowanceSignatory {
  @Field({ description: 'Name of the account (with titles when linked to an employee).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'NIP of the employee the account belongs to, if linked.' })
  nip!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  at!: string;
}

@ObjectType('AllowanceSheetWarning', { description: 'Something about the facts of a month the people checking its sheet should know.' })
export class AllowanceSheetWarning {
  @Field({
    description:
      'NO_ATTENDANCE_DATA (computed without any attendance record, confirmed), NO_EVALUATION (rows whose predicate share had no evaluation) PRO_RATA (rows paid for part of the month) or NOT_PLACED (employees left out: placed only after the month).',
  })
  code!: string;

  @Field(() => Int, { description: 'How many rows it concerns (0 for the whole sheet).' })
  count!: number;
}

/** The allowance of one agency for one month; the unit is on each row. */
@Entity({ tableName: 'allowance_sheets' })
@Unique({ properties: ['agency', 'month'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Monthly allowance sheet (daftar TPP) of an agency, one row per employee.' })
export class AllowanceSheet extends BaseEntity<
  'status' | 'agencyId' | 'schemeId' | 'preparedBy' | 'verifiedBy' | 'approvedBy' | 'warnings'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field({ description: 'The month, YYYY-MM.' })
  @Property({ type: 'text' })
  month!: string;

  @Field(() => AllowanceSheetStatus, { description: 'Stage in the workflow.' })
  @Enum({ items: () => AllowanceSheetStatus, nativeEnumName: 'allowance_sheet_status' })
  status: AllowanceSheetStatus = AllowanceSheetStatus.DRAFT;

  @ManyToOne(() => AllowanceScheme, { ref: true, deleteRule: 'restrict' })
  scheme!: Ref<AllowanceScheme>;

  @Field(() => Int, { description: 'Version number of the scheme the sheet was computed with.' })
  @Property({ type: 'integer' })
  schemeVersion!: number;

  @Field(() => Int, { description: 'Number of rows.' })
  @Property({ type: 'integer' })
  rowCount!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of the gross amounts, rupiah.' })
  @Property({ type: new BigIntType('number') })
  totalGross!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of the net amounts, rupiah (equals the sum of the rows).' })
  @Property({ type: new BigIntType('number') })
  totalNet!: number;

  @Field(() => [AllowanceSheetWarning], { description: 'What the last computation warned about.' })
  @Property({ type: 'jsonb', default: '[]' })
  warnings: AllowanceSheetWarning[] = [];

  @Field(() => AllowanceSignatory, { nullable: true, description: 'Who last computed the sheet (prepared by HR).' })
  @Property({ type: 'jsonb', nullable: true })
  preparedBy: AllowanceSignatory | null = null;

  @Field(() => AllowanceSignatory, { nullable: true, description: 'Who verified it.' })
  @Property({ type: 'jsonb', nullable: true })
  verifiedBy: AllowanceSignatory | null = null;

  @Field(() => AllowanceSignatory, { nullable: true, description: 'Who approved it (head of agency).' })
  @Property({ type: 'jsonb', nullable: true })
  approvedBy: AllowanceSignatory | null = null;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { description: 'ID of the scheme version used.' })
  get schemeId(): string {
    return refId('AllowanceScheme', this.scheme)!;
  }
}

@ObjectType('AllowanceLine', { description: 'One deduction of a row: rule, quantity, percentage and amount.' })
export class AllowanceLine implements Line {
  @Field({
    description:
      'The rule: PRODUKTIVITAS, TL1-TL4, PSW1-PSW4, TANPA_KETERANGAN, UPACARA (missed ceremonies), a status, a sanction code, PEMBERHENTIAN or PENYESUAIAN.',
  })
  rule!: string;

  @Field(() => Int, { description: 'How many (days, ceremonies for UPACARA, or effective minutes for PRODUKTIVITAS).' })
  quantity!: number;

  @Field(() => Int, {
    description: 'Percentage applied, in basis points (PRODUKTIVITAS: the exact fraction below, rounded down for display).',
  })
  basisPoints!: number;

  @Field(() => GraphQLSafeInt, { description: 'Amount deducted, rupiah (negative for an adjustment in favour of the employee).' })
  amount!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'What the percentage or fraction is of: WHOLE (the allowance payable in the month), DISCIPLINE or PRODUCTIVITY (a component), REMAINDER (a sanction: what is left); empty on rows computed before bases were stated.',
  })
  base?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'That base in rupiah.' })
  baseAmount?: number | null;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Numerator of the exact fraction of the base the line stands for (before a cap).',
  })
  numerator?: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Its denominator.' })
  denominator?: number | null;
}

/**
 * A row of a sheet, written in bulk (one statement for the whole sheet); the
 * sheet's own changes are what the audit log records.
 */
@Entity({ tableName: 'allowance_rows' })
@Index({ properties: ['sheet', 'employeeId'] })
export class AllowanceRow extends BaseEntity {
  @ManyToOne(() => AllowanceSheet, { ref: true, deleteRule: 'cascade' })
  sheet!: Ref<AllowanceSheet>;

  @Property({ type: 'uuid' })
  employeeId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  unitName!: string;

  @Property({ type: 'text' })
  nip!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'smallint', nullable: true })
  grade: number | null = null;

  @Property({ type: new BigIntType('number') })
  gross!: number;

  @Property({ type: 'jsonb' })
  lines!: Line[];

  @Property({ type: new BigIntType('number') })
  net!: number;

  /** The locked month an adjustment row corrects; null for the month's own row. */
  @Property({ type: 'text', nullable: true })
  adjustmentOf: string | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** Working days of the person's calendar in the month, and those paid (placement, dismissal); null on older rows. */
  @Property({ type: 'smallint', nullable: true })
  workingDays: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  paidDays: number | null = null;

  /** The predicate the productivity share used and where it came from (PredicateSource). */
  @Property({ type: 'text', nullable: true })
  predicate: string | null = null;

  @Property({ type: 'text', nullable: true })
  predicateSource: string | null = null;

  /** Paid working days without any attendance record. */
  @Property({ type: 'smallint', nullable: true })
  missingDays: number | null = null;
}
