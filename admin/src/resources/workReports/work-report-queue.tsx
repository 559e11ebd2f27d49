import { Alert, Card, CardContent, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { RecordLink } from '../../common/record-link';
import { formatDecimal } from '../../common/format';
import { usePhone } from '../../common/phone';
import type { KinerjaDataProvider } from '../../dataProvider';
import { DATE_LOCALE } from '../../i18n';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { WorkReportStepButton } from './work-report-actions';

const DAY = () => new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const PAGE_SIZE = 100;

/**
 * Antrian laporan: the SUBMITTED reports of the actor's direct staff, oldest first
 * (workReportQueue), each approved or returned in place; a card per report on a phone. /workReports/queue
 */
export const WorkReportQueue = () => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const actor = useCurrentActor();
  const phone = usePhone();
  const queue = useQuery({
    queryKey: ['workReports', 'queue'],
    queryFn: () => dataProvider.getWorkReportQueue(1, PAGE_SIZE),
  });
  return (
    <Card sx={{ mt: 2 }} data-testid="work-report-queue">
      <Title title={translate('resources.workReports.queue.title')} />
      <CardContent>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate('resources.workReports.queue.title')}
          {queue.data ? ` (${queue.data.total})` : ''}
        </Typography>
        {actor && !actor.employeeId ? (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('resources.workReports.queue.notSupervisor')}
          </Alert>
        ) : null}
        {queue.isPending ? (
          <Loading />
        ) : queue.error ? (
          <Alert severity="error">{(queue.error as Error).message}</Alert>
        ) : queue.data.data.length === 0 ? (
          <Alert severity="success">{translate('resources.workReports.queue.empty')}</Alert>
        ) : phone ? (
          <Stack spacing={1}>
            {queue.data.data.map((report) => (
              <Paper key={report.id} variant="outlined" sx={{ p: 1.5, minWidth: 0 }} data-testid="queued-report">
                <Typography variant="subtitle2">
                  <RecordLink resource="workReports" id={report.id}>
                    {DAY().format(new Date(`${report.date}T00:00:00Z`))}
                  </RecordLink>{' '}
                  · {report.employee.fullName} · {formatDecimal(report.hours)}{' '}
                  {translate('resources.workReports.fields.hours').toLowerCase()}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {report.activity}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {report.output}
                </Typography>
                {report.target ? (
                  <Typography variant="caption" color="text.secondary">
                    {report.target.indicator.code}
                  </Typography>
                ) : null}
                <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                  <WorkReportStepButton kind="return" report={report} onDone={() => void queue.refetch()} />
                  <WorkReportStepButton kind="approve" report={report} onDone={() => void queue.refetch()} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.workReports.fields.date')}</TableCell>
                <TableCell>{translate('resources.workReports.fields.employeeId')}</TableCell>
                <TableCell>{translate('resources.workReports.fields.activity')}</TableCell>
                <TableCell>{translate('resources.workReports.fields.output')}</TableCell>
                <TableCell align="right">{translate('resources.workReports.fields.hours')}</TableCell>
                <TableCell>{translate('resources.workReports.fields.targetId')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {queue.data.data.map((report) => (
                <TableRow key={report.id} data-testid="queued-report" sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <RecordLink resource="workReports" id={report.id}>
                      {DAY().format(new Date(`${report.date}T00:00:00Z`))}
                    </RecordLink>
                  </TableCell>
                  <TableCell>{report.employee.fullName}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{report.activity}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{report.output}</TableCell>
                  <TableCell align="right">{formatDecimal(report.hours)}</TableCell>
                  <TableCell>{report.target ? report.target.indicator.code : '—'}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <WorkReportStepButton kind="return" report={report} onDone={() => void queue.refetch()} />
                      <WorkReportStepButton kind="approve" report={report} onDone={() => void queue.refetch()} />
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
