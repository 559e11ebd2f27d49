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
import {
  Button,
  CreateButton,
  Empty,
  ExportButton,
  FilterButton,
  Link,
  Title,
  TopToolbar,
  useDataProvider,
  useGetList,
  usePermissions,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
  type Identifier,
} from 'react-admin';
import type { KinerjaDataProvider } from '../dataProvider';
import type { ImportCsvResult, ImportMethodName } from '../dataProvider/employee-methods';
import type { RowError } from '../dataProvider/errors';
import { can, type Permission } from '../access';

const PREVIEW_ROWS = 10;

export type CsvPreview = { columns: string[]; rows: Record<string, string>[]; rowCount: number; missing: string[] };

/** Reads a file the way the API does (header trimmed and lower-cased, empty lines skipped), for the preview only. */
export const previewCsv = (text: string, required: readonly string[]): CsvPreview => {
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
    missing: required.filter((column) => !columns.includes(column)),
  };
};

/** What differs between the import pages (employees, units, positions). */
export type CsvImportConfig = {
  /** The resource whose records the file holds: the list linked to after the import, the base of the route. */
  resource: string;
  /** The data provider's method that sends the file. */
  method: ImportMethodName | 'importAttendance';
  /** The file's columns, in the order of the template. */
  columns: readonly string[];
  /** The columns a file must have. */
  required: readonly string[];
};

/**
 * The page's texts: `resources.<resource>.import.<key>` for those that name the records (title,
 * button, formats, agencyHelper, created, toList), `app.csvImport.<key>` for the others.
 */
const OWN_KEYS = ['title', 'button', 'formats', 'agencyHelper', 'created', 'toList'];
const messageKey = (resource: string, key: string) =>
  OWN_KEYS.includes(key) ? `resources.${resource}.import.${key}` : `app.csvImport.${key}`;

const useImportTranslate = (resource: string) => {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(messageKey(resource, key), options);
};

type ImportFailure = { message: string; rowErrors: RowError[]; rowErrorCount: number };

const failureOf = (error: unknown): ImportFailure => {
  const { message, body } = (error ?? {}) as { message?: string; body?: { rowErrors?: RowError[]; rowErrorCount?: number } };
  const rowErrors = body?.rowErrors ?? [];
  return { message: message || 'ra.notification.http_error', rowErrors, rowErrorCount: body?.rowErrorCount ?? rowErrors.length };
};

type Agency = { id: Identifier; code: string; name: string };

/** Platform administrators say which agency the file is for; the others import into their own. */
const AgencyPicker = ({
  resource,
  value,
  onChange,
}: {
  resource: string;
  value: Agency | null;
  onChange: (agency: Agency | null) => void;
}) => {
  const t = useImportTranslate(resource);
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
      renderInput={(params) => <TextField {...params} label={t('agency')} helperText={t('agencyHelper')} />}
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

const ErrorReport = ({ resource, failure }: { resource: string; failure: ImportFailure }) => {
  const translate = useTranslate();
  const t = useImportTranslate(resource);
  if (failure.rowErrors.length === 0) return <Alert severity="error">{translate(failure.message, { _: failure.message })}</Alert>;
  return (
    <Stack spacing={1}>
      <Alert severity="error">{t('refused', { count: failure.rowErrorCount })}</Alert>
      {failure.rowErrorCount > failure.rowErrors.length && (
        <Typography variant="body2">{t('firstErrors', { shown: failure.rowErrors.length, count: failure.rowErrorCount })}</Typography>
      )}
      <TableContainer sx={{ maxHeight: 420, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label="errors">
          <TableHead>
            <TableRow>
              <TableCell>{t('row')}</TableCell>
              <TableCell>{t('column')}</TableCell>
              <TableCell>{t('message')}</TableCell>
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

const Success = ({ resource, result }: { resource: string; result: ImportCsvResult }) => {
  const t = useImportTranslate(resource);
  if (result.dryRun) return <Alert severity="success">{t('checked', { rows: result.rows })}</Alert>;
  return (
    <Alert
      severity="success"
      action={
        <MuiButton component={Link} to={`/${resource}`} color="inherit" size="small">
          {t('toList')}
        </MuiButton>
      }
    >
      {t('created', { count: result.created })}
    </Alert>
  );
};

/**
 * An import page: a CSV file, previewed in the browser, then checked (dry run) or imported by the
 * API in one request. The API takes all rows or none; a refused file comes back with its problems
 * per row, shown as a table.
 */
export const CsvImportPage = ({ config }: { config: CsvImportConfig }) => {
  const { resource } = config;
  const t = useImportTranslate(resource);
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { permissions } = usePermissions();
  const needsAgency = can(permissions, 'agencies.all');
  const [agency, setAgency] = useState<Agency | null>(null);
  const [file, setFile] = useState<{ name: string; text: string; preview: CsvPreview } | null>(null);
  const mutation = useMutation({
    mutationFn: (dryRun: boolean) =>
      dataProvider[config.method]({ agencyId: needsAgency ? agency?.id : undefined, csv: file?.text ?? '', dryRun }).then(
        ({ data }) => data,
      ),
  });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again reads it again
    mutation.reset();
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text, preview: previewCsv(text, config.required) });
  };

  const ready = !!file && file.preview.missing.length === 0 && file.preview.rowCount > 0 && (!needsAgency || !!agency);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={messageKey(resource, 'title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{t('title')}</Typography>
          <Box>
            <Typography variant="body2">{t('help')}</Typography>
            <Typography variant="body2" component="code" sx={{ display: 'block', my: 1, fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {config.columns.join(',')}
            </Typography>
            <Typography variant="body2">{t('required', { columns: config.required.join(', ') })}</Typography>
            <Typography variant="body2">{t('formats')}</Typography>
          </Box>
          {needsAgency && (
            <AgencyPicker
              resource={resource}
              value={agency}
              onChange={(value) => {
                setAgency(value);
                mutation.reset();
              }}
            />
          )}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <MuiButton variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={mutation.isPending}>
              {t('chooseFile')}
              <input type="file" accept=".csv,text/csv" hidden onChange={onFile} />
            </MuiButton>
            <Typography variant="body2">{file ? file.name : t('noFile')}</Typography>
          </Stack>
          {file && file.preview.missing.length > 0 && (
            <Alert severity="error">{t('missingColumns', { columns: file.preview.missing.join(', ') })}</Alert>
          )}
          {file && file.preview.missing.length === 0 && file.preview.rowCount === 0 && <Alert severity="warning">{t('empty')}</Alert>}
          {file && file.preview.rowCount > 0 && (
            <>
              <Typography variant="body2">
                {t('rowCount', { count: file.preview.rowCount })}
                {file.preview.rowCount > PREVIEW_ROWS && ` ${t('previewFirst', { shown: PREVIEW_ROWS })}`}
              </Typography>
              <PreviewTable preview={file.preview} />
            </>
          )}
          <Stack direction="row" spacing={2}>
            <Button
              variant="outlined"
              label={messageKey(resource, 'check')}
              disabled={!ready || mutation.isPending}
              onClick={() => mutation.mutate(true)}
            />
            <Button
              variant="contained"
              label={messageKey(resource, 'submit')}
              disabled={!ready || mutation.isPending}
              onClick={() => mutation.mutate(false)}
            />
          </Stack>
          {mutation.isPending && <LinearProgress aria-label={t('running')} />}
          {mutation.isSuccess && <Success resource={resource} result={mutation.data} />}
          {mutation.isError && <ErrorReport resource={resource} failure={failureOf(mutation.error)} />}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** A list's "Impor CSV" button, to `/<resource>/import`. */
export const CsvImportButton = ({ resource }: { resource: string }) => (
  <Button component={Link} to={`/${resource}/import`} label={messageKey(resource, 'button')}>
    <UploadFileIcon />
  </Button>
);

/** The permission of the import's operation (importOrgUnits, importPositions, importAttendance...). */
type CanImport = Permission;

/** A list's usual actions, plus "Impor CSV" for those `canImport` allows. */
export const CsvImportListActions = ({ canImport }: { canImport: CanImport }) => {
  const resource = useResourceContext() ?? '';
  const { hasCreate } = useResourceDefinition();
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      {can(permissions, canImport) && <CsvImportButton resource={resource} />}
      <ExportButton />
    </TopToolbar>
  );
};

/** An empty list: react-admin's invitation to create a record, and the import for a whole file. */
export const CsvImportListEmpty = ({ canImport }: { canImport: CanImport }) => {
  const resource = useResourceContext() ?? '';
  const { permissions } = usePermissions();
  return (
    <Box>
      <Empty />
      {can(permissions, canImport) && (
        <Box sx={{ textAlign: 'center', mb: 2 }}>
          <CsvImportButton resource={resource} />
        </Box>
      )}
    </Box>
  );
};
