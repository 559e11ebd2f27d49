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
