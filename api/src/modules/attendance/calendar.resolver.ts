import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Holiday, WorkCalendar } from './calendar.entity.js';
import { CalendarService } from './calendar.service.js';
import {
  CreateHolidayInput,
  DeletedPayload,
  DeleteHolidayInput,
  DeleteWorkCalendarInput,
  HolidayConnection,
  HolidayListArgs,
  HolidayPayload,
  SetWorkCalendarInput,
  UpdateHolidayInput,
  WorkCalendarConnection,
  WorkCalendarListArgs,
  WorkCalendarPayload,
  WorkingDaysArgs,
  WorkingMonth,
} from './calendar.types.js';

@Resolver(() => WorkCalendar)
export class WorkCalendarResolver {
  @Allow('configuration.read')
  @Query(() => WorkCalendarConnection, {
    description: "Working calendars of the agency: its own (no unit) first, then the units' that differ.",
  })
  workCalendars(@Args() args: WorkCalendarListArgs, @Ctx() ctx: Context) {
    return new CalendarService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => WorkingMonth, {
    description:
      'The working days of a month (holidays and collective leave left out), their count and the target of effective minutes, for an agency or a unit.',
  })
  workingDays(@Args() args: WorkingDaysArgs, @Ctx() ctx: Context) {
    return new CalendarService(ctx).workingDays(args);
  }

  @Allow('configuration.manage')
  @Mutation(() => WorkCalendarPayload, { description: 'Sets the working week of an agency or a unit (HR, administrators); audited.' })
  async setWorkCalendar(@Arg('input', { description: 'The owner and the week.' }) input: SetWorkCalendarInput, @Ctx() ctx: Context) {
    return { calendar: await new CalendarService(ctx).setCalendar(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => DeletedPayload, {
    description: 'Removes a calendar: the unit (or agency) then follows the one above it (or the defaults).',
  })
  async deleteWorkCalendar(@Arg('input', { description: 'The calendar.' }) input: DeleteWorkCalendarInput, @Ctx() ctx: Context) {
    return { id: await new CalendarService(ctx).deleteCalendar(input) };
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit; empty for the agency-wide calendar.' })
  unit(@Root() calendar: WorkCalendar, @Ctx() ctx: Context) {
    return calendar.unit ? ctx.loaders.byId(OrgUnit).load(calendar.unit.id) : null;
  }
}

@Resolver(() => Holiday)
export class HolidayResolver {
  @Allow('configuration.read')
  @Query(() => HolidayConnection, {
    description: "Holidays and collective leave: the national days and the actor's agency's own, by date.",
  })
  holidays(@Args() args: HolidayListArgs, @Ctx() ctx: Context) {
    return new CalendarService(ctx).holidays(args);
  }

  @Allow('configuration.read')
  @Query(() => Holiday, { description: "One day off; NOT_FOUND when unknown or another agency's." })
  holiday(@Arg('id', () => ID, { description: 'Holiday ID.' }) id: string, @Ctx() ctx: Context) {
    return new CalendarService(ctx).getHoliday(id);
  }

  @Allow('configuration.manage')
  @Mutation(() => HolidayPayload, { description: 'Adds a day off (HR for their agency; platform administrators for the nation); audited.' })
  async createHoliday(@Arg('input', { description: 'The day.' }) input: CreateHolidayInput, @Ctx() ctx: Context) {
    return { holiday: await new CalendarService(ctx).createHoliday(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => HolidayPayload, { description: 'Changes a day off; audited.' })
  async updateHoliday(@Arg('input', { description: 'The day and the changes.' }) input: UpdateHolidayInput, @Ctx() ctx: Context) {
    return { holiday: await new CalendarService(ctx).updateHoliday(input) };
  }

  @Allow('configuration.manage')
  @Mutation(() => DeletedPayload, { description: 'Removes a day off; audited.' })
  async deleteHoliday(@Arg('input', { description: 'The day.' }) input: DeleteHolidayInput, @Ctx() ctx: Context) {
    return { id: await new CalendarService(ctx).deleteHoliday(input) };
  }
}
