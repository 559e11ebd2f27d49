import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, invalidFields } from '../../errors.js';
import { toPage } from '../../graphql/connection.js';
import { toWhere } from '../../graphql/filters.js';
import { toGlobalId } from '../../graphql/ids.js';
import { hasRole } from '../auth/actor.js';
import { Role } from '../auth/role.js';
import { agencyWhere, assertAgencyWritable } from '../auth/scope.js';
import { Evaluation } from '../appraisals/evaluation.entity.js';
import { AttendanceStatus } from '../attendance/attendance.entity.js';
import { AttendanceService } from '../attendance/attendance.service.js';
import { monthRange } from '../attendance/calendar.js';
import { DisciplinaryCase } from '../discipline/discipline.entity.js';
import { DECIDED_STATUSES } from '../discipline/discipline.service.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService } from '../employees/employee.service.js';
import { EmployeeStatus } from '../employees/rank.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import { AgencyService } from '../organization/agency.service.js';
import { WorkReportService } from '../work-reports/work-report.service.js';
import { computeAllowance, DEFAULT_RULES, schemeProblems, type MonthFacts, type SchemeRules } from './allowance.js';
import { AllowanceRow, AllowanceScheme, AllowanceSheet, AllowanceSheetStatus } from './allowance.entity.js';
import {
  AllowanceSchemeConnection,
  AllowanceSheetConnection,
  allowanceSheetFilterRules,
  type AddAllowanceAdjustmentInput,
  type AllowanceBreakdownArgs,
  type AllowancePreview,
  type AllowancePreviewArgs,
  type AllowanceSchemeListArgs,
  type AllowanceSchemeRulesInput,
  type AllowanceSheetListArgs,
  type AllowanceSheetRow,
  type AllowanceSheetTransitionInput,
  type ComputeAllowancesInput,
  type CreateAllowanceSchemeInput,
  type DeleteAllowanceSchemeInput,
  type UpdateAllowanceSchemeInput,
} from './allowance.types.js';

/** Who keeps schemes and computes sheets. */
const ALLOWANCE_EDITORS = [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER];
/** Who sees every row of the agency. */
const ALLOWANCE_READERS = ALLOWANCE_EDITORS;

/** Each stage, who may move a sheet into it and from which stage. */
const TRANSITIONS: Record<'verify' | 'approve' | 'lock', { from: AllowanceSheetStatus; to: AllowanceSheetStatus; roles: Role[] }> = {
  verify: { from: AllowanceSheetStatus.DRAFT, to: AllowanceSheetStatus.VERIFIED, roles: [Role.SUPER_ADMIN, Role.HR_OFFICER] },
  approve: { from: AllowanceSheetStatus.VERIFIED, to: AllowanceSheetStatus.APPROVED, roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN] },
  lock: {
    from: AllowanceSheetStatus.APPROVED,
    to: AllowanceSheetStatus.LOCKED,
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER],
  },
};

/** Statuses of employees who are computed (retired and dismissed ones only when a dismissal takes effect in the month). */
const PAID_STATUSES = [EmployeeStatus.AKTIF, EmployeeStatus.CUTI, EmployeeStatus.TUGAS_BELAJAR];

const rulesOf = (scheme: AllowanceScheme): SchemeRules => ({
  baseAmounts: scheme.baseAmounts,
  disciplineWeight: scheme.disciplineWeight,
  productivityWeight: scheme.productivityWeight,
  productivityMode: scheme.productivityMode,
  predicateShares: scheme.predicateShares,
  lateBands: scheme.lateBands,
  earlyLeaveBands: scheme.earlyLeaveBands,
  unexcusedDayBasisPoints: scheme.unexcusedDayBasisPoints,
  unexcusedCapBasisPoints: scheme.unexcusedCapBasisPoints,
  statusRules: scheme.statusRules,
  rounding: scheme.rounding,
});

/**
 * Allowance schemes (versioned rules per agency) and monthly sheets. Reads
 * attendance, activity minutes, predicates and sanctions through their
 * modules, a fixed number of statements for any number of employees.
 */
export class AllowanceService {
  constructor(private readonly ctx: ServiceContext) {}

  // ----- schemes -----

  async schemes(args: AllowanceSchemeListArgs) {
    const page = toPage(args, this.ctx.config.maxPageSize);
    const agency = args.agencyId ? (await new AgencyService(this.ctx).get(args.agencyId, 'agencyId')).id : null;
    const where = { $and: [agencyWhere(requireActor(this.ctx)), agency ? { agency } : {}] } as FilterQuery<AllowanceScheme>;
    const rows = await this.ctx.em.find(AllowanceScheme, where, {
      orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
      limit: page.limit + 1,
      offset: page.offset,
    });
    return AllowanceSchemeConnection.of(rows, page, () => this.ctx.em.count(AllowanceScheme, where));
  }

  async getScheme(globalId: string, field = 'id'): Promise<AllowanceScheme> {
    return findInScope(this.ctx.em, AllowanceScheme, globalId, field, agencyWhere(requireActor(this.ctx)) as FilterQuery<AllowanceScheme>);
  }

  /** The version valid in a month: the latest one valid from its first day or earlier. */
  async schemeAt(agencyId: string, month: string): Promise<AllowanceScheme | null> {
    return this.ctx.em.findOne(
      AllowanceScheme,
      { agency: agencyId, validFrom: { $lte: `${month}-01` } },
      { orderBy: { validFrom: 'desc' } },
    );
  }

  /** For the query: the agency named (in scope) or the actor's own. */
  async validScheme(agencyGlobalId: string | null | undefined, month: string): Promise<AllowanceScheme | null> {
    const actor = requireActor(this.ctx);
    const agencyId = agencyGlobalId ? (await new AgencyService(this.ctx).get(agencyGlobalId, 'agencyId')).id : actor.agencyId;
    if (!agencyId) throw badInput('agencyId', 'Say which agency');
    return this.schemeAt(agencyId, month);
  }

  async createScheme(input: CreateAllowanceSchemeInput): Promise<AllowanceScheme> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      this.assertEditor();
      const agencyId = (await ownerAgency(this.ctx, input.agencyId, false))!;
      const validFrom = toDateString(input.validFrom);
      if (!validFrom.endsWith('-01')) throw badInput('input.validFrom', 'A scheme is valid from the first day of a month');
      if (await em.findOne(AllowanceScheme, { agency: agencyId, validFrom }))
        throw conflict(`A version valid from ${validFrom} already exists`, { field: 'input.validFrom' });
      const count = await em.count(AllowanceScheme, { agency: agencyId });
      const scheme = em.create(AllowanceScheme, {
        agency: agencyId,
        validFrom,
        schemeVersion: count + 1,
        ...this.rules(input),
        note: input.note?.trim() || null,
      } as never);
      await em.flush();
      return scheme;
    });
  }

  async updateScheme(input: UpdateAllowanceSchemeInput): Promise<AllowanceScheme> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      this.assertEditor();
      const scheme = await findWritable(em, AllowanceScheme, input.id, 'input.id', requireActor(this.ctx), (s) => s.agency.id);
      assertVersion(scheme, input.version);
      await this.assertUnused(scheme);
      Object.assign(scheme, this.rules(input), { note: input.note?.trim() || null });
      await em.flush();
      return scheme;
    });
  }

  async deleteScheme(input: DeleteAllowanceSchemeInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      this.assertEditor();
      const scheme = await findWritable(em, AllowanceScheme, input.id, 'input.id', requireActor(this.ctx), (s) => s.agency.id);
      if (await em.count(AllowanceSheet, { scheme: scheme.id }))
        throw conflict('Sheets were computed with this version; add a new version instead', { field: 'input.id' });
      em.remove(scheme);
      await em.flush();
      return scheme.nodeId;
    });
  }

  /** Rules from the input over the defaults, checked; BAD_USER_INPUT names each wrong field. */
  private rules(input: AllowanceSchemeRulesInput, path = 'input'): SchemeRules {
    const rules: SchemeRules = {
      ...DEFAULT_RULES,
      ...Object.fromEntries(Object.entries(input).filter(([key, value]) => value != null && key in DEFAULT_RULES)),
      baseAmounts: input.baseAmounts,
    } as SchemeRules;
    // A weight given alone implies the other.
    if (input.disciplineWeight != null && input.productivityWeight == null) rules.productivityWeight = 100 - input.disciplineWeight;
    if (input.productivityWeight != null && input.disciplineWeight == null) rules.disciplineWeight = 100 - input.productivityWeight;
    const problems = schemeProblems(rules);
    if (problems.length) throw invalidFields(problems.map((p) => ({ field: `${path}.${p.field}`, message: p.message })));
    return rules;
  }

  /** A version some sheet beyond DRAFT was computed with stays as it was. */
  private async assertUnused(scheme: AllowanceScheme): Promise<void> {
    const used = await this.ctx.em.count(AllowanceSheet, { scheme: scheme.id, status: { $ne: AllowanceSheetStatus.DRAFT } });
    if (used) throw conflict('Verified or later sheets use this version; add a new version instead', { field: 'input.id' });
  }

  private assertEditor(): void {
    if (!hasRole(requireActor(this.ctx), ...ALLOWANCE_EDITORS))
      throw forbidden('Only HR and administrators keep allowance schemes and sheets');
  }

  // ----- sheets -----

  async sheets(args: AllowanceSheetListArgs) {
    const page = toPage(args, this.ctx.config.maxPageSize);
    const actor = requireActor(this.ctx);
    if (!hasRole(actor, ...ALLOWANCE_READERS)) throw forbidden('Only HR and administrators list allowance sheets');
    const agency = args.agencyId ? (await new AgencyService(this.ctx).get(args.agencyId, 'agencyId')).id : null;
    const where = {
      $and: [
        agencyWhere(actor),
        agency ? { agency } : {},
        args.status ? { status: args.status } : {},
        toWhere(args.filter as Record<string, unknown> | undefined, allowanceSheetFilterRules),
      ],
    } as FilterQuery<AllowanceSheet>;
    const rows = await this.ctx.em.find(AllowanceSheet, where, {
      orderBy: [{ month: 'desc' }, { id: 'asc' }],
      limit: page.limit + 1,
      offset: page.offset,
    });
    return AllowanceSheetConnection.of(rows, page, () => this.ctx.em.count(AllowanceSheet, where));
  }

  async getSheet(globalId: string, field = 'id'): Promise<AllowanceSheet> {
    const actor = requireActor(this.ctx);
    const scope = hasRole(actor, ...ALLOWANCE_READERS) ? agencyWhere(actor) : { id: '00000000-0000-0000-0000-000000000000' };
    return findInScope(this.ctx.em, AllowanceSheet, globalId, field, scope as FilterQuery<AllowanceSheet>);
  }

  /** Rows of sheets (each sheet's rows, one statement for all of them). */
  async rowsOf(sheets: readonly AllowanceSheet[], unitId?: string | null): Promise<AllowanceSheetRow[][]> {
    const rows = await this.ctx.em.find(
      AllowanceRow,
      { sheet: { $in: sheets.map((s) => s.id) }, ...(unitId ? { unitId } : {}) },
      { orderBy: [{ unitName: 'asc' }, { name: 'asc' }, { adjustmentOf: 'asc nulls first' }, { id: 'asc' }] as never },
    );
    return sheets.map((sheet) => rows.filter((r) => r.sheet.id === sheet.id).map((r) => this.view(sheet, r)));
  }

  private view(sheet: AllowanceSheet, row: AllowanceRow): AllowanceSheetRow {
    return {
      sheetId: sheet.nodeId,
      month: sheet.month,
      sheetStatus: sheet.status,
      schemeVersion: sheet.schemeVersion,
      employeeId: toGlobalId('Employee', row.employeeId),
      unitId: toGlobalId('OrgUnit', row.unitId),
      unitName: row.unitName,
      nip: row.nip,
      name: row.name,
      grade: row.grade,
      gross: row.gross,
      lines: row.lines,
      net: row.net,
      adjustmentOf: row.adjustmentOf,
      reason: row.reason,
    };
  }

  /**
   * Computes (or recomputes) the DRAFT sheet of an agency's month with the
   * scheme version valid then. Recomputing gives the same rows; adjustment rows
   * stay. Past DRAFT a sheet never changes (CONFLICT).
   */
  async compute(input: ComputeAllowancesInput): Promise<AllowanceSheet> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      this.assertEditor();
      const agencyId = (await ownerAgency(this.ctx, input.agencyId, false))!;
      const { month } = input;
      const scheme = await this.schemeAt(agencyId, month);
      if (!scheme) throw badInput('input.month', `No allowance scheme of the agency is valid in ${month}`);
      let sheet = await em.findOne(AllowanceSheet, { agency: agencyId, month });
      if (sheet && sheet.status !== AllowanceSheetStatus.DRAFT)
        throw conflict(`The ${month} sheet is ${sheet.status}; corrections go into a later month`, {
          field: 'input.month',
          status: sheet.status,
        });

      const candidates = await em.find(
        Employee,
        { agency: agencyId, status: { $ne: EmployeeStatus.PENSIUN } },
        { populate: ['unit', 'position'], orderBy: [{ name: 'asc' }, { id: 'asc' }] },
      );
      const rows = (await this.computeMonth(agencyId, month, rulesOf(scheme), candidates)).map(({ employee, computed }) => ({
        id: crypto.randomUUID(),
        employee_id: employee.id,
        unit_id: employee.unit.id,
        unit_name: employee.unit.getEntity().name,
        nip: employee.nip,
        name: employee.fullName,
        grade: employee.position?.getEntity().grade ?? null,
        gross: computed.gross,
        lines: computed.lines,
        net: computed.net,
      }));

      if (!sheet) {
        sheet = em.create(AllowanceSheet, {
          agency: agencyId,
          month,
          scheme,
          schemeVersion: scheme.schemeVersion,
          rowCount: 0,
          totalGross: 0,
          totalNet: 0,
        });
        await em.flush();
      } else {
        await em.nativeDelete(AllowanceRow, { sheet: sheet.id, adjustmentOf: null });
      }
      // One statement for the whole sheet, however many employees.
      await em.execute(
        `insert into allowance_rows (id, created_at, updated_at, version, sheet_id, employee_id, unit_id, unit_name, nip, name, grade, gross, lines, net)
         select r.id, now(), now(), 1, ?, r.employee_id, r.unit_id, r.unit_name, r.nip, r.name, r.grade, r.gross, r.lines, r.net
           from jsonb_to_recordset(?::jsonb) as r(id uuid, employee_id uuid, unit_id uuid, unit_name text, nip text, name text,
                grade smallint, gross bigint, lines jsonb, net bigint)`,
        [sheet.id, JSON.stringify(rows)],
      );
      Object.assign(sheet, { scheme: ref(scheme), schemeVersion: scheme.schemeVersion });
      await this.retotal(sheet);
      return sheet;
    });
  }

  /**
   * The month of the given employees under the given rules, from what the
   * other modules report (sanctions, attendance, activity minutes, predicates):
   * a fixed number of statements for any number of employees. Writes nothing.
   * Employees not paid in the month (dismissed before it, retired) are left out.
   */
  private async computeMonth(agencyId: string, month: string, rules: SchemeRules, candidates: Employee[]) {
    const { em } = this.ctx;
    const { from, to } = monthRange(month);
    const sanctions = await em.find(
      DisciplinaryCase,
      {
        employee: { $in: candidates.map((e) => e.id) },
        status: { $in: DECIDED_STATUSES },
        effectiveFrom: { $lte: to },
        $or: [{ endDate: null }, { endDate: { $gte: from } }],
      },
      { populate: ['sanctionType'], orderBy: [{ effectiveFrom: 'asc' }, { id: 'asc' }] },
    );
    const stoppedFrom = new Map<string, string>();
    const cuts = new Map<string, MonthFacts['cuts']>();
    for (const s of sanctions) {
      const type = s.sanctionType!.getEntity();
      if (type.permanent && !stoppedFrom.has(s.employee.id)) stoppedFrom.set(s.employee.id, s.effectiveFrom!);
      if (type.allowanceCutPercent)
        cuts.set(s.employee.id, [...(cuts.get(s.employee.id) ?? []), { code: type.code, basisPoints: type.allowanceCutPercent * 100 }]);
    }
    // A dismissed employee is still paid for the days before the dismissal took effect.
    const employees = candidates.filter((e) => PAID_STATUSES.includes(e.status) || (stoppedFrom.get(e.id) ?? '') > from);
    const attendance = await new AttendanceService(this.ctx).monthSummaries(agencyId, employees, month);
    const minutes = await new WorkReportService(this.ctx).effectiveMinutesOf(agencyId, employees, month);
    const predicates = rules.productivityMode === 'MINUTES' ? new Map<string, string>() : await this.predicates(employees, from, to);

    return employees.map((employee, i) => {
      const summary = attendance[i]!;
      const statusDays = Object.fromEntries(summary.statusCounts.map((c) => [c.status, c.days]));
      const present = summary.records.filter((r) => r.status === AttendanceStatus.HADIR && r.workingDay);
      const facts: MonthFacts = {
        grade: employee.position?.getEntity().grade ?? null,
        workingDays: summary.workingDays,
        workingDates: summary.workingDates,
        presentDays: present.map((r) => ({
          late: r.checkIn === null ? null : (r.lateMinutes ?? 0),
          early: r.checkOut === null ? null : (r.earlyLeaveMinutes ?? 0),
        })),
        statusDays,
        effectiveMinutes: minutes[i]!.effectiveMinutes,
        targetMinutes: minutes[i]!.targetMinutes,
        predicate: predicates.get(employee.id) ?? null,
        cuts: cuts.get(employee.id) ?? [],
        stoppedFrom: stoppedFrom.get(employee.id) ?? null,
      };
      return { employee, facts, computed: computeAllowance(rules, facts) };
    });
  }

  /** Sums from the stored rows (adjustments included), so the sheet and its rows always agree. */
  private async retotal(sheet: AllowanceSheet): Promise<void> {
    const [sums] = await this.ctx.em.execute<{ n: string; gross: string; net: string }[]>(
      'select count(*) as n, coalesce(sum(gross), 0) as gross, coalesce(sum(net), 0) as net from allowance_rows where sheet_id = ?',
      [sheet.id],
    );
    Object.assign(sheet, { rowCount: Number(sums!.n), totalGross: Number(sums!.gross), totalNet: Number(sums!.net) });
    sheet.updatedAt = new Date();
    await this.ctx.em.flush();
  }

  /** The predicate of the latest-ending appraisal period overlapping the month, per employee row id. */
  private async predicates(employees: readonly Employee[], from: string, to: string): Promise<Map<string, string>> {
    const evaluations = await this.ctx.em.find(
      Evaluation,
      {
        plan: { employee: { $in: employees.map((e) => e.id) } },
        predicate: { $ne: null },
        period: { startDate: { $lte: to }, endDate: { $gte: from } },
      },
      { populate: ['plan', 'period'], orderBy: [{ period: { endDate: 'asc' } }] as never },
    );
    return new Map(evaluations.map((e) => [e.plan.getEntity().employee.id, e.predicate!]));
  }

  async transition(kind: keyof typeof TRANSITIONS, input: AllowanceSheetTransitionInput): Promise<AllowanceSheet> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      const step = TRANSITIONS[kind];
      const sheet = await this.getSheet(input.id, 'input.id');
      if (!hasRole(actor, ...step.roles)) throw forbidden(`Only ${step.roles.join(', ')} may move a sheet to ${step.to}`);
      assertAgencyWritable(actor, sheet.agency.id);
      assertVersion(sheet, input.version);
      if (sheet.status !== step.from)
        throw conflict(`A ${sheet.status} sheet cannot become ${step.to}`, { field: 'input.id', status: sheet.status });
      sheet.status = step.to;
      await this.ctx.em.flush();
      return sheet;
    });
  }

  /** A correction of a locked month as a row of a later DRAFT sheet. */
  async addAdjustment(input: AddAllowanceAdjustmentInput): Promise<AllowanceSheet> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      this.assertEditor();
      const sheet = await this.getSheet(input.sheetId, 'input.sheetId');
      assertAgencyWritable(requireActor(this.ctx), sheet.agency.id);
      if (sheet.status !== AllowanceSheetStatus.DRAFT) throw conflict(`The sheet is ${sheet.status}`, { field: 'input.sheetId' });
      if (input.correctsMonth >= sheet.month) throw badInput('input.correctsMonth', 'Only an earlier month is corrected');
      const locked = await em.findOne(AllowanceSheet, { agency: sheet.agency.id, month: input.correctsMonth });
      if (!locked || locked.status !== AllowanceSheetStatus.LOCKED)
        throw badInput('input.correctsMonth', `The ${input.correctsMonth} sheet is not locked; recompute it instead`);
      const employee = await new EmployeeService(this.ctx).get(input.employeeId, 'input.employeeId');
      if (employee.agency.id !== sheet.agency.id) throw badInput('input.employeeId', 'The employee belongs to another agency');
      if (!Number.isSafeInteger(input.amount) || input.amount === 0) throw badInput('input.amount', 'A whole, non-zero rupiah amount');
      const unit = await employee.unit.load();
      em.create(AllowanceRow, {
        sheet,
        employeeId: employee.id,
        unitId: unit!.id,
        unitName: unit!.name,
        nip: employee.nip,
        name: employee.fullName,
        grade: null,
        gross: 0,
        lines: [{ rule: 'PENYESUAIAN', quantity: 1, basisPoints: 0, amount: -input.amount }],
        net: input.amount,
        adjustmentOf: input.correctsMonth,
        reason: input.reason.trim(),
      });
      await em.flush();
      await this.retotal(sheet);
      return sheet;
    });
  }

  /**
   * What an employee would get in a month under rules not saved yet (the
   * scheme editor's preview): the same computation as the sheet, writing
   * nothing. HR and administrators, employees of their agency (NOT_FOUND
   * outside); empty when the employee is not paid in the month.
   */
  async preview(args: AllowancePreviewArgs): Promise<AllowancePreview | null> {
    this.assertEditor();
    const actor = requireActor(this.ctx);
    const employee = await findInScope(this.ctx.em, Employee, args.employeeId, 'employeeId', agencyWhere(actor) as FilterQuery<Employee>);
    await this.ctx.em.populate(employee, ['unit', 'position']);
    const rules = this.rules(args.scheme, 'scheme');
    const [result] = await this.computeMonth(employee.agency.id, args.month, rules, [employee]);
    if (!result) return null;
    const { facts, computed } = result;
    return {
      employeeId: employee.nodeId,
      month: args.month,
      grade: facts.grade,
      gross: computed.gross,
      lines: computed.lines,
      net: computed.net,
      workingDays: facts.workingDays,
      presentDays: facts.presentDays.length,
      statusDays: Object.entries(facts.statusDays).map(([status, days]) => ({ status, days })),
      effectiveMinutes: facts.effectiveMinutes,
      targetMinutes: facts.targetMinutes,
      predicate: facts.predicate,
    };
  }

  /** One employee's rows of a month (their own; supervisors below them; HR the agency); NOT_FOUND outside. */
  async breakdown(args: AllowanceBreakdownArgs): Promise<AllowanceSheetRow[]> {
    const actor = requireActor(this.ctx);
    const scope = hasRole(actor, ...ALLOWANCE_READERS) ? agencyWhere(actor) : await new EmployeeService(this.ctx).personalScope();
    const employee = await findInScope(this.ctx.em, Employee, args.employeeId, 'employeeId', scope as FilterQuery<Employee>);
    const sheet = await this.ctx.em.findOne(AllowanceSheet, { agency: employee.agency.id, month: args.month });
    if (!sheet) return [];
    const rows = await this.ctx.em.find(
      AllowanceRow,
      { sheet: sheet.id, employeeId: employee.id },
      { orderBy: [{ adjustmentOf: 'asc nulls first' }, { id: 'asc' }] as never },
    );
    return rows.map((row) => this.view(sheet, row));
  }
}
