import { ref, type FilterQuery } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString, todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, ErrorReason, forbidden, invalidFields } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { MAX_REPORTED_ERRORS, parseCsv, rejectedFile, type ImportRowError } from '../../import/csv.js';
import { agencyWhere } from '../../access/scope.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService } from '../employees/employee.service.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import type { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import { Ceremony, CeremonyAttendance, CeremonyAttendanceSource, CeremonyAttendanceStatus } from './ceremony.entity.js';
import {
  CeremonyAttendanceConnection,
  ceremonyAttendanceFilterRules,
  CeremonyConnection,
  ceremonyFilterRules,
  type CeremonyAttendanceListArgs,
  type CeremonyListArgs,
  type CreateCeremonyInput,
  type DeleteCeremonyInput,
  type ImportCeremonyAttendanceInput,
  type RecordCeremonyAttendanceInput,
  type UpdateCeremonyInput,
} from './ceremony.types.js';

/** Words a list may use for a status, besides the enum values themselves. */
const STATUS_WORDS: Record<string, CeremonyAttendanceStatus> = {
  HADIR: CeremonyAttendanceStatus.ATTENDED,
  ABSEN: CeremonyAttendanceStatus.ABSENT,
  TIDAK_HADIR: CeremonyAttendanceStatus.ABSENT,
  IZIN: CeremonyAttendanceStatus.EXCUSED,
};

export const CEREMONY_COLUMNS = ['nip', 'status', 'note'] as const;

interface Entry {
  employee: Employee;
  status: CeremonyAttendanceStatus;
  note: string | null;
}

/**
 * Ceremonies (apel / upacara) and who attended them. Everyone of an agency
 * reads its ceremonies; HR and administrators keep them and record
 * attendance; attendances are read by HR within the agency and by others for
 * the employees they see (themselves, those below them).
 */
export class CeremonyService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(args: CeremonyListArgs) {
    const page = toPage(args, this.ctx, 'Ceremony.list', [{ date: 'desc' }, { id: 'asc' }]);
    const where = {
      $and: [agencyWhere(requireActor(this.ctx)), toWhere(args.filter as Record<string, unknown>, ceremonyFilterRules)],
    } as FilterQuery<Ceremony>;
    const rows = await findPage(this.ctx.em, Ceremony, where, page);
    return CeremonyConnection.of(rows, page, () => this.ctx.em.count(Ceremony, where));
  }

  async get(globalId: string, field = 'id'): Promise<Ceremony> {
    return findInScope(this.ctx.em, Ceremony, globalId, field, agencyWhere(requireActor(this.ctx)) as FilterQuery<Ceremony>);
  }

  async create(input: CreateCeremonyInput): Promise<Ceremony> {
    return inTransaction(this.ctx.em, async () => {
      this.assertEditor();
      const unit = input.unitId ? await new OrgUnitService(this.ctx).getForWrite(input.unitId, 'input.unitId') : null;
      const agencyId = unit ? unit.agency.id : (await ownerAgency(this.ctx, input.agencyId, false))!;
      if (unit && input.agencyId && fromGlobalId(input.agencyId, 'Agency', 'input.agencyId') !== agencyId)
        throw badInput('input.unitId', 'The unit belongs to another agency', ErrorReason.OTHER_AGENCY);
      const ceremony = this.ctx.em.create(Ceremony, {
        agency: agencyId,
        unit: unit ? ref(unit) : null,
        date: toDateString(input.date),
        kind: input.kind,
        name: input.name.trim(),
        required: input.required ?? true,
        note: input.note?.trim() || null,
      });
      await this.ctx.em.flush();
      return ceremony;
    });
  }

  async update(input: UpdateCeremonyInput): Promise<Ceremony> {
    return inTransaction(this.ctx.em, async () => {
      const ceremony = await this.forWrite(input.id);
      assertVersion(ceremony, input.version);
      Object.assign(ceremony, {
        ...(input.date ? { date: toDateString(input.date) } : {}),
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.required != null ? { required: input.required } : {}),
        ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}),
      });
      await this.ctx.em.flush();
      return ceremony;
    });
  }

  async delete(input: DeleteCeremonyInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const ceremony = await this.forWrite(input.id);
      // Removed through the ORM, so each attendance leaves its own audit entry.
      em.remove(await em.find(CeremonyAttendance, { ceremony: ceremony.id }));
      em.remove(ceremony);
      await em.flush();
      return input.id;
    });
  }

  async attendances(args: CeremonyAttendanceListArgs) {
    const page = toPage(args, this.ctx, 'CeremonyAttendance.attendances', [{ employee: { name: 'asc' } }, { id: 'asc' }] as never);
    const ceremony = await this.get(args.ceremonyId, 'ceremonyId');
    const actor = requireActor(this.ctx);
    const people = may(actor, 'employees.readAgency') ? {} : { employee: await new EmployeeService(this.ctx).personalScope() };
    const where = {
      $and: [{ ceremony: ceremony.id }, people, toWhere(args.filter as Record<string, unknown>, ceremonyAttendanceFilterRules)],
    } as FilterQuery<CeremonyAttendance>;
    const rows = await findPage(this.ctx.em, CeremonyAttendance, where, page);
    return CeremonyAttendanceConnection.of(rows, page, () => this.ctx.em.count(CeremonyAttendance, where));
  }

  /** One attendance, read as the list reads it; NOT_FOUND outside. */
  async getAttendance(globalId: string, field = 'id'): Promise<CeremonyAttendance> {
    const actor = requireActor(this.ctx);
    const people = may(actor, 'employees.readAgency') ? {} : { employee: await new EmployeeService(this.ctx).personalScope() };
    const scope = { $and: [{ ceremony: agencyWhere(actor) }, people] } as FilterQuery<CeremonyAttendance>;
    return findInScope(this.ctx.em, CeremonyAttendance, globalId, field, scope);
  }

  /** Records attendances by hand: every entry is checked first; one problem and nothing is written. */
  async record(input: RecordCeremonyAttendanceInput) {
    return inTransaction(this.ctx.em, async () => {
      const ceremony = await this.forAttendance(input.ceremonyId);
      const ids = input.entries.map((entry, i) => fromGlobalId(entry.employeeId, 'Employee', `input.entries.${i}.employeeId`));
      const employees = await this.participants(ceremony, ids);
      const problems: { field: string; message: string }[] = [];
      const seen = new Set<string>();
      const entries: Entry[] = [];
      input.entries.forEach((entry, i) => {
        const field = `input.entries.${i}.employeeId`;
        const employee = employees.get(ids[i]!);
        if (!employee) problems.push({ field, message: 'Not an employee taking part in this ceremony' });
        else if (seen.has(employee.id)) problems.push({ field, message: 'The employee is listed twice' });
        else entries.push({ employee, status: entry.status, note: entry.note?.trim() || null });
        seen.add(ids[i]!);
      });
      if (problems.length) throw invalidFields(problems);
      return this.write(ceremony, entries, CeremonyAttendanceSource.MANUAL);
    });
  }

  /** Imports a list (nip,status[,note]), all or nothing; the same list again changes nothing. */
  async import(input: ImportCeremonyAttendanceInput) {
    return inTransaction(this.ctx.em, async () => {
      const ceremony = await this.forAttendance(input.ceremonyId);
      const rows = parseCsv(input.csv, CEREMONY_COLUMNS, ['nip', 'status']);
      const nips = [...new Set(rows.map((row) => row.nip.replace(/\s+/g, '')))];
      const found = await this.ctx.em.find(Employee, { agency: ceremony.agency.id, nip: { $in: nips } });
      const taking = await this.participants(
        ceremony,
        found.map((e) => e.id),
      );
      const byNip = new Map([...taking.values()].map((e) => [e.nip, e]));
      const errors: ImportRowError[] = [];
      const seen = new Set<string>();
      const entries: Entry[] = [];
      rows.forEach((row, index) => {
        if (errors.length > MAX_REPORTED_ERRORS) return;
        const fail = (column: string, message: string) => errors.push({ row: index + 2, column, message });
        const nip = row.nip.replace(/\s+/g, '');
        const employee = byNip.get(nip);
        const word = row.status.toUpperCase().replace(/[\s-]+/g, '_');
        const status = STATUS_WORDS[word] ?? (Object.values(CeremonyAttendanceStatus) as string[]).find((s) => s === word);
        if (!employee) fail('nip', `No employee with NIP ${nip} takes part in this ceremony`);
        else if (seen.has(nip)) fail('nip', `NIP ${nip} is listed twice`);
        if (!status) fail('status', `"${row.status}" is not ATTENDED, ABSENT or EXCUSED`);
        seen.add(nip);
        if (employee && status && !errors.some((e) => e.row === index + 2))
          entries.push({ employee, status: status as CeremonyAttendanceStatus, note: row.note?.trim() || null });
      });
      if (errors.length) throw rejectedFile(errors);
      return this.write(ceremony, entries, CeremonyAttendanceSource.IMPORT);
    });
  }

  /** Upserts in one flush: one lookup of what exists, whatever the number of entries. */
  private async write(ceremony: Ceremony, entries: Entry[], source: CeremonyAttendanceSource) {
    const { em } = this.ctx;
    const existing = await em.find(CeremonyAttendance, { ceremony: ceremony.id, employee: { $in: entries.map((e) => e.employee.id) } });
    const known = new Map(existing.map((a) => [a.employee.id, a]));
    const result = { ceremony, created: 0, updated: 0, unchanged: 0 };
    for (const entry of entries) {
      const current = known.get(entry.employee.id);
      if (!current) {
        em.create(CeremonyAttendance, { ceremony, employee: entry.employee, status: entry.status, source, note: entry.note });
        result.created++;
      } else if (current.status === entry.status && current.note === entry.note) {
        result.unchanged++;
      } else {
        Object.assign(current, { status: entry.status, note: entry.note, source });
        result.updated++;
      }
    }
    await em.flush();
    return result;
  }

  /** The employees among `ids` who take part: of the agency and, for a unit ceremony, of its subtree. */
  private async participants(ceremony: Ceremony, ids: string[]): Promise<Map<string, Employee>> {
    if (ids.length === 0) return new Map();
    const unit: OrgUnit | null = ceremony.unit ? await ceremony.unit.load() : null;
    const employees = await this.ctx.em.find(Employee, {
      id: { $in: ids },
      agency: ceremony.agency.id,
      ...(unit ? { unit: { path: { $like: `${unit.path}%` } } } : {}),
    });
    return new Map(employees.map((e) => [e.id, e]));
  }

  private async forAttendance(globalId: string): Promise<Ceremony> {
    const ceremony = await this.forWrite(globalId, 'input.ceremonyId');
    if (ceremony.date > todayInIndonesia())
      throw badInput('input.ceremonyId', `The ceremony of ${ceremony.date} has not taken place yet`, ErrorReason.NOT_STARTED, {
        date: ceremony.date,
      });
    return ceremony;
  }

  private async forWrite(globalId: string, field = 'input.id'): Promise<Ceremony> {
    this.assertEditor();
    return findWritable(this.ctx.em, Ceremony, globalId, field, requireActor(this.ctx), (c) => c.agency.id);
  }

  private assertEditor(): void {
    if (!may(requireActor(this.ctx), 'configuration.manage')) throw forbidden('Only HR and administrators keep ceremonies');
  }
}
