export interface PeriodOption {
  id: string;
  name: string;
  type: string;
  startDate: string;
  status: string;
}

/** How many periods the trend shows: the chosen one and those of its type before it. */
export const TREND_LENGTH = 4;

/**
 * The period shown first: the latest one with results (in evaluation or closed), else the latest
 * one already started (and out of draft), else the latest of all.
 */
export function defaultPeriod(periods: readonly PeriodOption[], today: string): PeriodOption | undefined {
  const latestFirst = [...periods].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    latestFirst.find((p) => p.status === 'EVALUATION' || p.status === 'CLOSED') ??
    latestFirst.find((p) => p.startDate <= today && p.status !== 'DRAFT') ??
    latestFirst[0]
  );
}

/** The chosen period and up to three periods of the same type before it, oldest first. */
export function trendPeriods(periods: readonly PeriodOption[], chosen: PeriodOption): string[] {
  return periods
    .filter((p) => p.type === chosen.type && p.startDate <= chosen.startDate)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .slice(0, TREND_LENGTH)
    .reverse()
    .map((p) => p.id);
}

/** Intl locale of the console's language: Indonesian formats by default, British ones in English. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

/** A number with at most two decimals in the language's format: 97.64 -> "97,64" (id) or "97.64" (en). */
export const formatNumber = (locale: string, value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);

/** A share (0-1) as a percentage: 0.2857 -> "28,57 %" (id) or "28.57 %" (en). */
export const formatShare = (locale: string, share: number | null | undefined): string =>
  share === null || share === undefined ? '—' : `${formatNumber(locale, Math.round(share * 10_000) / 100)} %`;

/** A calendar day (YYYY-MM-DD) in the language's format: "30 Jun 2025" in both, month names translated. */
export const formatDay = (locale: string, day: string): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** A console route showing a list with its filter, as react-admin reads it from the URL. */
export const listLink = (resource: string, filter: Record<string, unknown> = {}): string => {
  const given = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null && value !== undefined));
  return Object.keys(given).length ? `/${resource}?filter=${encodeURIComponent(JSON.stringify(given))}` : `/${resource}`;
};

/** The plans of the period in the unit's subtree (the whole scope without a unit), maybe narrowed (status, predicate). */
export const plansLink = (periodId: string, unitId: string | null, filter: Record<string, unknown> = {}): string =>
  listLink('performancePlans', { periodId, inUnitSubtree: unitId, ...filter });

/** The discipline panel counts active sanctions: the cases that are ACTIVE. */
export const disciplineLink = (): string => listLink('disciplinaryCases', { status: 'ACTIVE' });
