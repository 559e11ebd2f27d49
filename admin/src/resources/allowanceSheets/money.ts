import { useLocaleState } from 'react-admin';

/** Intl locale of numbers and money: id-ID for Indonesian, en-GB for English. */
export const numberLocaleOf = (locale: string): string => (locale === 'en' ? 'en-GB' : 'id-ID');

/** Whole rupiah in the console's language: "Rp 2.750.000" / "IDR 2,750,000". */
export const formatRupiah = (amount: number, locale: string): string =>
  new Intl.NumberFormat(numberLocaleOf(locale), {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(amount);

/** A whole number in the console's language: 6600 -> "6.600" / "6,600". */
export const formatWhole = (value: number, locale: string): string => new Intl.NumberFormat(numberLocaleOf(locale)).format(value);

/**
 * Basis points as a percentage, from integers only (no rounding of the figure shown):
 * 125 -> "1,25 %" / "1.25 %", 2500 -> "25 %".
 */
export const formatBasisPoints = (basisPoints: number, locale: string): string => {
  const sign = basisPoints < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(basisPoints) / 100);
  const fraction = String(Math.abs(basisPoints) % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const decimal = locale === 'en' ? '.' : ',';
  return `${sign}${formatWhole(whole, locale)}${fraction ? `${decimal}${fraction}` : ''} %`;
};

/** The formatters in the console's current language. */
export const useMoneyFormat = () => {
  const [locale] = useLocaleState();
  return {
    locale,
    rupiah: (amount: number) => formatRupiah(amount, locale),
    whole: (value: number) => formatWhole(value, locale),
    percent: (basisPoints: number) => formatBasisPoints(basisPoints, locale),
  };
};
