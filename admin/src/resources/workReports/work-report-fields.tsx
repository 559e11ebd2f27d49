import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { timeRangeOf, WORK_REPORT_STATUS_COLORS, workReportStatusLabel, type WorkReportStatus } from './work-report-rules';

/** A report's status as a chip: Diajukan, Dikembalikan, Disetujui. */
export const WorkReportStatusChip = ({ status, testId }: { status: string; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={WORK_REPORT_STATUS_COLORS[status as WorkReportStatus] ?? 'default'}
      label={translate(workReportStatusLabel(status), { _: status })}
      data-testid={testId}
    />
  );
};

export const WorkReportStatusField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  return record?.status ? <WorkReportStatusChip status={String(record.status)} /> : null;
};

/** The plan target a report serves, as its indicator code and name; "—" for none. */
export const TargetField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const target = record?.target as { indicator: { code: string; name: string } } | null | undefined;
  return <>{target ? `${target.indicator.code} — ${target.indicator.name}` : '—'}</>;
};

/** When the work was done: "08:00–10:30" for a timed report, "—" for one given in hours; "Lembur" when overtime. */
export const WorkTimeField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span data-testid="work-report-time">
      {timeRangeOf(record.startTime, record.endTime) || '—'}
      {record.overtime ? (
        <Chip size="small" variant="outlined" sx={{ ml: 1 }} label={translate('resources.workReports.fields.overtime')} />
      ) : null}
    </span>
  );
};
