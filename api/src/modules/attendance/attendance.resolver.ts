import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { PageArgs } from '../../graphql/connection.js';
import { Employee } from '../employees/employee.entity.js';
import { AttendanceCorrection, AttendanceDeviceUser, AttendanceRecord } from './attendance.entity.js';
import { AttendanceImportService } from './attendance-import.service.js';
import { AttendanceService } from './attendance.service.js';
import {
  AttendanceCorrectionConnection,
  AttendanceCorrectionListArgs,
  AttendanceCorrectionPayload,
  AttendanceDeviceUserPayload,
  AttendanceRecordConnection,
  AttendanceRecordListArgs,
  AttendanceRecordPayload,
  AttendanceSheet,
  AttendanceSheetArgs,
  DecideAttendanceCorrectionInput,
  ImportAttendanceInput,
  ImportAttendancePayload,
  MarkUnexcusedAbsencesInput,
  MarkUnexcusedAbsencesPayload,
  RecordAttendanceInput,
  RequestAttendanceCorrectionInput,
  SetAttendanceDeviceUserInput,
} from './attendance.types.js';

@Resolver(() => AttendanceRecord)
export class AttendanceRecordResolver {
  @Allow('attendance.read')
  @Query(() => AttendanceRecordConnection, {
    description: "Attendance records the actor may see: the agency's (HR), their subordinates' at any depth (supervisors), their own.",
  })
  attendanceRecords(@Args() args: AttendanceRecordListArgs, @Ctx() ctx: Context) {
    return new AttendanceService(ctx).list(args);
  }

  @Allow('attendance.read')
  @Query(() => AttendanceRecord, { description: "One attendance record; NOT_FOUND when unknown or outside the actor's access." })
  attendanceRecord(@Arg('id', () => ID, { description: 'Record ID.' }) id: string, @Ctx() ctx: Context) {
    return new AttendanceService(ctx).get(id);
  }

  @Allow('attendance.read')
  @Query(() => AttendanceSheet, {
    description: 'A month of a unit and the units below it as a grid (days x employees the actor may see), with each employee’s figures.',
  })
  attendanceSheet(@Args() args: AttendanceSheetArgs, @Ctx() ctx: Context) {
    return new AttendanceService(ctx).sheet(args);
  }

  @Allow('attendance.write')
  @Mutation(() => AttendanceRecordPayload, { description: 'HR enters or replaces a day by hand (source MANUAL); audited.' })
  async recordAttendance(
    @Arg('input', { description: 'The employee, the day and its record.' }) input: RecordAttendanceInput,
    @Ctx() ctx: Context,
  ) {
    return { record: await new AttendanceService(ctx).record(input) };
  }

  @Allow('attendance.write')
  @Mutation(() => ImportAttendancePayload, {
    description:
      'Imports a fingerprint-machine export (HR): all or nothing, every problem reported by row; importing the same file again changes nothing.',
  })
  importAttendance(@Arg('input', { description: 'The file.' }) input: ImportAttendanceInput, @Ctx() ctx: Context) {
    return new AttendanceImportService(ctx).import(input);
  }

  @Allow('attendance.write')
  @Mutation(() => MarkUnexcusedAbsencesPayload, {
    description: 'Records TANPA_KETERANGAN on the past working days of a month that have no record, for a unit subtree (HR); audited.',
  })
  markUnexcusedAbsences(@Arg('input', { description: 'The unit and the month.' }) input: MarkUnexcusedAbsencesInput, @Ctx() ctx: Context) {
    return new AttendanceService(ctx).markUnexcusedAbsences(input);
  }

  @Allow('attendance.write')
  @Mutation(() => AttendanceDeviceUserPayload, {
    description: "Sets or removes an employee's user number on the attendance machines (HR).",
  })
  async setAttendanceDeviceUser(
    @Arg('input', { description: 'The employee and the number.' }) input: SetAttendanceDeviceUserInput,
    @Ctx() ctx: Context,
  ) {
    return { deviceUser: await new AttendanceService(ctx).setDeviceUser(input) };
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() record: AttendanceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(record.employee.id);
  }
}

@Resolver(() => AttendanceCorrection)
export class AttendanceCorrectionResolver {
  @Allow('attendance.read')
  @Query(() => AttendanceCorrectionConnection, { description: 'Attendance corrections of the employees the actor may see, newest first.' })
  attendanceCorrections(@Args() args: AttendanceCorrectionListArgs, @Ctx() ctx: Context) {
    return new AttendanceService(ctx).corrections(args);
  }

  @Allow('attendance.read')
  @Query(() => AttendanceCorrectionConnection, {
    description:
      "The decision queue, oldest first: PENDING corrections of the actor's direct subordinates (supervisors), or of the agency (HR).",
  })
  attendanceCorrectionQueue(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return new AttendanceService(ctx).correctionQueue(args);
  }

  @Allow('attendance.write')
  @Mutation(() => AttendanceCorrectionPayload, { description: 'Asks to correct a day: the employee themself, or HR on their behalf.' })
  async requestAttendanceCorrection(
    @Arg('input', { description: 'The day, what to record and why.' }) input: RequestAttendanceCorrectionInput,
    @Ctx() ctx: Context,
  ) {
    return { correction: await new AttendanceService(ctx).requestCorrection(input), record: null };
  }

  @Allow('attendance.write')
  @Mutation(() => AttendanceCorrectionPayload, {
    description: 'PENDING -> APPROVED by the direct supervisor or HR: the record changes; its previous values stay in the audit trail.',
  })
  approveAttendanceCorrection(
    @Arg('input', { description: 'The correction.' }) input: DecideAttendanceCorrectionInput,
    @Ctx() ctx: Context,
  ) {
    return new AttendanceService(ctx).approveCorrection(input);
  }

  @Allow('attendance.write')
  @Mutation(() => AttendanceCorrectionPayload, { description: 'PENDING -> REJECTED with a reason, by the direct supervisor or HR.' })
  async rejectAttendanceCorrection(
    @Arg('input', { description: 'The correction and why.' }) input: DecideAttendanceCorrectionInput,
    @Ctx() ctx: Context,
  ) {
    return { correction: await new AttendanceService(ctx).rejectCorrection(input), record: null };
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() correction: AttendanceCorrection, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(correction.employee.id);
  }
}

@Resolver(() => AttendanceDeviceUser)
export class AttendanceDeviceUserResolver {
  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() deviceUser: AttendanceDeviceUser, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(deviceUser.employee.id);
  }
}
