import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKDAYS,
  dayMinutes,
  datesOfMonth,
  lateness,
  minutesEarly,
  minutesLate,
  monthCalendar,
  nearestCalendar,
  parsePunch,
  punchesToTimes,
  weekdayOf,
  weekProblems,
  type WorkdayHours,
} from '../../api/src/modules/attendance/calendar.js';
import { ladderStep, longestRun } from '../../api/src/modules/attendance/absence-ladder.js';

const MONDAY: WorkdayHours = { weekday: 1, start: '07:30', end: '16:00', breakMinutes: 60 };
const SIX_DAYS: WorkdayHours[] = [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '07:30', end: '14:00', breakMinutes: 30 }));

describe('the default week (Perpres 21/2023)', () => {
  it('is 37.5 hours from Monday to Friday, starting 07:30, with a longer break on Friday', () => {
    expect(DEFAULT_WORKDAYS.reduce((sum, day) => sum + dayMinutes(day), 0)).toBe(37.5 * 60);
    expect(DEFAULT_WORKDAYS.every((day) => day.start === '07:30')).toBe(true);
    expect(DEFAULT_WORKDAYS.find((day) => day.weekday === 5)!.breakMinutes).toBe(90);
    expect(weekProblems(DEFAULT_WORKDAYS)).toEqual([]);
  });

  it('refuses weeks that are not 5 or 6 days, repeated weekdays, end before start, breaks as long as the day', () => {
    expect(weekProblems(DEFAULT_WORKDAYS.slice(0, 4)).map((p) => p.field)).toEqual(['days']);
    expect(weekProblems([...DEFAULT_WORKDAYS, MONDAY]).map((p) => p.field)).toContain('weekday');
    expect(weekProblems([{ ...MONDAY, end: '07:00' }, ...DEFAULT_WORKDAYS.slice(1)]).map((p) => p.field)).toEqual(['end']);
    expect(weekProblems([{ ...MONDAY, breakMinutes: 510 }, ...DEFAULT_WORKDAYS.slice(1)]).map((p) => p.field)).toEqual(['breakMinutes']);
    expect(weekProblems([{ ...MONDAY, start: '7.30' }, ...DEFAULT_WORKDAYS.slice(1)]).map((p) => p.field)).toEqual(['start']);
  });
});

describe('working days of a month', () => {
  it('counts March 2026 on a 5-day week without and with holidays', () => {
    // March 2026 starts on a Sunday: 22 weekdays.
    expect(weekdayOf('2026-03-01')).toBe(7);
    expect(datesOfMonth('2026-03')).toHaveLength(31);
    expect(monthCalendar('2026-03', DEFAULT_WORKDAYS, new Set(), null).days).toHaveLength(22);
    // Nyepi (Thu 19), Idul Fitri (Fri 20, Sat 21) and cuti bersama (Wed 18, Mon 23, Tue 24): 5 weekdays off.
    const holidays = new Set(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-23', '2026-03-24']);
    const month = monthCalendar('2026-03', DEFAULT_WORKDAYS, holidays, null);
    expect(month.days).toHaveLength(17);
    expect(month.days.map((d) => d.date)).not.toContain('2026-03-20');
    expect(month.workingMinutes).toBe(17 * 450);
    expect(month.targetMinutes).toBe(17 * 450);
    expect(monthCalendar('2026-03', DEFAULT_WORKDAYS, holidays, 300).targetMinutes).toBe(17 * 300);
  });

  it('counts Saturdays on a 6-day week, holidays still off', () => {
    expect(monthCalendar('2026-03', SIX_DAYS, new Set(), null).days).toHaveLength(26);
    expect(monthCalendar('2026-03', SIX_DAYS, new Set(['2026-03-21']), null).days).toHaveLength(25);
    expect(monthCalendar('2026-02', SIX_DAYS, new Set(), null).days).toHaveLength(24);
  });

  it('takes the calendar of the nearest unit up the tree, else the agency', () => {
    const byUnit = new Map([
      ['b', 'B'],
      ['a', 'A'],
    ]);
    expect(nearestCalendar('/a/b/c/', byUnit, 'agency')).toBe('B');
    expect(nearestCalendar('/a/x/', byUnit, 'agency')).toBe('A');
    expect(nearestCalendar('/z/', byUnit, 'agency')).toBe('agency');
  });
});

describe('minutes late and leaving early, at the band boundaries', () => {
  it.each([
    ['07:29:59', 0],
    ['07:30:00', 0],
    ['07:30:59', 0],
    ['07:31:00', 1],
    ['08:00:00', 30],
    ['08:01:00', 31],
    ['08:30:00', 60],
    ['08:31:00', 61],
    ['09:00:00', 90],
    ['09:01:00', 91],
  ])('check-in %s is %i minutes late', (time, minutes) => {
    expect(minutesLate(time, MONDAY)).toBe(minutes);
  });

  it.each([
    ['16:00:00', 0],
    ['17:00:00', 0],
    ['15:59:01', 0],
    ['15:59:00', 1],
    ['15:30:00', 30],
    ['15:29:00', 31],
    ['15:00:00', 60],
    ['14:59:00', 61],
    ['14:30:00', 90],
    ['14:29:00', 91],
  ])('check-out %s leaves %i minutes early', (time, minutes) => {
    expect(minutesEarly(time, MONDAY)).toBe(minutes);
  });

  it('leaves a missing punch empty on a working day, and counts nothing on a day off', () => {
    expect(lateness(null, '16:00:00', MONDAY)).toEqual({ lateMinutes: null, earlyLeaveMinutes: 0 });
    expect(lateness('07:45:00', null, MONDAY)).toEqual({ lateMinutes: 15, earlyLeaveMinutes: null });
    expect(lateness('10:00:00', '11:00:00', null)).toEqual({ lateMinutes: 0, earlyLeaveMinutes: 0 });
  });
});

describe('punches', () => {
  it('takes the first and the last punch of a day, whatever their order', () => {
    expect(punchesToTimes(['12:01:00', '07:25:00', '16:10:00', '07:26:00'], MONDAY)).toEqual({ checkIn: '07:25:00', checkOut: '16:10:00' });
  });

  it('reads a single punch as a check-in before the middle of the day, else a check-out', () => {
    expect(punchesToTimes(['07:40:00'], MONDAY)).toEqual({ checkIn: '07:40:00', checkOut: null });
    expect(punchesToTimes(['16:02:00'], MONDAY)).toEqual({ checkIn: null, checkOut: '16:02:00' });
    expect(punchesToTimes(['16:02:00'], null)).toEqual({ checkIn: '16:02:00', checkOut: null });
  });

  it('reads machine timestamps, day first in the Indonesian form, and refuses impossible ones', () => {
    expect(parsePunch('2026-03-02 07:41:09')).toEqual({ date: '2026-03-02', time: '07:41:09' });
    expect(parsePunch('2026-03-02T07:41')).toEqual({ date: '2026-03-02', time: '07:41:00' });
    expect(parsePunch('02/03/2026 07:41:09')).toEqual({ date: '2026-03-02', time: '07:41:09' });
    expect(parsePunch('2026-02-30 07:41')).toBeNull();
    expect(parsePunch('2026-03-02 24:10')).toBeNull();
    expect(parsePunch('kemarin pagi')).toBeNull();
  });
});

describe('the unexcused absence ladder (PP 94/2021)', () => {
  it.each([
    [2, null],
    [3, 'TEGURAN_LISAN'],
    [4, 'TEGURAN_TERTULIS'],
    [6, 'TEGURAN_TERTULIS'],
    [7, 'PERNYATAAN_TIDAK_PUAS'],
    [10, 'PERNYATAAN_TIDAK_PUAS'],
    [11, 'POTONGAN_TUKIN_25_6'],
    [14, 'POTONGAN_TUKIN_25_9'],
    [17, 'POTONGAN_TUKIN_25_12'],
    [20, 'POTONGAN_TUKIN_25_12'],
    [21, 'PENURUNAN_JABATAN'],
    [25, 'PEMBEBASAN_JABATAN'],
    [27, 'PEMBEBASAN_JABATAN'],
    [28, 'PEMBERHENTIAN'],
  ])('%i days a year call for %s', (days, code) => {
    expect(ladderStep(days, 1)?.sanctionTypeCode ?? null).toBe(code);
  });

  it('dismisses after 10 consecutive working days whatever the total', () => {
    expect(ladderStep(10, 10)?.sanctionTypeCode).toBe('PEMBERHENTIAN');
    expect(ladderStep(10, 9)?.sanctionTypeCode).toBe('PERNYATAAN_TIDAK_PUAS');
  });

  it('counts a run over weekends and holidays, broken by a working day', () => {
    const weekdaysOnly = (date: string) => weekdayOf(date) <= 5;
    // Thu 5, Fri 6, (weekend), Mon 9: a run of 3; Wed 11 after a working Tuesday starts again.
    expect(longestRun(['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-11'], weekdaysOnly)).toBe(3);
    expect(longestRun([], weekdaysOnly)).toBe(0);
    const tenDays = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'].map((d) => `2026-03-${d}`);
    expect(longestRun(tenDays, weekdaysOnly)).toBe(10);
  });
});
