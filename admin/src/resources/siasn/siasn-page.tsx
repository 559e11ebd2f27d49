import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Radio,
  RadioGroup,
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
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { Button, Title, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import type { KinerjaDataProvider, SiasnImportReport, SiasnImportTarget } from '../../dataProvider';
import type { RowError } from '../../dataProvider/errors';
import { DATE_LOCALE } from '../../i18n';

const KINDS = ['KINERJA_PERIODIK', 'SKP_TAHUNAN', 'PENGHARGAAN', 'HUKDIS', 'KURSUS'] as const;
const FORMATS = ['JSON_LINES', 'CSV'] as const;

/** Whether the web service client is configured, and what it pushed. */
const SyncStatus = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { data } = useQuery({ queryKey: ['siasnSyncStatus'], queryFn: () => dataProvider.siasnSyncStatus().then((r) => r.data) });
  if (!data) return null;
  return data.configured ? (
    <Alert severity="info">
      {translate('app.siasn.status.configured', {
        url: data.baseUrl,
        pushed: data.pushedRecords,
        refused: data.refusedRecords,
      })}
    </Alert>
  ) : (
    <Alert severity="info">{translate('app.siasn.status.off')}</Alert>
  );
};

/** The difference a file makes: counts, then each created, changed and refused record. */
const ImportDiff = ({ report }: { report: SiasnImportReport }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} aria-label="counts">
        <Chip color="success" label={translate('app.siasn.outcome.CREATED_count', { count: report.created })} />
        <Chip color="info" label={translate('app.siasn.outcome.CHANGED_count', { count: report.changed })} />
        <Chip label={translate('app.siasn.outcome.UNCHANGED_count', { count: report.unchanged })} />
        <Chip color="error" label={translate('app.siasn.outcome.REFUSED_count', { count: report.refused })} />
      </Stack>
      {report.entries.length > 0 && (
        <TableContainer sx={{ maxHeight: 480 }}>
          <Table size="small" stickyHeader aria-label="siasn-diff">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.siasn.columns.row')}</TableCell>
                <TableCell>{translate('app.siasn.columns.record')}</TableCell>
                <TableCell>{translate('app.siasn.columns.outcome')}</TableCell>
                <TableCell>{translate('app.siasn.columns.changes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.entries.map((entry) => (
                <TableRow key={`${entry.row}-${entry.key}`}>
                  <TableCell>{entry.row}</TableCell>
                  <TableCell>{entry.label || entry.key}</TableCell>
                  <TableCell>{translate(`app.siasn.outcome.${entry.outcome}`)}</TableCell>
                  <TableCell>
                    {entry.errors.map((error, index) => (
                      <Typography key={`e${index}`} variant="body2" color="error">
                        {error.column}: {error.message}
                      </Typography>
                    ))}
                    {entry.errors.length === 0 &&
                      entry.changes.map((change) => (
                        <Typography key={change.field} variant="body2">
                          {translate(`app.siasn.fields.${change.field}`, { _: change.field })}: {change.before ?? '—'} →{' '}
                          {change.after ?? '—'}
                        </Typography>
                      ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
};

/** Polls the progress of a running import (its own request, answered by any API process) as a bar. */
const ImportProgressBar = ({ progressKey }: { progressKey: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { data } = useQuery({
    queryKey: ['siasnImportProgress', progressKey],
    queryFn: () => dataProvider.siasnImportProgress(progressKey).then((r) => r.data),
    refetchInterval: 500,
    // Until the import has claimed its key the answer is NOT_FOUND: keep polling quietly.
    retry: false,
  });
  const percent = data && data.total > 0 ? Math.min(100, Math.round((data.processed / data.total) * 100)) : 0;
  return (
    <Box aria-label="siasn-progress">
      <LinearProgress variant={data && data.total > 0 ? 'determinate' : 'indeterminate'} value={percent} />
      {data && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate('app.siasn.progress.label', {
            phase: translate(`app.siasn.progress.${data.phase}`),
            processed: data.processed.toLocaleString(DATE_LOCALE),
            total: data.total.toLocaleString(DATE_LOCALE),
          })}
        </Typography>
      )}
    </Box>
  );
};

/** Upload a SIASN file, see the difference (dry run), then confirm the import. */
const ImportCard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [target, setTarget] = useState<SiasnImportTarget>('employees');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [report, setReport] = useState<SiasnImportReport | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) => {
      const key = crypto.randomUUID();
      setProgressKey(key);
      return dataProvider.importSiasn({ target, content: file!.content, dryRun, progressKey: key }).then((r) => r.data);
    },
    onSettled: () => setProgressKey(null),
    onSuccess: (result) => {
      setRowErrors([]);
      if (result.dryRun) setReport(result);
      else {
        setReport(null);
        setFile(null);
        notify('app.siasn.imported', { type: 'success', messageArgs: { created: result.created, changed: result.changed } });
      }
    },
    onError: (error) => {
      const body = (error as { body?: { rowErrors?: RowError[] } }).body;
      setRowErrors(body?.rowErrors ?? []);
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    },
  });
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setReport(null);
    setRowErrors([]);
    setFile({ name: chosen.name, content: await chosen.text() });
  };
  return (
    <Card>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('app.siasn.import.title')}</Typography>
          <Typography variant="body2">{translate('app.siasn.import.help')}</Typography>
          <RadioGroup
            row
            value={target}
            onChange={(event) => {
              setTarget(event.target.value as SiasnImportTarget);
              setReport(null);
            }}
          >
            <FormControlLabel value="units" control={<Radio />} label={translate('app.siasn.import.units')} />
            <FormControlLabel value="employees" control={<Radio />} label={translate('app.siasn.import.employees')} />
          </RadioGroup>
          <Box>
            <MuiButton component="label" variant="outlined" startIcon={<UploadFileIcon />}>
              {translate('app.siasn.import.chooseFile')}
              <input hidden type="file" accept=".json,.csv,application/json,text/csv" onChange={choose} />
            </MuiButton>{' '}
            <Typography component="span" variant="body2">
              {file?.name ?? translate('app.siasn.import.noFile')}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1}>
            <Button label="app.siasn.import.check" variant="outlined" disabled={!file || run.isPending} onClick={() => run.mutate(true)} />
            <Button
              label="app.siasn.import.confirm"
              variant="contained"
              disabled={!report || report.refused > 0 || report.created + report.changed === 0 || run.isPending}
              onClick={() => run.mutate(false)}
            />
          </Stack>
          {run.isPending && progressKey && <ImportProgressBar progressKey={progressKey} />}
          {report && <ImportDiff report={report} />}
          {report && report.refused > 0 && <Alert severity="warning">{translate('app.siasn.import.fixFirst')}</Alert>}
          {rowErrors.length > 0 && (
            <Alert severity="error">
              {rowErrors.slice(0, 20).map((error, index) => (
                <div key={index}>
                  {error.row} {error.column}: {error.message}
                </div>
              ))}
            </Alert>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** Download the records of a closed period as SIASN takes them. */
const ExportCard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { data: periods = [] } = useGetList('appraisalPeriods', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'startDate', order: 'DESC' },
  });
  const closed = periods.filter((period) => period.status === 'CLOSED');
  const [periodId, setPeriodId] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('KINERJA_PERIODIK');
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('JSON_LINES');
  const [skipped, setSkipped] = useState<string[]>([]);
  const download = useMutation({
    mutationFn: () => dataProvider.siasnExport({ periodId, kind, format }).then((r) => r.data),
    onSuccess: (file) => {
      const url = URL.createObjectURL(new Blob([file.content], { type: format === 'CSV' ? 'text/csv' : 'application/x-ndjson' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      URL.revokeObjectURL(url);
      setSkipped(file.skipped.map((skip) => `${skip.label}: ${skip.reason}`));
      notify('app.siasn.export.done', { type: 'success', messageArgs: { count: file.count, file: file.fileName } });
    },
    onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
  });
  return (
    <Card>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('app.siasn.export.title')}</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              select
              label={translate('app.siasn.export.period')}
              value={periodId}
              onChange={(event) => setPeriodId(event.target.value)}
              sx={{ minWidth: 240 }}
            >
              {closed.map((period) => (
                <MenuItem key={period.id} value={String(period.id)}>
                  {period.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={translate('app.siasn.export.kind')}
              value={kind}
              onChange={(event) => setKind(event.target.value as (typeof KINDS)[number])}
              sx={{ minWidth: 240 }}
            >
              {KINDS.map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`app.siasn.kinds.${value}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={translate('app.siasn.export.format')}
              value={format}
              onChange={(event) => setFormat(event.target.value as (typeof FORMATS)[number])}
              sx={{ minWidth: 160 }}
            >
              {FORMATS.map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`app.siasn.formats.${value}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Box>
            <Button
              label="app.siasn.export.download"
              variant="contained"
              disabled={!periodId || download.isPending}
              onClick={() => download.mutate()}
            >
              <DownloadIcon />
            </Button>
          </Box>
          {skipped.length > 0 && (
            <Alert severity="warning">
              {translate('app.siasn.export.skipped', { count: skipped.length })}
              {skipped.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </Alert>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** SIASN: import the register's files with a dry-run difference, export a closed period's records. */
export const SiasnPage = () => (
  <Box sx={{ mt: 2 }}>
    <Title title="app.siasn.title" />
    <Stack spacing={2}>
      <SyncStatus />
      <ImportCard />
      <ExportCard />
    </Stack>
  </Box>
);
