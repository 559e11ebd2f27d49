import { addDays } from '../../dates.js';

/**
 * Pure calendar arithmetic (docs/domain.md#working-hours): working days of a month,
 * minutes late and leaving early, which punch of a day is which. No database;
 * times are local wall-clock times (WIB/WITA/WIT) as "HH:MM" or "HH:MM:SS".
 */

/** Hours of one weekday (1 Monday ... 7 Sunday). */
export interface WorkdayHours {
  weekday: number;
  /** "HH:MM" */
  start: string;
  /** "HH:MM" */
  end: string;
  breakMinutes: number;
}

/** Perpres 21/2023: Monday to Friday from 07:30, 37.5 hours a week without breaks, a longer break on Friday. */
export const DEFAULT_WORKDAYS: readonly WorkdayHours[] = [
  { weekday: 1, start: '07:30', end: '16:00', breakMinutes: 60 },
  { weekday: 2, start: '07:30', end: '16:00', breakMinutes: 60 },
  { weekday: 3, start: '07:30', end: '16:00', breakMinutes: 60 },
  { weekday: 4, start: '07:30', end: '16:00', breakMinutes: 60 },
  { weekday: 5, start: '07:30', end: '16:30', breakMinutes: 90 },
];

export interface CalendarDay extends WorkdayHours {
  date: string;
  /** Working minutes of the day: end - start - break. */
  minutes: number;
}

export interface MonthCalendar {
  days: CalendarDay[];
  /** Sum of the days' working minutes. */
  workingMinutes: number;
  /** The target of effective minutes: days x the override per day when set, else the working minutes. */
  targetMinutes: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Seconds since midnight of "HH:MM[:SS]"; null when it is not a time. */
export function secondsOf(time: string): number | null {
  const match = TIME.exec(time);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
}

export const isTime = (time: string) => secondsOf(time) !== null;
export const isMonth = (month: string) => MONTH.test(month);

/** Working minutes of a day's hours (end - start - break), never negative. */
export function dayMinutes(hours: Pick<WorkdayHours, 'start' | 'end' | 'breakMinutes'>): number {
  return Math.max(0, (secondsOf(hours.end)! - secondsOf(hours.start)!) / 60 - hours.breakMinutes);
}

/** Problems of a week's hours, by index; empty when it is a valid week of 5 or 6 working days. */
export function weekProblems(days: readonly WorkdayHours[]): { index: number; field: string; message: string }[] {
  const problems: { index: number; field: string; message: string }[] = [];
  const seen = new Set<number>();
  days.forEach((day, index) => {
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7)
      problems.push({ index, field: 'weekday', message: 'weekday must be 1 (Monday) to 7 (Sunday)' });
    else if (seen.has(day.weekday)) problems.push({ index, field: 'weekday', message: `weekday ${day.weekday} appears twice` });
    seen.add(day.weekday);
    const start = secondsOf(day.start);
    const end = secondsOf(day.end);
    if (start === null) problems.push({ index, field: 'start', message: 'start must be a time HH:MM' });
    if (end === null) problems.push({ index, field: 'end', message: 'end must be a time HH:MM' });
    if (start !== null && end !== null && end <= start) problems.push({ index, field: 'end', message: 'end must be after start' });
    if (!Number.isInteger(day.breakMinutes) || day.breakMinutes < 0)
      problems.push({ index, field: 'breakMinutes', message: 'breakMinutes must be a whole number of minutes, 0 or more' });
    else if (start !== null && end !== null && end > start && day.breakMinutes >= (end - start) / 60)
      problems.push({ index, field: 'breakMinutes', message: 'the break must be shorter than the working hours' });
  });
  if (days.length < 5 || days.length > 6) problems.push({ index: -1, field: 'days', message: 'A working week has 5 or 6 days' });
  return problems;
}

/** ISO weekday of a date: 1 Monday ... 7 Sunday. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every date of a month "YYYY-MM". */
export function datesOfMonth(month: string): string[] {
  const first = `${month}-01`;
  const dates: string[] = [];
  for (let date = first; date.startsWith(month); date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** First and last date of a month. */
export function monthRange(month: string): { from: string; to: string } {
  const dates = datesOfMonth(month);
  return { from: dates[0]!, to: dates[dates.length - 1]! };
}

/** The working day of `date` under a week's hours, or null (a day off, a holiday or collective leave). */
export function workingDay(date: string, week: readonly WorkdayHours[], holidays: ReadonlySet<string>): CalendarDay | null {
  if (holidays.has(date)) return null;
  const hours = week.find((day) => day.weekday === weekdayOf(date));
  return hours ? { ...hours, date, minutes: dayMinutes(hours) } : null;
}

/** The working days of a month and its target of effective minutes. */
export function monthCalendar(
  month: string,
  week: readonly WorkdayHours[],
  holidays: ReadonlySet<string>,
  targetMinutesPerDay: number | null,
): MonthCalendar {
  const days = datesOfMonth(month).flatMap((date) => workingDay(date, week, holidays) ?? []);
  const workingMinutes = days.reduce((sum, day) => sum + day.minutes, 0);
  return { days, workingMinutes, targetMinutes: targetMinutesPerDay === null ? workingMinutes : days.length * targetMinutesPerDay };
}

/** Whole minutes after the start of the day (seconds dropped: 07:30:59 is on time, 07:31:00 one minute late). */
export function minutesLate(checkIn: string, day: Pick<WorkdayHours, 'start'>): number {
  return Math.max(0, Math.floor((secondsOf(checkIn)! - secondsOf(day.start)!) / 60));
}

/** Whole minutes before the end of the day (15:59:01 leaves 0 minutes early, 15:59:00 one minute). */
export function minutesEarly(checkOut: string, day: Pick<WorkdayHours, 'end'>): number {
  return Math.max(0, Math.floor((secondsOf(day.end)! - secondsOf(checkOut)!) / 60));
}

/**
 * Check-in and check-out from a day's punches: the first and the last. A single
 * punch is a check-in before the middle of the working day and a check-out
 * after it (a forgotten punch is then corrected); on a day off, a check-in.
 */
export function punchesToTimes(punches: readonly string[], day: Pick<WorkdayHours, 'start' | 'end'> | null) {
  const sorted = [...punches].sort((a, b) => secondsOf(a)! - secondsOf(b)!);
  if (sorted.length === 0) return { checkIn: null, checkOut: null };
  if (sorted.length > 1) return { checkIn: sorted[0]!, checkOut: sorted[sorted.length - 1]! };
  const only = sorted[0]!;
  const middle = day ? (secondsOf(day.start)! + secondsOf(day.end)!) / 2 : Infinity;
  return secondsOf(only)! < middle ? { checkIn: only, checkOut: null } : { checkIn: null, checkOut: only };
}

/** Late and early minutes of a record: null where the punch is missing; 0 on a day off. */
export function lateness(checkIn: string | null, checkOut: string | null, day: WorkdayHours | null) {
  if (!day) return { lateMinutes: 0, earlyLeaveMinutes: 0 };
  return {
    lateMinutes: checkIn === null ? null : minutesLate(checkIn, day),
    earlyLeaveMinutes: checkOut === null ? null : minutesEarly(checkOut, day),
  };
}

/** The unit's calendar: the nearest unit up the path (`/root/.../self/`) that has one, else the agency's. */
export function nearestCalendar<C>(path: string, byUnit: ReadonlyMap<string, C>, agencyCalendar: C): C {
  const ids = path.split('/').filter(Boolean).reverse();
  for (const id of ids) {
    const calendar = byUnit.get(id);
    if (calendar) return calendar;
  }
  return agencyCalendar;
}

/**
 * "2026-03-02 07:41:09", "2026-03-02T07:41" or "02/03/2026 07:41:09" (day first,
 * as Indonesian machines print it): the local date and time "HH:MM:SS"; null when not a timestamp.
 */
export function parsePunch(text: string): { date: string; time: string } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  const dmy = /^(\d{2})[/-](\d{2})[/-](\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]] : dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]] : null;
  if (!parts) return null;
  const [year, month, day, hour, minute, second = '00'] = parts as string[];
  const date = `${year}-${month}-${day}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return { date, time: `${hour}:${minute}:${second}` };
}
