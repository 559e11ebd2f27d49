import { describe, expect, it } from 'vitest';
import { isDayOff } from './attendance-status';

describe('days off in the attendance grid', () => {
  it("follows the unit's working days, not the weekday", () => {
    // A puskesmas on a 6-day week: Saturday 7 November 2026 is a working day, Sunday 8 is not.
    const sixDays = new Set(['2026-11-06', '2026-11-07']);
    expect(isDayOff({ date: '2026-11-07', holiday: null }, sixDays)).toBe(false);
    expect(isDayOff({ date: '2026-11-08', holiday: null }, sixDays)).toBe(true);
    // An office on a 5-day week: Saturday is off.
    expect(isDayOff({ date: '2026-11-07', holiday: null }, new Set(['2026-11-06']))).toBe(true);
    // A holiday is off whatever the calendar.
    expect(isDayOff({ date: '2026-11-06', holiday: 'Cuti bersama' }, sixDays)).toBe(true);
  });
});
