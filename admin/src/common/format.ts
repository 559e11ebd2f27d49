import { DATE_LOCALE } from '../i18n';

const DECIMAL = () => new Intl.NumberFormat(DATE_LOCALE, { maximumFractionDigits: 2 });

/** A number in Indonesian format with at most two decimals: 93.75 -> "93,75", 1200 -> "1.200"; empty for none. */
export const formatDecimal = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? '' : DECIMAL().format(value);

/** "17 Agustus 2026": a calendar day (YYYY-MM-DD) in the console's language; empty for none. */
export const formatDay = (day: string | null | undefined): string =>
  day
    ? new Date(`${day}T00:00:00Z`).toLocaleDateString(DATE_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : '';
