import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { dayMinutes, type WorkdayHours } from './calendar.js';

@ObjectType('WorkdayHours', { description: 'Working hours of one weekday.' })
export class WorkdayHoursType implements WorkdayHours {
  @Field(() => Int, { description: 'Weekday: 1 Monday ... 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'Start of work, local time HH:MM (late arrival counts from it).' })
  start!: string;

  @Field({ description: 'End of work, local time HH:MM (leaving early counts up to it).' })
  end!: string;

  @Field(() => Int, { description: 'Break minutes, not counted as working time.' })
  breakMinutes!: number;
}

/**
 * Working week of an agency (no unit) or of a unit that keeps other days or
 * hours (e.g. a puskesmas open on Saturday). A unit without its own calendar
 * follows the nearest unit above it that has one, else the agency's; an agency
 * without any follows Perpres 21/2023.
 */
@Entity({ tableName: 'work_calendars' })
@Unique({ properties: ['agency', 'unit'] })
// The unique constraint lets NULLs repeat: one agency-wide calendar per agency needs its own index.
@Index({
  name: 'work_calendars_agency_wide_unique',
  expression: 'create unique index "work_calendars_agency_wide_unique" on "work_calendars" ("agency_id") where "unit_id" is null',
})
@ObjectType({ implements: [Node, BaseEntity], description: 'Working calendar (hari dan jam kerja) of an agency or a unit.' })
export class WorkCalendar extends BaseEntity<
  'unit' | 'targetMinutesPerDay' | 'agencyId' | 'unitId' | 'workingDaysPerWeek' | 'weeklyMinutes'
> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  /** Empty for the agency-wide calendar. */
  @Index()
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'cascade' })
  unit: Ref<OrgUnit> | null = null;

  @Field(() => [WorkdayHoursType], { description: 'The working weekdays (5 or 6) and their hours; other weekdays are days off.' })
  @Property({ type: 'jsonb' })
  days!: WorkdayHours[];

  @Field(() => Int, {
    nullable: true,
    description: "Target of effective minutes per working day (e.g. 300); empty: the day's working minutes.",
  })
  @Property({ type: 'integer', nullable: true })
  targetMinutesPerDay: number | null = null;

  @Field(() => ID, { description: 'ID of the agency.' })
  get agencyId(): string {
    return refId('Agency', this.agency)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the unit; empty for the agency-wide calendar.' })
  get unitId(): string | null {
    return refId('OrgUnit', this.unit);
  }

  @Field(() => Int, { description: 'Working days a week (5 or 6).' })
  get workingDaysPerWeek(): number {
    return this.days.length;
  }

  @Field(() => Int, { description: 'Working minutes a week, breaks excluded (2,250 = 37.5 hours by default).' })
  get weeklyMinutes(): number {
    return this.days.reduce((sum, day) => sum + dayMinutes(day), 0);
  }
}

export enum HolidayKind {
  LIBUR_NASIONAL = 'LIBUR_NASIONAL',
  CUTI_BERSAMA = 'CUTI_BERSAMA',
  LIBUR_DAERAH = 'LIBUR_DAERAH',
}

registerEnumType(HolidayKind, {
  name: 'HolidayKind',
  description: 'Kind of day off.',
  valuesConfig: {
    LIBUR_NASIONAL: { description: 'National public holiday (hari libur nasional), set by joint ministerial decree.' },
    CUTI_BERSAMA: { description: 'Collective leave (cuti bersama), set by the same decree.' },
    LIBUR_DAERAH: { description: "A regional day off decided by the agency (e.g. the region's anniversary)." },
  },
});

/** A day off on the calendar: national (no agency, for every agency) or of one agency. */
@Entity({ tableName: 'holidays' })
@Index({ properties: ['date'] })
// One entry per day and owner, national days (no agency) included.
@Index({
  name: 'holidays_owner_date_unique',
  expression:
    'create unique index "holidays_owner_date_unique" on "holidays" (coalesce("agency_id", \'00000000-0000-0000-0000-000000000000\'), "date")',
})
@ObjectType({ implements: [Node, BaseEntity], description: 'Holiday or collective leave (hari libur / cuti bersama).' })
export class Holiday extends BaseEntity<'agency' | 'agencyId'> {
  /** Empty for a national day, which every agency observes. */
  @Index()
  @ManyToOne(() => Agency, { ref: true, nullable: true, deleteRule: 'cascade' })
  agency: Ref<Agency> | null = null;

  @Field(() => GraphQLDate, { description: 'The day.' })
  @Property({ type: 'date' })
  date!: string;

  @Field({ description: 'Name, e.g. Hari Raya Idul Fitri 1447 H.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => HolidayKind, { description: 'Kind of day off.' })
  @Enum({ items: () => HolidayKind, nativeEnumName: 'holiday_kind' })
  kind!: HolidayKind;

  @Field(() => ID, { nullable: true, description: 'ID of the agency; empty for a national day.' })
  get agencyId(): string | null {
    return refId('Agency', this.agency);
  }
}
