import Papa from 'papaparse';

/**
 * A text cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one
 * starting with =, +, -, @, tab or carriage return, also after leading white
 * space and in the full-width forms (＝ ＋ － ＠) some spreadsheets accept.
 */
export const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Every CSV file the API writes goes through here: formula-like text cells get a
 * leading single quote, which spreadsheets show as text and SIASN's own CSV files
 * already use (our SIASN reader drops it, siasn-files.ts); fields holding the
 * separator, quotes or line breaks are quoted with their quotes doubled. Numbers
 * stay numbers (-5 is not a formula).
 */
export function toCsv(fields: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_START });
}
