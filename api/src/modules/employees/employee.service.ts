import { ref, type FilterQuery, type RequiredEntityData } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { addDays, toDateString, todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, DomainError, ErrorCode, notFound, ErrorReason, duplicate } from '../../errors.js';
import { findRows, toPage } from '../../graphql/connection.js';
import { selectRows, type Loaders } from '../../graphql/loaders.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService, subtreeRule } from '../organization/org-unit.service.js';
import { Position } from '../organization/position.entity.js';
import { Assignment } from './assignment.entity.js';
import { Employee } from './employee.entity.js';
import {
  EmployeeConnection,
  EmployeeOrder,
  employeeFilterRules,
  type CreateEmployeeInput,
  type EmployeeListArgs,
  type UpdateEmployeeInput,
} from './employee.types.js';
import { normalizeNip, parseNiPppk, parseNip } from './nip.js';
import { EmployeeStatus, EmploymentType, Gender, type Golongan } from './rank.js';

const NOTHING = '00000000-0000-0000-0000-000000000000';

/** Statuses whose holder of a position still supervises its subordinates. */
export const SUPERVISING = [EmployeeStatus.AKTIF, EmployeeStatus.CUTI];
const MAX_CHAIN = 30;

/** An employee to register with the first day of their placement. */
export interface NewEmployee {
  data: RequiredEntityData<Employee>;
  validFrom: string;
  reason: string;
}

/** Fields of an employee an import may change, and from when a placement change takes effect. */
export interface EmployeeChange {
  employee: Employee;
  set: {
    unit?: OrgUnit;
    position?: Position | null;
    golongan?: Golongan | null;
    name?: string;
    frontTitle?: string | null;
    backTitle?: string | null;
    pnsId?: string;
  };
  from: string;
  reason: string;
}

interface SupervisorQuestion {
  employeeId: string;
  positionId: string | null;
  overrideId: string | null;
}

export class EmployeeService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Who sees which employees: administrators, HR officers and evaluators their
   * agency; a supervisor themself and everyone below their position (transitively)
   * or supervised by them by override; an employee themself. Several roles: the union.
   */
  async readScope(): Promise<FilterQuery<Employee>> {
    const actor = requireActor(this.ctx);
    if (may(actor, 'employees.readAgency')) return agencyWhere(actor);
    return this.personalScope();
  }

  /**
   * The reach of an actor as a person, whatever their other roles: a supervisor
   * themself and everyone below them; an employee themself; nobody without an
   * employee record. Records only the people concerned may see (disciplinary
   * cases, coaching) use it instead of the agency-wide `readScope`.
   */
  async personalScope(): Promise<FilterQuery<Employee>> {
    const actor = requireActor(this.ctx);
    const self = actor.employeeId;
    if (!self) return { id: NOTHING };
    if (!may(actor, 'team.supervise')) return { id: self };
    const below = await this.positionsBelow(self);
    return {
      $and: [
        agencyWhere(actor),
        { $or: [{ id: self }, { supervisorOverride: self }, ...(below.length ? [{ position: { $in: below } }] : [])] },
      ],
    } as FilterQuery<Employee>;
  }

  /** Every position under the employee's own, at any depth, in one recursive query. */
  private async positionsBelow(employeeId: string): Promise<string[]> {
    const rows = await this.ctx.em.execute<{ id: string }[]>(
      `with recursive below(id) as (
         select p.id from positions p join employees e on e.position_id = p.superior_id where e.id = ?
         union
         select p.id from positions p join below b on p.superior_id = b.id
       ) select id from below`,
      [employeeId],
    );
    return rows.map((row) => row.id);
  }

  /** A page of employees as plain records (reads only): the scope and filter rules are those of every other read. */
  async list(args: EmployeeListArgs) {
    const page = toPage(args, this.ctx, 'Employee.list', EmployeeOrder.toOrderBy(args.orderBy, { name: 'asc' }));
    const units = await new OrgUnitService(this.ctx).unitsNamedIn(args.filter as Record<string, unknown>, 'inUnitSubtree');
    const rules = units
      ? { ...employeeFilterRules, inUnitSubtree: subtreeRule(units, (unit) => ({ unit: { path: { $like: `${unit.path}%` } } })) }
      : employeeFilterRules;
    const where = {
      $and: [
        await this.readScope(),
        toWhere(args.filter as Record<string, unknown>, rules, (term) => {
          const digits = term.replace(/\s+/g, '');
          return /^\d{3,18}$/.test(digits) ? { nip: { $like: `${digits}%` } } : { name: { $ilike: containing(term) } };
        }),
      ],
    } as FilterQuery<Employee>;
    const rows = await findRows(this.ctx.em, Employee, where, page);
    return EmployeeConnection.of(rows, page, () => this.ctx.em.count(Employee, where));
  }

  async get(globalId: string, field = 'id'): Promise<Employee> {
    return findInScope(this.ctx.em, Employee, globalId, field, await this.readScope());
  }

  /** For a change: NOT_FOUND when missing, FORBIDDEN when it belongs to another agency. */
  private async getForWrite(globalId: string, field: string): Promise<Employee> {
    return findWritable(this.ctx.em, Employee, globalId, field, requireActor(this.ctx), (employee) => employee.agency.id);
  }

  async create(input: CreateEmployeeInput): Promise<Employee> {
    return inTransaction(this.ctx.em, async () => {
      const identity = parseIdentity(input.nip, input.employmentType);
      if (await this.ctx.em.count(Employee, { nip: identity.nip })) {
        throw duplicate('input.nip', `NIP ${identity.nip} is already registered`, identity.nip);
      }
      assertRank(input.employmentType, input.golongan ?? null, input.pppkGrade ?? null);
      const position = input.positionId ? await this.position(input.positionId, 'input.positionId') : null;
      const unit = await this.unit(input.unitId ?? null, position, 'input.unitId');
      if (position && position.agency.id !== unit.agency.id)
        throw badInput('input.positionId', 'The position belongs to another agency', ErrorReason.OTHER_AGENCY);
      const override = input.supervisorOverrideId ? await this.supervisorOverride(input.supervisorOverrideId, unit.agency.id, null) : null;
      const validFrom = input.effectiveDate ? toDateString(input.effectiveDate) : todayInIndonesia();
      // Everything that queries is done: from here on nothing flushes half a record.
      const [supervisor] = await this.supervisorsOf([
        { employeeId: '', positionId: position?.id ?? null, overrideId: override?.id ?? null },
      ]);
      const employee = this.ctx.em.create(Employee, {
        agency: unit.agency,
        unit: ref(unit),
        position: position ? ref(position) : null,
        supervisorOverride: override ? ref(override) : null,
        nip: identity.nip,
        employmentType: input.employmentType,
        frontTitle: input.frontTitle?.trim() || null,
        name: input.name.trim(),
        backTitle: input.backTitle?.trim() || null,
        golongan: input.golongan ?? null,
        pppkGrade: input.pppkGrade ?? null,
        status: input.status ?? EmployeeStatus.AKTIF,
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
        bankAccount: input.bankAccount?.trim() || null,
        birthDate: identity.birthDate,
        gender: identity.gender,
        tmtCpns: identity.tmtCpns,
        appointmentYear: identity.appointmentYear,
      });
      this.ctx.em.create(Assignment, {
        employee,
        validFrom,
        unit: employee.unit,
        position: employee.position,
        supervisor: supervisor ? ref(supervisor) : null,
        golongan: employee.golongan,
        pppkGrade: employee.pppkGrade,
        reason: 'Initial placement',
      });
      if (supervisingAs(employee)) {
        await this.resyncSupervisors([supervisingAs(employee)!], {
          including: false,
          from: validFrom,
          reason: `Supervisor changed: ${employee.nip} ${employee.name} took up the superior position`,
          skip: new Set([employee.id]),
        });
      }
      await this.ctx.em.flush();
      return employee;
    });
  }

  async update(input: UpdateEmployeeInput): Promise<Employee> {
    return inTransaction(this.ctx.em, async () => {
      const employee = await this.getForWrite(input.id, 'input.id');
      assertVersion(employee, input.version);
      const before = placementOf(employee);
      const supervising = supervisingAs(employee);

      if (input.positionId !== undefined) {
        const position = input.positionId ? await this.position(input.positionId, 'input.positionId') : null;
        if (position && position.agency.id !== employee.agency.id)
          throw badInput('input.positionId', 'The position belongs to another agency', ErrorReason.OTHER_AGENCY);
        employee.position = position ? ref(position) : null;
        if (position && !input.unitId) employee.unit = position.unit;
      }
      if (input.unitId) {
        const unit = await this.unit(input.unitId, null, 'input.unitId');
        if (unit.agency.id !== employee.agency.id)
          throw badInput('input.unitId', 'The unit belongs to another agency', ErrorReason.OTHER_AGENCY);
        employee.unit = ref(unit);
      }
      if (input.supervisorOverrideId !== undefined) {
        employee.supervisorOverride = input.supervisorOverrideId
          ? ref(await this.supervisorOverride(input.supervisorOverrideId, employee.agency.id, employee.id))
          : null;
      }
      if (input.golongan != null) employee.golongan = input.golongan;
      if (input.pppkGrade != null) employee.pppkGrade = input.pppkGrade;
      assertRank(employee.employmentType, employee.golongan, employee.pppkGrade);
      if (input.name != null) employee.name = input.name.trim();
      if (input.frontTitle !== undefined) employee.frontTitle = input.frontTitle?.trim() || null;
      if (input.backTitle !== undefined) employee.backTitle = input.backTitle?.trim() || null;
      if (input.status != null) employee.status = input.status;
      if (input.email !== undefined) employee.email = input.email?.trim() || null;
      if (input.phone !== undefined) employee.phone = input.phone?.trim() || null;
      if (input.bankAccount !== undefined) employee.bankAccount = input.bankAccount?.trim() || null;

      const from = input.effectiveDate ? toDateString(input.effectiveDate) : todayInIndonesia();
      if (placementOf(employee) !== before) await this.recordPlacement(employee, from, input.reason ?? null);
      if (supervisingAs(employee) !== supervising) {
        const positions = [supervising, supervisingAs(employee)].filter((id): id is string => id !== null);
        await this.resyncSupervisors(positions, {
          including: false,
          from,
          reason: `Supervisor changed with the change of ${employee.nip} ${employee.name}${input.reason ? ` (${input.reason})` : ''}`,
          skip: new Set([employee.id]),
        });
      }
      await this.ctx.em.flush();
      return employee;
    });
  }

  /** The NIPs of an agency's employees, for asking another register about them. */
  async nipsOfAgency(agencyId: string): Promise<string[]> {
    const rows = await this.ctx.em.execute<{ nip: string }[]>('select nip from employees where agency_id = ? order by nip', [agencyId]);
    return rows.map((row) => row.nip);
  }

  /** Employees registered under any of these SIASN ids or NIPs, in any agency, for matching an import. One query. */
  async findByPnsIdsOrNips(pnsIds: string[], nips: string[]): Promise<Employee[]> {
    if (pnsIds.length === 0 && nips.length === 0) return [];
    // One JSON parameter each, however many rows: PostgreSQL allows at most 65,535 bound parameters.
    const rows = await this.ctx.em.execute<{ id: string }[]>(
      `select id from employees
        where pns_id in (select jsonb_array_elements_text(?::jsonb)) or nip in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(pnsIds), JSON.stringify(nips)],
    );
    return rows.length ? this.ctx.em.find(Employee, { id: { $in: rows.map((row) => row.id) } }) : [];
  }

  /**
   * Registers many employees at once with their first placement (imports), in
   * the caller's transaction. Supervisors are derived after the insert, since a
   * head and their staff may arrive together; people already below a newcomer's
   * position get them as supervisor.
   */
  async createMany(planned: NewEmployee[]): Promise<Employee[]> {
    const { em } = this.ctx;
    const employees = planned.map(({ data }) => em.create(Employee, data));
    await em.flush();
    const supervisors = await this.supervisorsOf(employees.map(question));
    employees.forEach((employee, index) => {
      const supervisor = supervisors[index];
      em.create(Assignment, {
        employee,
        validFrom: planned[index]!.validFrom,
        unit: employee.unit,
        position: employee.position,
        supervisor: supervisor ? ref(supervisor) : null,
        golongan: employee.golongan,
        pppkGrade: employee.pppkGrade,
        reason: planned[index]!.reason,
      });
    });
    const heads = [...new Set(employees.flatMap((e) => supervisingAs(e) ?? []))];
    await this.resyncSupervisors(heads, {
      including: false,
      from: todayInIndonesia(),
      reason: 'Supervisor changed with an employee import',
      skip: new Set(employees.map((e) => e.id)),
    });
    await em.flush();
    return employees;
  }

  /**
   * Applies changes to many employees at once (imports), in the caller's
   * transaction. A change of placement (unit, position, rank) closes the current
   * placement and opens one from `from`; a date before the current placement
   * began corrects it in place. A few statements whatever the number of changes.
   */
  async changeMany(changes: EmployeeChange[]): Promise<number> {
    if (changes.length === 0) return 0;
    const { em } = this.ctx;
    const employees = changes.map((change) => change.employee);
    const before = new Map(employees.map((e) => [e.id, { placement: placementOf(e), supervising: supervisingAs(e) }]));
    for (const { employee, set } of changes) {
      if (set.unit) employee.unit = ref(set.unit);
      if (set.position !== undefined) employee.position = set.position ? ref(set.position) : null;
      if (set.golongan !== undefined) employee.golongan = set.golongan;
      if (set.name !== undefined) employee.name = set.name;
      if (set.frontTitle !== undefined) employee.frontTitle = set.frontTitle;
      if (set.backTitle !== undefined) employee.backTitle = set.backTitle;
      if (set.pnsId !== undefined) employee.pnsId = set.pnsId;
    }
    const moved = changes.filter((change) => placementOf(change.employee) !== before.get(change.employee.id)!.placement);
    const currents = moved.length ? await em.find(Assignment, { employee: { $in: moved.map((c) => c.employee.id) }, validTo: null }) : [];
    const currentOf = new Map(currents.map((assignment) => [assignment.employee.id, assignment]));
    const supervisors = await this.supervisorsOf(moved.map((change) => question(change.employee)));
    moved.forEach((change, index) => {
      const current = currentOf.get(change.employee.id) ?? null;
      const from = current && current.validFrom > change.from ? current.validFrom : change.from;
      this.writePlacement(change.employee, current, supervisors[index] ?? null, from, change.reason);
    });
    const heads = new Set<string>();
    for (const employee of employees) {
      const was = before.get(employee.id)!.supervising;
      if (was !== supervisingAs(employee)) for (const id of [was, supervisingAs(employee)]) if (id) heads.add(id);
    }
    await this.resyncSupervisors([...heads], {
      including: false,
      from: todayInIndonesia(),
      reason: 'Supervisor changed with an employee import',
      skip: new Set(employees.map((e) => e.id)),
    });
    await em.flush();
    return moved.length;
  }

  /** Closes the current placement the day before `from` and opens a new one; a same-day change corrects the current one. */
  private async recordPlacement(employee: Employee, from: string, reason: string | null): Promise<void> {
    const current = await this.ctx.em.findOne(Assignment, { employee: employee.id, validTo: null });
    const [supervisor] = await this.supervisorsOf([question(employee)]);
    if (current && current.validFrom > from) {
      throw badInput(
        'input.effectiveDate',
        `The change cannot take effect before the current placement began (${current.validFrom})`,
        ErrorReason.DATE_TOO_EARLY,
        { min: current.validFrom },
      );
    }
    this.writePlacement(employee, current, supervisor ?? null, from, reason);
  }

  private writePlacement(employee: Employee, current: Assignment | null, supervisor: Employee | null, from: string, reason: string | null) {
    const target =
      current && current.validFrom === from ? current : this.ctx.em.create(Assignment, { employee, validFrom: from, unit: employee.unit });
    if (current && target !== current) current.validTo = addDays(from, -1);
    target.unit = employee.unit;
    target.position = employee.position;
    target.supervisor = supervisor ? ref(supervisor) : null;
    target.golongan = employee.golongan;
    target.pppkGrade = employee.pppkGrade;
    target.reason = reason;
  }

  /**
   * Someone else's change can change your supervisor: a new head of unit, a
   * supervisor retiring or moving, a redrawn reporting line. This re-derives the
   * supervisor of everyone placed below `positionIds` (or in them too, with
   * `including`) and records a placement for each whose supervisor changed, in
   * the caller's transaction. A few statements whatever the size of the subtree.
   */
  async resyncSupervisors(
    positionIds: string[],
    options: { including: boolean; from: string; reason: string; skip?: ReadonlySet<string> },
  ): Promise<number> {
    if (positionIds.length === 0) return 0;
    await this.ctx.em.flush();
    const rows = await this.ctx.em.execute<{ id: string }[]>(
      `with recursive below(id) as (
         select p.id from positions p
          where ${options.including ? 'p.id' : 'p.superior_id'} in (select (jsonb_array_elements_text(?::jsonb))::uuid)
         union
         select p.id from positions p join below b on p.superior_id = b.id
       ) select id from below`,
      [JSON.stringify(positionIds)],
    );
    if (rows.length === 0) return 0;
    const placed = (await this.ctx.em.find(Employee, { position: { $in: rows.map((row) => row.id) } })).filter(
      (employee) => !options.skip?.has(employee.id),
    );
    if (placed.length === 0) return 0;
    const currents = await this.ctx.em.find(Assignment, { employee: { $in: placed.map((e) => e.id) }, validTo: null });
    const currentOf = new Map(currents.map((assignment) => [assignment.employee.id, assignment]));
    const supervisors = await this.supervisorsOf(placed.map(question));
    let changed = 0;
    placed.forEach((employee, index) => {
      const current = currentOf.get(employee.id) ?? null;
      const supervisor = supervisors[index] ?? null;
      if ((current?.supervisor?.id ?? null) === (supervisor?.id ?? null)) return;
      // A placement dated after the change is corrected in place rather than split.
      const from = current && current.validFrom > options.from ? current.validFrom : options.from;
      this.writePlacement(employee, current, supervisor, from, options.reason);
      changed++;
    });
    return changed;
  }

  /** The placement in force on a day, if the employee was placed by then. */
  async placementOn(employee: Employee, day: string): Promise<Assignment | null> {
    return this.ctx.em.findOne(
      Assignment,
      { employee: employee.id, validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] },
      { orderBy: { validFrom: 'desc' } },
    );
  }

  async assignments(employee: Employee): Promise<Assignment[]> {
    return this.ctx.em.find(Assignment, { employee: employee.id }, { orderBy: { validFrom: 'desc' } });
  }

  /**
   * Direct supervisors: the override when set, else the holder of the superior
   * position, going further up while a superior position is vacant. One level
   * of the tree per round of queries, whatever the number of employees.
   */
  async supervisorsOf(questions: SupervisorQuestion[], loaders?: Loaders): Promise<(Employee | null)[]> {
    // Reads that change nothing (with the request's loaders) take plain records; writes need entities to refer to.
    const find = <T extends object>(entity: new () => T, where: FilterQuery<T>, orderBy?: Record<string, 'asc'>): Promise<T[]> =>
      loaders
        ? selectRows(this.ctx.em, entity, where, { orderBy })
        : this.ctx.em.find(entity, where, orderBy ? { orderBy: orderBy as never } : {});
    // The positions asked for are those the `position` field loads too: one statement for both.
    const positionsOf = async (ids: string[]): Promise<Position[]> =>
      loaders
        ? ((await loaders.rowById(Position).loadMany(ids)).filter((p) => p && !(p instanceof Error)) as Position[])
        : find(Position, { id: { $in: ids } });
    const answers = new Map<number, Employee | null>();
    const overrideIds = [...new Set(questions.flatMap((q) => (q.overrideId ? [q.overrideId] : [])))];
    const overrides = overrideIds.length ? await find(Employee, { id: { $in: overrideIds } }) : [];
    const overrideById = new Map(overrides.map((e) => [e.id, e]));

    let pending: { index: number; positionId: string; employeeId: string }[] = [];
    questions.forEach((q, index) => {
      if (q.overrideId) answers.set(index, overrideById.get(q.overrideId) ?? null);
      else if (q.positionId) pending.push({ index, positionId: q.positionId, employeeId: q.employeeId });
      else answers.set(index, null);
    });

    for (let level = 0; pending.length > 0 && level < MAX_CHAIN; level++) {
      const positions = await positionsOf([...new Set(pending.map((p) => p.positionId))]);
      const superiorOf = new Map(positions.map((p) => [p.id, p.superior?.id ?? null]));
      const superiorIds = [...new Set(pending.flatMap((p) => superiorOf.get(p.positionId) ?? []))];
      const holders = superiorIds.length
        ? await find(Employee, { position: { $in: superiorIds }, status: { $in: SUPERVISING } }, { nip: 'asc' })
        : [];
      const holderOf = new Map<string, Employee>();
      for (const holder of holders) if (!holderOf.has(holder.position!.id)) holderOf.set(holder.position!.id, holder);
      const next: typeof pending = [];
      for (const item of pending) {
        const superior = superiorOf.get(item.positionId) ?? null;
        const holder = superior ? holderOf.get(superior) : undefined;
        if (!superior) answers.set(item.index, null);
        else if (holder && holder.id !== item.employeeId) answers.set(item.index, holder);
        else next.push({ ...item, positionId: superior });
      }
      pending = next;
    }
    return questions.map((_, index) => answers.get(index) ?? null);
  }

  /** The employees whose direct supervisor (as `supervisorsOf` derives it) is `employee`, within the actor's scope. */
  async subordinates(employee: Employee): Promise<Employee[]> {
    const below = await this.positionsBelow(employee.id);
    const candidates = await this.ctx.em.find(
      Employee,
      {
        $and: [
          await this.readScope(),
          { $or: [{ supervisorOverride: employee.id }, ...(below.length ? [{ position: { $in: below } }] : [])] },
        ],
      } as FilterQuery<Employee>,
      { orderBy: { name: 'asc', id: 'asc' } },
    );
    const supervisors = await this.supervisorsOf(candidates.map(question));
    return candidates.filter((_, index) => supervisors[index]?.id === employee.id);
  }

  /** Supervisor, their supervisor, and so on up to the head of the agency (nearest first). */
  async supervisorChain(employee: Employee): Promise<Employee[]> {
    const chain: Employee[] = [];
    let current: Employee | null = employee;
    while (current && chain.length < MAX_CHAIN) {
      const [next]: (Employee | null)[] = await this.supervisorsOf([question(current)]);
      if (!next || next.id === employee.id || chain.some((e) => e.id === next.id)) break;
      chain.push(next);
      current = next;
    }
    return chain;
  }

  private async position(globalId: string, field: string): Promise<Position> {
    const id = fromGlobalId(globalId, 'Position', field);
    const position = await this.ctx.em.findOne(Position, { id });
    if (!position) throw notFound('Position', globalId, field);
    assertAgencyWritable(requireActor(this.ctx), position.agency.id);
    return position;
  }

  private async unit(globalId: string | null, position: Position | null, field: string): Promise<OrgUnit> {
    const units = new OrgUnitService(this.ctx);
    if (globalId) return units.getForWrite(globalId, field);
    if (position) return this.ctx.em.findOneOrFail(OrgUnit, { id: position.unit.id });
    throw badInput(field, 'An employee needs a unit (or a position, whose unit is taken)', ErrorReason.REQUIRED);
  }

  private async supervisorOverride(globalId: string, agencyId: string, selfId: string | null): Promise<Employee> {
    const id = fromGlobalId(globalId, 'Employee', 'input.supervisorOverrideId');
    const supervisor = await this.ctx.em.findOne(Employee, { id });
    if (!supervisor) throw notFound('Employee', globalId, 'input.supervisorOverrideId');
    if (supervisor.agency.id !== agencyId)
      throw badInput('input.supervisorOverrideId', 'The supervisor belongs to another agency', ErrorReason.OTHER_AGENCY);
    if (supervisor.id === selfId)
      throw badInput('input.supervisorOverrideId', 'An employee cannot supervise themself', ErrorReason.SELF_REFERENCE);
    return supervisor;
  }
}

/** The supervisor question for an employee as it stands. */
export function question(employee: Employee): SupervisorQuestion {
  return { employeeId: employee.id, positionId: employee.position?.id ?? null, overrideId: employee.supervisorOverride?.id ?? null };
}

/** The position whose subordinates this employee supervises, if their status lets them supervise. */
export function supervisingAs(employee: Employee): string | null {
  return employee.position && SUPERVISING.includes(employee.status) ? employee.position.id : null;
}

/** What the history tracks: a change of any of these opens a new placement. */
function placementOf(employee: Employee): string {
  return JSON.stringify([employee.unit.id, employee.position?.id, employee.supervisorOverride?.id, employee.golongan, employee.pppkGrade]);
}

interface Identity {
  nip: string;
  birthDate: string;
  gender: Gender;
  tmtCpns: string | null;
  appointmentYear: number | null;
}

/** Validates the NIP (PNS) or NI PPPK and derives birth date, gender and start of service. */
export function parseIdentity(raw: string, type: EmploymentType, today = new Date()): Identity {
  const nip = normalizeNip(raw);
  const parsed = type === EmploymentType.PNS ? parseNip(nip, today) : parseNiPppk(nip, today);
  if (!parsed.ok) {
    const label = type === EmploymentType.PNS ? 'NIP' : 'NI PPPK';
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid ${label}: ${parsed.problems.map((p) => p.message).join('; ')}`, {
      field: 'input.nip',
      reason: ErrorReason.INVALID_NIP,
      // The first problem's detail on the error, each problem's on its own entry: the console says them all.
      params: parsed.problems[0]?.params ?? {},
      fields: parsed.problems.map((p) => ({ field: 'input.nip', message: p.message, reason: ErrorReason.INVALID_NIP, params: p.params })),
      nipProblems: parsed.problems.map((p) => p.code),
    });
  }
  return {
    nip: parsed.nip,
    birthDate: parsed.birthDate,
    gender: parsed.gender === 'MALE' ? Gender.MALE : Gender.FEMALE,
    tmtCpns: 'tmtCpns' in parsed ? parsed.tmtCpns : null,
    appointmentYear: 'appointmentYear' in parsed ? parsed.appointmentYear : null,
  };
}

function assertRank(type: EmploymentType, golongan: unknown, pppkGrade: unknown): void {
  if (type === EmploymentType.PNS) {
    if (!golongan) throw badInput('input.golongan', 'A PNS needs a rank (golongan)', ErrorReason.REQUIRED);
    if (pppkGrade) throw badInput('input.pppkGrade', 'A PNS has a golongan, not a PPPK grade', ErrorReason.NOT_APPLICABLE);
  } else {
    if (!pppkGrade) throw badInput('input.pppkGrade', 'A PPPK needs a grade', ErrorReason.REQUIRED);
    if (golongan) throw badInput('input.golongan', 'A PPPK has a grade, not a golongan', ErrorReason.NOT_APPLICABLE);
  }
}
