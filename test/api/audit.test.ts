import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../api/src/modules/auth/user.entity.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

const ENTRY_FIELDS = 'id occurredAt actorId actorName action entityType entityId operation requestId changes';

interface Entry {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  entityType: string;
  entityId: string;
  operation: string | null;
  requestId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}
type EntryList = { auditEntries: { totalCount: number; nodes: Entry[] } };

let app: TestApp;
let superAdmin: { user: User; token: string };

beforeAll(async () => {
  app = await startTestApp();
  superAdmin = await actor(app, [Role.SUPER_ADMIN]);
});
afterAll(() => app?.close());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const tag = () => Math.random().toString(36).slice(2, 8).toUpperCase();

type AgencyData = { id: string; code: string; name: string; kind: string; region: string | null; version: number };
const AGENCY_FIELDS = 'id code name kind region version';
const create = (input: Record<string, unknown>, token = superAdmin.token, headers?: Record<string, string>) =>
  app.gql<{ createAgency: { agency: AgencyData } }>(
    `mutation Create($input: CreateAgencyInput!) { createAgency(input: $input) { agency { ${AGENCY_FIELDS} } } }`,
    { input },
    { token, headers },
  );
const update = (input: Record<string, unknown>, token = superAdmin.token) =>
  app.gql<{ updateAgency: { agency: AgencyData } }>(
    `mutation Update($input: UpdateAgencyInput!) { updateAgency(input: $input) { agency { ${AGENCY_FIELDS} } } }`,
    { input },
    { token },
  );
const remove = (input: Record<string, unknown>, token = superAdmin.token) =>
  app.gql<{ deleteAgency: { id: string } }>(
    `mutation Delete($input: DeleteAgencyInput!) { deleteAgency(input: $input) { id } }`,
    { input },
    { token },
  );

const list = (args: { filter?: Record<string, unknown>; orderBy?: unknown[]; first?: number }, token = superAdmin.token) =>
  app.gql<EntryList>(
    `query List($filter: AuditEntryFilter, $orderBy: [AuditEntryOrderBy!], $first: Int) {
       auditEntries(filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { ${ENTRY_FIELDS} } }
     }`,
    args,
    { token },
  );
const entriesFor = async (entityId: string, token = superAdmin.token) => {
  const response = await list({ filter: { entityId: { eq: entityId } } }, token);
  expect(response.errors).toBeUndefined();
  return response.data!.auditEntries;
};
const auditRowCount = async () => Number((await app.sql<{ n: string }>(`select count(*) as n from audit_entries`))[0]!.n);
const newAgencyInput = () => ({ code: `AUD-${tag()}`, name: 'Badan Pemeriksa Contoh', kind: 'PUSAT', region: 'DKI Jakarta' });

describe('mutations write exactly one audit entry each', () => {
  it('createAgency: CREATE with every field after, nothing before', async () => {
    const input = newAgencyInput();
    const created = await create(input, superAdmin.token, { 'x-request-id': 'audit-create-request' });
    expect(created.errors).toBeUndefined();
    const agency = created.data!.createAgency.agency;

    const { totalCount, nodes } = await entriesFor(agency.id);
    expect(totalCount).toBe(1);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      action: 'CREATE',
      entityType: 'Agency',
      entityId: agency.id,
      actorName: superAdmin.user.username,
      actorId: globalId('User', superAdmin.user.id),
      operation: 'createAgency',
      requestId: 'audit-create-request',
    });
    expect(nodes[0]!.changes).toEqual({
      code: { before: null, after: input.code },
      name: { before: null, after: input.name },
      kind: { before: null, after: input.kind },
      region: { before: null, after: input.region },
    });
    expect(Math.abs(new Date(nodes[0]!.occurredAt).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('updateAgency: UPDATE with only the changed fields, no version or updatedAt', async () => {
    const agency = (await create(newAgencyInput())).data!.createAgency.agency;
    const updated = await update({ id: agency.id, version: agency.version, name: 'Badan Pemeriksa Baru' });
    expect(updated.errors).toBeUndefined();

    const { totalCount, nodes } = await entriesFor(agency.id);
    expect(totalCount).toBe(2);
    const entry = nodes.find((n) => n.action === 'UPDATE')!;
    expect(entry).toMatchObject({
      entityType: 'Agency',
      entityId: agency.id,
      actorName: superAdmin.user.username,
      actorId: globalId('User', superAdmin.user.id),
      operation: 'updateAgency',
    });
    expect(entry.changes).toEqual({ name: { before: 'Badan Pemeriksa Contoh', after: 'Badan Pemeriksa Baru' } });

    const cleared = await update({ id: agency.id, version: 2, region: null, kind: 'DAERAH' });
    expect(cleared.errors).toBeUndefined();
    const after = await entriesFor(agency.id);
    expect(after.totalCount).toBe(3);
    expect(after.nodes.filter((n) => n.action === 'UPDATE').map((n) => n.changes)).toContainEqual({
      region: { before: 'DKI Jakarta', after: null },
      kind: { before: 'PUSAT', after: 'DAERAH' },
    });
  });

  it('an update that changes nothing writes no entry', async () => {
    const agency = (await create(newAgencyInput())).data!.createAgency.agency;
    const before = await auditRowCount();
    const response = await update({ id: agency.id, version: agency.version, name: `  ${agency.name} ` });
    expect(response.errors).toBeUndefined();
    expect(await auditRowCount()).toBe(before);
    expect((await entriesFor(agency.id)).totalCount).toBe(1);
  });

  it('deleteAgency: DELETE with every field before, nothing after', async () => {
    const input = newAgencyInput();
    const agency = (await create(input)).data!.createAgency.agency;
    const deleted = await remove({ id: agency.id, version: agency.version });
    expect(deleted.errors).toBeUndefined();

    const { totalCount, nodes } = await entriesFor(agency.id);
    expect(totalCount).toBe(2);
    // Newest first by default.
    expect(nodes.map((n) => n.action)).toEqual(['DELETE', 'CREATE']);
    expect(nodes[0]).toMatchObject({
      entityType: 'Agency',
      entityId: agency.id,
      actorName: superAdmin.user.username,
      actorId: globalId('User', superAdmin.user.id),
      operation: 'deleteAgency',
    });
    expect(nodes[0]!.changes).toEqual({
      code: { before: input.code, after: null },
      name: { before: input.name, after: null },
      kind: { before: input.kind, after: null },
      region: { before: input.region, after: null },
    });
  });
});

describe('refused mutations write no audit entry', () => {
  it('validation errors, duplicates, stale versions, blocked deletes and missing roles leave the trail as it was', async () => {
    const existing = (await create(newAgencyInput())).data!.createAgency.agency;
    const withUsers = await createAgency(app);
    const employee = await actor(app, [Role.EMPLOYEE], withUsers.agency);
    const before = await auditRowCount();
    const beforeRows = await app.sql(`select * from audit_entries order by id`);

    const attempts: [string, Promise<Parameters<typeof errorCode>[0]>, string][] = [
      ['invalid code', create({ ...newAgencyInput(), code: 'lower case' }), 'BAD_USER_INPUT'],
      ['duplicate code', create({ ...newAgencyInput(), code: existing.code }), 'CONFLICT'],
      ['invalid update', update({ id: existing.id, version: existing.version, name: '' }), 'BAD_USER_INPUT'],
      ['stale update', update({ id: existing.id, version: existing.version + 5, name: 'Too late' }), 'CONFLICT'],
      ['stale delete', remove({ id: existing.id, version: existing.version + 5 }), 'CONFLICT'],
      ['delete with users (refused by the database)', remove({ id: withUsers.id }), 'CONFLICT'],
      ['missing role', create(newAgencyInput(), employee.token), 'FORBIDDEN'],
    ];
    for (const [label, attempt, code] of attempts) {
      const response = await attempt;
      expect(errorCode(response), label).toBe(code);
      expect(await auditRowCount(), label).toBe(before);
    }
    expect(await app.sql(`select * from audit_entries order by id`)).toEqual(beforeRows);
  });
});

describe('the audit table is append-only in the database', () => {
  it('UPDATE, DELETE and TRUNCATE fail and the rows stay', async () => {
    const agency = (await create(newAgencyInput())).data!.createAgency.agency;
    const entityId = Buffer.from(agency.id, 'base64url').toString().split(':')[1]!;
    const rows = await app.sql(`select * from audit_entries order by id`);
    expect(rows.length).toBeGreaterThan(0);

    await expect(app.sql(`update audit_entries set actor_name = 'someone-else' where entity_id = ?`, [entityId])).rejects.toThrow(
      /append-only/,
    );
    await expect(app.sql(`update audit_entries set changes = '{}'::jsonb`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from audit_entries where entity_id = ?`, [entityId])).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from audit_entries`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`truncate audit_entries`)).rejects.toThrow(/append-only/);

    expect(await app.sql(`select * from audit_entries order by id`)).toEqual(rows);
    expect((await entriesFor(agency.id)).nodes[0]!.actorName).toBe(superAdmin.user.username);
  });
});

describe('who may read the trail', () => {
  it('an agency administrator sees only the entries made by actors of their agency', async () => {
    const own = await createAgency(app);
    const other = await createAgency(app);
    const admin = await actor(app, [Role.AGENCY_ADMIN], own.agency);
    const colleague = await actor(app, [Role.AGENCY_ADMIN], own.agency);
    const outsider = await actor(app, [Role.AGENCY_ADMIN], other.agency);

    expect((await update({ id: own.id, version: 1, name: 'Diubah oleh admin' }, admin.token)).errors).toBeUndefined();
    expect((await update({ id: own.id, version: 2, name: 'Diubah oleh rekan' }, colleague.token)).errors).toBeUndefined();
    expect((await update({ id: other.id, version: 1, name: 'Diubah oleh orang luar' }, outsider.token)).errors).toBeUndefined();
    // By a platform administrator, about the admin's own agency: not made by an actor of the agency.
    expect((await update({ id: own.id, version: 3, name: 'Diubah oleh pusat' }, superAdmin.token)).errors).toBeUndefined();

    const seen = await list({ first: 500 }, admin.token);
    expect(seen.errors).toBeUndefined();
    const actors = new Set(seen.data!.auditEntries.nodes.map((n) => n.actorName));
    expect([...actors].sort()).toEqual([admin.user.username, colleague.user.username].sort());
    expect(seen.data!.auditEntries.totalCount).toBe(2);

    // Everything is visible to the platform administrator.
    const all = await entriesFor(own.id);
    expect(all.nodes.map((n) => n.actorName)).toEqual(
      expect.arrayContaining([admin.user.username, colleague.user.username, superAdmin.user.username]),
    );

    // One entry out of scope: NOT_FOUND by id, null through node.
    const outsiders = await entriesFor(other.id);
    const foreign = outsiders.nodes.find((n) => n.actorName === outsider.user.username)!;
    expect(errorCode(await app.gql(`query One($id: ID!) { auditEntry(id: $id) { id } }`, { id: foreign.id }, { token: admin.token }))).toBe(
      'NOT_FOUND',
    );
    const node = await app.gql<{ node: unknown }>(`query N($id: ID!) { node(id: $id) { id } }`, { id: foreign.id }, { token: admin.token });
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toBeNull();
  });

  it('HR officers and employees are FORBIDDEN', async () => {
    const { agency } = await createAgency(app);
    const entry = (await list({ first: 1 })).data!.auditEntries.nodes[0]!;
    for (const role of [Role.HR_OFFICER, Role.EMPLOYEE]) {
      const { token } = await actor(app, [role], agency);
      expect(errorCode(await list({}, token)), role).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(`query One($id: ID!) { auditEntry(id: $id) { id } }`, { id: entry.id }, { token })), role).toBe(
        'FORBIDDEN',
      );
      const node = await app.gql<{ node: unknown }>(`query N($id: ID!) { node(id: $id) { id } }`, { id: entry.id }, { token });
      expect(node.data!.node, role).toBeNull();
    }
  });
});

describe('audit lists', () => {
  it('filters by action, entity type and time', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const a = (await create(newAgencyInput())).data!.createAgency.agency;
    const b = (await create(newAgencyInput())).data!.createAgency.agency;
    expect((await update({ id: a.id, version: 1, name: 'Nama Baru Sekali' })).errors).toBeUndefined();

    const recent = await list({ filter: { occurredAt: { gte: since.toISOString() } } });
    expect(recent.errors).toBeUndefined();
    expect(recent.data!.auditEntries.totalCount).toBe(3);
    expect(recent.data!.auditEntries.nodes.map((n) => [n.action, n.entityId])).toEqual([
      ['UPDATE', a.id],
      ['CREATE', b.id],
      ['CREATE', a.id],
    ]);

    const updates = await list({ filter: { action: { eq: 'UPDATE' }, occurredAt: { gte: since.toISOString() } } });
    expect(updates.data!.auditEntries.nodes.map((n) => n.entityId)).toEqual([a.id]);

    const allUpdates = await list({ filter: { action: { eq: 'UPDATE' } }, first: 500 });
    expect(allUpdates.data!.auditEntries.nodes.length).toBeGreaterThan(0);
    expect(new Set(allUpdates.data!.auditEntries.nodes.map((n) => n.action))).toEqual(new Set(['UPDATE']));

    const users = await list({ filter: { entityType: { eq: 'User' } }, first: 500 });
    expect(users.data!.auditEntries.totalCount).toBeGreaterThan(0);
    expect(new Set(users.data!.auditEntries.nodes.map((n) => n.entityType))).toEqual(new Set(['User']));
    // Users made by the factories are made outside any request: the system did it.
    expect(users.data!.auditEntries.nodes.find((n) => n.entityId === globalId('User', superAdmin.user.id))).toMatchObject({
      action: 'CREATE',
      actorName: 'system',
      actorId: null,
    });
    // Secrets are redacted; bookkeeping columns are left out.
    const userCreated = users.data!.auditEntries.nodes.find((n) => n.entityId === globalId('User', superAdmin.user.id))!;
    expect(userCreated.changes.passwordHash).toEqual({ before: null, after: '[redacted]' });
    expect(userCreated.changes.username).toEqual({ before: null, after: superAdmin.user.username });
    expect(userCreated.changes).not.toHaveProperty('tokenVersion');
    expect(JSON.stringify(userCreated.changes)).not.toContain('$argon2');

    const byActor = await list({
      filter: { actorId: { eq: globalId('User', superAdmin.user.id) }, occurredAt: { gte: since.toISOString() } },
    });
    expect(byActor.data!.auditEntries.totalCount).toBe(3);

    const future = await list({ filter: { occurredAt: { gte: new Date(Date.now() + 60_000).toISOString() } } });
    expect(future.data!.auditEntries.totalCount).toBe(0);
  });

  it('orders newest first by default, and as asked', async () => {
    for (let i = 0; i < 3; i++) expect((await create(newAgencyInput())).errors).toBeUndefined();
    const times = (nodes: Entry[]) => nodes.map((n) => new Date(n.occurredAt).getTime());

    const byDefault = times((await list({ first: 500 })).data!.auditEntries.nodes);
    expect(byDefault.length).toBeGreaterThan(3);
    expect(byDefault).toEqual([...byDefault].sort((x, y) => y - x));

    const ascending = await list({ first: 500, orderBy: [{ field: 'OCCURRED_AT', direction: 'ASC' }] });
    expect(ascending.errors).toBeUndefined();
    const asc = times(ascending.data!.auditEntries.nodes);
    expect(asc).toEqual([...asc].sort((x, y) => x - y));
    expect(asc[0]).toBeLessThan(asc[asc.length - 1]!);

    const descending = times((await list({ first: 500, orderBy: [{ field: 'OCCURRED_AT', direction: 'DESC' }] })).data!.auditEntries.nodes);
    expect(descending).toEqual(byDefault);
  });

  it('auditEntry(id) and node(id) return one entry', async () => {
    const agency = (await create(newAgencyInput())).data!.createAgency.agency;
    const [entry] = (await entriesFor(agency.id)).nodes;
    const one = await app.gql<{ auditEntry: Entry }>(
      `query One($id: ID!) { auditEntry(id: $id) { ${ENTRY_FIELDS} } }`,
      { id: entry!.id },
      { token: superAdmin.token },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.auditEntry).toEqual(entry);

    const node = await app.gql<{ node: Entry & { __typename: string } }>(
      `query N($id: ID!) { node(id: $id) { __typename id ... on AuditEntry { action entityId changes } } }`,
      { id: entry!.id },
      { token: superAdmin.token },
    );
    expect(node.data!.node).toEqual({
      __typename: 'AuditEntry',
      id: entry!.id,
      action: 'CREATE',
      entityId: agency.id,
      changes: entry!.changes,
    });

    const missing = globalId('AuditEntry', '00000000-0000-4000-8000-000000000000');
    expect(
      errorCode(await app.gql(`query One($id: ID!) { auditEntry(id: $id) { id } }`, { id: missing }, { token: superAdmin.token })),
    ).toBe('NOT_FOUND');
    const wrongType = await app.gql(`query One($id: ID!) { auditEntry(id: $id) { id } }`, { id: agency.id }, { token: superAdmin.token });
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.errors![0]!.extensions.field).toBe('id');
  });

  it('a page costs a fixed number of SQL statements, whatever its size', async () => {
    for (let i = 0; i < 20; i++) await createAgency(app);
    const small = await list({ first: 2 });
    const large = await list({ first: 20 });
    expect(small.data!.auditEntries.nodes).toHaveLength(2);
    expect(large.data!.auditEntries.nodes).toHaveLength(20);
    // Token check, the page, the count.
    expect(small.sqlStatements).toBe(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
