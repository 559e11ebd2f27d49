import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Autocomplete,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  LinearProgress,
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
import { useMutation } from '@tanstack/react-query';
import Papa from 'papaparse';
import { useState, type ChangeEvent } from 'react';
import { Button, Link, Title, useDataProvider, useGetList, usePermissions, useTranslate, type Identifier } from 'react-admin';
import type { KinerjaDataProvider } from '../../dataProvider';
import type { ImportEmployeesResult } from '../../dataProvider/employee-methods';
import type { RowError } from '../../dataProvider/errors';

/** The file's columns, in the order of the template; the first four are required. */
export const IMPORT_COLUMNS = [
  'nip',
  'employment_type',
  'front_title',
  'name',
  'back_title',
  'unit_code',
  'position',
  'golongan',
  'pppk_grade',
  'status',
  'email',
  'phone',
  'effective_date',
] as const;
export const REQUIRED_IMPORT_COLUMNS = ['nip', 'employment_type', 'name', 'unit_code'] as const;

const PREVIEW_ROWS = 10;

export type CsvPreview = { columns: string[]; rows: Record<string, string>[]; rowCount: number; missing: string[] };

/** Reads a file the way the API does (header trimmed and lower-cased, empty lines skipped), for the preview only. */
export const previewCsv = (text: string): CsvPreview => {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
    transform: (value) => value.trim(),
  });
  const columns = parsed.meta.fields ?? [];
  return {
    columns,
    rows: parsed.data.slice(0, PREVIEW_ROWS),
    rowCount: parsed.data.length,
    missing: REQUIRED_IMPORT_COLUMNS.filter((column) => !columns.includes(column)),
  };
};

type ImportFailure = { message: string; rowErrors: RowError[]; rowErrorCount: number };

const failureOf = (error: unknown): ImportFailure => {
  const { message, body } = (error ?? {}) as { message?: string; body?: { rowErrors?: RowError[]; rowErrorCount?: number } };
  const rowErrors = body?.rowErrors ?? [];
  return { message: message || 'ra.notification.http_error', rowErrors, rowErrorCount: body?.rowErrorCount ?? rowErrors.length };
};

const isPlatformAdmin = (permissions: unknown) => Array.isArray(permissions) && permissions.includes('SUPER_ADMIN');

type Agency = { id: Identifier; code: string; name: string };

/** Platform administrators say which agency the file is for; the others import into their own. */
const AgencyPicker = ({ value, onChange }: { value: Agency | null; onChange: (agency: Agency | null) => void }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<Agency>('agencies', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <Autocomplete
      options={data}
      value={value}
      loading={isPending}
      onChange={(_event, agency) => onChange(agency)}
      getOptionLabel={(agency) => `${agency.name} (${agency.code})`}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      sx={{ maxWidth: 480 }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('resources.employees.import.agency')}
          helperText={translate('resources.employees.import.agencyHelper')}
        />
      )}
    />
  );
};

const PreviewTable = ({ preview }: { preview: CsvPreview }) => (
  <TableContainer sx={{ maxHeight: 420, border: 1, borderColor: 'divider', borderRadius: 1 }}>
    <Table size="small" stickyHeader aria-label="preview">
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          {preview.columns.map((column) => (
            <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
              {column}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.rows.map((row, index) => (
          <TableRow key={index}>
            {/* The row number as the server counts it: the header is row 1. */}
            <TableCell>{index + 2}</TableCell>
            {preview.columns.map((column) => (
              <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
                {row[column] ?? ''}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);

const ErrorReport = ({ failure }: { failure: ImportFailure }) => {
  const translate = useTranslate();
  if (failure.rowErrors.length === 0) return <Alert severity="error">{translate(failure.message, { _: failure.message })}</Alert>;
  return (
    <Stack spacing={1}>
      <Alert severity="error">{translate('resources.employees.import.refused', { count: failure.rowErrorCount })}</Alert>
      {failure.rowErrorCount > failure.rowErrors.length && (
        <Typography variant="body2">
          {translate('resources.employees.import.firstErrors', { shown: failure.rowErrors.length, count: failure.rowErrorCount })}
        </Typography>
      )}
      <TableContainer sx={{ maxHeight: 420, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label="errors">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.employees.import.row')}</TableCell>
              <TableCell>{translate('resources.employees.import.column')}</TableCell>
              <TableCell>{translate('resources.employees.import.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {failure.rowErrors.map((error, index) => (
              <TableRow key={index}>
                <TableCell>{error.row}</TableCell>
                <TableCell>{error.column || '—'}</TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
};

const Success = ({ result }: { result: ImportEmployeesResult }) => {
  const translate = useTranslate();
  if (result.dryRun) return <Alert severity="success">{translate('resources.employees.import.checked', { rows: result.rows })}</Alert>;
  return (
    <Alert
      severity="success"
      action={
        <MuiButton component={Link} to="/employees" color="inherit" size="small">
          {translate('resources.employees.import.toList')}
        </MuiButton>
      }
    >
      {translate('resources.employees.import.created', { count: result.created })}
    </Alert>
  );
};

/**
 * Impor Pegawai: a CSV file of employees, previewed in the browser, then checked (dry run) or
 * imported by the API in one request. The API takes all rows or none; a refused file comes back
 * with its problems per row, shown as a table.
 */
export const EmployeeImport = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { permissions } = usePermissions();
  const needsAgency = isPlatformAdmin(permissions);
  const [agency, setAgency] = useState<Agency | null>(null);
  const [file, setFile] = useState<{ name: string; text: string; preview: CsvPreview } | null>(null);
  const mutation = useMutation({
    mutationFn: (dryRun: boolean) =>
      dataProvider
        .importEmployees({ agencyId: needsAgency ? agency?.id : undefined, csv: file?.text ?? '', dryRun })
        .then(({ data }) => data),
  });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again reads it again
    mutation.reset();
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text, preview: previewCsv(text) });
  };

  const ready = !!file && file.preview.missing.length === 0 && file.preview.rowCount > 0 && (!needsAgency || !!agency);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.employees.import.title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('resources.employees.import.title')}</Typography>
          <Box>
            <Typography variant="body2">{translate('resources.employees.import.help')}</Typography>
            <Typography variant="body2" component="code" sx={{ display: 'block', my: 1, fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {IMPORT_COLUMNS.join(',')}
            </Typography>
            <Typography variant="body2">
              {translate('resources.employees.import.required', { columns: REQUIRED_IMPORT_COLUMNS.join(', ') })}
            </Typography>
            <Typography variant="body2">{translate('resources.employees.import.formats')}</Typography>
          </Box>
          {needsAgency && (
            <AgencyPicker
              value={agency}
              onChange={(value) => {
                setAgency(value);
                mutation.reset();
              }}
            />
          )}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <MuiButton variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={mutation.isPending}>
              {translate('resources.employees.import.chooseFile')}
              <input type="file" accept=".csv,text/csv" hidden onChange={onFile} />
            </MuiButton>
            <Typography variant="body2">{file ? file.name : translate('resources.employees.import.noFile')}</Typography>
          </Stack>
          {file && file.preview.missing.length > 0 && (
            <Alert severity="error">
              {translate('resources.employees.import.missingColumns', { columns: file.preview.missing.join(', ') })}
            </Alert>
          )}
          {file && file.preview.missing.length === 0 && file.preview.rowCount === 0 && (
            <Alert severity="warning">{translate('resources.employees.import.empty')}</Alert>
          )}
          {file && file.preview.rowCount > 0 && (
            <>
              <Typography variant="body2">
                {translate('resources.employees.import.rowCount', { count: file.preview.rowCount })}
                {file.preview.rowCount > PREVIEW_ROWS &&
                  ` ${translate('resources.employees.import.previewFirst', { shown: PREVIEW_ROWS })}`}
              </Typography>
              <PreviewTable preview={file.preview} />
            </>
          )}
          <Stack direction="row" spacing={2}>
            <Button
              variant="outlined"
              label="resources.employees.import.check"
              disabled={!ready || mutation.isPending}
              onClick={() => mutation.mutate(true)}
            />
            <Button
              variant="contained"
              label="resources.employees.import.submit"
              disabled={!ready || mutation.isPending}
              onClick={() => mutation.mutate(false)}
            />
          </Stack>
          {mutation.isPending && <LinearProgress aria-label={translate('resources.employees.import.running')} />}
          {mutation.isSuccess && <Success result={mutation.data} />}
          {mutation.isError && <ErrorReport failure={failureOf(mutation.error)} />}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** The list's "Impor CSV" button (shown to those who may create employees). */
export const ImportEmployeesButton = () => (
  <Button component={Link} to="/employees/import" label="resources.employees.import.button">
    <UploadFileIcon />
  </Button>
);
