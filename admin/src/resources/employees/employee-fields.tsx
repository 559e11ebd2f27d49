import { Typography } from '@mui/material';
import { DateField, useRecordContext, type DateFieldProps } from 'react-admin';
import { DATE_LOCALE } from '../../i18n';
import { rankLabel } from './employee-choices';

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/**
 * A calendar date (the API's `Date`, YYYY-MM-DD) in Indonesian format, e.g. "17 Januari 1980".
 * Read as UTC, so that no time zone moves it to the day before.
 */
export const CalendarDateField = (props: DateFieldProps) => <DateField locales={DATE_LOCALE} options={DATE_OPTIONS} {...props} />;

/** Golongan of a PNS ("III/a") or grade of a PPPK ("IX"). */
export const RankField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  return (
    <Typography component="span" variant="body2">
      {rankLabel(record)}
    </Typography>
  );
};

/** A month (YYYY-MM, e.g. TMT CPNS) as "Januari 2005". */
export const MonthField = ({ source }: { source: string; label?: string; emptyText?: string }) => {
  const record = useRecordContext();
  const value = record?.[source] as string | null | undefined;
  if (!value)
    return (
      <Typography component="span" variant="body2">
        —
      </Typography>
    );
  const [year, month] = value.split('-').map(Number);
  const text = new Intl.DateTimeFormat(DATE_LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
