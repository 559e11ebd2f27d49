import Papa from 'papaparse';
import { downloadCSV, type Exporter, type FetchRelatedRecords, type RaRecord } from 'react-admin';

export type Translate = (key: string, options?: Record<string, unknown>) => string;
type Choice = { id: string; name: string };
export type CellValue = string | number;

/**
 * One column of a list's CSV export, named like the list's column (`source`, titled by
 * `resources.<resource>.fields.<source>` unless `label` says otherwise):
 * - `path`: a value of the record (default `source`), e.g. `unit.name` when the list loads it;
 * - `choices`: an enum in words (the SelectField's choices, whose names are i18n keys);
 * - `reference`: the name of a related record, fetched once for the whole export (`field`, default `name`);
 * - `boolean`: Ya / Tidak; `dateTime`: YYYY-MM-DD HH:mm in local time (dates stay YYYY-MM-DD, which spreadsheets read);
 * - `value`: anything else, computed from the record;
 * - `emptyText`: an i18n key for an empty value (a national record's agency).
 */
export type CsvColumn = {
  source: string;
  label?: string;
  path?: string;
  choices?: readonly Choice[];
  reference?: string;
  field?: string;
  boolean?: boolean;
  dateTime?: boolean;
  value?: (record: RaRecord, translate: Translate) => CellValue | null | undefined;
  emptyText?: string;
};

/** The owner of configuration (indicators, values, templates, schemes): an agency by name, or national. */
export const OWNER_AGENCY_COLUMN: CsvColumn = { source: 'agencyId', reference: 'agencies', emptyText: 'app.configuration.national' };

/** Related records of an export by reference resource, then by id. */
export type RelatedRecords = Record<string, Record<string, RaRecord>>;

const valueAt = (record: RaRecord, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);

const pad = (n: number) => String(n).padStart(2, '0');
const localDateTime = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

const cell = (record: RaRecord, column: CsvColumn, translate: Translate, related: RelatedRecords): CellValue => {
  if (column.value) return column.value(record, translate) ?? '';
  const raw = valueAt(record, column.path ?? column.source);
  if (raw === null || raw === undefined || raw === '') return column.emptyText ? translate(column.emptyText) : '';
  if (column.reference) {
    const target = related[column.reference]?.[String(raw)];
    return target ? String(valueAt(target, column.field ?? 'name') ?? '') : '';
  }
  if (column.choices) {
    const name = (value: unknown) => {
      const choice = column.choices!.find((option) => option.id === value);
      return choice ? translate(choice.name, { _: choice.name }) : String(value);
    };
    return Array.isArray(raw) ? raw.map(name).join(', ') : name(raw);
  }
  if (column.boolean) return translate(raw ? 'ra.boolean.true' : 'ra.boolean.false');
  if (column.dateTime) return localDateTime(String(raw));
  if (Array.isArray(raw)) return raw.join(', ');
  return typeof raw === 'number' ? raw : String(raw);
};

/** The rows of a CSV export: one object per record, keyed by the column titles in the console's language. */
export const csvRows = (
  resource: string,
  records: readonly RaRecord[],
  columns: readonly CsvColumn[],
  translate: Translate,
  related: RelatedRecords = {},
): Record<string, CellValue>[] =>
  records.map((record) =>
    Object.fromEntries(
      columns.map((column) => [
        translate(column.label ?? `resources.${resource}.fields.${column.source}`),
        cell(record, column, translate, related),
      ]),
    ),
  );

/** Fetches the related records the reference columns name, one request per reference. */
export const fetchReferences = async (
  records: readonly RaRecord[],
  columns: readonly CsvColumn[],
  fetchRelatedRecords: FetchRelatedRecords,
): Promise<RelatedRecords> => {
  const related: RelatedRecords = {};
  for (const column of columns) {
    if (!column.reference) continue;
    const found = await fetchRelatedRecords<RaRecord>([...records], column.path ?? column.source, column.reference);
    related[column.reference] = { ...related[column.reference], ...(found as Record<string, RaRecord>) };
  }
  return related;
};

/**
 * A text cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one
 * starting with =, +, -, @, tab or carriage return, also after leading white
 * space and in the full-width forms (＝ ＋ － ＠) some spreadsheets accept. The
 * API's csv.ts says the same.
 */
export const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Every CSV file the console writes goes through here: formula-like text cells
 * (a citizen's complaint subject, a survey comment, ...) get a leading single
 * quote, which spreadsheets show as text; fields holding the separator, quotes
 * or line breaks are quoted with their quotes doubled. Numbers stay numbers.
 */
export const toCsv = (rows: readonly Record<string, CellValue>[]): string => Papa.unparse([...rows], { escapeFormulae: FORMULA_START });

/** The CSV text of a list's export: its columns in words, neutralised (toCsv). */
export const csvText = async (
  resource: string,
  records: readonly RaRecord[],
  columns: readonly CsvColumn[],
  translate: Translate,
  fetchRelatedRecords: FetchRelatedRecords,
): Promise<string> => toCsv(csvRows(resource, records, columns, translate, await fetchReferences(records, columns, fetchRelatedRecords)));

/** react-admin's `exporter` for a list: its columns in words, as `<fileName>.csv`. */
export const csvExporter =
  (resource: string, columns: readonly CsvColumn[], fileName: string, translate: Translate): Exporter =>
  async (records, fetchRelatedRecords) => {
    downloadCSV(await csvText(resource, records, columns, translate, fetchRelatedRecords), fileName);
  };
