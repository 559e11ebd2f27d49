import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { nipFor } from './support.js';

/**
 * Issue 13: the SIASN import of a whole agency ("Export Data ASN" CSV through
 * `importSiasnEmployees` over HTTP): a dry run, the import, and a re-import in
 * which everyone is promoted (a placement change each). 100,000 employees
 * should import in well under 5 minutes, so the target is 30 s per 10,000.
 *
 * Options (node test/bench/run.mjs siasn-import --employees N):
 * BENCH_EMPLOYEES (10000), BENCH_TARGET_SECONDS (30 per 10,000).
 */
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 10_000);
const TARGET_SECONDS = Number(process.env.BENCH_TARGET_SECONDS ?? (30 * EMPLOYEES) / 10_000);
const UNITS = 20;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ BODY_LIMIT: '200mb' });
});
afterAll(() => app?.close());

const csvOf = (golongan: number) => {
  const rows = [
    'pns_id,nip_baru,nama,gelar_depan,gelar_belakang,gol_akhir_id,tmt_gol_akhir,jenis_jabatan_id,eselon_id,jabatan_nama,kelas_jabatan,unor_id,tmt_jabatan',
  ];
  for (let i = 0; i < EMPLOYEES; i++) {
    const tmt = golongan === 31 ? '01-04-2020' : '01-10-2026';
    rows.push(`P-${i},'${nipFor(i).nip},Pegawai ${i},null,null,'${golongan},${tmt},'4,null,Pelaksana ${i % 7},'6,U${i % UNITS},02-01-2020`);
  }
  return rows.join('\n');
};

it(`imports ${EMPLOYEES} employees from SIASN within ${TARGET_SECONDS} s`, async () => {
  const { agency } = await createAgency(app, { code: 'BENCH-SIASN' });
  const { token } = await actor(app, [Role.HR_OFFICER], agency);
  const units = [
    { Id: 'ROOT', NamaUnor: 'Pemerintah Daerah' },
    ...Array.from({ length: UNITS }, (_, i) => ({ Id: `U${i}`, DiatasanId: 'ROOT', NamaUnor: `Bidang ${i}` })),
  ];
  const tree = await app.gql(
    `mutation ($input: ImportSiasnInput!) { importSiasnUnits(input: $input) { created } }`,
    { input: { content: JSON.stringify(units) } },
    { token },
  );
  expect(tree.errors).toBeUndefined();
  const timed = async (content: string, dryRun: boolean) => {
    const started = performance.now();
    const response = await app.gql<{ importSiasnEmployees: { created: number; changed: number } }>(
      `mutation ($input: ImportSiasnInput!) { importSiasnEmployees(input: $input) { created changed } }`,
      { input: { content, dryRun } },
      { token },
    );
    expect(response.errors).toBeUndefined();
    return {
      seconds: Math.round((performance.now() - started) / 10) / 100,
      ...response.data!.importSiasnEmployees,
      statements: response.sqlStatements,
    };
  };
  const report = {
    employees: EMPLOYEES,
    dryRun: await timed(csvOf(31), true),
    import: await timed(csvOf(31), false),
    promotion: await timed(csvOf(32), false),
  };
  console.log(JSON.stringify(report, null, 2));
  expect(report.import.created).toBe(EMPLOYEES);
  expect(report.promotion.changed).toBe(EMPLOYEES);
  expect(report.import.seconds).toBeLessThan(TARGET_SECONDS);
  expect(report.promotion.seconds).toBeLessThan(TARGET_SECONDS);
});
