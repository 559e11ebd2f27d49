import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDateString, todayInIndonesia } from '../../api/src/dates.js';
import { addWorkingDays } from '../../api/src/modules/community/public-guard.js';
import { addWorkingDays as addWorkingDaysDiscipline, inForce, sanctionEndDate } from '../../api/src/modules/discipline/sanction-rules.js';

const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => toDateString(d));
const isWeekday = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe('calendar dates (properties)', () => {
  it('adding and then subtracting the same number of days gives the day back, and the distance is that number', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(moved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(addDays(moved, -n)).toBe(d);
        expect(daysBetween(d, moved)).toBe(n);
      }),
    );
  });

  it('adding days preserves the order of dates (string order is date order)', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: -1000, max: 1000 }), (a, b, n) => {
        expect(Math.sign(addDays(a, n).localeCompare(addDays(b, n)))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });

  it('today in Indonesia is the UTC date or the next day (WIB is UTC+7)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), (now) => {
        const expected = toDateString(new Date(now.getTime() + 7 * 3600_000));
        expect(todayInIndonesia(now)).toBe(expected);
      }),
    );
  });
});

describe('working days (properties)', () => {
  it('the nth working day after a day is a weekday, with exactly n weekdays after the start up to it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const due = addWorkingDays(d, n);
        expect(isWeekday(due)).toBe(true);
        let weekdays = 0;
        for (let current = addDays(d, 1); current <= due; current = addDays(current, 1)) if (isWeekday(current)) weekdays++;
        expect(weekdays).toBe(n);
        // Five working days are always one calendar week.
        if (n % 5 === 0 && isWeekday(d)) expect(daysBetween(d, due)).toBe((n / 5) * 7);
      }),
    );
  });

  it('is monotonic in n and additive: n + m working days is m working days after n working days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (d, n, m) => {
        expect(addWorkingDays(d, n + m) > addWorkingDays(d, n)).toBe(true);
        expect(addWorkingDays(addWorkingDays(d, n), m)).toBe(addWorkingDays(d, n + m));
      }),
    );
  });

  it('the complaint and the discipline deadlines count working days the same way', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 100 }), (d, n) => {
        expect(addWorkingDaysDiscipline(d, n)).toBe(addWorkingDays(d, n));
      }),
    );
  });
});

describe('sanction periods (properties)', () => {
  it('a sanction of N months ends before the same date N months later, is in force throughout and not the day after', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(6, 9, 12), (from, months) => {
        const end = sanctionEndDate(from, { durationMonths: months, permanent: false })!;
        expect(end >= from).toBe(true);
        const span = daysBetween(from, end);
        expect(span).toBeGreaterThanOrEqual(months * 28 - 4);
        expect(span).toBeLessThanOrEqual(months * 31);
        expect(inForce(from, end, from)).toBe(true);
        expect(inForce(from, end, end)).toBe(true);
        expect(inForce(from, end, addDays(end, 1))).toBe(false);
        expect(inForce(from, end, addDays(from, -1))).toBe(false);
      }),
    );
  });

  it('consecutive sanctions leave no gap: the next one starting the day after the end covers the same total months', () => {
    fc.assert(
      fc.property(day, (from) => {
        const first = sanctionEndDate(from, { durationMonths: 6, permanent: false })!;
        const whole = sanctionEndDate(from, { durationMonths: 12, permanent: false })!;
        const [, , d] = from.split('-').map(Number) as [number, number, number];
        fc.pre(d <= 28); // month-end dates clamp, so halves may not add up exactly
        expect(sanctionEndDate(addDays(first, 1), { durationMonths: 6, permanent: false })).toBe(whole);
      }),
    );
  });
});
