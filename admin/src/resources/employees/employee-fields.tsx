import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { DATE_LOCALE } from '../../i18n';
import { rankLabel } from './employee-choices';

export { CalendarDateField } from '../../common/calendar-date-field';

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
