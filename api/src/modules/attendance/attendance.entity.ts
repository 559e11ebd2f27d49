import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';

export enum AttendanceStatus {
  HADIR = 'HADIR',
  IZIN = 'IZIN',
  SAKIT = 'SAKIT',
  CUTI = 'CUTI',
  DINAS_LUAR = 'DINAS_LUAR',
  TUGAS_BELAJAR = 'TUGAS_BELAJAR',
  TANPA_KETERANGAN = 'TANPA_KETERANGAN',
}

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'Attendance status of a day (status kehadiran).',
  valuesConfig: {
    HADIR: { description: 'Present.' },
    IZIN: { description: 'Absent with permission.' },
    SAKIT: { description: 'Sick.' },
    CUTI: { description: 'On leave.' },
    DINAS_LUAR: { description: 'On an official trip or duty outside the office.' },
    TUGAS_BELAJAR: { description: 'On a study assignment.' },
    TANPA_KETERANGAN: { description: 'Absent without excuse; counts toward the discipline ladder (PP 94/2021).' },
  },
});

export enum AttendanceSource {
  DEVICE = 'DEVICE',
  MANUAL = 'MANUAL',
  IMPORT = 'IMPORT',
}

registerEnumType(AttendanceSource, {
  name: 'AttendanceSource',
  description: 'Where a record came from.',
  valuesConfig: {
    DEVICE: { description: 'Sent by an attendance device.' },
    MANUAL: { description: 'Entered or corrected by hand (HR, or an approved correction); an import leaves it alone.' },
    IMPORT: { description: 'Imported from a fingerprint-machine export.' },
  },
});

/**
 * One employee's day: the first and last punch (local time), the status, and
 * the minutes late and leaving early computed from the unit's calendar when
 * the record is written (0 on a day off, empty when the punch is missing).
 */
@Entity({ tableName: 'attendance_records' })
@Unique({ properties: ['employee', 'date'] })
@Index({ properties: ['agency', 'date'] })
@ObjectType({ implements: [Node, BaseEntity], description: "Attendance record (catatan kehadiran) of an employee's day." })
export class AttendanceRecord extends BaseEntity<
  'checkIn' | 'checkOut' | 'lateMinutes' | 'earlyLeaveMinutes' | 'note' | 'workingDay' | 'employeeId'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => GraphQLDate, { description: 'The day.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Check-in, local time HH:MM:SS (the first punch).' })
  @Property({ type: 'time', nullable: true })
  checkIn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Check-out, local time HH:MM:SS (the last punch).' })
  @Property({ type: 'time', nullable: true })
  checkOut: string | null = null;

  @Field(() => AttendanceStatus, { description: 'Status of the day.' })
  @Enum({ items: () => AttendanceStatus, nativeEnumName: 'attendance_status' })
  status!: AttendanceStatus;

  @Field({ description: "True when the day is a working day of the employee's calendar." })
  @Property({ type: 'boolean' })
  workingDay: boolean = true;

  @Field(() => Int, {
    nullable: true,
    description: 'Whole minutes after the start of work (terlambat); 0 on a day off or when not present; empty without a check-in.',
  })
  @Property({ type: 'integer', nullable: true })
  lateMinutes: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Whole minutes before the end of work (pulang sebelum waktunya); 0 on a day off or when not present; empty without a check-out.',
  })
  @Property({ type: 'integer', nullable: true })
  earlyLeaveMinutes: number | null = null;

  @Field(() => AttendanceSource, { description: 'Where the record came from.' })
  @Enum({ items: () => AttendanceSource, nativeEnumName: 'attendance_source' })
  source!: AttendanceSource;

  @Field(() => String, { nullable: true, description: 'A remark, e.g. the reason of an approved correction.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }
}

export enum CorrectionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(CorrectionStatus, {
  name: 'AttendanceCorrectionStatus',
  description: 'Stage of an attendance correction request.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the supervisor (or HR).' },
    APPROVED: { description: 'Approved: the record was changed accordingly.' },
    REJECTED: { description: 'Rejected: the record stays as it was.' },
  },
});

/**
 * A request to change a day's record (a forgotten punch, an official trip):
 * the wanted check-in, check-out and/or status, with a reason and evidence.
 * The supervisor or HR decides; approval writes the record, whose previous
 * values stay in the audit trail.
 */
@Entity({ tableName: 'attendance_corrections' })
@Index({ properties: ['employee', 'date'] })
@Index({ properties: ['agency', 'status'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'Attendance correction request (koreksi kehadiran).' })
export class AttendanceCorrection extends BaseEntity<
  | 'checkIn'
  | 'checkOut'
  | 'attendanceStatus'
  | 'evidenceLink'
  | 'status'
  | 'decidedByName'
  | 'decidedAt'
  | 'decisionComment'
  | 'decidedBy'
  | 'employeeId'
  | 'decidedById'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => GraphQLDate, { description: 'The day to correct.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Check-in to record, HH:MM[:SS]; empty keeps the current one.' })
  @Property({ type: 'time', nullable: true })
  checkIn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Check-out to record, HH:MM[:SS]; empty keeps the current one.' })
  @Property({ type: 'time', nullable: true })
  checkOut: string | null = null;

  @Field(() => AttendanceStatus, {
    nullable: true,
    description: 'Status to record (e.g. DINAS_LUAR); empty keeps the current one (HADIR for a new record).',
  })
  @Enum({ items: () => AttendanceStatus, nativeEnumName: 'attendance_status', nullable: true })
  attendanceStatus: AttendanceStatus | null = null;

  @Field({ description: 'Why the record is wrong.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (e.g. the assignment letter).' })
  @Property({ type: 'text', nullable: true })
  evidenceLink: string | null = null;

  @Field(() => CorrectionStatus, { description: 'Stage of the request.' })
  @Enum({ items: () => CorrectionStatus, nativeEnumName: 'attendance_correction_status' })
  status: CorrectionStatus = CorrectionStatus.PENDING;

  @Field({ description: 'Who asked (display name of the account): the employee or HR on their behalf.' })
  @Property({ type: 'text' })
  requestedByName!: string;

  /** The deciding supervisor; empty when HR decided without an employee record, or before the decision. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy: Ref<Employee> | null = null;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it (display name of the account).' })
  @Property({ type: 'text', nullable: true })
  decidedByName: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was decided.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Remark of the decision (required for a rejection).' })
  @Property({ type: 'text', nullable: true })
  decisionComment: string | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the deciding supervisor (empty when HR decided, or before).' })
  get decidedById(): string | null {
    return refId('Employee', this.decidedBy);
  }
}

/** The user number an employee has on the agency's attendance machines, for imports that do not carry the NIP. */
@Entity({ tableName: 'attendance_device_users' })
@Unique({ properties: ['agency', 'deviceUserId'] })
@ObjectType({ implements: [Node, BaseEntity], description: "An employee's user number on the agency's attendance machines." })
export class AttendanceDeviceUser extends BaseEntity<'employeeId'> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Index()
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade', unique: true })
  employee!: Ref<Employee>;

  @Field({ description: 'User number on the machines (device user id).' })
  @Property({ type: 'text' })
  deviceUserId!: string;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }
}
