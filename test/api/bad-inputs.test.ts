import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, type Actor, type BadInput } from '../fixtures/bad-inputs/corpus.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The bad-input corpus (test/fixtures/bad-inputs/corpus.ts) over HTTP against a
 * small fixture of two agencies: every request answers its expected code and
 * field, none an internal error, and no table changes.
 */

/**
 * Tables that may change while the corpus runs, and why: failed logins are
 * counted on purpose (login_failures), outside the refused request's effects.
 * Everything else, the audit trail included, must stay exactly as it was.
 */
const CHANGING_TABLES = new Set(['login_failures']);
/** Rows that may change: malformed public submissions are counted per address on purpose (public-guard.ts). */
const CHANGING_ROWS: Record<string, string> = { public_rate_limits: `where key not like 'refused:%'` };

let app: TestApp;
const tokens = {} as Record<Exclude<Actor, 'anonymous'>, string>;
const refs: Record<string, unknown> = {};

async function checksums(): Promise<Record<string, string>> {
  const tables = await app.sql<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const sums: Record<string, string> = {};
  for (const { table_name } of tables) {
    if (CHANGING_TABLES.has(table_name)) continue;
    const [row] = await app.sql<{ sum: string; n: string }>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum, count(*) as n from "${table_name}" t ${CHANGING_ROWS[table_name] ?? ''}`,
    );
    sums[table_name] = `${row!.n}:${row!.sum}`;
  }
  return sums;
}

/** A small agency over HTTP: a unit, a position, an employee, indicators and a draft period. */
async function buildAgency(token: string, agencyId: string, suffix: string, nip: string) {
  const { run } = runner(app, () => token);
  const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
    `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
    { input: { agencyId, code: `DINAS-${suffix}`, name: `Dinas Uji ${suffix}`, kind: 'DINAS' } },
  );
  const unitId = unit.createOrgUnit.orgUnit.id;
  const position = await run<{ createPosition: { position: { id: string } } }>(
    `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
    { input: { name: 'Kepala Dinas', grade: 15, type: 'JPT_PRATAMA', unitId } },
  );
  const positionId = position.createPosition.position.id;
  const employee = await run<{ createEmployee: { employee: { id: string; nip: string } } }>(
    `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id nip } } }`,
    { input: { name: `Kepala ${suffix}`, nip, employmentType: 'PNS', golongan: 'IV_C', unitId, positionId } },
  );
  const indicator = async (code: string, direction: string) =>
    (
      await run<{ createIndicator: { indicator: { id: string } } }>(
        `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
        { input: { code, name: `Indikator ${code}`, direction, perspective: 'HASIL_KERJA', unit: 'PERCENT', aggregation: 'AVERAGE' } },
      )
    ).createIndicator.indicator.id;
  const period = async (name: string, year: number) =>
    (
      await run<{ createAppraisalPeriod: { period: { id: string } } }>(
        `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
        { input: { name, type: 'QUARTERLY', startDate: `${year}-01-01`, endDate: `${year}-03-31` } },
      )
    ).createAppraisalPeriod.period.id;
  return {
    unitId,
    positionId,
    employeeId: employee.createEmployee.employee.id,
    nip: employee.createEmployee.employee.nip,
    indicatorId: await indicator(`IND.${suffix}`, 'HIGHER_IS_BETTER'),
    indicator2Id: await indicator(`IND2.${suffix}`, 'LOWER_IS_BETTER'),
    rangeIndicatorId: await indicator(`RANGE.${suffix}`, 'TARGET_RANGE'),
    periodId: await period(`Triwulan I 2030 ${suffix}`, 2030),
    closedPeriodId: await period(`Triwulan I 2029 ${suffix}`, 2029),
  };
}

beforeAll(async () => {
  app = await startTestApp();
  const a = await createAgency(app, { code: 'BAD-A' });
  const b = await createAgency(app, { code: 'BAD-B' });
  const hrA = await actor(app, [Role.HR_OFFICER], a.agency);
  tokens.hrA = hrA.token;
  tokens.adminA = (await actor(app, [Role.AGENCY_ADMIN], a.agency)).token;
  tokens.employeeA = (await actor(app, [Role.EMPLOYEE], a.agency)).token;
  tokens.superAdmin = (await actor(app, [Role.SUPER_ADMIN])).token;
  const hrB = (await actor(app, [Role.HR_OFFICER], b.agency)).token;

  const inA = await buildAgency(tokens.hrA, a.id, 'A', '197203101998031002');
  const inB = await buildAgency(hrB, b.id, 'B', '197508222001122001');
  // A closed period without running a whole cycle: the corpus only needs its state.
  await app.sql(`update appraisal_periods set status = 'CLOSED', version = version + 1 where id in (?, ?)`, [
    fromGlobal(inA.closedPeriodId),
    fromGlobal(inB.closedPeriodId),
  ]);
  const [closed] = await app.sql<{ version: number }>(`select version from appraisal_periods where id = ?`, [
    fromGlobal(inA.closedPeriodId),
  ]);
  Object.assign(refs, {
    agencyA: a.id,
    agencyB: b.id,
    hrAUsername: hrA.user.username,
    unitA: inA.unitId,
    unitB: inB.unitId,
    positionA: inA.positionId,
    positionB: inB.positionId,
    employeeA: inA.employeeId,
    employeeB: inB.employeeId,
    employeeANip: inA.nip,
    indicatorA: inA.indicatorId,
    indicatorA2: inA.indicator2Id,
    indicatorRangeA: inA.rangeIndicatorId,
    indicatorB: inB.indicatorId,
    periodA: inA.periodId,
    periodB: inB.periodId,
    closedPeriodA: inA.closedPeriodId,
    closedPeriodAVersion: closed!.version,
  });
}, 120_000);
afterAll(() => app?.close());

function fromGlobal(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;
}

/** Replaces `@name` strings by the fixture's values, anywhere in the variables. */
function resolve(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('@') && value.slice(1) in refs) return refs[value.slice(1)];
  if (Array.isArray(value)) return value.map(resolve);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  return value;
}

/** What went wrong with one case, or null when it answered as expected. */
async function check(c: BadInput): Promise<string | null> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(c.actor === 'anonymous' ? {} : { authorization: `Bearer ${tokens[c.actor]}` }) },
    body: JSON.stringify({ query: c.query, variables: resolve(c.variables) }),
  });
  const text = await response.text();
  let body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return `HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`;
  }
  const error = body.errors?.[0];
  const got = `HTTP ${response.status} ${JSON.stringify(body.errors?.map((e) => ({ message: e.message.slice(0, 160), ...e.extensions })) ?? body.data)}`;
  if (response.status >= 500) return `answered ${got}`;
  if (!error) return `was accepted: ${got}`;
  if (body.errors!.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) return `internal error: ${got}`;
  if (error.extensions?.code !== c.expect.code) return `expected ${c.expect.code}, got ${got}`;
  if (c.expect.field !== undefined && error.extensions?.field !== c.expect.field) return `expected field ${c.expect.field}, got ${got}`;
  if (c.expect.message !== undefined && !error.message.includes(c.expect.message))
    return `expected a message naming ${c.expect.message}, got ${got}`;
  if (body.data && Object.values(body.data).some((v) => v !== null)) return `answered data as well: ${got}`;
  return null;
}

describe('bad-input corpus', () => {
  it(`holds at least 400 requests (${BAD_INPUTS.length}), each named once`, () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(400);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
  });

  it('answers every request with its code and field, never an internal error, and changes no table', async () => {
    const before = await checksums();
    const failures: string[] = [];
    // A few at a time: the corpus also proves that concurrent refusals leave nothing behind.
    for (let i = 0; i < BAD_INPUTS.length; i += 6) {
      const batch = BAD_INPUTS.slice(i, i + 6);
      const results = await Promise.all(batch.map(check));
      results.forEach((r, j) => r && failures.push(`${batch[j]!.name}: ${r}`));
    }
    expect(failures, failures.join('\n')).toEqual([]);
    const after = await checksums();
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    expect(changed).toEqual([]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });
});
