import { ref, type FilterQuery } from '@mikro-orm/core';
import { assertMay, may } from '../../access/actor.js';
import type { Permission } from '../../access/policy.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, forbidden, invalidFields, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { toWhere } from '../../graphql/filters.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { Evaluation, EvaluationStatus } from '../appraisals/evaluation.entity.js';
import { AttendanceStatus } from '../attendance/attendance.entity.js';
import { CalendarService } from '../attendance/calendar.service.js';
import { monthRange } from '../attendance/calendar.js';
import { DisciplinaryCase } from '../discipline/discipline.entity.js';
import { DECIDED_STATUSES } from '../discipline/discipline.service.js';
import { Employee } from '../employees/employee.entity.js';
import { EmployeeService } from '../employees/employee.service.js';
import { EmployeeStatus } from '../employees/rank.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import { AgencyService } from '../organization/agency.service.js';
import { computeAllowance, DEFAULT_RULES, schemeProblems, WHOLE, type MonthFacts, type SchemeRules } from './allowance.js';
import {
  AllowanceRow,
  AllowanceScheme,
  AllowanceSheet,
  AllowanceSheetStatus,
  type AllowanceSheetWarning,
  type AllowanceSignatory,
} from './allowance.entity.js';
import { User } from '../auth/user.entity.js';
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

/** Each stage, the permission that moves a sheet into it and from which stage. */
const TRANSITIONS: Record<'verify' | 'approve' | 'lock', { from: AllowanceSheetStatus; to: AllowanceSheetStatus; permission: Permission }> =
  {
    verify: { from: AllowanceSheetStatus.DRAFT, to: AllowanceSheetStatus.VERIFIED, permission: 'allowance.verify' },
    approve: { from: AllowanceSheetStatus.VERIFIED, to: AllowanceSheetStatus.APPROVED, permission: 'allowance.approve' },
    lock: { from: AllowanceSheetStatus.APPROVED, to: AllowanceSheetStatus.LOCKED, permission: 'allowance.lock' },
  };

interface ComputedEmployee {
  id: string;
  nip: string;
  fullName: string;
  status: EmployeeStatus;
  unitId: string;
  unitName: string;
  unitPath: string;
  grade: number | null;
}

/** One employee's month as the database sums it up. */
interface MonthRow {
  employee_id: string;
  status_days: Record<string, number> | null;
  marked: [number | null, number | null][] | null;
  minutes: string | null;
  missed: number | null;
  /** Dates with any attendance record. */
  recorded: string[] | null;
}

/** Evaluations whose predicate counts as confirmed (for a scheme's LAST_CONFIRMED). */
const CONFIRMED_EVALUATIONS = [EvaluationStatus.CONFIRMED, EvaluationStatus.ACKNOWLEDGED, EvaluationStatus.DECIDED];

/** Statuses of employees who are computed (retired and dismissed ones only when a dismissal takes effect in the month). */
const PAID_STATUSES = [EmployeeStatus.AKTIF, EmployeeStatus.CUTI, EmployeeStatus.TUGAS_BELAJAR];

const rulesOf = (scheme: AllowanceScheme): SchemeRules => ({
  baseAmounts: scheme.baseAmounts,
  disciplineWeight: scheme.disciplineWeight,
  productivityWeight: scheme.productivityWeight,
  productivityMode: scheme.productivityMode,
  predicateShares: scheme.predicateShares,
  missingPredicate: scheme.missingPredicate as SchemeRules['missingPredicate'],
  lateBands: scheme.lateBands,
  earlyLeaveBands: scheme.earlyLeaveBands,
  unexcusedDayBasisPoints: scheme.unexcusedDayBasisPoints,
  unexcusedCapBasisPoints: scheme.unexcusedCapBasisPoints,
  unexcusedBase: scheme.unexcusedBase,
  ceremonyBasisPoints: scheme.ceremonyBasisPoints,
  ceremonyCapBasisPoints: scheme.ceremonyCapBasisPoints,
  ceremonyBase: scheme.ceremonyBase,
  statusRules: scheme.statusRules,
  missingAttendance: scheme.missingAttendance as SchemeRules['missingAttendance'],
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
    const page = toPage(args, this.ctx, 'AllowanceScheme.schemes', [{ validFrom: 'desc' }, { id: 'asc' }]);
    const agency = args.agencyId ? (await new AgencyService(this.ctx).get(args.agencyId, 'agencyId')).id : null;
    const where = { $and: [agencyWhere(requireActor(this.ctx)), agency ? { agency } : {}] } as FilterQuery<AllowanceScheme>;
    const rows = await findPage(this.ctx.em, AllowanceScheme, where, page);
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
    if (!agencyId) throw badInput('agencyId', 'Say which agency', ErrorReason.REQUIRED);
    return this.schemeAt(agencyId, month);
  }

  async createScheme(input: CreateAllowanceSchemeInput): Promise<AllowanceScheme> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      this.assertEditor();
      const agencyId = (await ownerAgency(this.ctx, input.agencyId, false))!;
      const validFrom = toDateString(input.validFrom);
      if (!validFrom.endsWith('-01'))
        throw badInput('input.validFrom', 'A scheme is valid from the first day of a month', ErrorReason.INVALID_VALUE);
      // Version numbers are issued one creation at a time per agency, after the highest so far (a deleted
      // version does not free its number for reuse by a later one in the middle).
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`allowance-schemes:${agencyId}`]);
      if (await em.findOne(AllowanceScheme, { agency: agencyId, validFrom }))
        throw conflict(`A version valid from ${validFrom} already exists`, { field: 'input.validFrom' });
      const [highest] = await em.execute<{ number: number | null }[]>(
        'select max(scheme_version) as number from allowance_schemes where agency_id = ?',
        [agencyId],
      );
      const scheme = em.create(AllowanceScheme, {
        agency: agencyId,
        validFrom,
        schemeVersion: (highest?.number ?? 0) + 1,
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
    // Each deduction rule states its base; one given without it keeps today's meaning, the whole allowance.
    rules.lateBands = rules.lateBands.map((b) => ({ ...b, base: b.base ?? WHOLE }));
    rules.earlyLeaveBands = rules.earlyLeaveBands.map((b) => ({ ...b, base: b.base ?? WHOLE }));
    rules.statusRules = rules.statusRules.map((r) => ({ ...r, base: r.base ?? WHOLE }));
    const problems = schemeProblems(rules);
    if (problems.length)
      throw invalidFields(
        problems.map((p) => ({
          field: `${path}.${p.field}`,
          message: p.message,
          ...(p.reason ? { reason: ErrorReason.NOT_ONE_OF } : {}),
        })),
      );
    return rules;
  }

  /** A version some sheet beyond DRAFT was computed with stays as it was. */
  private async assertUnused(scheme: AllowanceScheme): Promise<void> {
    const used = await this.ctx.em.count(AllowanceSheet, { scheme: scheme.id, status: { $ne: AllowanceSheetStatus.DRAFT } });
    if (used) throw conflict('Verified or later sheets use this version; add a new version instead', { field: 'input.id' });
  }

  private assertEditor(): void {
    if (!may(requireActor(this.ctx), 'allowance.manage')) throw forbidden('Only HR and administrators keep allowance schemes and sheets');
  }

  // ----- sheets -----

  async sheets(args: AllowanceSheetListArgs) {
    const page = toPage(args, this.ctx, 'AllowanceSheet.sheets', [{ month: 'desc' }, { id: 'asc' }]);
    const actor = requireActor(this.ctx);
    if (!may(actor, 'allowance.readAgency')) throw forbidden('Only HR and administrators list allowance sheets');
    const agency = args.agencyId ? (await new AgencyService(this.ctx).get(args.agencyId, 'agencyId')).id : null;
    const where = {
      $and: [
        agencyWhere(actor),
        agency ? { agency } : {},
        args.status ? { status: args.status } : {},
        toWhere(args.filter as Record<string, unknown> | undefined, allowanceSheetFilterRules),
      ],
    } as FilterQuery<AllowanceSheet>;
    const rows = await findPage(this.ctx.em, AllowanceSheet, where, page);
    return AllowanceSheetConnection.of(rows, page, () => this.ctx.em.count(AllowanceSheet, where));
  }

  async getSheet(globalId: string, field = 'id'): Promise<AllowanceSheet> {
    const actor = requireActor(this.ctx);
    const scope = may(actor, 'allowance.readAgency') ? agencyWhere(actor) : { id: '00000000-0000-0000-0000-000000000000' };
    return findInScope(this.ctx.em, AllowanceSheet, globalId, field, scope as FilterQuery<AllowanceSheet>);
  }

  /** Rows of sheets (each sheet's rows, one statement for all of them); `unitId` is the unit's public ID. */
  async rowsOf(sheets: readonly AllowanceSheet[], unitId?: string | null): Promise<AllowanceSheetRow[][]> {
    const rows = await this.ctx.em.find(
      AllowanceRow,
      { sheet: { $in: sheets.map((s) => s.id) }, ...(unitId ? { unitId: fromGlobalId(unitId, 'OrgUnit', 'unitId') } : {}) },
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
      workingDays: row.workingDays,
      paidDays: row.paidDays,
      predicate: row.predicate,
      predicateSource: row.predicateSource,
      missingDays: row.missingDays,
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
      if (!scheme)
        throw badInput('input.month', `No allowance scheme of the agency is valid in ${month}`, ErrorReason.UNKNOWN_VALUE, {
          value: month,
        });
      let sheet = await em.findOne(AllowanceSheet, { agency: agencyId, month });
      if (sheet && sheet.status !== AllowanceSheetStatus.DRAFT)
        throw conflict(`The ${month} sheet is ${sheet.status}; corrections go into a later month`, {
          field: 'input.month',
          status: sheet.status,
        });

      const { results, notPlaced } = await this.computeMonth(agencyId, month, rulesOf(scheme));
      // A month without a single attendance record is most likely an import not done yet: ask before paying it as if
      // everyone had been there.
      const withoutAttendance = results.length > 0 && results.every((r) => (r.facts.recordedDates?.length ?? 0) === 0);
      if (withoutAttendance && !input.confirmWithoutAttendance)
        throw badInput(
          'input.confirmWithoutAttendance',
          `No attendance of the agency is recorded in ${month}; import it first, or confirm computing the month without it`,
          ErrorReason.NO_ATTENDANCE_DATA,
          { month },
        );
      const warnings: AllowanceSheetWarning[] = [];
      if (withoutAttendance) warnings.push({ code: 'NO_ATTENDANCE_DATA', count: 0 });
      const count = (test: (c: (typeof results)[number]['computed']) => boolean) => results.filter((r) => test(r.computed)).length;
      const noEvaluation = count((c) => c.predicateSource !== null && c.predicateSource !== 'EVALUATION');
      if (noEvaluation) warnings.push({ code: 'NO_EVALUATION', count: noEvaluation });
      const proRata = count((c) => c.paidDays < c.workingDays);
      if (proRata) warnings.push({ code: 'PRO_RATA', count: proRata });
      // Someone placed only after the month is not paid for it; said, since an import without an effective date places
      // people from the day of the import.
      if (notPlaced) warnings.push({ code: 'NOT_PLACED', count: notPlaced });

      const rows = results.map(({ employee, computed }) => ({
        id: crypto.randomUUID(),
        employee_id: employee.id,
        unit_id: employee.unitId,
        unit_name: employee.unitName,
        nip: employee.nip,
        name: employee.fullName,
        grade: employee.grade,
        gross: computed.gross,
        lines: computed.lines,
        net: computed.net,
        working_days: computed.workingDays,
        paid_days: computed.paidDays,
        predicate: computed.predicate,
        predicate_source: computed.predicateSource,
        missing_days: computed.missingDays,
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
        `insert into allowance_rows (id, created_at, updated_at, version, sheet_id, employee_id, unit_id, unit_name, nip, name, grade, gross, lines, net,
                working_days, paid_days, predicate, predicate_source, missing_days)
         select r.id, now(), now(), 1, ?, r.employee_id, r.unit_id, r.unit_name, r.nip, r.name, r.grade, r.gross, r.lines, r.net,
                r.working_days, r.paid_days, r.predicate, r.predicate_source, r.missing_days
           from jsonb_to_recordset(?::jsonb) as r(id uuid, employee_id uuid, unit_id uuid, unit_name text, nip text, name text,
                grade smallint, gross bigint, lines jsonb, net bigint, working_days smallint, paid_days smallint, predicate text,
                predicate_source text, missing_days smallint)`,
        [sheet.id, JSON.stringify(rows)],
      );
      Object.assign(sheet, { scheme: ref(scheme), schemeVersion: scheme.schemeVersion, preparedBy: await this.signatory(), warnings });
      await this.retotal(sheet);
      return sheet;
    });
  }

  /**
   * The month of the agency's employees (or of one of them) under the given
   * rules, from what the other modules record (sanctions, attendance, activity
   * minutes, ceremonies, predicates), aggregated in the database: a fixed number
   * of statements for any number of employees. Writes nothing. Employees not
   * paid in the month (dismissed before it, retired) are left out.
   */
  private async computeMonth(agencyId: string, month: string, rules: SchemeRules, onlyEmployeeId?: string) {
    const { em } = this.ctx;
    const { from, to } = monthRange(month);
    const candidates = await this.computedEmployees(agencyId, onlyEmployeeId);
    const sanctions = await em.find(
      DisciplinaryCase,
      {
        employee: onlyEmployeeId ?? { agency: agencyId },
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
    // A dismissed employee is still paid for the days before the dismissal took effect; someone placed only after
    // the month (or whose placements ended before it) is not paid for it at all.
    const placements = await this.placements(candidates);
    const overlaps = (id: string) => {
      const own = placements.get(id);
      return !own || own.some((p) => p.from <= to && (p.to === null || p.to >= from));
    };
    const payable = candidates.filter((e) => PAID_STATUSES.includes(e.status) || (stoppedFrom.get(e.id) ?? '') > from);
    const employees = payable.filter((e) => overlaps(e.id));
    const units = [...new Map(employees.map((e) => [e.unitId, { id: e.unitId, path: e.unitPath }])).values()];
    const calendars = await new CalendarService(this.ctx).monthsForUnits(agencyId, units, month);
    const monthRows = await this.monthFacts(employees, from, to);
    const predicates =
      rules.productivityMode === 'MINUTES' ? new Map<string, string>() : await this.predicates(agencyId, from, to, onlyEmployeeId);
    const lastPredicates =
      rules.productivityMode !== 'MINUTES' && rules.missingPredicate === 'LAST_CONFIRMED'
        ? await this.predicates(agencyId, from, to, onlyEmployeeId, true)
        : new Map<string, string>();

    const results = employees.map((employee) => {
      const calendar = calendars.get(employee.unitId)!;
      const own = monthRows.get(employee.id);
      const targetMinutes = calendar.targetMinutes;
      const facts: MonthFacts = {
        grade: employee.grade,
        workingDays: calendar.days.length,
        workingDates: calendar.days.map((d) => d.date),
        placements: placements.get(employee.id) ?? null,
        recordedDates: own?.recorded ?? [],
        presentDays: (own?.marked ?? []).map(([late, early]) => ({ late, early })),
        statusDays: own?.status_days ?? {},
        missedCeremonies: own?.missed ?? 0,
        effectiveMinutes: Math.min(Number(own?.minutes ?? 0), targetMinutes),
        targetMinutes,
        predicate: predicates.get(employee.id) ?? null,
        lastPredicate: lastPredicates.get(employee.id) ?? null,
        cuts: cuts.get(employee.id) ?? [],
        stoppedFrom: stoppedFrom.get(employee.id) ?? null,
      };
      return { employee, facts, computed: computeAllowance(rules, facts) };
    });
    return { results, notPlaced: payable.length - employees.length };
  }

  /** Each employee's placement periods (none recorded: absent from the map, the whole month counts). One statement. */
  private async placements(employees: readonly ComputedEmployee[]) {
    const result = new Map<string, { from: string; to: string | null }[]>();
    if (employees.length === 0) return result;
    const rows = await this.ctx.em.execute<{ employee_id: string; valid_from: string; valid_to: string | null }[]>(
      `select employee_id, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to
         from employee_assignments where employee_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [JSON.stringify(employees.map((e) => e.id))],
    );
    for (const r of rows) result.set(r.employee_id, [...(result.get(r.employee_id) ?? []), { from: r.valid_from, to: r.valid_to }]);
    return result;
  }

  /** The agency's employees a month may pay (all but the retired), by name, as plain rows. */
  private async computedEmployees(agencyId: string, onlyEmployeeId?: string): Promise<ComputedEmployee[]> {
    const rows = await this.ctx.em.execute<
      {
        id: string;
        nip: string;
        front_title: string | null;
        name: string;
        back_title: string | null;
        status: EmployeeStatus;
        unit_id: string;
        unit_name: string;
        unit_path: string;
        grade: number | null;
      }[]
    >(
      `select e.id, e.nip, e.front_title, e.name, e.back_title, e.status, e.unit_id, u.name as unit_name, u.path as unit_path, p.grade
         from employees e join org_units u on u.id = e.unit_id left join positions p on p.id = e.position_id
        where e.agency_id = ? and e.status <> ? ${onlyEmployeeId ? 'and e.id = ?' : ''} order by e.name, e.id`,
      [agencyId, EmployeeStatus.PENSIUN, ...(onlyEmployeeId ? [onlyEmployeeId] : [])],
    );
    return rows.map((r) => ({
      id: r.id,
      nip: r.nip,
      // As Employee.fullName writes it.
      fullName: `${r.front_title ? `${r.front_title} ` : ''}${r.name}${r.back_title ? `, ${r.back_title}` : ''}`,
      status: r.status,
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitPath: r.unit_path,
      grade: r.grade,
    }));
  }

  /**
   * The month of every employee, aggregated in the database in one statement:
   * days per attendance status, the present working days that count for a
   * late-arrival or early-leave band (late / early minutes, null for a missing
   * punch; days on time both ways deduct nothing and stay out), approved
   * activity minutes, and required ceremonies missed without excuse on a day
   * the attendance record does not already cover by a status other than HADIR
   * (an unexcused day deducts as such, leave and duty excuse).
   */
  private async monthFacts(employees: readonly ComputedEmployee[], from: string, to: string): Promise<Map<string, MonthRow>> {
    if (employees.length === 0) return new Map();
    const rows = await this.ctx.em.execute<MonthRow[]>(
      `with ids as (select jsonb_array_elements_text(?::jsonb)::uuid as id),
       days as (
         select a.employee_id, a.date, a.status, a.working_day, a.check_in, a.check_out, a.late_minutes, a.early_leave_minutes
           from attendance_records a join ids on ids.id = a.employee_id
          where a.date between ? and ?),
       counts as (
         select employee_id, jsonb_object_agg(status::text, n) as status_days
           from (select employee_id, status, count(*) as n from days group by employee_id, status) s group by employee_id),
       marked as (
         select employee_id, jsonb_agg(jsonb_build_array(
                  case when check_in is null then null else coalesce(late_minutes, 0) end,
                  case when check_out is null then null else coalesce(early_leave_minutes, 0) end)) as marked
           from days
          where status = 'HADIR' and working_day
            and (check_in is null or check_out is null or coalesce(late_minutes, 0) > 0 or coalesce(early_leave_minutes, 0) > 0)
          group by employee_id),
       minutes as (
         select w.employee_id, sum(w.minutes) as minutes
           from work_reports w join ids on ids.id = w.employee_id
          where w.status = 'APPROVED' and w.date between ? and ? group by w.employee_id),
       missed as (
         select ca.employee_id, count(*)::int as missed
           from ceremony_attendances ca join ids on ids.id = ca.employee_id join ceremonies c on c.id = ca.ceremony_id
          where ca.status = 'ABSENT' and c.required and c.date between ? and ?
            and not exists (select 1 from attendance_records a
                             where a.employee_id = ca.employee_id and a.date = c.date and a.status <> 'HADIR')
          group by ca.employee_id),
       recorded as (
         select employee_id, jsonb_agg(distinct to_char(date, 'YYYY-MM-DD')) as recorded from days group by employee_id)
       select ids.id as employee_id, counts.status_days, marked.marked, minutes.minutes, missed.missed, recorded.recorded
         from ids left join counts on counts.employee_id = ids.id left join marked on marked.employee_id = ids.id
              left join minutes on minutes.employee_id = ids.id left join missed on missed.employee_id = ids.id
              left join recorded on recorded.employee_id = ids.id`,
      [JSON.stringify(employees.map((e) => e.id)), from, to, from, to, from, to],
    );
    return new Map(rows.map((r) => [r.employee_id, r]));
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

  /**
   * The predicate of the latest-ending appraisal period overlapping the month, per employee row id; with `before`,
   * the latest confirmed one of a period that ended before the month.
   */
  private async predicates(
    agencyId: string,
    from: string,
    to: string,
    onlyEmployeeId?: string,
    before = false,
  ): Promise<Map<string, string>> {
    const evaluations = await this.ctx.em.find(
      Evaluation,
      {
        plan: { employee: onlyEmployeeId ?? { agency: agencyId } },
        predicate: { $ne: null },
        ...(before
          ? { status: { $in: CONFIRMED_EVALUATIONS }, period: { endDate: { $lt: from } } }
          : { period: { startDate: { $lte: to }, endDate: { $gte: from } } }),
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
      assertMay(actor, step.permission, `Moving a sheet to ${step.to} needs the permission ${step.permission}`);
      assertAgencyWritable(actor, sheet.agency.id);
      assertVersion(sheet, input.version);
      if (sheet.status !== step.from)
        throw conflict(`A ${sheet.status} sheet cannot become ${step.to}`, {
          reason: ErrorReason.STATUS_TRANSITION,
          params: { from: sheet.status, to: step.to, statusType: 'AllowanceSheetStatus' },
          field: 'input.id',
          status: sheet.status,
        });
      sheet.status = step.to;
      if (kind === 'verify') sheet.verifiedBy = await this.signatory();
      if (kind === 'approve') sheet.approvedBy = await this.signatory();
      await this.ctx.em.flush();
      return sheet;
    });
  }

  /** The actor as the signature block names them: the employee's name and NIP when the account has one. */
  private async signatory(): Promise<AllowanceSignatory> {
    const actor = requireActor(this.ctx);
    const user = await this.ctx.em.findOne(User, { id: actor.userId }, { populate: ['employee'] });
    const employee = user?.employee?.getEntity() ?? null;
    return {
      name: employee?.fullName ?? user?.displayName ?? actor.username,
      nip: employee?.nip ?? null,
      at: new Date().toISOString(),
    };
  }

  /** A correction of a locked month as a row of a later DRAFT sheet. */
  async addAdjustment(input: AddAllowanceAdjustmentInput): Promise<AllowanceSheet> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      this.assertEditor();
      const sheet = await this.getSheet(input.sheetId, 'input.sheetId');
      assertAgencyWritable(requireActor(this.ctx), sheet.agency.id);
      if (sheet.status !== AllowanceSheetStatus.DRAFT) throw conflict(`The sheet is ${sheet.status}`, { field: 'input.sheetId' });
      if (input.correctsMonth >= sheet.month)
        throw badInput('input.correctsMonth', 'Only an earlier month is corrected', ErrorReason.DATE_TOO_LATE);
      const locked = await em.findOne(AllowanceSheet, { agency: sheet.agency.id, month: input.correctsMonth });
      if (!locked || locked.status !== AllowanceSheetStatus.LOCKED)
        throw badInput(
          'input.correctsMonth',
          `The ${input.correctsMonth} sheet is not locked; recompute it instead`,
          ErrorReason.WRONG_STATUS,
          { status: sheet.status, statusType: 'AllowanceSheetStatus' },
        );
      const employee = await new EmployeeService(this.ctx).get(input.employeeId, 'input.employeeId');
      if (employee.agency.id !== sheet.agency.id)
        throw badInput('input.employeeId', 'The employee belongs to another agency', ErrorReason.OTHER_AGENCY);
      if (!Number.isSafeInteger(input.amount) || input.amount === 0)
        throw badInput('input.amount', 'A whole, non-zero rupiah amount', ErrorReason.NOT_AN_INTEGER);
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
    const {
      results: [result],
    } = await this.computeMonth(employee.agency.id, args.month, rules, employee.id);
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
      presentDays: facts.statusDays[AttendanceStatus.HADIR] ?? 0,
      statusDays: Object.entries(facts.statusDays).map(([status, days]) => ({ status, days })),
      effectiveMinutes: facts.effectiveMinutes,
      targetMinutes: facts.targetMinutes,
      predicate: computed.predicate ?? facts.predicate,
      predicateSource: computed.predicateSource,
      paidDays: computed.paidDays,
      missingDays: computed.missingDays,
    };
  }

  /** One employee's rows of a month (their own; supervisors below them; HR the agency); NOT_FOUND outside. */
  async breakdown(args: AllowanceBreakdownArgs): Promise<AllowanceSheetRow[]> {
    const actor = requireActor(this.ctx);
    const scope = may(actor, 'allowance.readAgency') ? agencyWhere(actor) : await new EmployeeService(this.ctx).personalScope();
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
