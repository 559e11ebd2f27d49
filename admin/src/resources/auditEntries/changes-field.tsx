import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

type Change = { before?: unknown; after?: unknown };

const formatValue = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
};

const valueCell = (value: unknown) => (
  <TableCell
    sx={{
      fontFamily: 'monospace',
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-word',
      color: value === null || value === undefined ? 'text.disabled' : undefined,
    }}
  >
    {formatValue(value)}
  </TableCell>
);

/** The `changes` JSON of an audit entry ({ field: { before, after } }) as a field/before/after table. */
export const ChangesField = ({ source = 'changes' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const changes = (record?.[source] ?? {}) as Record<string, Change>;
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return <Typography variant="body2">{translate('resources.auditEntries.changes.empty')}</Typography>;
  }
  return (
    <Table size="small" aria-label={translate('resources.auditEntries.fields.changes')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.auditEntries.changes.field')}</TableCell>
          <TableCell>{translate('resources.auditEntries.changes.before')}</TableCell>
          <TableCell>{translate('resources.auditEntries.changes.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(([field, change]) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {field}
            </TableCell>
            {valueCell(change?.before)}
            {valueCell(change?.after)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
