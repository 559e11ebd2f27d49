import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString, todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, ErrorReason, duplicate } from '../../errors.js';
import { findPage, toPage, type PageArgs } from '../../graphql/connection.js';
import { toWhere, type FilterRules } from '../../graphql/filters.js';
import { may, type Actor } from '../../access/actor.js';
import { agencyWhere, assertAgencyWritable, inAgencyScope } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeStatus } from '../employees/rank.js';
import { EmployeeService, question } from '../employees/employee.service.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import {
  AttendanceCorrection,
  AttendanceDeviceUser,
  AttendanceRecord,
  AttendanceSource,
  AttendanceStatus,
  CorrectionStatus,
} from './attendance.entity.js';
import {
  AttendanceCorrectionConnection,
  AttendanceRecordConnection,
  AttendanceRecordOrder,
  attendanceFilterRules,
  correctionFilterRules,
  type AttendanceCorrectionListArgs,
  type AttendanceMonthSummary,
  type AttendanceRecordListArgs,
  type AttendanceSheet,
  type AttendanceSheetArgs,
  type DecideAttendanceCorrectionInput,
  type MarkUnexcusedAbsencesInput,
  type RecordAttendanceInput,
  type RequestAttendanceCorrectionInput,
  type SetAttendanceDeviceUserInput,
} from './attendance.types.js';
import { datesOfMonth, lateness, monthRange, weekdayOf, workingDay, type CalendarDay } from './calendar.js';
import { CalendarService } from './calendar.service.js';

const NOTHING = '00000000-0000-0000-0000-000000000000';

/** "HH:MM" -> "HH:MM:SS", the form PostgreSQL returns a `time` in. */
export const withSeconds = (time: string) => (time.length === 5 ? `${time}:00` : time);

/** A record's minutes from its day: present days are measured, other statuses and days off count 0. */
export function applyDay(record: AttendanceRecord, day: CalendarDay | null): void {
  record.workingDay = day !== null;
  if (record.status === AttendanceStatus.HADIR) Object.assign(record, lateness(record.checkIn, record.checkOut, day));
  else Object.assign(record, { lateMinutes: 0, earlyLeaveMinutes: 0 });
}

/**
 * Attendance records, their month figures and corrections. Reads follow the
 * employees the actor sees (HR the agency, supervisors everyone below, an
 * employee themself); HR writes records; the supervisor or HR decides corrections.
 */
export class AttendanceService {
  constructor(private readonly ctx: ServiceContext) {}

  private async scope<T>(): Promise<FilterQuery<T>> {
    const actor = requireActor(this.ctx);
    const employees = await new EmployeeService(this.ctx).readScope();
    if (Object.keys(employees).length === 0) return agencyWhere(actor) as FilterQuery<T>;
    return { $and: [agencyWhere(actor), { employee: employees }] } as FilterQuery<T>;
  }

  async list(args: AttendanceRecordListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'AttendanceRecord.list',
      AttendanceRecordOrder.toOrderBy(args.orderBy, { date: 'desc', employee: { name: 'asc' } } as never),
    );
    const { inUnitSubtree, month, ...filter } = args.filter ?? {};
    const rules: FilterRules = { ...attendanceFilterRules };
    const clauses: FilterQuery<AttendanceRecord>[] = [await this.scope(), toWhere(filter as Record<string, unknown>, rules)];
    if (inUnitSubtree) {
      const unit = await new OrgUnitService(this.ctx).get(inUnitSubtree, 'filter.inUnitSubtree');
      clauses.push({ employee: { unit: { path: { $like: `${unit.path}%` } } } });
    }
    if (month) {
      const { from, to } = monthRange(month);
      clauses.push({ date: { $gte: from, $lte: to } });
    }
    const where = { $and: clauses } as FilterQuery<AttendanceRecord>;
    const rows = await findPage(this.ctx.em, AttendanceRecord, where, page);
    return AttendanceRecordConnection.of(rows, page, () => this.ctx.em.count(AttendanceRecord, where));
  }

  async get(globalId: string, field = 'id'): Promise<AttendanceRecord> {
    return findInScope(this.ctx.em, AttendanceRecord, globalId, field, await this.scope());
  }

  /** HR enters or overwrites a day by hand (e.g. leave recorded elsewhere, a machine out of order). */
  async record(input: RecordAttendanceInput): Promise<AttendanceRecord> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      if (!may(actor, 'attendance.manage')) throw forbidden('Only HR enters attendance by hand; others request a correction');
      const employee = await new EmployeeService(this.ctx).get(input.employeeId, 'input.employeeId');
      assertAgencyWritable(actor, employee.agency.id);
      const date = toDateString(input.date);
      if (date > todayInIndonesia()) throw badInput('input.date', `${date} is in the future`, ErrorReason.IN_THE_FUTURE, { date });
      const record = await this.upsert(employee, date, {
        status: input.status,
        checkIn: input.checkIn ? withSeconds(input.checkIn) : null,
        checkOut: input.checkOut ? withSeconds(input.checkOut) : null,
        note: input.note?.trim() || null,
      });
      await em.flush();
      return record;
    });
  }

  /** The device user number of an employee (for imports without NIP); HR only. */
  async setDeviceUser(input: SetAttendanceDeviceUserInput): Promise<AttendanceDeviceUser | null> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      if (!may(actor, 'attendance.manage')) throw forbidden('Only HR sets device user numbers');
      const employee = await new EmployeeService(this.ctx).get(input.employeeId, 'input.employeeId');
      assertAgencyWritable(actor, employee.agency.id);
      const current = await em.findOne(AttendanceDeviceUser, { employee: employee.id });
      const wanted = input.deviceUserId?.trim() || null;
      if (wanted) {
        const taken = await em.findOne(AttendanceDeviceUser, {
          agency: employee.agency.id,
          deviceUserId: wanted,
          employee: { $ne: employee.id },
        });
        if (taken) throw duplicate('input.deviceUserId', `Device user ${wanted} already belongs to another employee`, wanted);
      }
      let result: AttendanceDeviceUser | null = null;
      if (!wanted && current) em.remove(current);
      else if (wanted && current) result = Object.assign(current, { deviceUserId: wanted });
      else if (wanted) result = em.create(AttendanceDeviceUser, { agency: employee.agency, employee, deviceUserId: wanted });
      await em.flush();
      return result;
    });
  }

  /** The month of a unit and every unit below it, as a grid: a handful of statements whatever the number of employees. */
  async sheet(args: AttendanceSheetArgs): Promise<AttendanceSheet> {
    const unit = await new OrgUnitService(this.ctx).get(args.unitId, 'unitId');
    const employees = await this.ctx.em.find(
      Employee,
      { $and: [await new EmployeeService(this.ctx).readScope(), { unit: { path: { $like: `${unit.path}%` } } }] } as FilterQuery<Employee>,
      { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    );
    const { from, to } = monthRange(args.month);
    const holidays = await new CalendarService(this.ctx).holidaysBetween(unit.agency.id, from, to);
    const holidayName = new Map(holidays.map((h) => [h.date, h.name]));
    return {
      month: args.month,
      days: datesOfMonth(args.month).map((date) => ({ date, weekday: weekdayOf(date), holiday: holidayName.get(date) ?? null })),
      rows: await this.monthSummaries(unit.agency.id, employees, args.month),
    };
  }

  /**
   * Each employee's month (for the grid and for the allowance): working days and
   * target under their unit's calendar, records, status counts, late and early
   * minutes. Four statements for any number of employees of one agency.
   */
  async monthSummaries(agencyId: string, employees: readonly Employee[], month: string): Promise<AttendanceMonthSummary[]> {
    if (employees.length === 0) return [];
    const { em } = this.ctx;
    const { from, to } = monthRange(month);
    const unitIds = [...new Set(employees.map((e) => e.unit.id))];
    const units = await em.find(OrgUnit, { id: { $in: unitIds } });
    const months = await new CalendarService(this.ctx).monthsForUnits(agencyId, units, month);
    const records = await em.find(
      AttendanceRecord,
      { employee: { $in: employees.map((e) => e.id) }, date: { $gte: from, $lte: to } },
      { orderBy: [{ date: 'asc' }] },
    );
    const byEmployee = new Map<string, AttendanceRecord[]>();
    for (const record of records) byEmployee.set(record.employee.id, [...(byEmployee.get(record.employee.id) ?? []), record]);
    return employees.map((employee) => {
      const calendar = months.get(employee.unit.id)!;
      const own = byEmployee.get(employee.id) ?? [];
      const recorded = new Set(own.map((r) => r.date));
      const counts = new Map<AttendanceStatus, number>();
      for (const record of own) counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
      const present = own.filter((r) => r.status === AttendanceStatus.HADIR && r.workingDay);
      return {
        employee,
        workingDays: calendar.days.length,
        workingDates: calendar.days.map((d) => d.date),
        targetMinutes: calendar.targetMinutes,
        unrecordedDays: calendar.days.map((d) => d.date).filter((date) => !recorded.has(date)),
        statusCounts: Object.values(AttendanceStatus).flatMap((status) =>
          counts.get(status) ? [{ status, days: counts.get(status)! }] : [],
        ),
        lateMinutes: own.reduce((sum, r) => sum + (r.lateMinutes ?? 0), 0),
        earlyLeaveMinutes: own.reduce((sum, r) => sum + (r.earlyLeaveMinutes ?? 0), 0),
        missingCheckIns: present.filter((r) => r.checkIn === null).length,
        missingCheckOuts: present.filter((r) => r.checkOut === null).length,
        records: own,
      };
    });
  }

  /**
   * Closes a month's gaps: every past working day without a record becomes
   * TANPA_KETERANGAN (source MANUAL), for active employees of the unit subtree.
   * Punches imported later still replace such a day; a correction may too.
   */
  async markUnexcusedAbsences(input: MarkUnexcusedAbsencesInput): Promise<{ created: number; dryRun: boolean }> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      if (!may(actor, 'attendance.manage')) throw forbidden('Only HR marks unexcused absences');
      const unit = await new OrgUnitService(this.ctx).getForWrite(input.unitId, 'input.unitId');
      const employees = await em.find(
        Employee,
        { agency: unit.agency.id, unit: { path: { $like: `${unit.path}%` } }, status: EmployeeStatus.AKTIF },
        { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
      );
      const today = todayInIndonesia();
      let created = 0;
      for (const summary of await this.monthSummaries(unit.agency.id, employees, input.month)) {
        for (const date of summary.unrecordedDays.filter((day) => day < today)) {
          created++;
          if (input.dryRun) continue;
          em.create(AttendanceRecord, {
            agency: summary.employee.agency,
            employee: summary.employee,
            date,
            status: AttendanceStatus.TANPA_KETERANGAN,
            source: AttendanceSource.MANUAL,
            note: 'Tidak ada catatan kehadiran',
            workingDay: true,
            lateMinutes: 0,
            earlyLeaveMinutes: 0,
          });
        }
      }
      if (!input.dryRun) await em.flush();
      return { created, dryRun: !!input.dryRun };
    });
  }

  /** The working day of `date` for each employee (keyed by employee row id): three statements. */
  async daysFor(
    employees: readonly Employee[],
    dates: readonly string[],
  ): Promise<(employeeId: string, date: string) => CalendarDay | null> {
    if (employees.length === 0 || dates.length === 0) return () => null;
    const sorted = [...dates].sort();
    const agencyId = employees[0]!.agency.id;
    const units = await this.ctx.em.find(OrgUnit, { id: { $in: [...new Set(employees.map((e) => e.unit.id))] } });
    const calendar = new CalendarService(this.ctx);
    const [rules, holidays] = await Promise.all([
      calendar.rulesForUnits(agencyId, units),
      calendar.holidayDates(agencyId, sorted[0]!, sorted[sorted.length - 1]!),
    ]);
    const unitOf = new Map(employees.map((e) => [e.id, e.unit.id]));
    return (employeeId, date) => workingDay(date, rules.get(unitOf.get(employeeId)!)!.week, holidays);
  }

  /** Creates or replaces the record of a day, by hand (source MANUAL); the caller flushes. */
  private async upsert(
    employee: Employee,
    date: string,
    values: { status: AttendanceStatus; checkIn: string | null; checkOut: string | null; note: string | null },
  ): Promise<AttendanceRecord> {
    const { em } = this.ctx;
    const day = (await this.daysFor([employee], [date]))(employee.id, date);
    const record =
      (await em.findOne(AttendanceRecord, { employee: employee.id, date })) ??
      em.create(AttendanceRecord, { agency: employee.agency, employee, date, status: values.status, source: AttendanceSource.MANUAL });
    Object.assign(record, values, { source: AttendanceSource.MANUAL });
    applyDay(record, day);
    return record;
  }

  // Corrections

  async corrections(args: AttendanceCorrectionListArgs) {
    const page = toPage(args, this.ctx, 'AttendanceCorrection.corrections', [{ createdAt: 'desc' }, { id: 'asc' }]);
    const where = {
      $and: [await this.scope(), toWhere(args.filter as Record<string, unknown>, correctionFilterRules)],
    } as FilterQuery<AttendanceCorrection>;
    const rows = await findPage(this.ctx.em, AttendanceCorrection, where, page);
    return AttendanceCorrectionConnection.of(rows, page, () => this.ctx.em.count(AttendanceCorrection, where));
  }

  /** The supervisor's queue: PENDING corrections of their direct subordinates, oldest first; HR: every pending one of the agency. */
  async correctionQueue(args: PageArgs) {
    const page = toPage(args, this.ctx, 'AttendanceCorrection.correctionQueue', [{ createdAt: 'asc' }, { id: 'asc' }]);
    const actor = requireActor(this.ctx);
    let where: FilterQuery<AttendanceCorrection>;
    if (may(actor, 'attendance.reviewAgency')) {
      where = { $and: [agencyWhere(actor), { status: CorrectionStatus.PENDING }] } as FilterQuery<AttendanceCorrection>;
    } else {
      const self = actor.employeeId ? await this.ctx.em.findOne(Employee, { id: actor.employeeId }) : null;
      const subordinates = self ? await new EmployeeService(this.ctx).subordinates(self) : [];
      where = { employee: { $in: subordinates.length ? subordinates.map((e) => e.id) : [NOTHING] }, status: CorrectionStatus.PENDING };
    }
    const rows = await findPage(this.ctx.em, AttendanceCorrection, where, page);
    return AttendanceCorrectionConnection.of(rows, page, () => this.ctx.em.count(AttendanceCorrection, where));
  }

  async getCorrection(globalId: string, field = 'id'): Promise<AttendanceCorrection> {
    return findInScope(this.ctx.em, AttendanceCorrection, globalId, field, await this.scope());
  }

  async requestCorrection(input: RequestAttendanceCorrectionInput): Promise<AttendanceCorrection> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      let employee: Employee;
      if (input.employeeId) {
        employee = await new EmployeeService(this.ctx).get(input.employeeId, 'input.employeeId');
        const isHr = may(actor, 'attendance.manage') && inAgencyScope(actor, employee.agency.id);
        if (employee.id !== actor.employeeId && !isHr) throw forbidden('Only the employee, or HR on their behalf, asks for a correction');
      } else {
        if (!actor.employeeId) throw badInput('input.employeeId', 'Say whose record to correct', ErrorReason.REQUIRED);
        employee = await em.findOneOrFail(Employee, { id: actor.employeeId });
      }
      const date = toDateString(input.date);
      if (date > todayInIndonesia()) throw badInput('input.date', `${date} is in the future`, ErrorReason.IN_THE_FUTURE, { date });
      if (!input.checkIn && !input.checkOut && !input.status)
        throw badInput('input.status', 'Say what to correct: a check-in, a check-out or the status', ErrorReason.REQUIRED);
      if (input.checkIn && input.checkOut && withSeconds(input.checkOut) < withSeconds(input.checkIn))
        throw badInput('input.checkOut', 'The check-out must not be before the check-in', ErrorReason.END_BEFORE_START);
      const pending = await em.findOne(AttendanceCorrection, { employee: employee.id, date, status: CorrectionStatus.PENDING });
      if (pending) throw conflict(`A correction of ${date} is already waiting for a decision`, { field: 'input.date' });
      const correction = em.create(AttendanceCorrection, {
        agency: employee.agency,
        employee,
        date,
        checkIn: input.checkIn ? withSeconds(input.checkIn) : null,
        checkOut: input.checkOut ? withSeconds(input.checkOut) : null,
        attendanceStatus: input.status ?? null,
        reason: input.reason.trim(),
        evidenceLink: input.evidenceLink ?? null,
        requestedByName: await this.displayName(actor),
      });
      await em.flush();
      return correction;
    });
  }

  /** PENDING -> APPROVED: the record takes the requested values (source MANUAL); its previous values stay in the audit trail. */
  async approveCorrection(input: DecideAttendanceCorrectionInput): Promise<{ correction: AttendanceCorrection; record: AttendanceRecord }> {
    return inTransaction(this.ctx.em, async () => {
      const { correction, employee } = await this.decide(input, CorrectionStatus.APPROVED, input.comment?.trim() || null);
      const current = await this.ctx.em.findOne(AttendanceRecord, { employee: employee.id, date: correction.date });
      const record = await this.upsert(employee, correction.date, {
        status: correction.attendanceStatus ?? current?.status ?? AttendanceStatus.HADIR,
        checkIn: correction.checkIn ?? current?.checkIn ?? null,
        checkOut: correction.checkOut ?? current?.checkOut ?? null,
        note: `Koreksi: ${correction.reason}`.slice(0, 500),
      });
      await this.ctx.em.flush();
      return { correction, record };
    });
  }

  async rejectCorrection(input: DecideAttendanceCorrectionInput): Promise<AttendanceCorrection> {
    const comment = input.comment?.trim() ?? '';
    if (comment.length < 3) throw badInput('input.comment', 'Say why the correction is rejected', ErrorReason.TOO_SHORT, { min: 3 });
    return inTransaction(this.ctx.em, async () => {
      const { correction } = await this.decide(input, CorrectionStatus.REJECTED, comment);
      await this.ctx.em.flush();
      return correction;
    });
  }

  private async decide(input: DecideAttendanceCorrectionInput, to: CorrectionStatus, comment: string | null) {
    const correction = await this.getCorrection(input.id, 'input.id');
    const employee = await this.ctx.em.findOneOrFail(Employee, { id: correction.employee.id });
    await this.assertReviewer(employee);
    assertVersion(correction, input.version);
    if (correction.status !== CorrectionStatus.PENDING)
      throw conflict(`A ${correction.status} correction cannot become ${to}`, {
        reason: ErrorReason.STATUS_TRANSITION,
        params: { from: correction.status, to: to, statusType: 'AttendanceCorrectionStatus' },
        field: 'input.id',
        status: correction.status,
      });
    const actor = requireActor(this.ctx);
    Object.assign(correction, {
      status: to,
      decidedBy: actor.employeeId ? ref(this.ctx.em.getReference(Employee, actor.employeeId)) : null,
      decidedByName: await this.displayName(actor),
      decidedAt: new Date(),
      decisionComment: comment,
    });
    return { correction, employee };
  }

  /** The employee's direct supervisor, or HR of the agency; never the employee themself. */
  private async assertReviewer(employee: Employee): Promise<void> {
    const actor = requireActor(this.ctx);
    if (actor.employeeId === employee.id) throw forbidden('Nobody decides on their own correction');
    if (may(actor, 'attendance.reviewAgency') && inAgencyScope(actor, employee.agency.id)) return;
    const [supervisor] = actor.employeeId ? await new EmployeeService(this.ctx).supervisorsOf([question(employee)]) : [];
    if (supervisor && supervisor.id === actor.employeeId) return;
    throw forbidden("Only the employee's direct supervisor (atasan langsung) or HR decides on a correction");
  }

  private async displayName(actor: Actor): Promise<string> {
    const user = await this.ctx.em.findOne(User, { id: actor.userId });
    return user?.displayName ?? actor.username;
  }
}
