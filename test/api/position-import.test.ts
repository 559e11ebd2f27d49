import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

const ImportPositions = graphql(`
  mutation ImportPositions($input: ImportPositionsInput!) {
    importPositions(input: $input) {
      rows
      created
      dryRun
    }
  }
`);
const ImportUnits = graphql(`
  mutation ImportUnitsForPositions($input: ImportOrgUnitsInput!) {
    importOrgUnits(input: $input) {
      created
    }
  }
`);

let app: TestApp;
let admin: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
type RowError = { row: number; column: string; message: string };

const importCsv = (csv: string, options: { dryRun?: boolean; token?: string } = {}) =>
  app.gql(ImportPositions, { input: { csv, agencyId: agency.id, dryRun: options.dryRun ?? false } }, { token: options.token ?? admin });

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agency = await createAgency(app, { code: 'PEMKOT-PALEMBANG' });
  const units = ['code,name,kind,parent_code', 'DINKES,Dinas Kesehatan,DINAS,', 'PKM-KERTAPATI,Puskesmas Kertapati,PUSKESMAS,DINKES'].join(
    '\n',
  );
  expect((await app.gql(ImportUnits, { input: { csv: units, agencyId: agency.id } }, { token: admin })).data!.importOrgUnits.created).toBe(
    2,
  );
});
afterAll(() => app?.close());

describe('importing positions from CSV', () => {
  it('builds reporting lines whatever the order of the rows', async () => {
    const csv = [
      'unit_code,name,type,grade,superior_unit_code,superior_name',
      'PKM-KERTAPATI,Perawat Pelaksana,PELAKSANA,7,PKM-KERTAPATI,Kepala Puskesmas Kertapati',
      'PKM-KERTAPATI,Kepala Puskesmas Kertapati,PENGAWAS,9,DINKES,Kepala Dinas Kesehatan',
      'DINKES,Kepala Dinas Kesehatan,JPT_PRATAMA,14,,',
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.errors).toBeUndefined();
    expect(response.data!.importPositions).toEqual({ rows: 3, created: 3, dryRun: false });
    const rows = await app.sql<{ name: string; superior: string | null; grade: number }>(
      `select p.name, s.name as superior, p.grade from positions p left join positions s on s.id = p.superior_id order by p.grade desc`,
    );
    expect(rows).toEqual([
      { name: 'Kepala Dinas Kesehatan', superior: null, grade: 14 },
      { name: 'Kepala Puskesmas Kertapati', superior: 'Kepala Dinas Kesehatan', grade: 9 },
      { name: 'Perawat Pelaksana', superior: 'Kepala Puskesmas Kertapati', grade: 7 },
    ]);
  });

  it('one bad row rejects the file with every problem listed; a dry run writes nothing', async () => {
    const before = await databaseFingerprint(app);
    const csv = [
      'unit_code,name,type,grade,superior_unit_code,superior_name',
      'DINKES,Jabatan A,PELAKSANA,6,DINKES,Jabatan B',
      'DINKES,Jabatan B,PELAKSANA,6,DINKES,Jabatan A',
      'TIDAK-ADA,Jabatan C,PELAKSANA,6,,',
      'DINKES,Jabatan D,KEPALA,6,,',
      'DINKES,Jabatan E,PELAKSANA,18,,',
      'DINKES,Jabatan F,PELAKSANA,6,DINKES,Tidak Ada',
      'DINKES,Kepala Dinas Kesehatan,JPT_PRATAMA,14,,',
    ].join('\n');
    const response = await importCsv(csv);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const report = (response.errors![0]!.extensions.rowErrors as RowError[]).map((e) => `${e.row}:${e.column}`);
    expect(report).toEqual(['2:superior_name', '3:superior_name', '4:unit_code', '5:type', '6:grade', '7:superior_name', '8:name']);
    expect(await databaseFingerprint(app)).toBe(before);
    const dry = await importCsv('unit_code,name,type,grade\nDINKES,Analis Kebijakan,FUNGSIONAL,9', { dryRun: true });
    expect(dry.data!.importPositions).toEqual({ rows: 1, created: 0, dryRun: true });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('is refused to employees', async () => {
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
    expect(errorCode(await importCsv('unit_code,name,type,grade\nDINKES,Analis,FUNGSIONAL,9', { token: employee }))).toBe('FORBIDDEN');
  });
});
