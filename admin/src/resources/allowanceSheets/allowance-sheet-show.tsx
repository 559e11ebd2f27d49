import DownloadIcon from '@mui/icons-material/Download';
import GavelIcon from '@mui/icons-material/Gavel';
import LockIcon from '@mui/icons-material/Lock';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import VerifiedIcon from '@mui/icons-material/Verified';
import {
  Alert,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { Button, Link, Loading, Title, useDataProvider, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { saveFile } from '../../common/save-file';
import type { AllowanceSheetRowDetail, AllowanceStep, KinerjaDataProvider } from '../../dataProvider';
import { breakdownPath } from './allowance-breakdown';
import { SheetStatusField } from './allowance-sheet-list';
import { useMoneyFormat } from './money';
import { ruleText } from './rule-label';
import { can, type Permission } from '../../access';

/** Each workflow button: the stage it starts from and who may press it (the API's TRANSITIONS). */
const STEPS: { step: AllowanceStep; from: string; permission: Permission; icon: ReactElement }[] = [
  { step: 'verify', from: 'DRAFT', permission: 'allowance.verify', icon: <VerifiedIcon /> },
  { step: 'approve', from: 'VERIFIED', permission: 'allowance.approve', icon: <GavelIcon /> },
  { step: 'lock', from: 'APPROVED', permission: 'allowance.lock', icon: <LockIcon /> },
];

const amountOf = (row: AllowanceSheetRowDetail, rule: string): number =>
  row.lines.filter((line) => line.rule === rule).reduce((sum, line) => sum + line.amount, 0);

/**
 * A sheet: one row per employee (NIP, name, rank, class, gross, each deduction in its own
 * column, net, scheme version) with totals, the adjustments of earlier months, the workflow
 * buttons the actor may press at this stage, and the sheet as XLSX and PDF.
 */
export const AllowanceSheetShow = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { permissions } = usePermissions();
  const [locale] = useLocaleState();
  const { rupiah, whole } = useMoneyFormat();
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState(false);
  const sheet = useQuery({
    queryKey: ['allowanceSheets', 'detail', id],
    queryFn: async () => (await dataProvider.getAllowanceSheet(id)).data,
  });
  if (sheet.isPending) return <Loading />;
  if (sheet.isError) return <Alert severity="error">{(sheet.error as Error).message}</Alert>;
  const data = sheet.data;

  const step = async (kind: AllowanceStep) => {
    setBusy(true);
    try {
      await dataProvider.stepAllowanceSheet(kind, { id: data.id, version: data.version });
      notify(`resources.allowanceSheets.steps.${kind}.success`, { type: 'success' });
      await sheet.refetch();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const download = async (format: 'xlsx' | 'pdf') => {
    try {
      saveFile(await dataProvider.exportAllowanceSheet(data.id, format, locale));
    } catch (error) {
      notify('app.exports.failed', { type: 'error', messageArgs: { message: (error as Error).message } });
    }
  };

  const units = [...new Map(data.rows.map((row) => [row.unitId, row.unitName])).entries()];
  const inUnit = data.rows.filter((row) => !unit || row.unitId === unit);
  const rows = inUnit.filter((row) => !row.adjustmentOf);
  const adjustments = inUnit.filter((row) => row.adjustmentOf);
  // One column per deduction rule that occurs, in the order first met.
  const rules = [...new Set(rows.flatMap((row) => row.lines.map((line) => line.rule)))];
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const allowed = STEPS.filter((s) => s.from === data.status && can(permissions, s.permission));

  return (
    <Card sx={{ mt: 2 }} data-testid="allowance-sheet">
      <Title title={translate('resources.allowanceSheets.show.title', { month: data.month })} />
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h6">{translate('resources.allowanceSheets.show.title', { month: data.month })}</Typography>
            <SheetStatusField status={data.status} />
            <Typography variant="body2">{translate('resources.allowanceSheets.show.scheme', { version: data.schemeVersion })}</Typography>
            {allowed.map((s) => (
              <Button
                key={s.step}
                label={`resources.allowanceSheets.steps.${s.step}.action`}
                variant="contained"
                disabled={busy}
                onClick={() => void step(s.step)}
                data-testid={`sheet-${s.step}`}
              >
                {s.icon}
              </Button>
            ))}
            <Button label="resources.allowanceSheets.show.xlsx" onClick={() => void download('xlsx')} data-testid="sheet-xlsx">
              <DownloadIcon />
            </Button>
            <Button label="resources.allowanceSheets.show.pdf" onClick={() => void download('pdf')} data-testid="sheet-pdf">
              <PictureAsPdfIcon />
            </Button>
          </Stack>
          {data.warnings.map((warning) => (
            <Alert key={warning.code} severity="warning" data-testid="sheet-warning">
              {translate(`resources.allowanceSheets.warnings.${warning.code}`, { count: warning.count, _: warning.code })}
            </Alert>
          ))}
          <TextField
            select
            size="small"
            label={translate('resources.allowanceSheets.show.unit')}
            value={unit}
            onChange={(event) => setUnit(event.target.value)}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            sx={{ maxWidth: 420 }}
          >
            <MenuItem value="">{translate('resources.allowanceSheets.show.allUnits')}</MenuItem>
            {units.map(([unitId, name]) => (
              <MenuItem key={unitId} value={unitId}>
                {name}
              </MenuItem>
            ))}
          </TextField>
          <TableContainer>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.allowanceSheets.fields.nip')}</TableCell>
                  <TableCell>{translate('resources.allowanceSheets.fields.name')}</TableCell>
                  <TableCell>{translate('resources.allowanceSheets.fields.rank')}</TableCell>
                  <TableCell align="right">{translate('resources.allowanceSheets.fields.grade')}</TableCell>
                  <TableCell align="right">{translate('resources.allowanceSheets.fields.gross')}</TableCell>
                  {rules.map((rule) => (
                    <TableCell key={rule} align="right">
                      {ruleText(rule, translate)}
                    </TableCell>
                  ))}
                  <TableCell align="right">{translate('resources.allowanceSheets.fields.net')}</TableCell>
                  <TableCell align="right">{translate('resources.allowanceSheets.fields.schemeVersion')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.employeeId} data-testid="sheet-row">
                    <TableCell>{row.nip}</TableCell>
                    <TableCell>
                      <Link to={breakdownPath(row.employeeId, data.month)}>{row.name}</Link>
                    </TableCell>
                    <TableCell>{data.ranks[row.employeeId] ?? ''}</TableCell>
                    <TableCell align="right">{row.grade ?? '—'}</TableCell>
                    <TableCell align="right">{rupiah(row.gross)}</TableCell>
                    {rules.map((rule) => (
                      <TableCell key={rule} align="right">
                        {amountOf(row, rule) ? rupiah(amountOf(row, rule)) : ''}
                      </TableCell>
                    ))}
                    <TableCell align="right">{rupiah(row.net)}</TableCell>
                    <TableCell align="right">{data.schemeVersion}</TableCell>
                  </TableRow>
                ))}
                <TableRow data-testid="sheet-totals">
                  <TableCell colSpan={4} sx={{ fontWeight: 600 }}>
                    {translate('resources.allowanceSheets.show.totals', { count: whole(rows.length) })}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>
                    {rupiah(sum(rows.map((row) => row.gross)))}
                  </TableCell>
                  {rules.map((rule) => (
                    <TableCell key={rule} align="right" sx={{ fontWeight: 600 }}>
                      {rupiah(sum(rows.map((row) => amountOf(row, rule))))}
                    </TableCell>
                  ))}
                  <TableCell align="right" sx={{ fontWeight: 600 }}>
                    {rupiah(sum(rows.map((row) => row.net)))}
                  </TableCell>
                  <TableCell />
                </TableRow>
              </TableBody>
            </Table>
          </TableContainer>
          {!unit ? (
            <Typography variant="body2">
              {translate('resources.allowanceSheets.show.sheetTotals', { gross: rupiah(data.totalGross), net: rupiah(data.totalNet) })}
            </Typography>
          ) : null}
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {translate('resources.allowanceSheets.show.adjustments')}
          </Typography>
          {adjustments.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.allowanceSheets.show.noAdjustments')}
            </Typography>
          ) : (
            <Table size="small" data-testid="sheet-adjustments">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.allowanceSheets.fields.name')}</TableCell>
                  <TableCell>{translate('resources.allowanceSheets.fields.adjustmentOf')}</TableCell>
                  <TableCell>{translate('resources.allowanceSheets.fields.reason')}</TableCell>
                  <TableCell align="right">{translate('resources.allowanceSheets.fields.amount')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {adjustments.map((row, index) => (
                  <TableRow key={index}>
                    <TableCell>{`${row.name} (${row.nip})`}</TableCell>
                    <TableCell>{row.adjustmentOf}</TableCell>
                    <TableCell>{row.reason}</TableCell>
                    <TableCell align="right">{rupiah(row.net)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
