/** Calendar dates as PostgreSQL `date` strings (YYYY-MM-DD), free of time zones. */

/** Today in Western Indonesia (WIB), the default effective date of a change. */
export function todayInIndonesia(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });
}

/** A date from the GraphQL `Date` scalar (parsed as UTC midnight) as YYYY-MM-DD. */
export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return toDateString(date);
}

/** Appraisal data starts in this year: an earlier date a person types is a typo (1900 for 2000). */
export const FIRST_YEAR = 2000;
/** Plans reach a few years ahead at most: a later date is a typo (2062, 9999). */
export const YEARS_AHEAD = 5;

/** The earliest and latest day a person may type into any date input: the appraisal period's bounds. */
export function typedDateBounds(now = new Date()): { min: string; max: string } {
  return { min: `${FIRST_YEAR}-01-01`, max: `${Number(todayInIndonesia(now).slice(0, 4)) + YEARS_AHEAD}-12-31` };
}
