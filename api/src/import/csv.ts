import Papa from 'papaparse';
import { DomainError, ErrorCode } from '../errors.js';

export interface ImportRowError {
  /** Line of the file, the header being line 1. */
  row: number;
  column: string;
  message: string;
}

export const MAX_IMPORT_ROWS = 50_000;
/** Enough to fix a file in one go, small enough to answer quickly. */
export const MAX_REPORTED_ERRORS = 1000;

/**
 * Parses a CSV file with a header row (any column order, names case-insensitive,
 * values trimmed) and checks its shape: required columns present, no unknown
 * ones, not empty, not too long. Throws the file's problems at once.
 */
export function parseCsv<C extends string>(csv: string, columns: readonly C[], required: readonly C[]): Record<C, string>[] {
  const parsed = Papa.parse<Record<C, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
    transform: (value) => value.trim(),
  });
  const errors: ImportRowError[] = [];
  const header = parsed.meta.fields ?? [];
  for (const column of required) if (!header.includes(column)) errors.push({ row: 1, column, message: `Missing column ${column}` });
  for (const column of header) {
    if (!(columns as readonly string[]).includes(column)) errors.push({ row: 1, column, message: `Unknown column ${column}` });
  }
  for (const error of parsed.errors) errors.push({ row: (error.row ?? 0) + 2, column: '', message: error.message });
  if (parsed.data.length === 0 && errors.length === 0) errors.push({ row: 2, column: '', message: 'The file has no rows' });
  if (parsed.data.length > MAX_IMPORT_ROWS)
    errors.push({ row: MAX_IMPORT_ROWS + 2, column: '', message: `At most ${MAX_IMPORT_ROWS} rows per file` });
  if (errors.length) throw rejectedFile(errors);
  return parsed.data;
}

/** The whole file refused: BAD_USER_INPUT on input.csv with every problem, and nothing written. */
export function rejectedFile(errors: ImportRowError[]): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${errors.length} problem(s) in the file; nothing was imported`, {
    field: 'input.csv',
    rowErrors: errors.slice(0, MAX_REPORTED_ERRORS),
    rowErrorCount: errors.length,
  });
}

// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A yes/no cell: true/false, ya/tidak or 1/0; empty means `fallback`; anything else null. */
export function parseYesNo(value: string | undefined, fallback: boolean): boolean | null {
  const text = (value ?? '').toLowerCase();
  if (text === '') return fallback;
  if (['true', 'ya', '1'].includes(text)) return true;
  if (['false', 'tidak', '0'].includes(text)) return false;
  return null;
}
