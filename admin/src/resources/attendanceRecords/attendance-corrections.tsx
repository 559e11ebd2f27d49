import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert,
  Card,
  CardContent,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, TextInput, Title, required, useDataProvider, useTranslate } from 'react-admin';
import { DialogActionButton } from '../../common/dialog-action-button';
import type { KinerjaDataProvider } from '../../dataProvider';

/**
 * Koreksi kehadiran: the corrections waiting for the actor's decision (a supervisor: their direct
 * staff's; HR: the agency's), oldest first, approved or rejected in place. /attendanceRecords/corrections
 */
export const AttendanceCorrections = () => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const queue = useQuery({ queryKey: ['attendanceRecords', 'corrections'], queryFn: () => dataProvider.getAttendanceCorrectionQueue() });
  const status = (value: string | null | undefined) => (value ? translate(`resources.attendanceRecords.status.${value}`) : '—');
  return (
    <Card sx={{ mt: 2 }} data-testid="attendance-corrections">
      <Title title={translate('resources.attendanceRecords.corrections.title')} />
      <CardContent>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate('resources.attendanceRecords.corrections.title')}
          {queue.data ? ` (${queue.data.total})` : ''}
        </Typography>
        {queue.isPending ? (
          <Loading />
        ) : queue.error ? (
          <Alert severity="error">{(queue.error as Error).message}</Alert>
        ) : queue.data.data.length === 0 ? (
          <Alert severity="success">{translate('resources.attendanceRecords.corrections.empty')}</Alert>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.attendanceRecords.fields.date')}</TableCell>
                <TableCell>{translate('resources.attendanceRecords.fields.employeeId')}</TableCell>
                <TableCell>{translate('resources.attendanceRecords.fields.checkIn')}</TableCell>
                <TableCell>{translate('resources.attendanceRecords.fields.checkOut')}</TableCell>
                <TableCell>{translate('resources.attendanceRecords.fields.status')}</TableCell>
                <TableCell>{translate('resources.attendanceRecords.corrections.reason')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {queue.data.data.map((correction) => (
                <TableRow key={correction.id} data-testid="queued-correction" sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{String(correction.date)}</TableCell>
                  <TableCell>{correction.employee.fullName}</TableCell>
                  <TableCell>{correction.checkIn ?? '—'}</TableCell>
                  <TableCell>{correction.checkOut ?? '—'}</TableCell>
                  <TableCell>{status(correction.attendanceStatus)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                    {correction.reason}
                    {correction.evidenceLink ? (
                      <>
                        {' '}
                        <MuiLink href={correction.evidenceLink} target="_blank" rel="noreferrer">
                          {translate('resources.attendanceRecords.corrections.evidence')}
                        </MuiLink>
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <DialogActionButton<{ comment: string }>
                        texts="resources.attendanceRecords.corrections.reject"
                        icon={<UndoIcon />}
                        testId="reject-correction"
                        messageArgs={{ name: correction.employee.fullName }}
                        onSubmit={({ comment }) =>
                          dataProvider.rejectAttendanceCorrection({ id: correction.id, version: correction.version, comment })
                        }
                      >
                        <TextInput
                          source="comment"
                          multiline
                          validate={required()}
                          label="resources.attendanceRecords.corrections.comment"
                        />
                      </DialogActionButton>
                      <DialogActionButton<{ comment?: string }>
                        texts="resources.attendanceRecords.corrections.approve"
                        icon={<CheckIcon />}
                        testId="approve-correction"
                        variant="contained"
                        messageArgs={{ name: correction.employee.fullName }}
                        onSubmit={({ comment }) =>
                          dataProvider.approveAttendanceCorrection({
                            id: correction.id,
                            version: correction.version,
                            comment: comment || null,
                          })
                        }
                      >
                        <TextInput source="comment" multiline label="resources.attendanceRecords.corrections.comment" />
                      </DialogActionButton>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
