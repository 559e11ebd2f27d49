import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../context.js';
import { addDays, todayInIndonesia } from '../../dates.js';
import { recordAuditEntries, type BulkAuditEntry } from '../audit/audit-bulk.js';
import { AuditAction, type AuditChanges } from '../audit/audit-entry.entity.js';
import { EmployeeService, SUPERVISING, type EmployeeChange } from './employee.service.js';
import { EmployeeStatus, type EmploymentType, type Gender, type Golongan } from './rank.js';

/** Rows per statement: big enough to be few statements, small enough for steady progress. */
const CHUNK = 2_000;
const REASON_SUPERVISOR = 'Supervisor changed with an employee import';

/** An employee to register, as plain values, with the first day of their placement. */
export interface BulkNewEmployee {
  agencyId: string;
  unitId: string;
  positionId: string | null;
  nip: string;
  pnsId: string | null;
  employmentType: EmploymentType;
  frontTitle: string | null;
  name: string;
  backTitle: string | null;
  golongan: Golongan | null;
  birthDate: string;
  gender: Gender;
  tmtCpns: string | null;
  validFrom: string;
  reason: string;
}

/** Which writes are done so far: employees, then their placement history. */
export type BulkProgress = (step: 'employees' | 'history', done: number, total: number) => Promise<void>;

interface Placement {
  unit: string;
  position: string | null;
  golongan: Golongan | null;
}

interface CurrentAssignment {
  id: string;
  employee_id: string;
  valid_from: string;
  unit_id: string;
  position_id: string | null;
  supervisor_id: string | null;
  golongan: Golongan | null;
  pppk_grade: string | null;
  reason: string | null;
}

/** Audit changes of a new record: every value, from nothing. */
const created = (values: Record<string, unknown>): AuditChanges =>
  Object.fromEntries(Object.entries(values).map(([field, after]) => [field, { before: null, after }]));

/** Audit changes of an update: only the fields that differ. */
const differences = (before: Record<string, unknown>, after: Record<string, unknown>): AuditChanges =>
  Object.fromEntries(
    Object.keys(after).flatMap((field) =>
      before[field] === after[field] ? [] : [[field, { before: before[field], after: after[field] }]],
    ),
  );

/**
 * Set-based writes of the large imports (SIASN: a whole agency at once): new
 * employees, changes of employees and the placement history they make, with
 * the same rules as EmployeeService.createMany/changeMany, but as a few
 * multi-row statements per 2,000 records instead of one ORM entity per row.
 * Audit entries are written alongside (the flush subscriber never sees these
 * rows). Runs in the caller's transaction.
 */
export class EmployeeBulkWriter {
  private readonly employees: EmployeeService;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly progress: BulkProgress = async () => {},
  ) {
    this.employees = new EmployeeService(ctx);
  }

  /** Registers employees with their first placement; supervisors are derived once all are in. Answers their ids. */
  async create(planned: readonly BulkNewEmployee[]): Promise<string[]> {
    if (planned.length === 0) return [];
    const { em } = this.ctx;
    await em.flush(); // positions the caller created must exist first
    const rows = planned.map((p) => ({ id: randomUUID(), ...p }));
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await em.execute(
        `insert into employees (id, created_at, updated_at, version, agency_id, unit_id, position_id, nip, pns_id, employment_type,
                                front_title, name, back_title, golongan, status, birth_date, gender, tmt_cpns)
         select r.id, now(), now(), 1, r.agency_id, r.unit_id, r.position_id, r.nip, r.pns_id, r.employment_type,
                r.front_title, r.name, r.back_title, r.golongan, 'AKTIF', r.birth_date, r.gender, r.tmt_cpns
           from jsonb_to_recordset(?::jsonb) as r(id uuid, agency_id uuid, unit_id uuid, position_id uuid, nip text, pns_id text,
                employment_type employment_type, front_title text, name text, back_title text, golongan golongan, birth_date date,
                gender gender, tmt_cpns text)`,
        [
          JSON.stringify(
            chunk.map((r) => ({
              id: r.id,
              agency_id: r.agencyId,
              unit_id: r.unitId,
              position_id: r.positionId,
              nip: r.nip,
              pns_id: r.pnsId,
              employment_type: r.employmentType,
              front_title: r.frontTitle,
              name: r.name,
              back_title: r.backTitle,
              golongan: r.golongan,
              birth_date: r.birthDate,
              gender: r.gender,
              tmt_cpns: r.tmtCpns,
            })),
          ),
        ],
      );
      await recordAuditEntries(
        em,
        chunk.map((r) => ({
          action: AuditAction.CREATE,
          entityType: 'Employee',
          entityId: r.id,
          changes: created({
            agency: r.agencyId,
            unit: r.unitId,
            position: r.positionId,
            nip: r.nip,
            pnsId: r.pnsId,
            employmentType: r.employmentType,
            frontTitle: r.frontTitle,
            name: r.name,
            backTitle: r.backTitle,
            golongan: r.golongan,
            status: EmployeeStatus.AKTIF,
            birthDate: r.birthDate,
            gender: r.gender,
            tmtCpns: r.tmtCpns,
          }),
        })),
      );
      await this.progress('employees', start + chunk.length, rows.length);
    }

    // Heads and their staff may arrive in the same file: supervisors once everyone is in.
    const supervisors = await this.employees.supervisorsOf(
      rows.map((r) => ({ employeeId: r.id, positionId: r.positionId, overrideId: null })),
    );
    await this.insertAssignments(
      rows.map((r, index) => ({
        employeeId: r.id,
        validFrom: r.validFrom,
        unit: r.unitId,
        position: r.positionId,
        golongan: r.golongan,
        supervisor: supervisors[index]?.id ?? null,
        reason: r.reason,
      })),
      [],
    );
    const ids = rows.map((r) => r.id);
    await this.resync(
      rows.flatMap((r) => r.positionId ?? []),
      ids,
    );
    return ids;
  }

  /**
   * Applies changes of name, titles, pnsId and placement. A change of unit,
   * position or rank closes the current placement the day before it takes
   * effect and opens one from then; a date before the current placement began
   * corrects it in place. Answers how many placements changed.
   */
  async change(changes: readonly EmployeeChange[]): Promise<number> {
    if (changes.length === 0) return 0;
    const { em } = this.ctx;
    await em.flush(); // positions the caller created must exist first
    const rows = changes.map(({ employee: e, set, from, reason }) => {
      const before = {
        unit: e.unit.id,
        position: e.position?.id ?? null,
        golongan: e.golongan,
        name: e.name,
        frontTitle: e.frontTitle,
        backTitle: e.backTitle,
        pnsId: e.pnsId,
      };
      const after = {
        unit: set.unit?.id ?? before.unit,
        position: set.position === undefined ? before.position : (set.position?.id ?? null),
        golongan: set.golongan === undefined ? before.golongan : set.golongan,
        name: set.name ?? before.name,
        frontTitle: set.frontTitle === undefined ? before.frontTitle : set.frontTitle,
        backTitle: set.backTitle === undefined ? before.backTitle : set.backTitle,
        pnsId: set.pnsId ?? before.pnsId,
      };
      return {
        id: e.id,
        before,
        after,
        from,
        reason,
        override: e.supervisorOverride?.id ?? null,
        supervises: SUPERVISING.includes(e.status),
      };
    });
    const changed = rows.filter((r) => Object.keys(differences(r.before, r.after)).length > 0);
    for (let start = 0; start < changed.length; start += CHUNK) {
      const chunk = changed.slice(start, start + CHUNK);
      await em.execute(
        `update employees e
            set unit_id = r.unit_id, position_id = r.position_id, golongan = r.golongan, name = r.name, front_title = r.front_title,
                back_title = r.back_title, pns_id = r.pns_id, updated_at = now(), version = e.version + 1
           from jsonb_to_recordset(?::jsonb) as r(id uuid, unit_id uuid, position_id uuid, golongan golongan, name text,
                front_title text, back_title text, pns_id text)
          where e.id = r.id`,
        [
          JSON.stringify(
            chunk.map(({ id, after: a }) => ({
              id,
              unit_id: a.unit,
              position_id: a.position,
              golongan: a.golongan,
              name: a.name,
              front_title: a.frontTitle,
              back_title: a.backTitle,
              pns_id: a.pnsId,
            })),
          ),
        ],
      );
      await recordAuditEntries(
        em,
        chunk.map((r) => ({ action: AuditAction.UPDATE, entityType: 'Employee', entityId: r.id, changes: differences(r.before, r.after) })),
      );
      await this.progress('employees', start + chunk.length, changed.length);
    }
    // The loaded employees no longer say what the table says: later lookups read afresh.
    em.clear();

    const placement = (p: Placement) => JSON.stringify([p.unit, p.position, p.golongan]);
    const moved = changed.filter((r) => placement(r.before) !== placement(r.after));
    const supervisors = await this.employees.supervisorsOf(
      moved.map((r) => ({ employeeId: r.id, positionId: r.after.position, overrideId: r.override })),
    );
    await this.insertAssignments(
      moved.map((r, index) => ({
        employeeId: r.id,
        validFrom: r.from,
        unit: r.after.unit,
        position: r.after.position,
        golongan: r.after.golongan,
        supervisor: supervisors[index]?.id ?? null,
        reason: r.reason,
      })),
      moved.map((r) => r.id),
    );
    const heads = changed.flatMap((r) =>
      r.supervises && r.before.position !== r.after.position ? [r.before.position, r.after.position] : [],
    );
    await this.resync(
      heads.filter((id): id is string => id !== null),
      rows.map((r) => r.id),
    );
    return moved.length;
  }

  /**
   * Opens placements; for employees in `closing`, the current placement ends the
   * day before, or, when the new one starts no later than it began, is corrected
   * in place (dated from its own start).
   */
  private async insertAssignments(
    wanted: {
      employeeId: string;
      validFrom: string;
      unit: string;
      position: string | null;
      golongan: Golongan | null;
      supervisor: string | null;
      reason: string;
    }[],
    closing: string[],
  ): Promise<void> {
    const { em } = this.ctx;
    const currents = closing.length
      ? await em.execute<CurrentAssignment[]>(
          `select id, employee_id, valid_from::text as valid_from, unit_id, position_id, supervisor_id, golongan, pppk_grade, reason
             from employee_assignments
            where valid_to is null and employee_id in (select (jsonb_array_elements_text(?::jsonb))::uuid)`,
          [JSON.stringify(closing)],
        )
      : [];
    const currentOf = new Map(currents.map((c) => [c.employee_id, c]));
    const inserts: Record<string, unknown>[] = [];
    const corrections: Record<string, unknown>[] = [];
    const closes: { id: string; valid_to: string }[] = [];
    const audit: BulkAuditEntry[] = [];
    for (const w of wanted) {
      const current = currentOf.get(w.employeeId) ?? null;
      const from = current && current.valid_from > w.validFrom ? current.valid_from : w.validFrom;
      const values = {
        unit: w.unit,
        position: w.position,
        supervisor: w.supervisor,
        golongan: w.golongan,
        pppkGrade: null,
        reason: w.reason,
      };
      if (current && current.valid_from === from) {
        corrections.push({
          id: current.id,
          unit_id: w.unit,
          position_id: w.position,
          supervisor_id: w.supervisor,
          golongan: w.golongan,
          reason: w.reason,
        });
        const before = {
          unit: current.unit_id,
          position: current.position_id,
          supervisor: current.supervisor_id,
          golongan: current.golongan,
          pppkGrade: current.pppk_grade,
          reason: current.reason,
        };
        audit.push({ action: AuditAction.UPDATE, entityType: 'Assignment', entityId: current.id, changes: differences(before, values) });
        continue;
      }
      if (current) {
        const validTo = addDays(from, -1);
        closes.push({ id: current.id, valid_to: validTo });
        audit.push({
          action: AuditAction.UPDATE,
          entityType: 'Assignment',
          entityId: current.id,
          changes: { validTo: { before: null, after: validTo } },
        });
      }
      const id = randomUUID();
      inserts.push({
        id,
        employee_id: w.employeeId,
        valid_from: from,
        unit_id: w.unit,
        position_id: w.position,
        supervisor_id: w.supervisor,
        golongan: w.golongan,
        reason: w.reason,
      });
      audit.push({
        action: AuditAction.CREATE,
        entityType: 'Assignment',
        entityId: id,
        changes: created({ employee: w.employeeId, validFrom: from, validTo: null, ...values }),
      });
    }

    const total = closes.length + corrections.length + inserts.length;
    let done = 0;
    for (let start = 0; start < closes.length; start += CHUNK) {
      const chunk = closes.slice(start, start + CHUNK);
      await em.execute(
        `update employee_assignments a set valid_to = r.valid_to
           from jsonb_to_recordset(?::jsonb) as r(id uuid, valid_to date) where a.id = r.id`,
        [JSON.stringify(chunk)],
      );
      await this.progress('history', (done += chunk.length), total);
    }
    for (let start = 0; start < corrections.length; start += CHUNK) {
      const chunk = corrections.slice(start, start + CHUNK);
      await em.execute(
        `update employee_assignments a
            set unit_id = r.unit_id, position_id = r.position_id, supervisor_id = r.supervisor_id, golongan = r.golongan, pppk_grade = null,
                reason = r.reason
           from jsonb_to_recordset(?::jsonb) as r(id uuid, unit_id uuid, position_id uuid, supervisor_id uuid, golongan golongan, reason text)
          where a.id = r.id`,
        [JSON.stringify(chunk)],
      );
      await this.progress('history', (done += chunk.length), total);
    }
    for (let start = 0; start < inserts.length; start += CHUNK) {
      const chunk = inserts.slice(start, start + CHUNK);
      await em.execute(
        `insert into employee_assignments (id, employee_id, valid_from, unit_id, position_id, supervisor_id, golongan, reason, created_at)
         select r.id, r.employee_id, r.valid_from, r.unit_id, r.position_id, r.supervisor_id, r.golongan, r.reason, now()
           from jsonb_to_recordset(?::jsonb) as r(id uuid, employee_id uuid, valid_from date, unit_id uuid, position_id uuid,
                supervisor_id uuid, golongan golongan, reason text)`,
        [JSON.stringify(chunk)],
      );
      await this.progress('history', (done += chunk.length), total);
    }
    for (let start = 0; start < audit.length; start += CHUNK) await recordAuditEntries(em, audit.slice(start, start + CHUNK));
  }

  /** People already below the positions whose holders changed get their supervisor re-derived (ORM, audited on flush). */
  private async resync(positionIds: string[], skip: string[]): Promise<void> {
    await this.employees.resyncSupervisors([...new Set(positionIds)], {
      including: false,
      from: todayInIndonesia(),
      reason: REASON_SUPERVISOR,
      skip: new Set(skip),
    });
    await this.ctx.em.flush();
  }
}
