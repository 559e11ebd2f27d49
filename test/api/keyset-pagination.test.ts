import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

// Keyset cursors: `after` carries the list, the sort and the last item's sort key
// values and id. Walking a list by cursor must give what the offset pages give,
// every item once, in order, whatever ties and empty values the sort key has.

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string; golongan?: string | null; supervisor?: { name: string } | null } }[];
}

const EMPLOYEES = `query Page($filter: EmployeeFilter, $orderBy: [EmployeeOrderBy!], $first: Int, $after: String, $offset: Int) {
  employees(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name golongan createdAt unit { code } position { name } supervisor { name } latestPredicate } }
  }
}`;
const AUDIT = `query Audit($filter: AuditEntryFilter, $first: Int, $after: String, $offset: Int) {
  auditEntries(filter: $filter, first: $first, after: $after, offset: $offset) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name: entityType } }
  }
}`;
const UNITS = `query Units($first: Int) { orgUnits(first: $first) { pageInfo { endCursor } } }`;
const IMPORT = `mutation Import($input: ImportEmployeesInput!) { importEmployees(input: $input) { created } }`;
const CREATE_UNIT = `mutation Unit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`;
const CREATE_POSITION = `mutation Position($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`;

let app: TestApp;
let admin: string;
let agencyId: string;

type Variables = Record<string, unknown>;
const page = async (query: string, field: string, variables: Variables) => {
  const response = (await app.gql(query, variables, { token: admin })) as GraphQLResponse<Record<string, Connection>>;
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return { connection: response.data![field]!, statements: response.sqlStatements };
};

/** Every item by cursor, `first` at a time, and the same list in one offset page. */
async function walk(query: string, field: string, variables: Variables, first: number) {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { connection } = await page(query, field, { ...variables, first, after });
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    seen.push(...connection.edges.map((edge) => edge.node.id));
    pages++;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
    expect(pages).toBeLessThan(100);
  }
  const whole = (await page(query, field, { ...variables, first: 500 })).connection;
  return { seen, whole: whole.edges.map((edge) => edge.node.id), total: whole.totalCount, pages };
}

const NAMES = ['Ani', 'Budi', 'Citra', 'Dedi', 'Eka'];

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agencyId = (await createAgency(app, { code: 'PEMKOT-KURSOR' })).id;
  const unit = await app.gql<{ createOrgUnit: { orgUnit: { id: string } } }>(
    CREATE_UNIT,
    { input: { agencyId, code: 'KURSOR', name: 'Bagian Kursor', kind: 'BAGIAN' } },
    { token: admin },
  );
  const unitId = unit.data!.createOrgUnit.orgUnit.id;
  const head = await app.gql<{ createPosition: { position: { id: string } } }>(
    CREATE_POSITION,
    { input: { unitId, name: 'Kepala Bagian', type: 'ADMINISTRATOR', grade: 12 } },
    { token: admin },
  );
  await app.gql(
    CREATE_POSITION,
    { input: { unitId, superiorId: head.data!.createPosition.position.id, name: 'Staf', type: 'PELAKSANA', grade: 6 } },
    { token: admin },
  );
  // 40 employees in one import: names repeat eight times, a third are PPPK without a rank,
  // and the import stamps them all with the same creation time (to the microsecond).
  const rows = ['nip,employment_type,front_title,name,back_title,unit_code,position,golongan,pppk_grade,status,email,phone,effective_date'];
  rows.push('198001012005011001,PNS,,Zainal Kepala,,KURSOR,Kepala Bagian,IV/a,,,,,');
  for (let i = 0; i < 39; i++) {
    const name = NAMES[i % NAMES.length]!;
    const sequence = String(100 + i).padStart(3, '0');
    rows.push(
      i % 3 === 0
        ? `19920315202103${i % 2 === 0 ? 1 : 2}${sequence},PPPK,,${name},,KURSOR,Staf,,9,,,,`
        : `19900101201501${(i % 2) + 1}${sequence},PNS,,${name},,KURSOR,Staf,${['II/a', 'III/a', 'III/b'][i % 3]},,,,,`,
    );
  }
  const imported = await app.gql<{ importEmployees: { created: number } }>(
    IMPORT,
    { input: { agencyId, csv: rows.join('\n'), dryRun: false } },
    { token: admin },
  );
  expect(imported.errors, JSON.stringify(imported.errors)).toBeUndefined();
  expect(imported.data!.importEmployees.created).toBe(40);
});
afterAll(() => app?.close());

describe('walking a list by cursor', () => {
  const inAgency = { agencyId: { eq: '' } };
  beforeAll(() => {
    inAgency.agencyId.eq = agencyId;
  });

  it('returns every employee once, in the order of the offset pages, with ties in the name', async () => {
    const { seen, whole, total, pages } = await walk(EMPLOYEES, 'employees', { filter: inAgency, orderBy: [{ field: 'NAME' }] }, 7);
    expect(total).toBe(40);
    expect(pages).toBe(6);
    expect(new Set(seen).size).toBe(40);
    expect(seen).toEqual(whole);
  });

  it('keeps the empty ranks of PPPK last, descending as ascending', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const orderBy = [{ field: 'GOLONGAN', direction }];
      const { seen, whole } = await walk(EMPLOYEES, 'employees', { filter: inAgency, orderBy }, 4);
      expect(seen).toEqual(whole);
      expect(seen).toHaveLength(40);
    }
    const last = (await page(EMPLOYEES, 'employees', { filter: inAgency, orderBy: [{ field: 'GOLONGAN', direction: 'DESC' }], first: 40 }))
      .connection.edges;
    expect(last.at(-1)!.node).toMatchObject({ golongan: null });
  });

  it('pages through creation times shared to the microsecond, and through two sort keys', async () => {
    // Two times for all, with microseconds a JavaScript date (milliseconds) does not hold, as PostgreSQL stamps bulk writes.
    await app.sql(
      `update employees e set created_at = case when e.nip like '1992%' then '2026-03-04 05:06:07.891234+00'::timestamptz
                                           else '2026-03-04 05:06:07.891678+00'::timestamptz end
         from agencies a where a.id = e.agency_id and a.code = 'PEMKOT-KURSOR'`,
    );
    for (const orderBy of [[{ field: 'CREATED_AT', direction: 'DESC' }], [{ field: 'NAME', direction: 'DESC' }, { field: 'GOLONGAN' }]]) {
      const { seen, whole } = await walk(EMPLOYEES, 'employees', { filter: inAgency, orderBy }, 6);
      expect(seen).toHaveLength(40);
      expect(seen).toEqual(whole);
    }
  });

  it('pages through a filtered list', async () => {
    const filter = { agencyId: { eq: agencyId }, or: [{ name: { eq: 'Budi' } }, { employmentType: { eq: 'PPPK' } }] };
    const { seen, whole, total } = await walk(EMPLOYEES, 'employees', { filter, orderBy: [{ field: 'NIP' }] }, 3);
    expect(total).toBeGreaterThan(10);
    expect(seen).toHaveLength(total);
    expect(seen).toEqual(whole);
  });

  it('pages through audit entries, newest first', async () => {
    const filter = { entityType: { eq: 'Employee' } };
    const { seen, whole, total } = await walk(AUDIT, 'auditEntries', { filter }, 9);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(whole);
  });

  it('reads a page after a cursor in as many statements as the first page, whatever its size', async () => {
    const variables = { filter: inAgency, orderBy: [{ field: 'NAME' }] };
    const first = await page(EMPLOYEES, 'employees', { ...variables, first: 5 });
    const after = first.connection.pageInfo.endCursor;
    const small = await page(EMPLOYEES, 'employees', { ...variables, first: 3, after });
    const large = await page(EMPLOYEES, 'employees', { ...variables, first: 30, after });
    expect(large.connection.edges).toHaveLength(30);
    expect(
      large.connection.edges.every((edge) => edge.node.supervisor?.name === 'Zainal Kepala' || edge.node.name === 'Zainal Kepala'),
    ).toBe(true);
    expect(small.statements).toBe(first.statements);
    expect(large.statements).toBe(first.statements);
  });

  it('still takes an offset cursor of the previous version', async () => {
    const variables = { filter: inAgency, orderBy: [{ field: 'NAME' }] };
    const legacy = await page(EMPLOYEES, 'employees', { ...variables, first: 5, after: Buffer.from('o:9').toString('base64url') });
    const offset = await page(EMPLOYEES, 'employees', { ...variables, first: 5, offset: 10 });
    expect(legacy.connection.edges.map((edge) => edge.node.id)).toEqual(offset.connection.edges.map((edge) => edge.node.id));
  });
});

describe('a cursor the list did not issue', () => {
  const refused = async (after: string, variables: Variables = {}) => {
    const response = await app.gql(EMPLOYEES, { first: 5, orderBy: [{ field: 'NAME' }], ...variables, after }, { token: admin });
    expect(response.status).toBe(200);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions).toMatchObject({ field: 'after', reason: 'INVALID_CURSOR' });
    expect(response.data).toBeNull();
  };
  const cursorAfter = async (variables: Variables) =>
    (await page(EMPLOYEES, 'employees', { first: 3, ...variables })).connection.pageInfo.endCursor!;

  it('refuses an altered cursor: another name, another id, or another signature', async () => {
    const cursor = await cursorAfter({ orderBy: [{ field: 'NAME' }] });
    const [payload, signature] = cursor.split('.') as [string, string];
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { v: unknown[]; i: string };
    const forge = (change: object) => `${Buffer.from(JSON.stringify({ ...data, ...change })).toString('base64url')}.${signature}`;
    await refused(forge({ v: ['Zzz'] }));
    await refused(forge({ v: [1], i: 'not-a-uuid' }));
    await refused(forge({ v: ["x') or true --"] }));
    await refused(`${payload}.${'A'.repeat(signature.length)}`);
    await refused('bm90IGEgY3Vyc29y');
    await refused('');
  });

  it('refuses a cursor of another sort order or of another list', async () => {
    await refused(await cursorAfter({ orderBy: [{ field: 'NIP' }] }));
    await refused(await cursorAfter({ orderBy: [{ field: 'NAME', direction: 'DESC' }] }));
    const units = await app.gql<{ orgUnits: { pageInfo: { endCursor: string } } }>(UNITS, { first: 1 }, { token: admin });
    await refused(units.data!.orgUnits.pageInfo.endCursor);
  });

  it('refuses after together with offset', async () => {
    const cursor = await cursorAfter({ orderBy: [{ field: 'NAME' }] });
    const response = await app.gql(EMPLOYEES, { first: 5, orderBy: [{ field: 'NAME' }], after: cursor, offset: 5 }, { token: admin });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
  });
});
