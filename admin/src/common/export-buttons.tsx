import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useState } from 'react';
import {
  Button,
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useResourceDefinition,
  type Exporter,
} from 'react-admin';
import type { KinerjaDataProvider } from '../dataProvider';
import { i18nProvider } from '../i18n';
import { csvExporter, type CsvColumn } from './export';
import { saveFile } from './save-file';

/** A list's CSV exporter (see csvExporter), in the language the console shows when it runs. */
export const listExporter = (resource: string, columns: readonly CsvColumn[], fileName: string): Exporter =>
  csvExporter(resource, columns, fileName, (key, options) => i18nProvider.translate(key, options));

const useDownload = () => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (fetchFile: () => Promise<{ blob: Blob; fileName: string }>) => {
    setBusy(true);
    try {
      saveFile(await fetchFile());
    } catch (error) {
      notify('app.exports.failed', { type: 'error', messageArgs: { message: (error as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
};

/** "XLSX" next to the CSV export: the server's workbook of the list under its current filter, in the console's language. */
export const XlsxExportButton = () => {
  const { resource, filterValues } = useListContext();
  return <XlsxDownloadButton resource={resource} filterValues={filterValues} />;
};

/** The server's workbook of a list (`resource`) under react-admin filter values, e.g. a session's enrolments. */
export const XlsxDownloadButton = ({ resource, filterValues }: { resource: string; filterValues: Record<string, unknown> }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [locale] = useLocaleState();
  const { busy, run } = useDownload();
  return (
    <Button
      label="app.exports.xlsx"
      disabled={busy}
      data-testid="export-xlsx"
      onClick={() => run(() => dataProvider.exportListXlsx(resource, filterValues, locale))}
    >
      <DownloadIcon />
    </Button>
  );
};

/** Downloads one of the API's PDF documents (`/exports/<path>`), in the console's language. */
export const PdfDownloadButton = ({
  path,
  label,
  query = {},
}: {
  path: string;
  label: string;
  query?: Record<string, string | undefined>;
}) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [locale] = useLocaleState();
  const { busy, run } = useDownload();
  return (
    <Button label={label} disabled={busy} onClick={() => run(() => dataProvider.exportDocument(path, { ...query, lang: locale }))}>
      <PictureAsPdfIcon />
    </Button>
  );
};

/** A list's usual actions (filters, create, CSV) with the XLSX download beside the CSV one. */
export const XlsxListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate ? <CreateButton /> : null}
      <ExportButton />
      <XlsxExportButton />
    </TopToolbar>
  );
};
