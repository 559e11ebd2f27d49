import { ref, type FilterQuery } from '@mikro-orm/core';
import { may, reachesAllAgencies } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { toDateString } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, forbidden, invalidFields, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { toWhere } from '../../graphql/filters.js';
import { agencyWhere, assertAgencyWritable, assertSharedWritable, sharedWhere } from '../../access/scope.js';
import { ownerAgency } from '../indicators/owner-agency.js';
import { AgencyService } from '../organization/agency.service.js';
import type { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import {
  DEFAULT_WORKDAYS,
  monthCalendar,
  monthRange,
  nearestCalendar,
  weekProblems,
  type MonthCalendar,
  type WorkdayHours,
} from './calendar.js';
import { Holiday, WorkCalendar } from './calendar.entity.js';
import {
  HolidayConnection,
  holidayFilterRules,
  WorkCalendarConnection,
  type CreateHolidayInput,
  type DeleteHolidayInput,
  type DeleteWorkCalendarInput,
  type HolidayListArgs,
  type SetWorkCalendarInput,
  type UpdateHolidayInput,
  type WorkCalendarListArgs,
  type WorkingDaysArgs,
  type WorkingMonth,
} from './calendar.types.js';

/** The week that applies to a unit and the calendar it comes from (null: the defaults of Perpres 21/2023). */
export interface CalendarRule {
  calendar: WorkCalendar | null;
  week: readonly WorkdayHours[];
  targetMinutesPerDay: number | null;
}

const DEFAULT_RULE: CalendarRule = { calendar: null, week: DEFAULT_WORKDAYS, targetMinutesPerDay: null };
const ruleOf = (calendar: WorkCalendar): CalendarRule => ({
  calendar,
  week: calendar.days,
  targetMinutesPerDay: calendar.targetMinutesPerDay,
});

/**
 * Working calendars and days off. Everyone of an agency reads them; HR and
 * administrators change them. Other modules (attendance, allowance) ask
 * `rulesForUnits`, `holidayDates` and `monthsForUnits`, each one statement
 * however many employees.
 */
export class CalendarService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(args: WorkCalendarListArgs) {
    const page = toPage(args, this.ctx, 'WorkCalendar.list', [{ unit: { path: 'asc nulls first' } }, { id: 'asc' }] as never);
    const agencyId = await this.agencyToRead(args.agencyId, 'agencyId');
    const where = { $and: [agencyWhere(requireActor(this.ctx)), agencyId ? { agency: agencyId } : {}] } as FilterQuery<WorkCalendar>;
    const rows = await findPage(this.ctx.em, WorkCalendar, where, page);
    return WorkCalendarConnection.of(rows, page, () => this.ctx.em.count(WorkCalendar, where));
  }

  async get(globalId: string, field = 'id'): Promise<WorkCalendar> {
    return findInScope(this.ctx.em, WorkCalendar, globalId, field, agencyWhere(requireActor(this.ctx)) as FilterQuery<WorkCalendar>);
  }

  async setCalendar(input: SetWorkCalendarInput): Promise<WorkCalendar> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      if (!may(actor, 'configuration.manage')) throw forbidden('Only HR and administrators set working calendars');
      const unit = input.unitId ? await new OrgUnitService(this.ctx).getForWrite(input.unitId, 'input.unitId') : null;
      const agencyId = unit ? unit.agency.id : (await ownerAgency(this.ctx, input.agencyId, false))!;
      if (unit && input.agencyId && (await new AgencyService(this.ctx).get(input.agencyId, 'input.agencyId')).id !== agencyId)
        throw badInput('input.unitId', 'The unit belongs to another agency', ErrorReason.OTHER_AGENCY);
      assertAgencyWritable(actor, agencyId);
      const problems = weekProblems(input.days);
      if (problems.length) {
        throw invalidFields(
          problems.map((p) => ({ field: p.index < 0 ? 'input.days' : `input.days.${p.index}.${p.field}`, message: p.message })),
        );
      }
      const days = [...input.days]
        .sort((a, b) => a.weekday - b.weekday)
        .map((d) => ({ weekday: d.weekday, start: d.start.slice(0, 5), end: d.end.slice(0, 5), breakMinutes: d.breakMinutes }));
      let calendar = await em.findOne(WorkCalendar, { agency: agencyId, unit: unit ? unit.id : null });
      if (calendar) {
        if (input.version != null) assertVersion(calendar, input.version);
        Object.assign(calendar, { days, targetMinutesPerDay: input.targetMinutesPerDay ?? null });
      } else {
        calendar = em.create(WorkCalendar, {
          agency: agencyId,
          unit: unit ? ref(unit) : null,
          days,
          targetMinutesPerDay: input.targetMinutesPerDay ?? null,
        });
      }
      await em.flush();
      return calendar;
    });
  }

  async deleteCalendar(input: DeleteWorkCalendarInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      if (!may(actor, 'configuration.manage')) throw forbidden('Only HR and administrators remove working calendars');
      const calendar = await findWritable(this.ctx.em, WorkCalendar, input.id, 'input.id', actor, (c) => c.agency.id);
      this.ctx.em.remove(calendar);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  async holidays(args: HolidayListArgs) {
    const page = toPage(args, this.ctx, 'Holiday.holidays', [{ date: 'asc' }, { id: 'asc' }]);
    const where = {
      $and: [sharedWhere(requireActor(this.ctx)), toWhere(args.filter as Record<string, unknown>, holidayFilterRules)],
    } as FilterQuery<Holiday>;
    const rows = await findPage(this.ctx.em, Holiday, where, page);
    return HolidayConnection.of(rows, page, () => this.ctx.em.count(Holiday, where));
  }

  async getHoliday(globalId: string, field = 'id'): Promise<Holiday> {
    return findInScope(this.ctx.em, Holiday, globalId, field, sharedWhere(requireActor(this.ctx)) as FilterQuery<Holiday>);
  }

  async createHoliday(input: CreateHolidayInput): Promise<Holiday> {
    return inTransaction(this.ctx.em, async () => {
      const actor = requireActor(this.ctx);
      if (!may(actor, 'configuration.manage')) throw forbidden('Only HR and administrators set holidays');
      const agencyId = await ownerAgency(this.ctx, input.agencyId, true);
      assertSharedWritable(actor, agencyId);
      const date = toDateString(input.date);
      await this.assertDayFree(agencyId, date, null);
      const holiday = this.ctx.em.create(Holiday, { agency: agencyId, date, name: input.name.trim(), kind: input.kind });
      await this.ctx.em.flush();
      return holiday;
    });
  }

  async updateHoliday(input: UpdateHolidayInput): Promise<Holiday> {
    return inTransaction(this.ctx.em, async () => {
      const holiday = await this.holidayForWrite(input.id);
      assertVersion(holiday, input.version);
      const date = input.date ? toDateString(input.date) : holiday.date;
      if (date !== holiday.date) await this.assertDayFree(holiday.agency?.id ?? null, date, holiday.id);
      Object.assign(holiday, {
        date,
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.kind != null ? { kind: input.kind } : {}),
      });
      await this.ctx.em.flush();
      return holiday;
    });
  }

  async deleteHoliday(input: DeleteHolidayInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const holiday = await this.holidayForWrite(input.id);
      this.ctx.em.remove(holiday);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  /** The working days of a month for an agency, or a unit (its calendar or the nearest above it). */
  async workingDays(args: WorkingDaysArgs): Promise<WorkingMonth> {
    const actor = requireActor(this.ctx);
    const unit = args.unitId ? await new OrgUnitService(this.ctx).get(args.unitId, 'unitId') : null;
    let agencyId = unit?.agency.id ?? (await this.agencyToRead(args.agencyId, 'agencyId'));
    if (!agencyId) agencyId = actor.agencyId;
    if (!agencyId) throw badInput('agencyId', 'Say which agency', ErrorReason.REQUIRED);
    const { from, to } = monthRange(args.month);
    const [rule, holidays] = await Promise.all([
      this.rulesForUnits(agencyId, unit ? [unit] : []).then((rules) => (unit ? rules.get(unit.id)! : rules.get(null)!)),
      this.holidaysBetween(agencyId, from, to),
    ]);
    const month = monthCalendar(args.month, rule.week, new Set(holidays.map((h) => h.date)), rule.targetMinutesPerDay);
    return { month: args.month, ...month, count: month.days.length, holidays, calendar: rule.calendar };
  }

  /**
   * The rule of each unit (keyed by unit row id; null: the agency's own) in one
   * statement: the unit's calendar, the nearest one above it, the agency's, or the defaults.
   */
  async rulesForUnits(agencyId: string, units: readonly Pick<OrgUnit, 'id' | 'path'>[]): Promise<Map<string | null, CalendarRule>> {
    const calendars = await this.ctx.em.find(WorkCalendar, { agency: agencyId });
    const agencyRule = calendars.find((c) => !c.unit);
    const fallback = agencyRule ? ruleOf(agencyRule) : DEFAULT_RULE;
    const byUnit = new Map(calendars.filter((c) => c.unit).map((c) => [c.unit!.id, ruleOf(c)]));
    const rules = new Map<string | null, CalendarRule>([[null, fallback]]);
    for (const unit of units) rules.set(unit.id, nearestCalendar(unit.path, byUnit, fallback));
    return rules;
  }

  /** National days and the agency's own between two dates. */
  async holidaysBetween(agencyId: string, from: string, to: string): Promise<Holiday[]> {
    return this.ctx.em.find(
      Holiday,
      { $or: [{ agency: null }, { agency: agencyId }], date: { $gte: from, $lte: to } },
      { orderBy: [{ date: 'asc' }, { id: 'asc' }] },
    );
  }

  async holidayDates(agencyId: string, from: string, to: string): Promise<Set<string>> {
    return new Set((await this.holidaysBetween(agencyId, from, to)).map((h) => h.date));
  }

  /** The month's working days and target for each unit (keyed by unit row id), in two statements. */
  async monthsForUnits(
    agencyId: string,
    units: readonly Pick<OrgUnit, 'id' | 'path'>[],
    month: string,
  ): Promise<Map<string, MonthCalendar>> {
    const { from, to } = monthRange(month);
    const [rules, holidays] = await Promise.all([this.rulesForUnits(agencyId, units), this.holidayDates(agencyId, from, to)]);
    return new Map(
      units.map((unit) => {
        const rule = rules.get(unit.id)!;
        return [unit.id, monthCalendar(month, rule.week, holidays, rule.targetMinutesPerDay)];
      }),
    );
  }

  /** The agency named (readable by the actor), else none (the actor's own applies). */
  private async agencyToRead(agencyId: string | undefined | null, field: string): Promise<string | null> {
    if (agencyId) return (await new AgencyService(this.ctx).get(agencyId, field)).id;
    const actor = requireActor(this.ctx);
    return reachesAllAgencies(actor) ? null : actor.agencyId;
  }

  private async holidayForWrite(globalId: string): Promise<Holiday> {
    const actor = requireActor(this.ctx);
    const holiday = await this.getHoliday(globalId, 'input.id');
    if (!may(actor, 'configuration.manage')) throw forbidden('Only HR and administrators change holidays');
    assertSharedWritable(actor, holiday.agency?.id ?? null);
    return holiday;
  }

  /** One entry per day and owner: a second one for the same day is a mistake. */
  private async assertDayFree(agencyId: string | null, date: string, except: string | null): Promise<void> {
    const clash = await this.ctx.em.findOne(Holiday, {
      agency: agencyId,
      date,
      ...(except ? { id: { $ne: except } } : {}),
    });
    if (clash)
      throw badInput('input.date', `${date} is already a day off (${clash.name})`, ErrorReason.ALREADY_DAY_OFF, { name: clash.name });
  }
}
