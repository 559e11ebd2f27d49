import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateAgencyInput, DeleteAgencyInput, UpdateAgencyInput } from '../gql/graphql.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

let app: TestApp;
let superAdmin: string;

beforeAll(async () => {
  app = await startTestApp();
  superAdmin = (await actor(app, [Role.SUPER_ADMIN])).token;
});
afterAll(() => app?.close());

graphql(`
  fragment AgencyFields on Agency {
    id
    code
    name
    kind
    region
    version
    createdAt
    updatedAt
  }
`);
const CreateAgency = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        ...AgencyFields
      }
    }
  }
`);
const UpdateAgency = graphql(`
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      agency {
        ...AgencyFields
      }
    }
  }
`);
const DeleteAgency = graphql(`
  mutation DeleteAgency($input: DeleteAgencyInput!) {
    deleteAgency(input: $input) {
      id
    }
  }
`);
const GetAgency = graphql(`
  query GetAgency($id: ID!) {
    agency(id: $id) {
      ...AgencyFields
    }
  }
`);

// Inputs are loosely typed on purpose: the tests send invalid values too.
type Loose<T> = { [K in keyof T]?: unknown } & Record<string, unknown>;
const create = (input: Loose<CreateAgencyInput>, token = superAdmin) =>
  app.gql(CreateAgency, { input: input as CreateAgencyInput }, { token });
const update = (input: Loose<UpdateAgencyInput>, token = superAdmin) =>
  app.gql(UpdateAgency, { input: input as UpdateAgencyInput }, { token });
const remove = (input: Loose<DeleteAgencyInput>, token = superAdmin) =>
  app.gql(DeleteAgency, { input: input as DeleteAgencyInput }, { token });
const getOne = (id: string, token = superAdmin) => app.gql(GetAgency, { id }, { token });

describe('agency CRUD', () => {
  it('creates, reads, updates and deletes an agency', async () => {
    const created = await create({ code: 'PEMKAB-BLITAR', name: '  Pemerintah Kabupaten Blitar ', kind: 'DAERAH', region: 'Jawa Timur' });
    expect(created.errors).toBeUndefined();
    const agency = created.data!.createAgency.agency;
    expect(agency).toMatchObject({
      code: 'PEMKAB-BLITAR',
      name: 'Pemerintah Kabupaten Blitar',
      kind: 'DAERAH',
      region: 'Jawa Timur',
      version: 1,
    });

    const read = await getOne(agency.id as string);
    expect(read.data!.agency).toEqual(agency);

    const updated = await update({ id: agency.id, version: 1, name: 'Pemkab Blitar', region: null });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAgency.agency).toMatchObject({ name: 'Pemkab Blitar', region: null, version: 2, code: 'PEMKAB-BLITAR' });

    const deleted = await remove({ id: agency.id, version: 2 });
    expect(deleted.data!.deleteAgency.id).toBe(agency.id);
    expect(errorCode(await getOne(agency.id as string))).toBe('NOT_FOUND');
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const { id } = await createAgency(app, { name: 'Pemerintah Kota Contoh' });
    expect((await update({ id, version: 1, name: 'First edit' })).errors).toBeUndefined();
    const stale = await update({ id, version: 1, name: 'Second edit from an old form' });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions.field).toBe('input.version');
    expect((await getOne(id)).data!.agency).toMatchObject({ name: 'First edit', version: 2 });
    expect(errorCode(await remove({ id, version: 1 }))).toBe('CONFLICT');
  });

  it('refuses to delete an agency that users still belong to', async () => {
    const { agency, id } = await createAgency(app);
    await actor(app, [Role.HR_OFFICER], agency);
    const before = await databaseFingerprint(app);
    expect(errorCode(await remove({ id }))).toBe('CONFLICT');
    expect(await databaseFingerprint(app)).toBe(before);
  });
});

describe('agency validation: each bad input answers its code and field, and changes nothing', () => {
  const valid = { code: 'VALID-CODE', name: 'Pemerintah Provinsi Contoh', kind: 'DAERAH', region: 'Bali' };
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['lowercase code', { ...valid, code: 'pemkot' }, 'BAD_USER_INPUT', 'input.code'],
    ['code with spaces', { ...valid, code: 'PEM KOT' }, 'BAD_USER_INPUT', 'input.code'],
    ['one-letter code', { ...valid, code: 'P' }, 'BAD_USER_INPUT', 'input.code'],
    ['overlong code', { ...valid, code: 'X'.repeat(33) }, 'BAD_USER_INPUT', 'input.code'],
    ['SQL in code', { ...valid, code: "X'; DROP TABLE agencies; --" }, 'BAD_USER_INPUT', 'input.code'],
    ['empty name', { ...valid, name: '' }, 'BAD_USER_INPUT', 'input.name'],
    ['blank name', { ...valid, name: '     ' }, 'BAD_USER_INPUT', 'input.name'],
    ['overlong name', { ...valid, name: 'N'.repeat(201) }, 'BAD_USER_INPUT', 'input.name'],
    ['control characters in name', { ...valid, name: 'Pemkot\u0000Contoh' }, 'BAD_USER_INPUT', 'input.name'],
    ['overlong region', { ...valid, region: 'R'.repeat(101) }, 'BAD_USER_INPUT', 'input.region'],
  ];

  it.each(cases)('%s', async (_label, input, code, field) => {
    const before = await databaseFingerprint(app);
    const response = await create(input);
    expect(response.data).toBeNull();
    expect(errorCode(response)).toBe(code);
    expect(response.errors![0]!.extensions.field).toBe(field);
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('an unknown enum value is refused before execution', async () => {
    const response = await create({ ...valid, kind: 'PROVINSI' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain('AgencyKind');
  });

  it('a missing required field is refused before execution', async () => {
    const { name: _name, ...withoutName } = valid;
    expect(errorCode(await create(withoutName))).toBe('BAD_USER_INPUT');
  });

  it('reports every invalid field at once', async () => {
    const response = await create({ code: 'x', name: '', kind: 'PUSAT' });
    const fields = (response.errors![0]!.extensions.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.code', 'input.name']));
  });

  it('a duplicate code is refused on create and on update (CONFLICT naming the field)', async () => {
    const first = await createAgency(app, { code: 'DUPLICATE' });
    const other = await createAgency(app);
    const before = await databaseFingerprint(app);
    const created = await create({ ...valid, code: 'DUPLICATE' });
    expect(errorCode(created)).toBe('CONFLICT');
    expect(created.errors![0]!.extensions).toMatchObject({ reason: 'DUPLICATE', params: { value: 'DUPLICATE' } });
    expect(created.errors![0]!.extensions.field).toBe('input.code');
    const updated = await update({ id: other.id, version: 1, code: 'DUPLICATE' });
    expect(errorCode(updated)).toBe('CONFLICT');
    expect(updated.errors![0]!.extensions.field).toBe('input.code');
    expect(await databaseFingerprint(app)).toBe(before);
    expect(first.agency.code).toBe('DUPLICATE');
  });

  it('an ID of another type or garbage is BAD_USER_INPUT on id; an unknown agency is NOT_FOUND', async () => {
    const user = await actor(app, [Role.SUPER_ADMIN]);
    const userId = Buffer.from(`User:${user.user.id}`).toString('base64url');
    const wrongType = await getOne(userId);
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.errors![0]!.extensions.field).toBe('id');
    expect(errorCode(await getOne('not-an-id'))).toBe('BAD_USER_INPUT');
    const missing = Buffer.from('Agency:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(errorCode(await getOne(missing))).toBe('NOT_FOUND');
  });
});

describe('agency access', () => {
  it('agency administrators see and change only their own agency', async () => {
    const own = await createAgency(app);
    const other = await createAgency(app);
    const { token } = await actor(app, [Role.AGENCY_ADMIN], own.agency);

    const list = await app.gql<{ agencies: { nodes: { id: string }[]; totalCount: number } }>(
      `{ agencies { totalCount nodes { id } } }`,
      {},
      { token },
    );
    expect(list.data!.agencies.nodes.map((n) => n.id)).toEqual([own.id]);
    expect(list.data!.agencies.totalCount).toBe(1);

    expect(errorCode(await getOne(other.id, token))).toBe('NOT_FOUND');
    // Reads outside the scope cannot tell the record exists; writes are refused outright.
    expect(errorCode(await update({ id: other.id, version: 1, name: 'Taken over' }, token))).toBe('FORBIDDEN');
    expect((await update({ id: own.id, version: 1, name: 'Renamed by its admin' }, token)).errors).toBeUndefined();
    expect(errorCode(await create({ code: 'NEW-ONE', name: 'Not allowed', kind: 'PUSAT' }, token))).toBe('FORBIDDEN');
    expect(errorCode(await remove({ id: own.id }, token))).toBe('FORBIDDEN');
  });

  it('employees can read their agency but not change it', async () => {
    const own = await createAgency(app);
    const { token } = await actor(app, [Role.EMPLOYEE], own.agency);
    expect((await getOne(own.id, token)).data!.agency.id).toBe(own.id);
    expect(errorCode(await update({ id: own.id, version: 1, name: 'Changed' }, token))).toBe('FORBIDDEN');
  });
});

describe('agency lists', () => {
  let lists: TestApp;
  let token: string;
  beforeAll(async () => {
    // A separate database so the counts below are exact.
    lists = await startTestApp();
    token = (await actor(lists, [Role.SUPER_ADMIN])).token;
    for (let i = 0; i < 30; i++) {
      await createAgency(lists, {
        code: `LIST-${String(i).padStart(2, '0')}`,
        name: i % 3 === 0 ? `Kementerian Nomor ${i}` : `Pemerintah Daerah ${i}`,
        kind: i % 3 === 0 ? ('PUSAT' as never) : ('DAERAH' as never),
        region: i % 2 ? 'Kalimantan Tengah' : 'Sumatera Selatan',
      });
    }
  });
  afterAll(() => lists?.close());

  type Page = {
    agencies: {
      totalCount: number;
      nodes: { code: string }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
    };
  };
  const page = (args: string, variables: Record<string, unknown> = {}) =>
    lists.gql<Page>(
      `query L${args.includes('$filter') ? '($filter: AgencyFilter)' : ''} { agencies(${args}) { totalCount nodes { code } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      variables,
      { token },
    );

  it('pages by offset and by cursor, in a stable order', async () => {
    const first = await page('first: 10, orderBy: [{ field: CODE }]');
    expect(first.data!.agencies.totalCount).toBe(30);
    expect(first.data!.agencies.nodes.map((n) => n.code)).toEqual(
      Array.from({ length: 10 }, (_, i) => `LIST-${String(i).padStart(2, '0')}`),
    );
    expect(first.data!.agencies.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const next = await page(`first: 10, after: "${first.data!.agencies.pageInfo.endCursor}", orderBy: [{ field: CODE }]`);
    const byOffset = await page('first: 10, offset: 10, orderBy: [{ field: CODE }]');
    expect(next.data!.agencies.nodes).toEqual(byOffset.data!.agencies.nodes);
    expect(next.data!.agencies.nodes[0]!.code).toBe('LIST-10');

    const last = await page('first: 10, offset: 25, orderBy: [{ field: CODE, direction: DESC }]');
    expect(last.data!.agencies.nodes.map((n) => n.code)).toEqual(['LIST-04', 'LIST-03', 'LIST-02', 'LIST-01', 'LIST-00']);
    expect(last.data!.agencies.pageInfo.hasNextPage).toBe(false);
  });

  it('filters with typed operators, and/or and free text', async () => {
    const pusat = await page('filter: $filter', { filter: { kind: { eq: 'PUSAT' } } });
    expect(pusat.data!.agencies.totalCount).toBe(10);
    const text = await page('filter: $filter', { filter: { q: 'kementerian' } });
    expect(text.data!.agencies.totalCount).toBe(10);
    const combined = await page('filter: $filter', {
      filter: {
        and: [{ region: { eq: 'Kalimantan Tengah' } }],
        or: [{ code: { in: ['LIST-01', 'LIST-02', 'LIST-03'] } }, { name: { contains: 'nomor 9' } }],
      },
    });
    expect(combined.data!.agencies.nodes.map((n) => n.code).sort()).toEqual(['LIST-01', 'LIST-03', 'LIST-09']);
    const percent = await page('filter: $filter', { filter: { name: { contains: '%' } } });
    expect(percent.data!.agencies.totalCount).toBe(0);
  });

  it('refuses a page larger than the maximum', async () => {
    const response = await page('first: 501');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('first');
    expect(errorCode(await page('first: 5, offset: -1'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await page('after: "garbage"'))).toBe('BAD_USER_INPUT');
  });

  it('a page costs a fixed number of SQL statements, whatever its size', async () => {
    const small = await page('first: 2');
    const large = await page('first: 30');
    // Token check, the page, the count.
    expect(small.sqlStatements).toBe(3);
    expect(large.sqlStatements).toBe(3);
    const withoutCount = await lists.gql(`{ agencies(first: 30) { nodes { id } } }`, {}, { token });
    expect(withoutCount.sqlStatements).toBe(2);
  });

  it('fetches any agency through node(id:)', async () => {
    const one = await lists.gql<{ agencies: { nodes: { id: string; code: string }[] } }>(
      `{ agencies(first: 1) { nodes { id code } } }`,
      {},
      { token },
    );
    const { id, code } = one.data!.agencies.nodes[0]!;
    const node = await lists.gql<{ node: { __typename: string; code: string } }>(
      `query N($id: ID!) { node(id: $id) { __typename ... on Agency { code } } }`,
      { id },
      { token },
    );
    expect(node.data!.node).toEqual({ __typename: 'Agency', code });
  });
});
