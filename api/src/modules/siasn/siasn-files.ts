import Papa from 'papaparse';
import { MAX_IMPORT_ROWS, rejectedFile } from '../../import/csv.js';

/** One record of a SIASN file: its line (CSV, header = 1) or position (JSON, from 1), and cleaned values. */
export interface SiasnRow {
  row: number;
  values: Map<string, string>;
}

/**
 * A SIASN value as we mean it: trimmed, without the leading apostrophe that
 * spreadsheet exports put before long numbers, and absent when empty or the
 * text `null`.
 */
export function cleanValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return null;
  let text = String(value).trim();
  if (text.startsWith("'")) text = text.slice(1).trim();
  if (text === '' || text.toLowerCase() === 'null') return null;
  return text;
}

/** Field names compare without case and underscores: `unor_id`, `unorId` and `UnorId` are one. */
export const fieldKey = (name: string) => name.replace(/[^a-z0-9]/gi, '').toLowerCase();

/**
 * Reads a SIASN file: JSON (an array of records, one record, or the read
 * envelope `{code, data}` whose data is the array or a page `{data: [...]}`)
 * or CSV with a header row (comma or semicolon). Columns it does not know are
 * ignored: SIASN exports carry many more than the platform keeps.
 */
export function readSiasnFile(content: string): { format: 'JSON' | 'CSV'; rows: SiasnRow[] } {
  const text = content.replace(/^\uFEFF/, '').trim();
  if (text === '') throw rejectedFile([{ row: 1, column: '', message: 'The file is empty' }]);
  let format: 'JSON' | 'CSV';
  let records: Record<string, unknown>[];
  let firstRow: number;
  if (text.startsWith('[') || text.startsWith('{')) {
    format = 'JSON';
    firstRow = 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw rejectedFile([{ row: 1, column: '', message: `Not valid JSON: ${(error as Error).message}` }]);
    }
    records = unwrap(parsed);
  } else {
    format = 'CSV';
    firstRow = 2;
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
    if (parsed.errors.length) {
      throw rejectedFile(parsed.errors.map((error) => ({ row: (error.row ?? 0) + 2, column: '', message: error.message })));
    }
    records = parsed.data;
  }
  if (records.length === 0) throw rejectedFile([{ row: firstRow, column: '', message: 'The file has no records' }]);
  if (records.length > MAX_IMPORT_ROWS * 4) {
    throw rejectedFile([{ row: firstRow, column: '', message: `At most ${MAX_IMPORT_ROWS * 4} records per file` }]);
  }
  const rows = records.map((record, index) => {
    const values = new Map<string, string>();
    for (const [name, value] of Object.entries(record ?? {})) {
      const clean = cleanValue(value);
      if (clean !== null) values.set(fieldKey(name), clean);
    }
    return { row: index + firstRow, values };
  });
  return { format, rows };
}

function unwrap(parsed: unknown): Record<string, unknown>[] {
  if (Array.isArray(parsed)) return parsed as Record<string, unknown>[];
  if (parsed && typeof parsed === 'object') {
    const data = (parsed as { data?: unknown }).data;
    if (data !== undefined && ('code' in parsed || Array.isArray(data) || (data && typeof data === 'object'))) return unwrap(data);
    return [parsed as Record<string, unknown>];
  }
  throw rejectedFile([{ row: 1, column: '', message: 'Expected a JSON array of records' }]);
}

/** The first of a field's names that the record carries. */
export function pick(row: SiasnRow, names: readonly string[]): string | null {
  for (const name of names) {
    const value = row.values.get(fieldKey(name));
    if (value !== undefined) return value;
  }
  return null;
}
