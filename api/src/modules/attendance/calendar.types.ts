import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateFilter, EnumFilter, IDFilter, type FilterRules } from '../../graphql/filters.js';
import { SingleLineText } from '../../graphql/validation.js';
import { Holiday, HolidayKind, WorkCalendar } from './calendar.entity.js';

export const WorkCalendarConnection = Connection(WorkCalendar, 'WorkCalendar', 'working calendars');
export const HolidayConnection = Connection(Holiday, 'Holiday', 'holidays and collective leave');

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

@ArgsType()
export class WorkCalendarListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Agency of the calendars; the actor's own when omitted." })
  agencyId?: string;
}

@InputType({ description: 'Hours of one working weekday.' })
export class WorkdayHoursInput {
  @Field(() => Int, { description: 'Weekday: 1 Monday ... 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'Start of work, local time HH:MM.' })
  start!: string;

  @Field({ description: 'End of work, local time HH:MM.' })
  end!: string;

  @Field(() => Int, { description: 'Break minutes (e.g. 60, 90 on Friday).' })
  breakMinutes!: number;
}

@InputType({ description: 'The working calendar of an agency (no unit) or of a unit, replacing the one it has.' })
export class SetWorkCalendarInput {
  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted (or the unit's)." })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit keeping other days or hours; omitted for the agency-wide calendar.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => [WorkdayHoursInput], { description: 'The 5 or 6 working weekdays and their hours.' })
  days!: WorkdayHoursInput[];

  @Field(() => Int, { nullable: true, description: "Target of effective minutes per working day; empty: the day's working minutes." })
  @IsOptional()
  @Min(1)
  @Max(1440)
  targetMinutesPerDay?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'When changing an existing calendar: the version it is based on (CONFLICT when stale).',
  })
  @IsOptional()
  version?: number | null;
}

@InputType({ description: 'A unit calendar to remove: the unit then follows the calendar above it.' })
export class DeleteWorkCalendarInput {
  @Field(() => ID, { description: 'The calendar.' })
  id!: string;
}

@ObjectType({ description: 'Result of setting a calendar.' })
export class WorkCalendarPayload {
  @Field(() => WorkCalendar, { description: 'The calendar as stored.' })
  calendar!: WorkCalendar;
}

@ObjectType({ description: 'Result of a deletion.' })
export class DeletedPayload {
  @Field(() => ID, { description: 'ID of the deleted record.' })
  id!: string;
}

const HolidayKindFilter = EnumFilter(HolidayKind, 'HolidayKind');

@InputType({ description: 'Conditions on holidays; all given conditions must hold.' })
export class HolidayFilter {
  @Field(() => Int, { nullable: true, description: 'The year, e.g. 2026.' })
  year?: number;

  @Field(() => DateFilter, { nullable: true, description: 'By the day.' })
  date?: DateFilter;

  @Field(() => HolidayKindFilter, { nullable: true, description: 'By kind.' })
  kind?: InstanceType<typeof HolidayKindFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'By agency (`isNull: true`: national days only).' })
  agencyId?: IDFilter;
}

export const holidayFilterRules: FilterRules = {
  date: { kind: 'value' },
  kind: { kind: 'value' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  year: {
    kind: 'custom',
    where: (value) => ({ date: { $gte: `${Number(value)}-01-01`, $lte: `${Number(value)}-12-31` } }),
  },
};

@ArgsType()
export class HolidayListArgs extends PageArgs {
  @Field(() => HolidayFilter, { nullable: true, description: 'Which days to return (national ones and the agency’s own).' })
  filter?: HolidayFilter;
}

@InputType({ description: 'A day off to add.' })
export class CreateHolidayInput {
  @Field(() => ID, {
    nullable: true,
    description: "The agency; the actor's own when omitted. A platform administrator omitting it adds a national day.",
  })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => GraphQLDate, { description: 'The day.' })
  date!: Date;

  @Field({ description: 'Name (2-200 characters).' })
  @Length(2, 200)
  @SingleLineText()
  name!: string;

  @Field(() => HolidayKind, { description: 'Kind of day off.' })
  kind!: HolidayKind;
}

@InputType({ description: 'Changes to a day off; fields left out stay as they are.' })
export class UpdateHolidayInput {
  @Field(() => ID, { description: 'The day off.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day.' })
  @IsOptional()
  date?: Date;

  @Field(() => String, { nullable: true, description: 'Name (2-200 characters).' })
  @IsOptional()
  @Length(2, 200)
  @SingleLineText()
  name?: string;

  @Field(() => HolidayKind, { nullable: true, description: 'Kind of day off.' })
  @IsOptional()
  kind?: HolidayKind;
}

@InputType({ description: 'A day off to delete.' })
export class DeleteHolidayInput {
  @Field(() => ID, { description: 'The day off.' })
  id!: string;
}

@ObjectType({ description: 'Result of adding or changing a day off.' })
export class HolidayPayload {
  @Field(() => Holiday, { description: 'The day off as stored.' })
  holiday!: Holiday;
}

@ObjectType({ description: 'A working day of a month with its hours.' })
export class WorkingDay {
  @Field(() => GraphQLDate, { description: 'The day.' })
  date!: string;

  @Field(() => Int, { description: 'Weekday: 1 Monday ... 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'Start of work, HH:MM.' })
  start!: string;

  @Field({ description: 'End of work, HH:MM.' })
  end!: string;

  @Field(() => Int, { description: 'Break minutes.' })
  breakMinutes!: number;

  @Field(() => Int, { description: 'Working minutes of the day (end - start - break).' })
  minutes!: number;
}

@ObjectType({ description: 'The working days of a month for an agency or a unit, and the target of effective minutes.' })
export class WorkingMonth {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => [WorkingDay], { description: 'The working days, in order (days off, holidays and collective leave left out).' })
  days!: WorkingDay[];

  @Field(() => Int, { description: 'Number of working days.' })
  count!: number;

  @Field(() => Int, { description: 'Working minutes of the month (sum of the days, breaks excluded).' })
  workingMinutes!: number;

  @Field(() => Int, {
    description: 'Target of effective working minutes: days x the per-day target when the calendar sets one, else the working minutes.',
  })
  targetMinutes!: number;

  @Field(() => [Holiday], { description: 'The holidays and collective leave days of the month.' })
  holidays!: Holiday[];

  @Field(() => WorkCalendar, {
    nullable: true,
    description:
      'The calendar that applies (the unit’s, the nearest one above it, or the agency’s); empty when the defaults of Perpres 21/2023 apply.',
  })
  calendar!: WorkCalendar | null;
}

@ArgsType()
export class WorkingDaysArgs {
  @Field(() => ID, { nullable: true, description: "The agency; the actor's own when omitted (or the unit's)." })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'A unit: its own calendar, or the nearest one above it.' })
  unitId?: string;

  @Field({ description: 'The month, YYYY-MM.' })
  @Matches(MONTH_PATTERN, { message: 'month must be YYYY-MM' })
  month!: string;
}
