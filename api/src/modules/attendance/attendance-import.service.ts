import { requireActor, type ServiceContext } from '../../context.js';
import { may } from '../../access/actor.js';
import { forbidden } from '../../errors.js';
import { todayInIndonesia } from '../../dates.js';
import { inTransaction } from '../../db/transaction.js';
import { MAX_REPORTED_ERRORS, parseCsv, rejectedFile, type ImportRowError } from '../../import/csv.js';
import { importTargetAgency } from '../../import/target-agency.js';
import { Employee } from '../employees/employee.entity.js';
import { AttendanceDeviceUser, AttendanceRecord, AttendanceSource, AttendanceStatus } from './attendance.entity.js';
import { applyDay, AttendanceService } from './attendance.service.js';
import type { ImportAttendancePayload, ImportAttendanceInput } from './attendance.types.js';
import { parsePunch, punchesToTimes } from './calendar.js';

/** The CSV columns, documented in docs/attendance-and-allowance.md. */
export const ATTENDANCE_COLUMNS = ['nip', 'device_user_id', 'timestamp'] as const;
const REQUIRED = ['timestamp'] as const;

/**
 * Imports a fingerprint-machine export, all or nothing: one punch per row, the
 * first and the last punch of a day count. Importing the same file again
 * changes nothing (punches merge with the day's known ones: the earliest and
 * the latest stay). Days entered or corrected by hand are left alone, except
 * an unexcused absence, which punches prove wrong. Lookups are made once for
 * the whole file; records are written in one flush.
 */
export class AttendanceImportService {
  constructor(private readonly ctx: ServiceContext) {}

  async import(input: ImportAttendanceInput): Promise<ImportAttendancePayload> {
    const { em } = this.ctx;
    if (!may(requireActor(this.ctx), 'attendance.manage')) throw forbidden('Only HR imports attendance');
    const agencyId = await importTargetAgency(this.ctx, input.agencyId, 'attendance records');
    const rows = parseCsv(input.csv, ATTENDANCE_COLUMNS, REQUIRED);
    const errors: ImportRowError[] = [];

    const nips = [...new Set(rows.map((row) => (row.nip ?? '').replace(/\s+/g, '')).filter(Boolean))];
    const deviceIds = [...new Set(rows.map((row) => row.device_user_id ?? '').filter(Boolean))];
    const employees = nips.length ? await em.find(Employee, { agency: agencyId, nip: { $in: nips } }) : [];
    const devices = deviceIds.length
      ? await em.find(AttendanceDeviceUser, { agency: agencyId, deviceUserId: { $in: deviceIds } }, { populate: ['employee'] })
      : [];
    const byNip = new Map(employees.map((e) => [e.nip, e]));
    const byDevice = new Map(devices.map((d) => [d.deviceUserId, d.employee.getEntity()]));

    const today = todayInIndonesia();
    const punches = new Map<string, { employee: Employee; date: string; times: string[] }>();
    rows.forEach((row, index) => {
      if (errors.length > MAX_REPORTED_ERRORS) return;
      const line = index + 2;
      const fail = (column: string, message: string) => errors.push({ row: line, column, message });
      const nip = (row.nip ?? '').replace(/\s+/g, '');
      const device = row.device_user_id ?? '';
      let employee: Employee | undefined;
      if (nip) {
        employee = byNip.get(nip);
        if (!employee) fail('nip', `No employee with NIP ${nip} in this agency`);
        else if (device && byDevice.get(device)?.id !== employee.id) fail('device_user_id', `Device user ${device} is not NIP ${nip}`);
      } else if (device) {
        employee = byDevice.get(device);
        if (!employee) fail('device_user_id', `No employee has device user ${device} in this agency`);
      } else fail('nip', 'Each row needs a nip or a device_user_id');
      const punch = parsePunch(row.timestamp ?? '');
      if (!punch) fail('timestamp', `"${row.timestamp ?? ''}" is not a timestamp (YYYY-MM-DD HH:MM[:SS] or DD/MM/YYYY HH:MM[:SS])`);
      else if (punch.date > today) fail('timestamp', `${punch.date} is in the future`);
      if (!employee || !punch || punch.date > today) return;
      const key = `${employee.id}|${punch.date}`;
      const day = punches.get(key) ?? { employee, date: punch.date, times: [] };
      day.times.push(punch.time);
      punches.set(key, day);
    });
    if (errors.length) throw rejectedFile(errors);

    const days = [...punches.values()];
    const dates = [...new Set(days.map((d) => d.date))].sort();
    const involved = [...new Map(days.map((d) => [d.employee.id, d.employee])).values()];
    const dayOf = await new AttendanceService(this.ctx).daysFor(involved, dates);
    const existing = await em.find(AttendanceRecord, {
      employee: { $in: involved.map((e) => e.id) },
      date: { $gte: dates[0]!, $lte: dates[dates.length - 1]! },
    });
    const known = new Map(existing.map((r) => [`${r.employee.id}|${r.date}`, r]));

    const result = { rows: rows.length, days: days.length, created: 0, updated: 0, unchanged: 0, dryRun: !!input.dryRun };
    return inTransaction(em, async () => {
      for (const { employee, date, times } of days) {
        const day = dayOf(employee.id, date);
        const record = known.get(`${employee.id}|${date}`);
        if (record && record.source === AttendanceSource.MANUAL && record.status !== AttendanceStatus.TANPA_KETERANGAN) {
          result.unchanged++;
          continue;
        }
        const all = new Set([...times, ...(record?.checkIn ? [record.checkIn] : []), ...(record?.checkOut ? [record.checkOut] : [])]);
        const { checkIn, checkOut } = punchesToTimes([...all], day);
        if (record && record.status === AttendanceStatus.HADIR && record.checkIn === checkIn && record.checkOut === checkOut) {
          result.unchanged++;
          continue;
        }
        if (record) result.updated++;
        else result.created++;
        if (input.dryRun) continue;
        const target =
          record ??
          em.create(AttendanceRecord, {
            agency: employee.agency,
            employee,
            date,
            status: AttendanceStatus.HADIR,
            source: AttendanceSource.IMPORT,
          });
        Object.assign(target, { checkIn, checkOut, status: AttendanceStatus.HADIR, source: AttendanceSource.IMPORT });
        applyDay(target, day);
      }
      if (!input.dryRun) await em.flush();
      return result;
    });
  }
}
