import { DateField, type DateFieldProps } from 'react-admin';
import { DATE_LOCALE } from '../i18n';

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/**
 * A calendar date (the API's `Date`, YYYY-MM-DD) in Indonesian format, e.g. "17 Januari 1980".
 * Read as UTC, so that no time zone moves it to the day before.
 */
export const CalendarDateField = (props: DateFieldProps) => <DateField locales={DATE_LOCALE} options={DATE_OPTIONS} {...props} />;
