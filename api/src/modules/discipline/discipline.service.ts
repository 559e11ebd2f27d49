import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { todayInIndonesia, toDateString } from '../../dates.js';
import { assertSettingVersion, assertVersion, UNSAVED_VERSION } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, DomainError, ErrorCode, forbidden, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { holdsAnyRole, reachesAllAgencies, may, type Actor } from '../../access/actor.js';
import { Role } from '../../access/role.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService } from '../employees/employee.service.js';
import { Agency } from '../organization/agency.entity.js';
import { AgencyService } from '../organization/agency.service.js';
import { AppealOutcome, CaseStatus, DisciplinaryCase, DisciplineAuthority, SanctionLevel, SanctionType } from './discipline.entity.js';
import {
  CaseOrder,
  caseFilterRules,
  DisciplinaryCaseConnection,
  type CaseStepInput,
  type DecideDisciplinaryCaseInput,
  type DecideSanctionAppealInput,
  type DisciplinaryCaseListArgs,
  type EffectiveDisciplineAuthority,
  type ExamineDisciplinaryCaseInput,
  type FileSanctionAppealInput,
  type ProposeDisciplinaryCaseInput,
  type SetDisciplineAuthorityInput,
} from './discipline.types.js';
import {
  addWorkingDays,
  APPEAL_WORKING_DAYS,
  AppealKind,
  appealKindFor,
  EFFECTIVE_AFTER_WORKING_DAYS,
  sanctionEndDate,
} from './sanction-rules.js';

/** Who decides each level where an agency has not set its own (PP 94/2021: the head of agency for severe ones). */
export const DEFAULT_AUTHORITIES: Record<SanctionLevel, { roles: Role[]; supervisorLevels: number | null }> = {
  RINGAN: { roles: [Role.AGENCY_ADMIN, Role.HR_OFFICER], supervisorLevels: 2 },
  SEDANG: { roles: [Role.AGENCY_ADMIN, Role.HR_OFFICER], supervisorLevels: null },
  BERAT: { roles: [Role.AGENCY_ADMIN], supervisorLevels: null },
};

/** Statuses in which a decided sanction counts (in force between its dates, or on the record). */
export const DECIDED_STATUSES = [CaseStatus.DECIDED, CaseStatus.ACTIVE, CaseStatus.COMPLETED];

/** `q`: the employee's name or NIP, the violation, the article or the decree number. */
const caseSearch = (term: string) => {
  const digits = term.replace(/\s+/g, '');
  return {
    $or: [
      /^\d{3,18}$/.test(digits) ? { employee: { nip: { $like: `${digits}%` } } } : { employee: { name: { $ilike: containing(term) } } },
      { violation: { $ilike: containing(term) } },
      { article: { $ilike: containing(term) } },
      { decreeNumber: { $ilike: containing(term) } },
    ],
  };
};

const NEXT: Partial<Record<CaseStatus, CaseStatus[]>> = {
  PROPOSED: [CaseStatus.EXAMINED],
  // A case may be examined again (e.g. by a team) before the decision.
  EXAMINED: [CaseStatus.EXAMINED, CaseStatus.DECIDED],
  DECIDED: [CaseStatus.ACTIVE],
  ACTIVE: [CaseStatus.COMPLETED],
};

/**
 * Disciplinary cases (PP 94/2021). Who sees a case: HR and administrators of the
 * agency, the employee concerned, and the supervisors above them; nobody else
 * (evaluators included), so an outsider gets NOT_FOUND. Who acts: see each step.
 */
export class DisciplineService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Employees whose cases the actor sees. */
  async concernedScope(): Promise<FilterQuery<Employee>> {
    const actor = requireActor(this.ctx);
    if (may(actor, 'discipline.manage')) return agencyWhere(actor) as FilterQuery<Employee>;
    return new EmployeeService(this.ctx).personalScope();
  }

  private async scope(): Promise<FilterQuery<DisciplinaryCase>> {
    return { $and: [agencyWhere(requireActor(this.ctx)), { employee: await this.concernedScope() }] } as FilterQuery<DisciplinaryCase>;
  }

  async sanctionTypes(): Promise<SanctionType[]> {
    return this.ctx.em.find(SanctionType, {}, { orderBy: { sortOrder: 'asc' } });
  }

  /** One type of the national catalogue; every signed-in actor may read it. */
  async getSanctionType(globalId: string, field = 'id'): Promise<SanctionType> {
    return findInScope(this.ctx.em, SanctionType, globalId, field, {});
  }

  async list(args: DisciplinaryCaseListArgs) {
    const page = toPage(args, this.ctx, 'DisciplinaryCase.list', CaseOrder.toOrderBy(args.orderBy, { proposedAt: 'desc' }));
    const where = {
      $and: [await this.scope(), toWhere(args.filter as Record<string, unknown>, caseFilterRules, caseSearch)],
    } as FilterQuery<DisciplinaryCase>;
    const rows = await findPage(this.ctx.em, DisciplinaryCase, where, page);
    return DisciplinaryCaseConnection.of(rows, page, () => this.ctx.em.count(DisciplinaryCase, where));
  }

  async get(globalId: string, field = 'id'): Promise<DisciplinaryCase> {
    return findInScope(this.ctx.em, DisciplinaryCase, globalId, field, await this.scope());
  }

  /**
   * The sanctions in force today per employee; null for an employee whose cases
   * the actor may not see, so that "none" is never said of a record nobody showed.
   * Officers see the agency's cases (one statement per batch); anyone else first
   * finds which of the employees concern them (scope computed once), then reads
   * only those employees' cases.
   */
  async inForce(employeeIds: readonly string[], day = todayInIndonesia()): Promise<(DisciplinaryCase[] | null)[]> {
    const actor = requireActor(this.ctx);
    const visible = may(actor, 'discipline.manage')
      ? null
      : new Set(
          (
            await this.ctx.em.find(Employee, {
              $and: [{ id: { $in: [...employeeIds] } }, await this.concernedScope()],
            } as FilterQuery<Employee>)
          ).map((employee) => employee.id),
        );
    if (visible?.size === 0) return employeeIds.map(() => null);
    const rows = await this.ctx.em.find(
      DisciplinaryCase,
      {
        $and: [
          // The visible employees already passed the scope: only the agency is left to hold to.
          visible ? agencyWhere(actor) : await this.scope(),
          {
            employee: { $in: visible ? [...visible] : [...employeeIds] },
            status: { $in: [CaseStatus.DECIDED, CaseStatus.ACTIVE] },
            effectiveFrom: { $lte: day },
            $or: [{ endDate: null }, { endDate: { $gte: day } }],
          },
        ],
      } as FilterQuery<DisciplinaryCase>,
      { orderBy: [{ effectiveFrom: 'asc' }, { id: 'asc' }] },
    );
    return employeeIds.map((id) => (visible && !visible.has(id) ? null : rows.filter((row) => row.employee.id === id)));
  }

  // ----- authority -----

  async authorities(agencyGlobalId?: string | null): Promise<EffectiveDisciplineAuthority[]> {
    const agencyId = await this.agencyOf(agencyGlobalId, 'agencyId');
    const own = await this.ctx.em.find(DisciplineAuthority, { agency: agencyId });
    return Object.values(SanctionLevel).map((level) => {
      const mine = own.find((row) => row.level === level);
      return mine
        ? { level, roles: mine.roles, supervisorLevels: mine.supervisorLevels, isDefault: false, version: mine.version }
        : { level, ...DEFAULT_AUTHORITIES[level], isDefault: true, version: UNSAVED_VERSION };
    });
  }

  async setAuthority(input: SetDisciplineAuthorityInput): Promise<EffectiveDisciplineAuthority> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      if (!may(actor, 'discipline.setAuthorities')) throw forbidden('Only an administrator sets who decides sanctions');
      const agencyId = await this.agencyOf(input.agencyId, 'input.agencyId');
      assertAgencyWritable(actor, agencyId);
      const roles = [...new Set(input.roles)].filter((role) => role !== Role.SUPER_ADMIN);
      if (roles.length === 0 && !input.supervisorLevels)
        throw badInput('input.roles', 'Someone must be able to decide: name a role or supervisor levels', ErrorReason.REQUIRED);
      const existing = await this.ctx.em.findOne(DisciplineAuthority, { agency: agencyId, level: input.level });
      assertSettingVersion('DisciplineAuthority', existing, input.version);
      const data = { roles, supervisorLevels: input.supervisorLevels ?? null };
      if (existing) Object.assign(existing, data);
      else this.ctx.em.create(DisciplineAuthority, { agency: ref(Agency, agencyId), level: input.level, ...data });
      await this.ctx.em.flush();
      return (await this.authorities(agencyId === actor.agencyId ? null : input.agencyId)).find((row) => row.level === input.level)!;
    });
  }

  private async agencyOf(globalId: string | null | undefined, field: string): Promise<string> {
    const actor = requireActor(this.ctx);
    const agencyId = globalId ? (await new AgencyService(this.ctx).get(globalId, field)).id : actor.agencyId;
    if (!agencyId) throw badInput(field, 'Name the agency', ErrorReason.REQUIRED);
    return agencyId;
  }

  private async assertMayDecide(level: SanctionLevel, employee: Employee): Promise<void> {
    const actor = requireActor(this.ctx);
    if (reachesAllAgencies(actor)) return;
    assertAgencyWritable(actor, employee.agency.id);
    const authority = (await this.authorities(null)).find((row) => row.level === level)!;
    if (holdsAnyRole(actor, authority.roles)) return;
    if (authority.supervisorLevels && actor.employeeId && actor.employeeId !== employee.id) {
      const chain = await new EmployeeService(this.ctx).supervisorChain(employee);
      const at = chain.findIndex((supervisor) => supervisor.id === actor.employeeId);
      if (at >= 0 && at < authority.supervisorLevels) return;
    }
    const who = [
      ...authority.roles,
      ...(authority.supervisorLevels ? [`the employee's supervisors up to ${authority.supervisorLevels} level(s) up`] : []),
    ];
    throw forbidden(`A ${level} sanction is decided by ${who.join(', ') || 'nobody configured'}`);
  }

  // ----- lifecycle -----

  /** HR of the agency, or a supervisor of the employee (never the employee themself). */
  private assertOfficerOrSupervisor(employee: Employee): void {
    const actor = requireActor(this.ctx);
    if (may(actor, 'discipline.manage')) return assertAgencyWritable(actor, employee.agency.id);
    if (may(actor, 'team.supervise') && actor.employeeId && actor.employeeId !== employee.id) return; // found within their scope
    throw forbidden("Only HR or the employee's supervisor acts on a disciplinary case");
  }

  private assertOfficer(agencyId: string): Actor {
    const actor = requireActor(this.ctx);
    if (!may(actor, 'discipline.manage')) throw forbidden('Only HR records this step');
    assertAgencyWritable(actor, agencyId);
    return actor;
  }

  async propose(input: ProposeDisciplinaryCaseInput): Promise<DisciplinaryCase> {
    return inTransaction(this.ctx.em, async () => {
      const employee = await this.concernedEmployee(input.employeeId, 'input.employeeId');
      this.assertOfficerOrSupervisor(employee);
      const violationDate = toDateString(input.violationDate);
      if (violationDate > todayInIndonesia())
        throw badInput('input.violationDate', 'The violation cannot be in the future', ErrorReason.IN_THE_FUTURE);
      const record = this.ctx.em.create(DisciplinaryCase, {
        agency: employee.agency,
        employee,
        violation: input.violation.trim(),
        violationDate,
        article: input.article.trim(),
        proposedBy: await this.actorName(),
      });
      await this.ctx.em.flush();
      return record;
    });
  }

  /** An employee whose cases the actor sees; NOT_FOUND otherwise. */
  async concernedEmployee(globalId: string, field: string): Promise<Employee> {
    const employee = await new EmployeeService(this.ctx).get(globalId, field);
    const visible = await this.ctx.em.count(Employee, {
      $and: [{ id: employee.id }, await this.concernedScope()],
    } as FilterQuery<Employee>);
    if (!visible) throw forbidden('Only HR or the employee’s supervisor acts on their discipline');
    return employee;
  }

  async examine(input: ExamineDisciplinaryCaseInput): Promise<DisciplinaryCase> {
    return this.step(input, CaseStatus.EXAMINED, async (record, employee) => {
      this.assertOfficerOrSupervisor(employee);
      const examinedOn = toDateString(input.examinedOn);
      if (examinedOn < record.violationDate)
        throw badInput('input.examinedOn', 'The examination cannot precede the violation', ErrorReason.DATE_TOO_EARLY);
      Object.assign(record, {
        examinedOn,
        examiners: input.examiners.map((name) => name.trim()),
        examinationRecord: input.record.trim(),
      });
    });
  }

  async decide(input: DecideDisciplinaryCaseInput): Promise<DisciplinaryCase> {
    return this.step(input, CaseStatus.DECIDED, async (record, employee) => {
      const type = await this.sanctionType(input.sanctionTypeCode, 'input.sanctionTypeCode');
      await this.assertMayDecide(type.level, employee);
      if (type.level === SanctionLevel.BERAT && record.examiners.length < 2) {
        throw conflict('A severe sanction needs an examination by a team (tim pemeriksa) of at least two: examine the case again', {
          field: 'input.sanctionTypeCode',
          reason: ErrorReason.EXAMINATION_TEAM_REQUIRED,
        });
      }
      const decreeDate = toDateString(input.decreeDate);
      if (decreeDate < record.examinedOn!)
        throw badInput('input.decreeDate', `The decree cannot precede the examination (${record.examinedOn})`, ErrorReason.DATE_TOO_EARLY, {
          min: record.examinedOn!,
        });
      const effectiveFrom = input.effectiveFrom
        ? toDateString(input.effectiveFrom)
        : addWorkingDays(decreeDate, EFFECTIVE_AFTER_WORKING_DAYS);
      if (effectiveFrom < decreeDate)
        throw badInput('input.effectiveFrom', 'The sanction cannot take effect before its decree', ErrorReason.DATE_TOO_EARLY);
      Object.assign(record, {
        sanctionType: ref(type),
        decreeNumber: input.decreeNumber.trim(),
        decreeDate,
        effectiveFrom,
        endDate: sanctionEndDate(effectiveFrom, type),
        decidedBy: await this.actorName(),
      });
    });
  }

  async activate(input: CaseStepInput): Promise<DisciplinaryCase> {
    return this.step(input, CaseStatus.ACTIVE, async (record) => {
      this.assertOfficer(record.agency.id);
      if (record.effectiveFrom! > todayInIndonesia())
        throw conflict(`The sanction takes effect on ${record.effectiveFrom}`, { field: 'input.id', effectiveFrom: record.effectiveFrom });
    });
  }

  async complete(input: CaseStepInput): Promise<DisciplinaryCase> {
    return this.step(input, CaseStatus.COMPLETED, async (record) => {
      this.assertOfficer(record.agency.id);
      if (record.endDate === null) throw conflict('Dismissal does not end', { field: 'input.id' });
      if (record.endDate >= todayInIndonesia())
        throw conflict(`The sanction runs until ${record.endDate}`, { field: 'input.id', endDate: record.endDate });
      record.closedAt = new Date();
    });
  }

  /** One step of the lifecycle: in scope (else NOT_FOUND), current version, allowed from the status (else CONFLICT). */
  private async step(
    input: CaseStepInput,
    to: CaseStatus,
    apply: (record: DisciplinaryCase, employee: Employee) => Promise<void>,
  ): Promise<DisciplinaryCase> {
    return inTransaction(this.ctx.em, async () => {
      const record = await this.get(input.id, 'input.id');
      const employee = await this.ctx.em.findOneOrFail(Employee, { id: record.employee.id });
      assertVersion(record, input.version);
      if (!NEXT[record.status]?.includes(to)) {
        throw conflict(`A ${record.status} case cannot become ${to}`, {
          reason: ErrorReason.STATUS_TRANSITION,
          params: { from: record.status, to: to, statusType: 'DisciplinaryCaseStatus' },
          field: 'input.id',
          status: record.status,
        });
      }
      await apply(record, employee);
      record.status = to;
      await this.ctx.em.flush();
      return record;
    });
  }

  async fileAppeal(input: FileSanctionAppealInput): Promise<DisciplinaryCase> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      const record = await this.get(input.id, 'input.id');
      if (record.employee.id !== actor.employeeId) this.assertOfficer(record.agency.id);
      assertVersion(record, input.version);
      if (record.status !== CaseStatus.DECIDED && record.status !== CaseStatus.ACTIVE)
        throw conflict(`Only a decided sanction is appealed (this case is ${record.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: record.status, statusType: 'DisciplinaryCaseStatus' },
          field: 'input.id',
          status: record.status,
        });
      if (record.appealKind) throw conflict(`A ${record.appealKind} was already filed on ${record.appealFiledOn}`, { field: 'input.id' });
      const type = await this.ctx.em.findOneOrFail(SanctionType, { id: record.sanctionType!.id });
      const kind = appealKindFor(type);
      if (input.kind && input.kind !== kind) {
        throw badInput(
          'input.kind',
          kind === AppealKind.BANDING_ADMINISTRATIF
            ? 'Dismissal is appealed (banding administratif), not objected to'
            : `A ${type.code} sanction is objected to (keberatan)`,
          ErrorReason.NOT_APPLICABLE,
        );
      }
      const filedOn = toDateString(input.filedOn);
      const deadline = addWorkingDays(record.decreeDate!, APPEAL_WORKING_DAYS);
      if (filedOn < record.decreeDate! || filedOn > deadline) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `An appeal is filed within ${APPEAL_WORKING_DAYS} working days of the decree (${record.decreeDate} to ${deadline})`,
          {
            field: 'input.filedOn',
            fields: [{ field: 'input.filedOn', message: `Between ${record.decreeDate} and ${deadline}` }],
            deadline,
          },
        );
      }
      Object.assign(record, { appealKind: kind, appealFiledOn: filedOn, appealReason: input.reason.trim() });
      await this.ctx.em.flush();
      return record;
    });
  }

  async decideAppeal(input: DecideSanctionAppealInput): Promise<DisciplinaryCase> {
    return inTransaction(this.ctx.em, async () => {
      const record = await this.get(input.id, 'input.id');
      this.assertOfficer(record.agency.id);
      assertVersion(record, input.version);
      if (!record.appealKind || record.appealOutcome)
        throw conflict(record.appealOutcome ? 'The appeal was already decided' : 'No appeal was filed', { field: 'input.id' });
      const decidedOn = toDateString(input.decidedOn);
      if (decidedOn < record.appealFiledOn!)
        throw badInput('input.decidedOn', 'The decision cannot precede the filing', ErrorReason.DATE_TOO_EARLY);
      if (input.outcome === AppealOutcome.CHANGED) {
        if (!input.sanctionTypeCode)
          throw badInput('input.sanctionTypeCode', 'Name the sanction that replaces the decided one', ErrorReason.REQUIRED);
        const type = await this.sanctionType(input.sanctionTypeCode, 'input.sanctionTypeCode');
        if (type.id === record.sanctionType!.id)
          throw badInput('input.sanctionTypeCode', 'That is the decided sanction: the outcome is UPHELD', ErrorReason.NOT_APPLICABLE);
        Object.assign(record, {
          originalSanctionType: record.sanctionType,
          sanctionType: ref(type),
          endDate: sanctionEndDate(record.effectiveFrom!, type),
        });
      } else if (input.sanctionTypeCode) {
        throw badInput('input.sanctionTypeCode', 'Only a CHANGED outcome names a new sanction', ErrorReason.NOT_APPLICABLE);
      }
      if (input.outcome === AppealOutcome.ANNULLED) {
        record.status = record.appealKind === AppealKind.KEBERATAN ? CaseStatus.REVOKED : CaseStatus.ANNULLED;
        record.closedAt = new Date();
      }
      Object.assign(record, { appealOutcome: input.outcome, appealDecidedOn: decidedOn, appealNote: input.note.trim() });
      await this.ctx.em.flush();
      return record;
    });
  }

  private async sanctionType(code: string, field: string): Promise<SanctionType> {
    const type = await this.ctx.em.findOne(SanctionType, { code });
    if (!type) throw badInput(field, `${code} is not in the sanction catalogue (PP 94/2021)`, ErrorReason.UNKNOWN_VALUE, { value: code });
    return type;
  }

  private async actorName(): Promise<string> {
    const actor = requireActor(this.ctx);
    const user = await this.ctx.em.findOne(User, { id: actor.userId });
    return user?.displayName ?? actor.username;
  }
}

/**
 * Sanctions that keep an employee's record from being clean on `day`: decided
 * (not revoked or annulled), of one of `levels`, in force at some point from
 * `since` to `day`.
 */
export async function blockingSanctions(
  ctx: ServiceContext,
  employeeId: string,
  levels: SanctionLevel[],
  since: string,
  day: string,
): Promise<DisciplinaryCase[]> {
  if (levels.length === 0) return [];
  return ctx.em.find(
    DisciplinaryCase,
    {
      employee: employeeId,
      status: { $in: DECIDED_STATUSES },
      sanctionType: { level: { $in: levels } },
      effectiveFrom: { $lte: day },
      $or: [{ endDate: null }, { endDate: { $gte: since } }],
    },
    { populate: ['sanctionType'], orderBy: { effectiveFrom: 'asc' } },
  );
}
