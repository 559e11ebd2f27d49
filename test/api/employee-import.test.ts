import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

const ImportEmployees = graphql(`
  mutation ImportEmployees($input: ImportEmployeesInput!) {
    importEmployees(input: $input) {
      rows
      created
      dryRun
    }
  }
`);
const Setup = graphql(`
  mutation SetupUnitForImport($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      orgUnit {
        id
      }
    }
  }
`);
const SetupPosition = graphql(`
  mutation SetupPositionForImport($input: CreatePositionInput!) {
    createPosition(input: $input) {
      position {
        id
      }
    }
  }
`);

let app: TestApp;
let admin: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
let other: Awaited<ReturnType<typeof createAgency>>;

const HEADER = 'nip,employment_type,front_title,name,back_title,unit_code,position,golongan,pppk_grade,status,email,phone,effective_date';
const importCsv = (csv: string, options: { dryRun?: boolean; agencyId?: string | null; token?: string } = {}) =>
  app.gql(
    ImportEmployees,
    { input: { csv, dryRun: options.dryRun ?? false, agencyId: options.agencyId === undefined ? agency.id : options.agencyId } },
    { token: options.token ?? admin },
  );
type RowError = { row: number; column: string; message: string };

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agency = await createAgency(app, { code: 'PEMKOT-PALANGKARAYA' });
  other = await createAgency(app, { code: 'PEMKOT-LAIN' });
  const unit = await app.gql(
    Setup,
    { input: { agencyId: agency.id, code: 'KEC-RAKUMPIT', name: 'Kecamatan Rakumpit', kind: 'KECAMATAN' } },
    { token: admin },
  );
  const unitId = unit.data!.createOrgUnit.orgUnit.id;
  const camat = await app.gql(
    SetupPosition,
    { input: { unitId, name: 'Camat Rakumpit', type: 'ADMINISTRATOR', grade: 12 } },
    { token: admin },
  );
  await app.gql(
    SetupPosition,
    { input: { unitId, superiorId: camat.data!.createPosition.position.id, name: 'Pengadministrasi Umum', type: 'PELAKSANA', grade: 6 } },
    { token: admin },
  );
});
afterAll(() => app?.close());

describe('importing employees from CSV', () => {
  it('imports every row, deriving identity from the NIP and supervisors from positions in the same file', async () => {
    const csv = [
      HEADER,
      '19750611 200003 1 002,PNS,,Yohanes Dambung,S.Sos.,KEC-RAKUMPIT,Camat Rakumpit,IV/a,,,camat@example.go.id,,2025-01-02',
      '198804122010012005,PNS,,Maria Ulfah,,KEC-RAKUMPIT,Pengadministrasi Umum,31,,AKTIF,,0812-5555-123,',
      '199203152021031001,PPPK,,Budi Santoso,A.Md.,KEC-RAKUMPIT,Pengadministrasi Umum,,9,,,,',
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.errors).toBeUndefined();
    expect(response.data!.importEmployees).toEqual({ rows: 3, created: 3, dryRun: false });

    const rows = await app.sql<{
      name: string;
      golongan: string | null;
      pppk_grade: string | null;
      birth_date: string;
      supervisor: string | null;
      valid_from: string;
    }>(
      `select e.name, e.golongan, e.pppk_grade, to_char(e.birth_date, 'YYYY-MM-DD') as birth_date, s.name as supervisor, to_char(a.valid_from, 'YYYY-MM-DD') as valid_from
       from employees e join employee_assignments a on a.employee_id = e.id left join employees s on s.id = a.supervisor_id order by e.nip`,
    );
    expect(rows).toEqual([
      { name: 'Yohanes Dambung', golongan: 'IV_A', pppk_grade: null, birth_date: '1975-06-11', supervisor: null, valid_from: '2025-01-02' },
      expect.objectContaining({ name: 'Maria Ulfah', golongan: 'III_A', birth_date: '1988-04-12', supervisor: 'Yohanes Dambung' }),
      expect.objectContaining({
        name: 'Budi Santoso',
        golongan: null,
        pppk_grade: 'IX',
        birth_date: '1992-03-15',
        supervisor: 'Yohanes Dambung',
      }),
    ]);
  });

  it('a dry run checks every row and writes nothing', async () => {
    const before = await databaseFingerprint(app);
    const csv = [HEADER, '199001012015012007,PNS,,Dewi Lestari,,KEC-RAKUMPIT,,II/c,,,,,'].join('\n');
    const response = await importCsv(csv, { dryRun: true });
    expect(response.data!.importEmployees).toEqual({ rows: 1, created: 0, dryRun: true });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('one bad row rejects the file, with every problem listed by row and column', async () => {
    const before = await databaseFingerprint(app);
    const csv = [
      HEADER,
      '199001012015012007,PNS,,Dewi Lestari,,KEC-RAKUMPIT,,II/c,,,,,',
      '198002302005012003,PNS,,Tanggal Salah,,KEC-RAKUMPIT,,III/a,,,,,',
      '199001012015012007,PNS,,Dewi Kembar,,KEC-RAKUMPIT,,II/c,,,,,',
      '198801012010011004,PNS,,Unit Salah,,KEC-TIDAK-ADA,,III/a,,,,,',
      '198801012010011005,PNS,,Jabatan Salah,,KEC-RAKUMPIT,Kepala Dunia,III/a,,,,,',
      '198801012010011006,PNS,,Golongan Salah,,KEC-RAKUMPIT,,V/a,,,,,',
      '198801012010011007,KONTRAK,,Jenis Salah,,KEC-RAKUMPIT,,III/a,,,,,',
      '198801012010011008,PNS,,Surel Salah,,KEC-RAKUMPIT,,III/a,,,bukan-surel,,',
      '198801012010011009,PNS,,Tanggal Mulai Salah,,KEC-RAKUMPIT,,III/a,,,,,2025-02-30',
      '198804122010012005,PNS,,Sudah Ada,,KEC-RAKUMPIT,,III/a,,,,,',
    ].join('\n');
    const response = await importCsv(csv);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('input.csv');
    const report = (response.errors![0]!.extensions.rowErrors as RowError[]).map((e) => `${e.row}:${e.column}`);
    expect(report).toEqual([
      '3:nip',
      '4:nip',
      '5:unit_code',
      '6:position',
      '7:golongan',
      '8:employment_type',
      '9:email',
      '10:effective_date',
      '11:nip',
    ]);
    expect(response.errors![0]!.extensions.rowErrorCount).toBe(9);
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses a file without the required columns or with unknown ones', async () => {
    const response = await importCsv('nip,name,salary\n199001012015012007,Dewi,100');
    const report = (response.errors![0]!.extensions.rowErrors as RowError[]).map((e) => `${e.row}:${e.column}`);
    expect(report).toEqual(['1:employment_type', '1:unit_code', '1:salary']);
  });

  it("imports into the actor's own agency only", async () => {
    const hrElsewhere = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
    const csv = [HEADER, '199001012015012007,PNS,,Dewi Lestari,,KEC-RAKUMPIT,,II/c,,,,,'].join('\n');
    expect(errorCode(await importCsv(csv, { token: hrElsewhere }))).toBe('NOT_FOUND');
    // Without an agency, an HR officer imports into their own, where the unit code does not exist.
    const own = await importCsv(csv, { token: hrElsewhere, agencyId: null });
    expect((own.errors![0]!.extensions.rowErrors as RowError[])[0]).toMatchObject({ row: 2, column: 'unit_code' });
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
    expect(errorCode(await importCsv(csv, { token: employee }))).toBe('FORBIDDEN');
  });

  it('imports 2,000 rows in one go', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 2000; i++) {
      const sequence = String(100 + (i % 900)).padStart(3, '0');
      const birth = `19${70 + Math.floor(i / 900)}0101`;
      lines.push(`${birth}200001${1 + (i % 2)}${sequence},PNS,,Pegawai Impor ${i},,KEC-RAKUMPIT,Pengadministrasi Umum,II/a,,,,,`);
    }
    const response = await importCsv(lines.join('\n'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.importEmployees.created).toBe(2000);
    const [{ n }] = await app.sql<{ n: string }>(
      `select count(*) as n from employee_assignments a join employees e on e.id = a.employee_id where e.name like 'Pegawai Impor %' and a.supervisor_id is not null`,
    );
    expect(Number(n)).toBe(2000);
  });
});
