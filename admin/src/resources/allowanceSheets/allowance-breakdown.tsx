import {
  Alert,
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { usePhone } from '../../common/phone';
import { VISIBLE_ALLOWANCE_STATUSES } from '../../home/home-rules';
import type { AllowanceBreakdown, KinerjaDataProvider } from '../../dataProvider';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { SheetStatusField } from './allowance-sheet-list';
import { useMoneyFormat } from './money';
import { CELLS, LineBase, RowFactsNote, TABLE_BOX } from './line-base';
import { RuleLabel } from './rule-label';

/** Where one employee's month is explained (from a sheet's row). */
export const breakdownPath = (employeeId: string, month: string) => `/allowanceBreakdown/${encodeURIComponent(employeeId)}/${month}`;

const MONTH = /^\d{4}-\d{2}$/;

/** Last month: the one a sheet is usually computed for. */
const lastMonth = () => {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return date.toISOString().slice(0, 7);
};

type Row = AllowanceBreakdown['allowanceBreakdown'][number];
type Facts = Pick<AllowanceBreakdown, 'effectiveMinutes' | 'attendanceRecords'>;

/** One row of the sheet: gross, each deduction with its rule, quantity, percentage and amount, net. */
const BreakdownRow = ({ row }: { row: Row }) => {
  const translate = useTranslate();
  const { rupiah, whole, percent } = useMoneyFormat();
  const phone = usePhone();
  const amount = { whiteSpace: 'nowrap' } as const;
  return (
    <Box data-testid={row.adjustmentOf ? 'breakdown-adjustment' : 'breakdown-row'}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <SheetStatusField status={row.sheetStatus} />
        <Typography variant="body2">{translate('resources.allowanceSheets.show.scheme', { version: row.schemeVersion })}</Typography>
        <Typography variant="body2">
          {row.unitName} · {translate('resources.allowanceSheets.fields.grade')} {row.grade ?? '—'}
        </Typography>
      </Stack>
      {row.adjustmentOf ? (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('resources.allowanceSheets.breakdown.adjustment', { month: row.adjustmentOf, reason: row.reason ?? '' })}
        </Typography>
      ) : null}
      <RowFactsNote row={row} />
      {phone ? (
        // On a phone: the rule with its quantity and percentage under it, the amount beside it, never cut off.
        <Table size="small">
          <TableBody>
            <TableRow>
              <TableCell>{translate('resources.allowanceSheets.fields.gross')}</TableCell>
              <TableCell align="right" sx={amount} data-testid="breakdown-gross">
                {rupiah(row.gross)}
              </TableCell>
            </TableRow>
            {row.lines.map((line) => (
              <TableRow key={line.rule} data-testid="breakdown-line">
                <TableCell>
                  <RuleLabel rule={line.rule} />
                  <LineBase line={line} />
                  <Typography variant="caption" color="text.secondary" component="div">
                    {whole(line.quantity)}
                    {line.basisPoints ? ` × ${percent(line.basisPoints)}` : ''}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={amount}>
                  {rupiah(-line.amount)}
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{translate('resources.allowanceSheets.fields.net')}</TableCell>
              <TableCell align="right" sx={{ ...amount, fontWeight: 600 }} data-testid="breakdown-net">
                {rupiah(row.net)}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      ) : (
        <Box sx={TABLE_BOX}>
          <Table size="small" sx={{ maxWidth: 760, ...CELLS }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.allowanceSheets.fields.rule')}</TableCell>
                <TableCell align="right">{translate('resources.allowanceSheets.fields.quantity')}</TableCell>
                <TableCell align="right">{translate('resources.allowanceSheets.fields.percentage')}</TableCell>
                <TableCell align="right">{translate('resources.allowanceSheets.fields.amount')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <TableRow>
                <TableCell>{translate('resources.allowanceSheets.fields.gross')}</TableCell>
                <TableCell />
                <TableCell />
                <TableCell align="right" data-testid="breakdown-gross">
                  {rupiah(row.gross)}
                </TableCell>
              </TableRow>
              {row.lines.map((line) => (
                <TableRow key={line.rule} data-testid="breakdown-line">
                  <TableCell>
                    <RuleLabel rule={line.rule} />
                    <LineBase line={line} />
                  </TableCell>
                  <TableCell align="right">{whole(line.quantity)}</TableCell>
                  <TableCell align="right">{line.basisPoints ? percent(line.basisPoints) : ''}</TableCell>
                  <TableCell align="right">{rupiah(-line.amount)}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>{translate('resources.allowanceSheets.fields.net')}</TableCell>
                <TableCell />
                <TableCell />
                <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="breakdown-net">
                  {rupiah(row.net)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

/** The attendance and activity minutes the month rests on, as recorded now. */
const BreakdownFacts = ({ facts }: { facts: Facts }) => {
  const translate = useTranslate();
  const { whole, percent } = useMoneyFormat();
  const records = [...facts.attendanceRecords.nodes].sort((a, b) => a.date.localeCompare(b.date));
  const byStatus = new Map<string, number>();
  for (const record of records) if (record.workingDay) byStatus.set(record.status, (byStatus.get(record.status) ?? 0) + 1);
  const remarkable = records.filter((r) => r.status === 'HADIR' && (r.lateMinutes || r.earlyLeaveMinutes || !r.checkIn || !r.checkOut));
  const minutes = facts.effectiveMinutes;
  return (
    <Box data-testid="breakdown-facts">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('resources.allowanceSheets.breakdown.facts')}
      </Typography>
      <Typography variant="body2">
        {translate('resources.allowanceSheets.breakdown.minutes', {
          effective: whole(minutes.effectiveMinutes),
          approved: whole(minutes.approvedMinutes),
          target: whole(minutes.targetMinutes),
          share: percent(minutes.shareBasisPoints),
        })}
      </Typography>
      <Typography variant="body2">
        {[...byStatus.entries()]
          .map(([status, days]) => `${translate(`resources.attendanceRecords.status.${status}`)}: ${days}`)
          .join(' · ') || translate('resources.allowanceSheets.breakdown.noAttendance')}
      </Typography>
      {remarkable.length ? (
        <Box sx={TABLE_BOX}>
          <Table size="small" sx={{ maxWidth: 760, mt: 1, ...CELLS }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.attendanceRecords.fields.date')}</TableCell>
                <TableCell>{translate('resources.attendanceRecords.fields.checkIn')}</TableCell>
                <TableCell>{translate('resources.attendanceRecords.fields.checkOut')}</TableCell>
                <TableCell align="right">{translate('resources.attendanceRecords.fields.lateMinutes')}</TableCell>
                <TableCell align="right">{translate('resources.attendanceRecords.fields.earlyLeaveMinutes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {remarkable.map((record) => (
                <TableRow key={record.id}>
                  <TableCell>{record.date}</TableCell>
                  <TableCell>{record.checkIn ?? '—'}</TableCell>
                  <TableCell>{record.checkOut ?? '—'}</TableCell>
                  <TableCell align="right">{record.lateMinutes ?? ''}</TableCell>
                  <TableCell align="right">{record.earlyLeaveMinutes ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Box>
  );
};

/** One employee's month: their rows of the sheet with every line, and the facts they rest on. */
const Breakdown = ({ employeeId, initialMonth, own }: { employeeId: string; initialMonth: string; own: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [month, setMonth] = useState(initialMonth);
  const breakdown = useQuery({
    queryKey: ['allowanceBreakdown', employeeId, month],
    queryFn: async () => (await dataProvider.getAllowanceBreakdown(employeeId, month)).data,
    enabled: MONTH.test(month),
    retry: false,
  });
  const title = translate(own ? 'resources.allowanceSheets.breakdown.mine' : 'resources.allowanceSheets.breakdown.title');
  const data = breakdown.data;
  // Employees see their own month once its sheet is verified: a draft's amounts may still change.
  const rows = (data?.allowanceBreakdown ?? []).filter((row) => !own || VISIBLE_ALLOWANCE_STATUSES.has(row.sheetStatus));
  const drafts = (data?.allowanceBreakdown.length ?? 0) - rows.length;
  return (
    <Card sx={{ mt: 2 }} data-testid="allowance-breakdown">
      <Title title={title} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">
            {title}
            {data ? ` — ${data.employee.fullName} (${data.employee.nip})` : ''}
          </Typography>
          <TextField
            type="month"
            size="small"
            label={translate('resources.allowanceSheets.fields.month')}
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ maxWidth: 220 }}
          />
          {breakdown.isPending && MONTH.test(month) ? <Loading /> : null}
          {breakdown.isError ? <Alert severity="error">{(breakdown.error as Error).message}</Alert> : null}
          {data && rows.length === 0 ? (
            <Alert severity="info">
              {translate(drafts ? 'resources.allowanceSheets.breakdown.notVerified' : 'resources.allowanceSheets.breakdown.noSheet', {
                month,
              })}
            </Alert>
          ) : null}
          {rows.map((row, index) => (
            <BreakdownRow key={index} row={row} />
          ))}
          {data ? <BreakdownFacts facts={data} /> : null}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** /allowanceBreakdown/:employeeId/:month, opened from a sheet's row. */
export const AllowanceBreakdownPage = () => {
  const { employeeId = '', month = lastMonth() } = useParams<{ employeeId: string; month: string }>();
  return <Breakdown key={`${employeeId}/${month}`} employeeId={employeeId} initialMonth={month} own={false} />;
};

/** Tunjangan saya (/myAllowance): the signed-in employee's own month. */
export const MyAllowancePage = () => {
  const translate = useTranslate();
  const actor = useCurrentActor();
  if (!actor) return <Loading />;
  if (!actor.employeeId) return <Alert severity="info">{translate('resources.allowanceSheets.breakdown.noEmployee')}</Alert>;
  return <Breakdown employeeId={actor.employeeId} initialMonth={lastMonth()} own />;
};
