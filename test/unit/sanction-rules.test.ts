import { describe, expect, it } from 'vitest';
import { addWorkingDays, AppealKind, appealKindFor, inForce, sanctionEndDate } from '../../api/src/modules/discipline/sanction-rules.js';

const months = (durationMonths: number | null, permanent = false) => ({ durationMonths, permanent });

describe('sanction end date (PP 94/2021)', () => {
  it('runs N months to the day before the same date', () => {
    expect(sanctionEndDate('2026-03-01', months(6))).toBe('2026-08-31');
    expect(sanctionEndDate('2026-01-15', months(12))).toBe('2027-01-14');
    expect(sanctionEndDate('2026-05-20', months(9))).toBe('2027-02-19');
    expect(sanctionEndDate('2026-11-02', months(6))).toBe('2027-05-01');
  });

  it('ends with the month when the same date does not exist there', () => {
    expect(sanctionEndDate('2026-08-31', months(6))).toBe('2027-02-28');
    expect(sanctionEndDate('2027-08-31', months(6))).toBe('2028-02-29');
    expect(sanctionEndDate('2026-03-31', months(6))).toBe('2026-09-30');
  });

  it('keeps a reprimand to its effective day and never ends a dismissal', () => {
    expect(sanctionEndDate('2026-04-07', months(null))).toBe('2026-04-07');
    expect(sanctionEndDate('2026-04-07', months(null, true))).toBeNull();
  });
});

describe('working days and remedies', () => {
  it('skips weekends', () => {
    // Friday 2026-11-20 + 1 working day = Monday 23.
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    // Monday + 15 working days = three weeks later, Monday.
    expect(addWorkingDays('2026-11-02', 15)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-02', 14)).toBe('2026-11-20');
  });

  it('appeals a dismissal to the board and objects to anything else', () => {
    expect(appealKindFor(months(null, true))).toBe(AppealKind.BANDING_ADMINISTRATIF);
    expect(appealKindFor(months(12))).toBe(AppealKind.KEBERATAN);
    expect(appealKindFor(months(null))).toBe(AppealKind.KEBERATAN);
  });

  it('is in force from the effective day to the last day', () => {
    expect(inForce('2026-01-01', '2026-06-30', '2026-06-30')).toBe(true);
    expect(inForce('2026-01-01', '2026-06-30', '2026-07-01')).toBe(false);
    expect(inForce('2026-01-01', null, '2040-01-01')).toBe(true);
    expect(inForce(null, null, '2026-01-01')).toBe(false);
  });
});
