import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

let app: TestApp;
let hr: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
let gql: ReturnType<typeof runner>;

const REPORT = `dryRun format rows created changed unchanged refused truncated
  entries { row key label outcome changes { field before after } errors { row column message } }`;
const UNITS = `mutation ($input: ImportSiasnInput!) { importSiasnUnits(input: $input) { ${REPORT} } }`;
const EMPLOYEES = `mutation ($input: ImportSiasnInput!) { importSiasnEmployees(input: $input) { ${REPORT} } }`;

interface Report {
  dryRun: boolean;
  format: string;
  rows: number;
  created: number;
  changed: number;
  unchanged: number;
  refused: number;
  entries: {
    row: number;
    key: string;
    label: string;
    outcome: string;
    changes: { field: string; before: string | null; after: string | null }[];
    errors: { row: number; column: string; message: string }[];
  }[];
}

const importUnits = async (content: string, dryRun = false) =>
  (await gql.run<{ importSiasnUnits: Report }>(UNITS, { input: { agencyId: agency.id, content, dryRun } })).importSiasnUnits;
const importEmployees = async (content: string, dryRun = false, effectiveDate?: string) =>
  (await gql.run<{ importSiasnEmployees: Report }>(EMPLOYEES, { input: { agencyId: agency.id, content, dryRun, effectiveDate } }))
    .importSiasnEmployees;

/** ref-unor as the web service answers it: the read envelope around a page of records. */
const REF_UNOR = {
  code: 1,
  data: {
    data: [
      {
        Id: 'A8ACA7397A4D3912E040640A040269BB',
        InstansiId: 'INST-1',
        DiatasanId: 'INST-1',
        NamaUnor: 'Dinas Kesehatan',
        EselonId: '22',
        NamaJabatan: 'Kepala Dinas Kesehatan',
        CepatKode: 'DINKES',
      },
      {
        Id: 'B1',
        InstansiId: 'INST-1',
        DiatasanId: 'A8ACA7397A4D3912E040640A040269BB',
        NamaUnor: 'Bidang Pencegahan Penyakit',
        EselonId: '32',
        NamaJabatan: 'Kepala Bidang Pencegahan Penyakit',
        CepatKode: null,
      },
      {
        Id: 'S1',
        InstansiId: 'INST-1',
        DiatasanId: 'B1',
        NamaUnor: 'Seksi Imunisasi',
        EselonId: '42',
        NamaJabatan: 'Kepala Seksi Imunisasi',
        CepatKode: 'SIE-IMUN',
      },
      {
        Id: 'S2',
        InstansiId: 'INST-1',
        DiatasanId: 'B1',
        NamaUnor: 'Seksi Surveilans',
        EselonId: '42',
        NamaJabatan: 'Kepala Seksi Surveilans',
        CepatKode: 'SIE-SURV',
      },
    ],
  },
};

/** The "Export Data ASN" CSV: snake_case, numbers behind an apostrophe, empty cells written as null. */
const EXPORT_DATA_ASN = [
  'pns_id,nip_baru,nama,gelar_depan,gelar_belakang,tanggal_lahir,jenis_kelamin,gol_akhir_id,tmt_gol_akhir,jenis_jabatan_id,eselon_id,jabatan_nama,kelas_jabatan,unor_id,unor_nama,tmt_jabatan,tmt_cpns,kedudukan_hukum_id',
  "P-0001,'198003152005011002,Ahmad Fauzi,null,S.KM,15-03-1980,M,'41,01-04-2020,'1,'32,Kepala Bidang Pencegahan Penyakit,'11,B1,Bidang Pencegahan Penyakit,02-01-2021,01-01-2005,'01",
  "P-0002,'198507222010012003,Siti Rahma,dr.,null,22-07-1985,F,'33,01-04-2022,'1,'42,Kepala Seksi Imunisasi,'9,S1,Seksi Imunisasi,03-01-2022,01-01-2010,null",
  "P-0003,'199001012015031001,Budi Santoso,null,A.Md.Kes.,null,M,'31,null,'4,null,Pengelola Data Imunisasi,'6,S1,Seksi Imunisasi,'02-01-2016,null,null",
].join('\n');

beforeAll(async () => {
  app = await startTestApp();
  agency = await createAgency(app, { code: 'PEMKOT-TEBINGTINGGI' });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  gql = runner(app, () => hr);
});
afterAll(() => app?.close());

describe('SIASN unit tree (ref-unor)', () => {
  it('a dry run shows the units to create and writes nothing', async () => {
    const before = await databaseFingerprint(app);
    const report = await importUnits(JSON.stringify(REF_UNOR), true);
    expect(report).toMatchObject({ dryRun: true, format: 'JSON', rows: 4, created: 4, changed: 0, unchanged: 0, refused: 0 });
    expect(report.entries.map((e) => [e.key, e.outcome])).toEqual([
      ['A8ACA7397A4D3912E040640A040269BB', 'CREATED'],
      ['B1', 'CREATED'],
      ['S1', 'CREATED'],
      ['S2', 'CREATED'],
    ]);
    expect(report.entries[1]!.changes).toContainEqual({ field: 'parent', before: null, after: 'Dinas Kesehatan' });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('imports the tree keeping the SIASN ids, parents before children whatever the order', async () => {
    const reversed = { ...REF_UNOR, data: { data: [...REF_UNOR.data.data].reverse() } };
    const report = await importUnits(JSON.stringify(reversed));
    expect(report).toMatchObject({ dryRun: false, created: 4, refused: 0 });
    const units = await app.sql<{ siasn_id: string; code: string; name: string; kind: string; depth: number; parent: string | null }>(
      `select u.siasn_id, u.code, u.name, u.kind, u.depth, p.siasn_id as parent from org_units u left join org_units p on p.id = u.parent_id
        where u.agency_id = ? order by u.depth, u.siasn_id`,
      [agency.agency.id],
    );
    expect(units).toEqual([
      { siasn_id: 'A8ACA7397A4D3912E040640A040269BB', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS', depth: 0, parent: null },
      {
        siasn_id: 'B1',
        code: 'S-B1',
        name: 'Bidang Pencegahan Penyakit',
        kind: 'BIDANG',
        depth: 1,
        parent: 'A8ACA7397A4D3912E040640A040269BB',
      },
      { siasn_id: 'S1', code: 'SIE-IMUN', name: 'Seksi Imunisasi', kind: 'SEKSI', depth: 2, parent: 'B1' },
      { siasn_id: 'S2', code: 'SIE-SURV', name: 'Seksi Surveilans', kind: 'SEKSI', depth: 2, parent: 'B1' },
    ]);
    const [paths] = await app.sql<{ ok: boolean }>(
      `select bool_and(c.path = p.path || c.id || '/') as ok from org_units c join org_units p on p.id = c.parent_id where c.agency_id = ?`,
      [agency.agency.id],
    );
    expect(paths!.ok).toBe(true);
  });

  it('re-importing as CSV updates by SIASN id: a renamed unit changes, the rest is unchanged, nothing is duplicated', async () => {
    const csv = [
      'Id,InstansiId,DiatasanId,NamaUnor,EselonId,NamaJabatan,CepatKode',
      "'A8ACA7397A4D3912E040640A040269BB,INST-1,INST-1,Dinas Kesehatan,'22,Kepala Dinas Kesehatan,DINKES",
      "B1,INST-1,'A8ACA7397A4D3912E040640A040269BB,Bidang Pencegahan dan Pengendalian Penyakit,32,Kepala Bidang,null",
      'S1,INST-1,B1,Seksi Imunisasi,42,Kepala Seksi Imunisasi,SIE-IMUN',
    ].join('\n');
    const report = await importUnits(csv);
    expect(report).toMatchObject({ format: 'CSV', rows: 3, created: 0, changed: 1, unchanged: 2, refused: 0 });
    expect(report.entries).toEqual([
      {
        row: 3,
        key: 'B1',
        label: 'Bidang Pencegahan dan Pengendalian Penyakit',
        outcome: 'CHANGED',
        changes: [{ field: 'name', before: 'Bidang Pencegahan Penyakit', after: 'Bidang Pencegahan dan Pengendalian Penyakit' }],
        errors: [],
      },
    ]);
    const [count] = await app.sql<{ n: string }>(`select count(*) as n from org_units where agency_id = ?`, [agency.agency.id]);
    expect(Number(count!.n)).toBe(4);
  });

  it('refuses a file with an unknown parent or a loop, writing nothing', async () => {
    const before = await databaseFingerprint(app);
    const bad = JSON.stringify([
      { Id: 'X1', DiatasanId: 'NOWHERE', NamaUnor: 'Seksi Hilang' },
      { Id: 'L1', DiatasanId: 'L2', NamaUnor: 'Bagian Satu' },
      { Id: 'L2', DiatasanId: 'L1', NamaUnor: 'Bagian Dua' },
      { Id: 'S2', DiatasanId: 'B1', NamaUnor: 'X' },
    ]);
    const refused = await gql.attempt(UNITS, { input: { agencyId: agency.id, content: bad } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const rowErrors = refused.errors![0]!.extensions.rowErrors as { row: number; column: string; message: string }[];
    expect(rowErrors.map((e) => [e.row, e.column])).toEqual([
      [4, 'NamaUnor'],
      [1, 'DiatasanId'],
      [2, 'DiatasanId'],
      [3, 'DiatasanId'],
    ]);
    expect(rowErrors[0]!.message).toMatch(/2-200/);
    expect(rowErrors[1]!.message).toMatch(/No unit with Id NOWHERE/);
    expect(rowErrors[2]!.message).toMatch(/loop/);
    expect(await databaseFingerprint(app)).toBe(before);
    const dry = await importUnits(bad, true);
    expect(dry).toMatchObject({ dryRun: true, refused: 4, created: 0, changed: 0, unchanged: 0 });
  });
});

describe('SIASN employees (Export Data ASN CSV, data-utama JSON)', () => {
  it('reads the apostrophe and null quirks of the CSV in a dry run, writing nothing', async () => {
    const before = await databaseFingerprint(app);
    const report = await importEmployees(EXPORT_DATA_ASN, true);
    expect(report).toMatchObject({ dryRun: true, format: 'CSV', rows: 3, created: 3, changed: 0, refused: 0 });
    expect(report.entries[0]).toEqual({
      row: 2,
      key: 'P-0001',
      label: '198003152005011002 Ahmad Fauzi',
      outcome: 'CREATED',
      changes: [
        { field: 'nip', before: null, after: '198003152005011002' },
        { field: 'name', before: null, after: 'Ahmad Fauzi' },
        { field: 'unit', before: null, after: 'Bidang Pencegahan dan Pengendalian Penyakit' },
        { field: 'position', before: null, after: 'Kepala Bidang Pencegahan Penyakit' },
        { field: 'golongan', before: null, after: 'IV/a' },
      ],
      errors: [],
    });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('imports: titles without "null", ranks from golongan codes, positions typed from jenis jabatan and eselon, history from TMT', async () => {
    const report = await importEmployees(EXPORT_DATA_ASN);
    expect(report).toMatchObject({ dryRun: false, created: 3, refused: 0 });
    const rows = await app.sql<Record<string, unknown>>(
      `select e.pns_id, e.nip, e.front_title, e.back_title, e.name, e.golongan, e.gender, e.birth_date::text as birth_date,
              u.siasn_id as unit, p.name as position, p.type, p.grade, sp.name as superior
         from employees e join org_units u on u.id = e.unit_id left join positions p on p.id = e.position_id
         left join positions sp on sp.id = p.superior_id
        order by e.nip`,
    );
    expect(rows).toEqual([
      {
        pns_id: 'P-0001',
        nip: '198003152005011002',
        front_title: null,
        back_title: 'S.KM',
        name: 'Ahmad Fauzi',
        golongan: 'IV_A',
        gender: 'MALE',
        birth_date: '1980-03-15',
        unit: 'B1',
        position: 'Kepala Bidang Pencegahan Penyakit',
        type: 'ADMINISTRATOR',
        grade: 11,
        superior: null,
      },
      {
        pns_id: 'P-0002',
        nip: '198507222010012003',
        front_title: 'dr.',
        back_title: null,
        name: 'Siti Rahma',
        golongan: 'III_C',
        gender: 'FEMALE',
        birth_date: '1985-07-22',
        unit: 'S1',
        position: 'Kepala Seksi Imunisasi',
        type: 'PENGAWAS',
        grade: 9,
        superior: 'Kepala Bidang Pencegahan Penyakit',
      },
      {
        pns_id: 'P-0003',
        nip: '199001012015031001',
        front_title: null,
        back_title: 'A.Md.Kes.',
        name: 'Budi Santoso',
        golongan: 'III_A',
        gender: 'MALE',
        birth_date: '1990-01-01',
        unit: 'S1',
        position: 'Pengelola Data Imunisasi',
        type: 'PELAKSANA',
        grade: 6,
        superior: 'Kepala Seksi Imunisasi',
      },
    ]);
    const history = await app.sql<{ nip: string; valid_from: string; valid_to: string | null; supervisor: string | null }>(
      `select e.nip, a.valid_from::text as valid_from, a.valid_to::text as valid_to, s.nip as supervisor
         from employee_assignments a join employees e on e.id = a.employee_id left join employees s on s.id = a.supervisor_id order by e.nip`,
    );
    expect(history).toEqual([
      { nip: '198003152005011002', valid_from: '2021-01-02', valid_to: null, supervisor: null },
      { nip: '198507222010012003', valid_from: '2022-04-01', valid_to: null, supervisor: '198003152005011002' },
      { nip: '199001012015031001', valid_from: '2016-01-02', valid_to: null, supervisor: '198507222010012003' },
    ]);
  });

  it('a re-import from data-utama moves one employee and promotes them: history recorded, nothing duplicated', async () => {
    const before = await app.sql<{ n: string }>(`select count(*) as n from employees`);
    const dataUtama = {
      code: 1,
      data: [
        {
          id: 'P-0003',
          nipBaru: '199001012015031001',
          nama: 'Budi Santoso',
          gelarDepan: null,
          gelarBelakang: 'A.Md.Kes.',
          tglLahir: '01-01-1990',
          jenisKelamin: 'M',
          golRuangAkhirId: '32',
          tmtGolAkhir: '01-10-2026',
          jenisJabatanId: '4',
          eselonId: null,
          jabatanNama: 'Pengelola Data Surveilans',
          kelas_jabatan: 7,
          unorId: 'S2',
          unorNama: 'Seksi Surveilans',
          tmtJabatan: '01-09-2026',
        },
        {
          id: 'P-0002',
          nipBaru: '198507222010012003',
          nama: 'Siti Rahma',
          gelarDepan: 'dr.',
          gelarBelakang: null,
          tglLahir: '22-07-1985',
          jenisKelamin: 'F',
          golRuangAkhirId: 33,
          jenisJabatanId: 1,
          eselonId: 42,
          jabatanNama: 'Kepala Seksi Imunisasi',
          kelas_jabatan: 9,
          unorId: 'S1',
          tmtJabatan: '03-01-2022',
        },
      ],
    };
    const dry = await importEmployees(JSON.stringify(dataUtama), true);
    expect(dry).toMatchObject({ dryRun: true, format: 'JSON', rows: 2, created: 0, changed: 1, unchanged: 1, refused: 0 });
    expect(dry.entries).toEqual([
      {
        row: 1,
        key: 'P-0003',
        label: '199001012015031001 Budi Santoso',
        outcome: 'CHANGED',
        changes: [
          { field: 'unit', before: 'Seksi Imunisasi', after: 'Seksi Surveilans' },
          { field: 'position', before: 'Pengelola Data Imunisasi', after: 'Pengelola Data Surveilans' },
          { field: 'golongan', before: 'III/a', after: 'III/b' },
        ],
        errors: [],
      },
    ]);

    const [mark] = await app.sql<{ at: Date }>(`select clock_timestamp() as at`);
    const report = await importEmployees(JSON.stringify(dataUtama));
    expect(report).toMatchObject({ dryRun: false, changed: 1, unchanged: 1 });
    expect(await app.sql<{ n: string }>(`select count(*) as n from employees`)).toEqual(before);
    const history = await app.sql<Record<string, unknown>>(
      `select a.valid_from::text as valid_from, a.valid_to::text as valid_to, u.siasn_id as unit, p.name as position, a.golongan, a.reason
         from employee_assignments a join employees e on e.id = a.employee_id join org_units u on u.id = a.unit_id
         left join positions p on p.id = a.position_id where e.pns_id = 'P-0003' order by a.valid_from`,
    );
    // The later of the two TMT dates (position 1 Sep, rank 1 Oct) opens the new placement.
    expect(history).toEqual([
      {
        valid_from: '2016-01-02',
        valid_to: '2026-09-30',
        unit: 'S1',
        position: 'Pengelola Data Imunisasi',
        golongan: 'III_A',
        reason: 'Import SIASN',
      },
      {
        valid_from: '2026-10-01',
        valid_to: null,
        unit: 'S2',
        position: 'Pengelola Data Surveilans',
        golongan: 'III_B',
        reason: 'Import SIASN',
      },
    ]);
    const [other] = await app.sql<{ n: string }>(
      `select count(*) as n from employee_assignments a join employees e on e.id = a.employee_id where e.pns_id = 'P-0002'`,
    );
    expect(Number(other!.n)).toBe(1);
    // Written in bulk, yet audited like any change: the employee's fields, the closed and the new placement.
    const audit = await app.sql<{ entity_type: string; action: string; changes: Record<string, unknown>; operation: string | null }>(
      `select a.entity_type, a.action::text as action, a.changes, a.operation from audit_entries a
         where a.entity_id in (select id from employees where pns_id = 'P-0003'
                               union all select x.id from employee_assignments x join employees e on e.id = x.employee_id where e.pns_id = 'P-0003')
           and a.actor_name <> 'system' and a.occurred_at >= ?
         order by a.entity_type, a.action`,
      [mark!.at],
    );
    const employeeUpdate = audit.find((entry) => entry.entity_type === 'Employee' && entry.action === 'UPDATE');
    expect(employeeUpdate?.changes).toMatchObject({ golongan: { before: 'III_A', after: 'III_B' } });
    expect(Object.keys(employeeUpdate!.changes).sort()).toEqual(['golongan', 'position', 'unit']);
    expect(audit.filter((entry) => entry.entity_type === 'Assignment').map((entry) => entry.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit.find((entry) => entry.entity_type === 'Assignment' && entry.action === 'UPDATE')?.changes).toEqual({
      validTo: { before: null, after: '2026-09-30' },
    });
    // Imported again: nothing left to change.
    const again = await importEmployees(JSON.stringify(dataUtama), true);
    expect(again).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
  });

  it('refuses a file with bad rows as a whole, writing nothing, and a dry run lists the refused rows', async () => {
    const csv = [
      'pns_id,nip_baru,nama,jenis_kelamin,tanggal_lahir,gol_akhir_id,unor_id,jabatan_nama,jenis_jabatan_id,eselon_id,kelas_jabatan',
      "P-0004,'198902142014022001,Rina Wati,F,14-02-1989,'32,S2,null,null,null,null",
      "P-0005,'198902142014021001,Dedi,F,14-02-1989,'99,UNKNOWN,null,null,null,null",
      "null,'12345,Tanpa Id,M,null,'31,S1,Jabatan Baru,'1,'99,null",
      "P-0006,'199001012015031001,Kembar NIP,M,01-01-1990,'31,S1,null,null,null,null",
    ].join('\n');
    const before = await databaseFingerprint(app);
    const refused = await gql.attempt(EMPLOYEES, { input: { agencyId: agency.id, content: csv } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions.field).toBe('input.csv');
    const rowErrors = refused.errors![0]!.extensions.rowErrors as { row: number; column: string }[];
    expect(rowErrors.map((e) => `${e.row}:${e.column}`)).toEqual([
      '3:jenis_kelamin',
      '3:gol_akhir_id',
      '3:unor_id',
      '4:pns_id',
      '4:nip_baru',
      '4:jenis_jabatan_id',
      '4:kelas_jabatan',
      '5:pns_id',
    ]);
    expect(await databaseFingerprint(app)).toBe(before);

    const dry = await importEmployees(csv, true);
    expect(dry).toMatchObject({ dryRun: true, created: 1, refused: 3 });
    expect(dry.entries.map((e) => [e.row, e.outcome])).toEqual([
      [2, 'CREATED'],
      [3, 'REFUSED'],
      [4, 'REFUSED'],
      [5, 'REFUSED'],
    ]);
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('is for HR and administrators of the agency; others are refused', async () => {
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
    const response = await gql.attempt(EMPLOYEES, { input: { content: EXPORT_DATA_ASN, dryRun: true } }, employee);
    expect(errorCode(response)).toBe('FORBIDDEN');
    const other = await createAgency(app, { code: 'PEMKOT-LAIN' });
    const stranger = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
    const into = await gql.attempt(UNITS, { input: { agencyId: agency.id, content: JSON.stringify(REF_UNOR), dryRun: true } }, stranger);
    expect(errorCode(into)).toBe('NOT_FOUND');
  });
});
