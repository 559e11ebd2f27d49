import { addDays } from '../../dates.js';

/**
 * Pure date rules of PP 94/2021 and PP 79/2021 (docs/domain.md#sanctions): when a
 * sanction ends, working-day deadlines, which remedy applies. No database.
 * Working days skip Saturdays and Sundays only: public holidays are not known here.
 */

export interface SanctionDuration {
  /** Months the sanction runs (moderate cuts 6/9/12, demotion and release 12); null when it has no duration. */
  durationMonths: number | null;
  /** True for dismissal: it never ends. */
  permanent: boolean;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day a sanction is in force. N months from D run to the day before
 * the same date N months later (1 March + 6 months -> 31 August); when that
 * month has no such date (31 August + 6 months), to the end of that month.
 * A reprimand (no duration) is in force on its effective day only; dismissal never ends (null).
 */
export function sanctionEndDate(effectiveFrom: string, duration: SanctionDuration): string | null {
  if (duration.permanent) return null;
  if (!duration.durationMonths) return effectiveFrom;
  const [year, month, day] = effectiveFrom.split('-').map(Number) as [number, number, number];
  const index = month - 1 + duration.durationMonths;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (day > last) return `${targetYear}-${pad(targetMonth)}-${pad(last)}`;
  return addDays(`${targetYear}-${pad(targetMonth)}-${pad(day)}`, -1);
}

const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** The `n`th working day after `day` (Monday to Friday). */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = addDays(current, 1);
    if (!isWeekend(current)) counted++;
  }
  return current;
}

/** PP 94/2021: a decree takes effect from the 15th working day after it is delivered (here: its date). */
export const EFFECTIVE_AFTER_WORKING_DAYS = 15;
/** PP 79/2021: objection and administrative appeal are filed within 14 working days. */
export const APPEAL_WORKING_DAYS = 14;

export enum AppealKind {
  KEBERATAN = 'KEBERATAN',
  BANDING_ADMINISTRATIF = 'BANDING_ADMINISTRATIF',
}

/** Objection against any sanction but dismissal; administrative appeal (to the ASN appeals board) against dismissal. */
export function appealKindFor(duration: SanctionDuration): AppealKind {
  return duration.permanent ? AppealKind.BANDING_ADMINISTRATIF : AppealKind.KEBERATAN;
}

/** Whether `day` is a sanction's day in force (effective, not yet ended). */
export function inForce(effectiveFrom: string | null, endDate: string | null, day: string): boolean {
  return effectiveFrom !== null && effectiveFrom <= day && (endDate === null || endDate >= day);
}
