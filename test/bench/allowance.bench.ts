import { afterAll, beforeAll, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../api/src/graphql/ids.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { nipFor } from './support.js';

/**
 * Issue 12, "done when": computing a month of the allowance for 10,000
 * employees (20 units, a record on every working day of October 2026 with
 * late arrivals in every band, approved minutes) in under 30 s, with a number
 * of SQL statements independent of the number of employees (compared with a
 * run of a tenth of them).
 *
 * Options (node test/bench/run.mjs allowance --employees N):
 * BENCH_EMPLOYEES (10000), BENCH_TARGET_SECONDS (30).
 */
const intEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const EMPLOYEES = intEnv('BENCH_EMPLOYEES', 10_000);
const TARGET_SECONDS = intEnv('BENCH_TARGET_SECONDS', 30);
const UNITS = 20;
const COMPUTE = `mutation ($input: ComputeAllowancesInput!) { computeAllowances(input: $input) { sheet { rowCount totalNet } } }`;

let app: TestApp;
let nipCounter = 0;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** An agency with `count` employees, a scheme, October's attendance and minutes; returns HR's token. */
async function agencyOf(count: number, code: string) {
  const { agency, id } = await createAgency(app, { code });
  const { token } = await actor(app, [Role.HR_OFFICER], agency);
  const gql = async (query: string, input: Record<string, unknown>) => {
    const response = await app.gql(query, { input }, { token });
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, Record<string, Record<string, string>>>;
  };
  const units = ['code,name,kind', ...Array.from({ length: UNITS }, (_, i) => `U${i},Unit ${i},BIDANG`)].join('\n');
  await gql(`mutation ($input: ImportOrgUnitsInput!) { importOrgUnits(input: $input) { created } }`, { agencyId: id, csv: units });
  const rows = ['nip,employment_type,name,unit_code,golongan,effective_date'];
  for (let i = 0; i < count; i++) rows.push(`${nipFor(nipCounter++).nip},PNS,Pegawai ${i},U${i % UNITS},III/a,2024-01-02`);
  await gql(`mutation ($input: ImportEmployeesInput!) { importEmployees(input: $input) { created } }`, {
    agencyId: id,
    csv: rows.join('\n'),
  });
  const unitId = (
    await app.sql<{ id: string }>(`select id from org_units where agency_id = ? limit 1`, [fromGlobalId(id, 'Agency', 'id')])
  )[0]!.id;
  const position = await gql(`mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`, {
    unitId: toGlobalId('OrgUnit', unitId),
    name: 'Pelaksana',
    type: 'PELAKSANA',
    grade: 7,
  });
  const agencyRow = fromGlobalId(id, 'Agency', 'id');
  const positionId = fromGlobalId(position.createPosition!.position!.id!, 'Position', 'id');
  await app.sql(`update employees set position_id = ? where agency_id = ?`, [positionId, agencyRow]);
  await gql(`mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) { scheme { id } } }`, {
    agencyId: id,
    validFrom: '2026-01-01',
    baseAmounts: Array.from({ length: 17 }, (_, i) => 1_000_000 + i * 250_000),
  });
  // A present day for every working day; one in seven late by 1-120 minutes, one in eleven without a check-out.
  await app.sql(
    `insert into attendance_records (id, created_at, updated_at, version, agency_id, employee_id, date, status, source, check_in, check_out,
       working_day, late_minutes, early_leave_minutes)
     select gen_random_uuid(), now(), now(), 1, e.agency_id, e.id, d::date, 'HADIR', 'MANUAL',
       case when (hashtext(e.id::text) + extract(day from d)::int) % 7 = 0 then time '07:30' + ((abs(hashtext(e.id::text)) % 120) + 1) * interval '1 minute' else time '07:25' end,
       case when (hashtext(e.id::text) + extract(day from d)::int) % 11 = 0 then null else time '16:30' end,
       true,
       case when (hashtext(e.id::text) + extract(day from d)::int) % 7 = 0 then (abs(hashtext(e.id::text)) % 120) + 1 else 0 end,
       case when (hashtext(e.id::text) + extract(day from d)::int) % 11 = 0 then null else 0 end
     from employees e, generate_series(date '2026-10-01', date '2026-10-31', interval '1 day') d
     where e.agency_id = ? and extract(isodow from d) < 6`,
    [agencyRow],
  );
  await app.sql(
    `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours, evidence_links, status, submitted_at, minutes)
     select gen_random_uuid(), now(), now(), 1, e.agency_id, e.id, date '2026-10-15', 'Kegiatan', 'Hasil', 100, '{}', 'APPROVED', now(),
       5000 + abs(hashtext(e.id::text)) % 3000 from employees e where e.agency_id = ?`,
    [agencyRow],
  );
  return token;
}

it(`computes a month for ${EMPLOYEES} employees in under ${TARGET_SECONDS} s, statements independent of the size`, async () => {
  const smallToken = await agencyOf(Math.max(1, Math.floor(EMPLOYEES / 10)), 'BENCH-TPP-S');
  const small = await app.gql<{ computeAllowances: { sheet: { rowCount: number } } }>(
    COMPUTE,
    { input: { month: '2026-10' } },
    { token: smallToken },
  );
  expect(small.errors).toBeUndefined();
  const token = await agencyOf(EMPLOYEES, 'BENCH-TPP-L');
  const started = performance.now();
  const large = await app.gql<{ computeAllowances: { sheet: { rowCount: number; totalNet: number } } }>(
    COMPUTE,
    { input: { month: '2026-10' } },
    { token },
  );
  const seconds = (performance.now() - started) / 1000;
  expect(large.errors).toBeUndefined();
  expect(large.data!.computeAllowances.sheet.rowCount).toBe(EMPLOYEES);
  console.log(
    `allowance: ${EMPLOYEES} employees computed in ${seconds.toFixed(1)} s, ${large.sqlStatements} SQL statements (${small.sqlStatements} for ${small.data!.computeAllowances.sheet.rowCount})`,
  );
  expect(large.sqlStatements).toBe(small.sqlStatements);
  expect(seconds).toBeLessThan(TARGET_SECONDS);
});
