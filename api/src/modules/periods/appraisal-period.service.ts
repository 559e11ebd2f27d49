import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { addDays, toDateString, todayInIndonesia, typedDateBounds } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { agencyWhere } from '../../access/scope.js';
import { EmployeeService } from '../employees/employee.service.js';
import { CriteriaTemplateService } from '../indicators/criteria-template.service.js';
import { ScoringScheme } from '../indicators/scoring-scheme.entity.js';
import { ScoringSchemeService } from '../indicators/scoring-scheme.service.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Position } from '../organization/position.entity.js';
import { AppraisalPeriod, PeriodStatus, PeriodTransition, PeriodType, STATUS_ORDER } from './appraisal-period.entity.js';
import {
  AppraisalPeriodConnection,
  AppraisalPeriodOrder,
  appraisalPeriodFilterRules,
  type AppraisalPeriodListArgs,
  type CreateAppraisalPeriodInput,
  type DeleteAppraisalPeriodInput,
  type GenerateSubPeriodsInput,
  type PeriodTransitionInput,
  type ReopenPeriodInput,
  type UpdateAppraisalPeriodInput,
} from './appraisal-period.types.js';
import { assertPeriodOpen, statusEffects, transitionChecks } from './period-checks.js';

/** Longest span of each type, in days: a typo in a year is caught before it becomes a 13-month "quarter". */
const MAX_DAYS: Record<PeriodType, number> = { ANNUAL: 366, SEMESTER: 184, QUARTERLY: 92, MONTHLY: 31 };
/** Periods start no earlier than this year and end at most this many years after the current one. */
/** Appraisers evaluate in the closing week of a period. */
const EVALUATION_LEAD_DAYS = 7;
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The forward steps: status -> [next status, mutation]. */
const FORWARD: Partial<Record<PeriodStatus, [PeriodStatus, string]>> = {
  DRAFT: [PeriodStatus.PLANNING, 'startPlanning'],
  PLANNING: [PeriodStatus.MONITORING, 'startMonitoring'],
  MONITORING: [PeriodStatus.EVALUATION, 'startEvaluation'],
  EVALUATION: [PeriodStatus.CLOSED, 'closePeriod'],
};

export class AppraisalPeriodService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<AppraisalPeriod> {
    return agencyWhere(requireActor(this.ctx)) as FilterQuery<AppraisalPeriod>;
  }

  async list(args: AppraisalPeriodListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'AppraisalPeriod.list',
      AppraisalPeriodOrder.toOrderBy(args.orderBy, { startDate: 'desc', type: 'asc' }),
    );
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, appraisalPeriodFilterRules, (term) => ({ name: { $ilike: containing(term) } })),
      ],
    } as FilterQuery<AppraisalPeriod>;
    const rows = await findPage(this.ctx.em, AppraisalPeriod, where, page);
    return AppraisalPeriodConnection.of(rows, page, () => this.ctx.em.count(AppraisalPeriod, where));
  }

  async get(globalId: string, field = 'id'): Promise<AppraisalPeriod> {
    return findInScope(this.ctx.em, AppraisalPeriod, globalId, field, this.scope());
  }

  /** For a change: NOT_FOUND when missing, FORBIDDEN for another agency's. */
  async getForWrite(globalId: string, field = 'input.id'): Promise<AppraisalPeriod> {
    return findWritable(this.ctx.em, AppraisalPeriod, globalId, field, requireActor(this.ctx), (period) => period.agency.id);
  }

  async create(input: CreateAppraisalPeriodInput): Promise<AppraisalPeriod> {
    return inTransaction(this.ctx.em, async () => {
      const parent = input.parentId ? await this.getForWrite(input.parentId, 'input.parentId') : null;
      const agencyId = parent ? parent.agency.id : (await ownerAgency(this.ctx, input.agencyId, false))!;
      if (parent && input.agencyId && (await ownerAgency(this.ctx, input.agencyId, false)) !== agencyId) {
        throw badInput('input.parentId', 'The annual period belongs to another agency', ErrorReason.OTHER_AGENCY);
      }
      const scheme = input.scoringSchemeId
        ? await this.schemeFor(agencyId, input.scoringSchemeId)
        : parent
          ? await this.ctx.em.findOneOrFail(ScoringScheme, { id: parent.scoringScheme.id })
          : await new ScoringSchemeService(this.ctx).national();
      const shape: Shape = {
        agencyId,
        id: null,
        type: input.type,
        startDate: toDateString(input.startDate),
        endDate: toDateString(input.endDate),
        planDueDate: input.planDueDate ? toDateString(input.planDueDate) : null,
        evaluationDueDate: input.evaluationDueDate ? toDateString(input.evaluationDueDate) : null,
      };
      // Checked before the entity exists: the overlap query would flush it first.
      await this.checkShape(shape, parent);
      const { agencyId: agency, id: _id, ...dates } = shape;
      const period = this.ctx.em.create(AppraisalPeriod, {
        ...dates,
        agency,
        name: input.name.trim(),
        parent: parent ? ref(parent) : null,
        scoringScheme: ref(scheme),
      });
      await this.ctx.em.flush();
      return period;
    });
  }

  async update(input: UpdateAppraisalPeriodInput): Promise<AppraisalPeriod> {
    return inTransaction(this.ctx.em, async () => {
      const period = await this.getForWrite(input.id);
      assertVersion(period, input.version);
      assertPeriodOpen(period);
      if ((input.startDate || input.endDate) && period.status !== PeriodStatus.DRAFT) {
        throw conflict(`The dates of a period can change only while it is DRAFT (it is ${period.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: period.status, statusType: 'PeriodStatus' },
          field: input.startDate ? 'input.startDate' : 'input.endDate',
        });
      }
      const shape: Shape = {
        agencyId: period.agency.id,
        id: period.id,
        type: period.type,
        startDate: input.startDate ? toDateString(input.startDate) : period.startDate,
        endDate: input.endDate ? toDateString(input.endDate) : period.endDate,
        planDueDate: input.planDueDate === undefined ? period.planDueDate : input.planDueDate ? toDateString(input.planDueDate) : null,
        evaluationDueDate:
          input.evaluationDueDate === undefined
            ? period.evaluationDueDate
            : input.evaluationDueDate
              ? toDateString(input.evaluationDueDate)
              : null,
      };
      const parent = period.parent ? await this.ctx.em.findOneOrFail(AppraisalPeriod, { id: period.parent.id }) : null;
      const scheme = input.scoringSchemeId ? await this.schemeFor(period.agency.id, input.scoringSchemeId) : null;
      await this.checkShape(shape, parent);
      Object.assign(period, {
        startDate: shape.startDate,
        endDate: shape.endDate,
        planDueDate: shape.planDueDate,
        evaluationDueDate: shape.evaluationDueDate,
      });
      if (scheme) period.scoringScheme = ref(scheme);
      if (input.name != null) period.name = input.name.trim();
      await this.ctx.em.flush();
      return period;
    });
  }

  async delete(input: DeleteAppraisalPeriodInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const period = await this.getForWrite(input.id);
      if (input.version != null) assertVersion(period, input.version);
      assertPeriodOpen(period);
      if (period.status !== PeriodStatus.DRAFT)
        throw conflict(`Only a DRAFT period can be deleted (it is ${period.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: period.status, statusType: 'PeriodStatus' },
          field: 'input.id',
        });
      const children = await this.ctx.em.count(AppraisalPeriod, { parent: period.id });
      if (children) throw conflict(`The period has ${children} sub-period(s); delete them first`, { field: 'input.id' });
      this.ctx.em.remove(period);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  /** Semesters, quarters or months covering an annual period; those that exist already are kept, so running it twice creates nothing. */
  async generateSubPeriods(input: GenerateSubPeriodsInput) {
    return inTransaction(this.ctx.em, async () => {
      const parent = await this.getForWrite(input.id);
      assertPeriodOpen(parent);
      if (parent.type !== PeriodType.ANNUAL)
        throw badInput('input.id', 'Sub-periods are generated inside an annual period', ErrorReason.NOT_APPLICABLE);
      if (input.type === PeriodType.ANNUAL) throw badInput('input.type', 'Choose SEMESTER, QUARTERLY or MONTHLY', ErrorReason.NOT_ONE_OF);
      const months = { SEMESTER: 6, QUARTERLY: 3, MONTHLY: 1 }[input.type];
      const existing = await this.ctx.em.find(AppraisalPeriod, { parent: parent.id, type: input.type });
      const year = Number(parent.startDate.slice(0, 4));
      const periods: AppraisalPeriod[] = [];
      let created = 0;
      for (let index = 0, start = parent.startDate; start <= parent.endDate; index++) {
        const end = minDate(addDays(addMonths(start, months), -1), parent.endDate);
        let period = existing.find((p) => p.startDate === start && p.endDate === end);
        if (!period) {
          await this.checkShape(
            {
              agencyId: parent.agency.id,
              id: null,
              type: input.type,
              startDate: start,
              endDate: end,
              planDueDate: null,
              evaluationDueDate: null,
            },
            parent,
          );
          period = this.ctx.em.create(AppraisalPeriod, {
            agency: parent.agency,
            name: subPeriodName(input.type, index, start, year),
            type: input.type,
            startDate: start,
            endDate: end,
            parent: ref(parent),
            scoringScheme: parent.scoringScheme,
          });
          created++;
        }
        periods.push(period);
        start = addDays(end, 1);
      }
      await this.ctx.em.flush();
      return { periods, created };
    });
  }

  /** The forward step from the current status, and what blocks it now. */
  async nextStep(period: AppraisalPeriod) {
    const step = FORWARD[period.status];
    if (!step) return null;
    const blockers = await this.blockers(period, step[0]);
    return { to: step[0], mutation: step[1], allowed: blockers.length === 0, blockers };
  }

  async transition(input: PeriodTransitionInput, to: PeriodStatus): Promise<AppraisalPeriod> {
    return inTransaction(this.ctx.em, async () => {
      const period = await this.getForWrite(input.id);
      assertVersion(period, input.version);
      assertPeriodOpen(period);
      const step = FORWARD[period.status];
      if (!step || step[0] !== to) {
        throw conflict(`A ${period.status} period cannot move to ${to}${step ? `; its next step is ${step[0]} (${step[1]})` : ''}`, {
          field: 'input.id',
          status: period.status,
          params: { status: period.status, statusType: 'PeriodStatus' },
        });
      }
      const blockers = await this.blockers(period, to);
      if (blockers.length) {
        throw conflict(`The period cannot move to ${to}: ${blockers.join('; ')}`, { field: 'input.id', blockers });
      }
      if (to === PeriodStatus.PLANNING) {
        // The criteria in force now are the ones this period keeps, whatever later edits do.
        const templates = new CriteriaTemplateService(this.ctx);
        const adopted = await templates.currentOf(period.agency.id);
        period.templates.set(adopted);
        templates.freeze(adopted);
      }
      if (to === PeriodStatus.CLOSED) {
        // Closed results must never be recomputed under different rules.
        new ScoringSchemeService(this.ctx).freeze(await this.ctx.em.findOneOrFail(ScoringScheme, { id: period.scoringScheme.id }));
      }
      await this.moveTo(period, to, null);
      return period;
    });
  }

  /** A platform administrator takes a closed period back to EVALUATION, with a reason kept in its history. */
  async reopen(input: ReopenPeriodInput): Promise<AppraisalPeriod> {
    return inTransaction(this.ctx.em, async () => {
      const period = await this.getForWrite(input.id);
      assertVersion(period, input.version);
      if (period.status !== PeriodStatus.CLOSED)
        throw conflict(`Only a CLOSED period can be reopened (it is ${period.status})`, {
          reason: ErrorReason.WRONG_STATUS,
          params: { status: period.status, statusType: 'PeriodStatus' },
          field: 'input.id',
        });
      const reason = input.reason.trim();
      if (reason.length < 10) throw badInput('input.reason', 'Say why in at least 10 characters', ErrorReason.TOO_SHORT, { min: 10 });
      await this.moveTo(period, PeriodStatus.EVALUATION, reason);
      return period;
    });
  }

  /**
   * Which template applies to the employee in the period: among the adopted ones once planning started (else the
   * current ones), for the employee's placement at the end of the period.
   */
  async applicableTemplate(employeeId: string, periodId: string) {
    const employees = new EmployeeService(this.ctx);
    const employee = await employees.get(employeeId, 'employeeId');
    const period = await this.get(periodId, 'periodId');
    if (period.agency.id !== employee.agency.id)
      throw badInput('periodId', 'The period belongs to another agency than the employee', ErrorReason.OTHER_AGENCY);
    const templates = new CriteriaTemplateService(this.ctx);
    const candidates =
      period.status === PeriodStatus.DRAFT
        ? await templates.currentOf(period.agency.id)
        : (await this.ctx.em.populate(period, ['templates', 'templates.units'])).templates.getItems();
    // The placement as it was at the end of the period (or today, for a period under way).
    const asOf = period.endDate < todayInIndonesia() ? period.endDate : todayInIndonesia();
    const placement = await employees.placementOn(employee, asOf);
    const unitId = placement?.unit.id ?? employee.unit.id;
    const positionId = placement ? (placement.position?.id ?? null) : (employee.position?.id ?? null);
    const unit = await this.ctx.em.findOneOrFail(OrgUnit, { id: unitId });
    const position = positionId ? await this.ctx.em.findOneOrFail(Position, { id: positionId }) : null;
    return { ...templates.resolve(candidates, unit, position?.type ?? null), considered: candidates.length };
  }

  /** The new status with its history entry, written; then what other modules derive from it, in the same transaction. */
  private async moveTo(period: AppraisalPeriod, to: PeriodStatus, reason: string | null): Promise<void> {
    const from = period.status;
    this.ctx.em.create(PeriodTransition, { period, fromStatus: from, toStatus: to, reason, actorName: requireActor(this.ctx).username });
    period.status = to;
    await this.ctx.em.flush();
    for (const effect of statusEffects()) await effect(this.ctx, period, from, to);
  }

  private async blockers(period: AppraisalPeriod, to: PeriodStatus): Promise<string[]> {
    const blockers: string[] = [];
    if (to === PeriodStatus.PLANNING) {
      if ((await new CriteriaTemplateService(this.ctx).currentOf(period.agency.id)).length === 0) {
        blockers.push('the agency has no active criteria template; create one first');
      }
      if (period.parent) {
        const parent = await this.ctx.em.findOneOrFail(AppraisalPeriod, { id: period.parent.id });
        if (parent.status === PeriodStatus.DRAFT)
          blockers.push(`the annual period ${parent.name} is still DRAFT; start its planning first`);
      }
    }
    if (to === PeriodStatus.EVALUATION) {
      const from = addDays(period.endDate, -EVALUATION_LEAD_DAYS);
      if (todayInIndonesia() < from) blockers.push(`evaluation opens on ${from}, in the closing week of the period`);
    }
    if (to === PeriodStatus.CLOSED) {
      const open = await this.ctx.em.find(
        AppraisalPeriod,
        { parent: period.id, status: { $ne: PeriodStatus.CLOSED } },
        { orderBy: { startDate: 'asc' } },
      );
      if (open.length) blockers.push(`sub-periods not closed yet: ${open.map((p) => p.name).join(', ')}`);
    }
    for (const check of transitionChecks(to)) blockers.push(...(await check(this.ctx, period)));
    return blockers;
  }

  private async schemeFor(agencyId: string, globalId: string) {
    const scheme = await new ScoringSchemeService(this.ctx).get(globalId, 'input.scoringSchemeId');
    if (scheme.agency && scheme.agency.id !== agencyId)
      throw badInput('input.scoringSchemeId', 'The scheme belongs to another agency', ErrorReason.OTHER_AGENCY);
    if (!scheme.current)
      throw badInput(
        'input.scoringSchemeId',
        `Revision ${scheme.revision} has been superseded; choose the latest`,
        ErrorReason.SUPERSEDED,
        {
          revision: scheme.revision,
        },
      );
    return scheme;
  }

  /** Dates in order and of a sensible length, inside the annual period, and no overlap with a period of the same type. */
  private async checkShape(period: Shape, parent: AppraisalPeriod | null): Promise<void> {
    // A typo like 2062 or 9999 would make a period nobody can ever reach; every date input has these bounds (input-guard.ts).
    const { min: earliest, max: latest } = typedDateBounds();
    if (period.startDate < earliest)
      throw badInput('input.startDate', `A period cannot start before ${earliest}`, ErrorReason.DATE_TOO_EARLY, { min: earliest });
    if (period.endDate > latest)
      throw badInput('input.endDate', `A period cannot end after ${latest}`, ErrorReason.DATE_TOO_LATE, { max: latest });
    if (period.endDate < period.startDate)
      throw badInput('input.endDate', 'The last day is before the first day', ErrorReason.END_BEFORE_START);
    const days = (Date.parse(period.endDate) - Date.parse(period.startDate)) / 86_400_000 + 1;
    if (days > MAX_DAYS[period.type])
      throw badInput(
        'input.endDate',
        `A ${period.type} period lasts at most ${MAX_DAYS[period.type]} days (this one ${days})`,
        ErrorReason.PERIOD_TOO_LONG,
        { max: MAX_DAYS[period.type] },
      );
    if (period.planDueDate && period.planDueDate > period.endDate)
      throw badInput('input.planDueDate', 'Plans cannot be due after the period ends', ErrorReason.DATE_TOO_LATE, { max: period.endDate });
    if (period.evaluationDueDate && period.evaluationDueDate < period.startDate) {
      throw badInput('input.evaluationDueDate', 'Evaluations cannot be due before the period starts', ErrorReason.DATE_TOO_EARLY, {
        min: period.startDate,
      });
    }
    if (parent) {
      if (parent.type !== PeriodType.ANNUAL)
        throw badInput('input.parentId', 'Only an annual period has sub-periods', ErrorReason.NOT_APPLICABLE);
      if (period.type === PeriodType.ANNUAL)
        throw badInput('input.type', 'An annual period cannot be part of another', ErrorReason.NOT_APPLICABLE);
      if (period.startDate < parent.startDate || period.endDate > parent.endDate) {
        throw badInput(
          'input.startDate',
          `The dates must lie inside ${parent.name} (${parent.startDate} to ${parent.endDate})`,
          ErrorReason.DATE_OUTSIDE,
          { from: parent.startDate, to: parent.endDate },
        );
      }
      assertPeriodOpen(parent, 'input.parentId');
    }
    const overlapping = await this.ctx.em.findOne(AppraisalPeriod, {
      agency: period.agencyId,
      type: period.type,
      ...(period.id ? { id: { $ne: period.id } } : {}),
      startDate: { $lte: period.endDate },
      endDate: { $gte: period.startDate },
    });
    if (overlapping) {
      throw badInput(
        'input.startDate',
        `Overlaps ${overlapping.name} (${overlapping.startDate} to ${overlapping.endDate}), a ${period.type} period of the agency`,
        ErrorReason.OVERLAPS,
        { name: overlapping.name, from: overlapping.startDate, to: overlapping.endDate },
      );
    }
  }
}

/** What the shape checks look at, before it is written. */
interface Shape {
  agencyId: string;
  id: string | null;
  type: PeriodType;
  startDate: string;
  endDate: string;
  planDueDate: string | null;
  evaluationDueDate: string | null;
}

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function subPeriodName(type: PeriodType, index: number, start: string, year: number): string {
  if (type === PeriodType.MONTHLY) return `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  return `${type === PeriodType.QUARTERLY ? 'Triwulan' : 'Semester'} ${ROMAN[index] ?? index + 1} ${year}`;
}

/** Whether a period has reached a status (for modules that act from a stage on). */
export function hasReached(period: AppraisalPeriod, status: PeriodStatus): boolean {
  return STATUS_ORDER.indexOf(period.status) >= STATUS_ORDER.indexOf(status);
}
