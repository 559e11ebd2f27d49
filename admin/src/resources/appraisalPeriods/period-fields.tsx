import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { STATUS_COLORS, statusLabel, type PeriodStatus } from './period-lifecycle';

type FieldProps = { source?: string; label?: string; sortable?: boolean; testId?: string };

/** A status as a coloured chip: Draf, Perencanaan, Pemantauan, Penilaian, Ditutup. */
export const StatusChip = ({ status, testId }: { status: string; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[status as PeriodStatus] ?? 'default'}
      variant={status === 'DRAFT' ? 'outlined' : 'filled'}
      label={translate(statusLabel(status), { _: status })}
      data-testid={testId}
    />
  );
};

/** The record's status as a chip. */
export const PeriodStatusField = ({ testId }: FieldProps) => {
  const record = useRecordContext();
  if (!record?.status) return null;
  return <StatusChip status={String(record.status)} testId={testId} />;
};
