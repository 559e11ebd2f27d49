import { DateField, type DateFieldProps } from 'react-admin';
import { DATE_LOCALE } from '../i18n';

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/** A date and time in Indonesian format, e.g. "5 Mar 2025, 14.30". */
export const DateTimeField = (props: DateFieldProps) => <DateField showTime locales={DATE_LOCALE} options={DATE_TIME_OPTIONS} {...props} />;
