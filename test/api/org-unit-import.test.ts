import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

const ImportOrgUnits = graphql(`
  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {
    importOrgUnits(input: $input) {
      rows
      created
      dryRun
    }
  }
`);
const Existing = graphql(`
  mutation ExistingUnitForImport($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      orgUnit {
        id
      }
    }
  }
`);

let app: TestApp;
let admin: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
let other: Awaited<ReturnType<typeof createAgency>>;
type RowError = { row: number; column: string; message: string };

const importCsv = (csv: string, options: { dryRun?: boolean; token?: string } = {}) =>
  app.gql(ImportOrgUnits, { input: { csv, agencyId: agency.id, dryRun: options.dryRun ?? false } }, { token: options.token ?? admin });
const report = (response: Awaited<ReturnType<typeof importCsv>>) =>
  (response.errors![0]!.extensions.rowErrors as RowError[]).map((e) => `${e.row}:${e.column}`);

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agency = await createAgency(app, { code: 'PEMKAB-ABDYA' });
  other = await createAgency(app, { code: 'PEMKOT-LAIN' });
  await app.gql(Existing, { input: { agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' } }, { token: admin });
});
afterAll(() => app?.close());

describe('importing units from CSV', () => {
  it('builds the tree whatever the order of the rows, under existing units too', async () => {
    const csv = [
      'code,name,kind,parent_code,active',
      'KEL-KUTA-TUHA,Kelurahan Kuta Tuha,KELURAHAN,KEC-BLANGPIDIE,',
      'KEC-BLANGPIDIE,Kecamatan Blangpidie,KECAMATAN,,true',
      'PKM-BLANGPIDIE,Puskesmas Blangpidie,PUSKESMAS,DINKES,',
      'SEKSI-PEM,Seksi Pemerintahan,SEKSI,KEL-KUTA-TUHA,false',
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.errors).toBeUndefined();
    expect(response.data!.importOrgUnits).toEqual({ rows: 4, created: 4, dryRun: false });
    const rows = await app.sql<{ code: string; depth: number; parent: string | null; active: boolean; consistent: boolean }>(
      `select u.code, u.depth, p.code as parent, u.active, u.path = coalesce(p.path, '/') || u.id || '/' as consistent
       from org_units u left join org_units p on p.id = u.parent_id order by u.code`,
    );
    expect(rows).toEqual([
      { code: 'DINKES', depth: 0, parent: null, active: true, consistent: true },
      { code: 'KEC-BLANGPIDIE', depth: 0, parent: null, active: true, consistent: true },
      { code: 'KEL-KUTA-TUHA', depth: 1, parent: 'KEC-BLANGPIDIE', active: true, consistent: true },
      { code: 'PKM-BLANGPIDIE', depth: 1, parent: 'DINKES', active: true, consistent: true },
      { code: 'SEKSI-PEM', depth: 2, parent: 'KEL-KUTA-TUHA', active: false, consistent: true },
    ]);
  });

  it('one bad row rejects the file with every problem listed, and a dry run writes nothing', async () => {
    const before = await databaseFingerprint(app);
    const csv = [
      'code,name,kind,parent_code',
      'A-1,Unit A,DINAS,B-1',
      'B-1,Unit B,BIDANG,A-1',
      'DINKES,Dinas Lagi,DINAS,',
      'C-1,Unit C,PROVINSI,',
      'D-1,Unit D,SEKSI,TIDAK-ADA',
      'e-1,Unit E,SEKSI,',
      'F-1,Unit F,SEKSI,',
      'F-1,Unit F Lagi,SEKSI,',
    ].join('\n');
    const response = await importCsv(csv);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    // Both rows of the loop A-1 > B-1 > A-1 are reported.
    expect(report(response)).toEqual(['2:parent_code', '3:parent_code', '4:code', '5:kind', '6:parent_code', '7:code', '9:code']);
    expect(await databaseFingerprint(app)).toBe(before);

    const dry = await importCsv('code,name,kind\nG-1,Unit G,SEKSI', { dryRun: true });
    expect(dry.data!.importOrgUnits).toEqual({ rows: 1, created: 0, dryRun: true });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('is refused to staff of another agency and to employees', async () => {
    const hr = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
    expect(errorCode(await importCsv('code,name,kind\nH-1,Unit H,SEKSI', { token: hr }))).toBe('NOT_FOUND');
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
    expect(errorCode(await importCsv('code,name,kind\nH-1,Unit H,SEKSI', { token: employee }))).toBe('FORBIDDEN');
  });
});
