import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateOrgUnitInput, MoveOrgUnitInput, OrgUnitFilter } from '../gql/graphql.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

const CreateOrgUnit = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      orgUnit {
        id
        code
        name
        kind
        depth
        parentId
        agencyId
        version
      }
    }
  }
`);
const MoveOrgUnit = graphql(`
  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      orgUnit {
        id
        depth
        parentId
        version
      }
    }
  }
`);
const DeleteOrgUnit = graphql(`
  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {
    deleteOrgUnit(input: $input) {
      id
    }
  }
`);
const UnitTree = graphql(`
  query UnitTree($id: ID!) {
    orgUnit(id: $id) {
      code
      depth
      parent {
        code
      }
      children {
        code
      }
      ancestors {
        code
      }
      descendants(first: 100) {
        totalCount
        nodes {
          code
          depth
        }
      }
    }
  }
`);
const OrgUnits = graphql(`
  query OrgUnits($filter: OrgUnitFilter, $first: Int) {
    orgUnits(filter: $filter, first: $first) {
      totalCount
      nodes {
        code
        parent {
          code
        }
        agency {
          code
        }
        children {
          code
        }
      }
    }
  }
`);

type Loose<T> = { [K in keyof T]?: unknown } & Record<string, unknown>;

let app: TestApp;
let admin: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
let other: Awaited<ReturnType<typeof createAgency>>;

const create = async (input: Loose<CreateOrgUnitInput>, token = admin) =>
  app.gql(CreateOrgUnit, { input: input as CreateOrgUnitInput }, { token });
const unit = async (input: Loose<CreateOrgUnitInput>) => {
  const response = await create(input);
  expect(response.errors).toBeUndefined();
  return response.data!.createOrgUnit.orgUnit;
};
const move = (input: Loose<MoveOrgUnitInput>, token = admin) => app.gql(MoveOrgUnit, { input: input as MoveOrgUnitInput }, { token });
const tree = (id: string, token = admin) => app.gql(UnitTree, { id }, { token });
const list = (filter: OrgUnitFilter, token = admin, first = 100) => app.gql(OrgUnits, { filter, first }, { token });

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agency = await createAgency(app, { code: 'PEMKOT-PALEMBANG' });
  other = await createAgency(app, { code: 'PEMKOT-MATARAM' });
});
afterAll(() => app?.close());

describe('the unit tree', () => {
  it('builds a tree of any depth and answers parent, children, breadcrumb and subtree', async () => {
    const dinkes = await unit({ agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' });
    const bidang = await unit({ parentId: dinkes.id, code: 'DINKES-P2P', name: 'Bidang Pencegahan Penyakit', kind: 'BIDANG' });
    const seksi = await unit({ parentId: bidang.id, code: 'DINKES-P2P-IMUN', name: 'Seksi Imunisasi', kind: 'SEKSI' });
    const pkm = await unit({ parentId: dinkes.id, code: 'PKM-KERTAPATI', name: 'Puskesmas Kertapati', kind: 'PUSKESMAS' });
    expect(seksi).toMatchObject({ depth: 2, parentId: bidang.id, agencyId: agency.id });

    const root = (await tree(dinkes.id)).data!.orgUnit;
    expect(root.children.map((c) => c.code)).toEqual(['DINKES-P2P', 'PKM-KERTAPATI']);
    expect(root.descendants.totalCount).toBe(3);
    expect(root.ancestors).toEqual([]);

    const leaf = (await tree(seksi.id)).data!.orgUnit;
    expect(leaf.ancestors.map((a) => a.code)).toEqual(['DINKES', 'DINKES-P2P']);
    expect(leaf.parent!.code).toBe('DINKES-P2P');
    expect(leaf.descendants.totalCount).toBe(0);

    const subtree = await list({ descendantOf: dinkes.id });
    expect(subtree.data!.orgUnits.nodes.map((n) => n.code).sort()).toEqual(['DINKES-P2P', 'DINKES-P2P-IMUN', 'PKM-KERTAPATI']);
    const puskesmasBelow = await list({ descendantOf: dinkes.id, kind: { eq: 'PUSKESMAS' } });
    expect(puskesmasBelow.data!.orgUnits.nodes.map((n) => n.code)).toEqual(['PKM-KERTAPATI']);
    const either = await list({ or: [{ descendantOf: bidang.id }, { code: { eq: pkm.code } }] });
    expect(either.data!.orgUnits.nodes.map((n) => n.code).sort()).toEqual(['DINKES-P2P-IMUN', 'PKM-KERTAPATI']);
  });

  it('keeps codes unique within an agency, not across agencies', async () => {
    await unit({ agencyId: agency.id, code: 'SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT' });
    const again = await create({ agencyId: agency.id, code: 'SETDA', name: 'Sekretariat Lain', kind: 'SEKRETARIAT' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0]!.extensions.field).toBe('input.code');
    expect((await create({ agencyId: other.id, code: 'SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT' })).errors).toBeUndefined();
  });

  it('refuses a parent of another agency and a top unit without an agency', async () => {
    const foreignParent = await unit({ agencyId: other.id, code: 'DISDUKCAPIL', name: 'Dinas Dukcapil', kind: 'DINAS' });
    const response = await create({ agencyId: agency.id, parentId: foreignParent.id, code: 'X-1', name: 'Salah Induk', kind: 'SEKSI' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('input.parentId');
    const orphan = await create({ code: 'X-2', name: 'Tanpa Instansi', kind: 'OTHER' });
    expect(orphan.errors![0]!.extensions.field).toBe('input.agencyId');
  });
});

describe('moving units', () => {
  it('moves a unit with its whole subtree', async () => {
    const kec = await unit({ agencyId: agency.id, code: 'KEC-KERTAPATI', name: 'Kecamatan Kertapati', kind: 'KECAMATAN' });
    const kel = await unit({ parentId: kec.id, code: 'KEL-KEMANG-AGUNG', name: 'Kelurahan Kemang Agung', kind: 'KELURAHAN' });
    const seksi = await unit({ parentId: kel.id, code: 'KEL-KEMANG-AGUNG-PEM', name: 'Seksi Pemerintahan', kind: 'SEKSI' });
    const setda = await unit({ agencyId: agency.id, code: 'SETDA-2', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT' });
    const bagian = await unit({ parentId: setda.id, code: 'BAG-PEM', name: 'Bagian Pemerintahan', kind: 'BAGIAN' });

    const moved = await move({ id: kec.id, version: kec.version, parentId: bagian.id });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveOrgUnit.orgUnit).toMatchObject({ depth: 2, parentId: bagian.id, version: 2 });

    const leaf = (await tree(seksi.id)).data!.orgUnit;
    expect(leaf.depth).toBe(4);
    expect(leaf.ancestors.map((a) => a.code)).toEqual(['SETDA-2', 'BAG-PEM', 'KEC-KERTAPATI', 'KEL-KEMANG-AGUNG']);
    expect((await list({ descendantOf: setda.id })).data!.orgUnits.totalCount).toBe(4);

    // Back to the top.
    const top = await move({ id: kec.id, version: 2, parentId: null });
    expect(top.data!.moveOrgUnit.orgUnit).toMatchObject({ depth: 0, parentId: null });
    expect((await tree(seksi.id)).data!.orgUnit.ancestors.map((a) => a.code)).toEqual(['KEC-KERTAPATI', 'KEL-KEMANG-AGUNG']);
    expect((await list({ descendantOf: setda.id })).data!.orgUnits.totalCount).toBe(1);

    const [entry] = await app.sql<{ changes: Record<string, { before: unknown; after: unknown }> }>(
      `select changes from audit_entries where entity_type = 'OrgUnit' and operation = 'moveOrgUnit' order by occurred_at limit 1`,
    );
    expect(entry!.changes.parent!.after).toBe(Buffer.from(bagian.id, 'base64url').toString().split(':')[1]);
  });

  it('refuses a move that would create a cycle, and changes nothing', async () => {
    const a = await unit({ agencyId: agency.id, code: 'CYC-A', name: 'Unit A', kind: 'DINAS' });
    const b = await unit({ parentId: a.id, code: 'CYC-B', name: 'Unit B', kind: 'BIDANG' });
    const c = await unit({ parentId: b.id, code: 'CYC-C', name: 'Unit C', kind: 'SEKSI' });
    const before = await databaseFingerprint(app);
    for (const parentId of [c.id, b.id, a.id]) {
      const response = await move({ id: a.id, version: a.version, parentId });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions.field).toBe('input.parentId');
    }
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses a move to another agency, and a stale version', async () => {
    const here = await unit({ agencyId: agency.id, code: 'MOVE-HERE', name: 'Unit Di Sini', kind: 'DINAS' });
    const there = await unit({ agencyId: other.id, code: 'MOVE-THERE', name: 'Unit Di Sana', kind: 'DINAS' });
    expect(errorCode(await move({ id: here.id, version: 1, parentId: there.id }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await move({ id: here.id, version: 7, parentId: null }))).toBe('CONFLICT');
  });

  it('refuses to delete a unit that still has sub-units', async () => {
    const parent = await unit({ agencyId: agency.id, code: 'DEL-P', name: 'Induk', kind: 'DINAS' });
    const child = await unit({ parentId: parent.id, code: 'DEL-C', name: 'Anak', kind: 'BIDANG' });
    expect(errorCode(await app.gql(DeleteOrgUnit, { input: { id: parent.id } }, { token: admin }))).toBe('CONFLICT');
    expect((await app.gql(DeleteOrgUnit, { input: { id: child.id } }, { token: admin })).errors).toBeUndefined();
    expect((await app.gql(DeleteOrgUnit, { input: { id: parent.id } }, { token: admin })).errors).toBeUndefined();
  });
});

describe('access to units', () => {
  it('staff of an agency read its units only; outside their agency reads are NOT_FOUND and writes FORBIDDEN', async () => {
    const mine = await unit({ agencyId: agency.id, code: 'ACC-MINE', name: 'Unit Saya', kind: 'DINAS' });
    const theirs = await unit({ agencyId: other.id, code: 'ACC-THEIRS', name: 'Unit Mereka', kind: 'DINAS' });
    const hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;

    const listed = await list({}, hr);
    expect(listed.data!.orgUnits.nodes.every((n) => n.agency.code === 'PEMKOT-PALEMBANG')).toBe(true);
    expect(listed.data!.orgUnits.nodes.some((n) => n.code === 'ACC-MINE')).toBe(true);
    expect(errorCode(await tree(theirs.id, hr))).toBe('NOT_FOUND');
    expect((await list({ descendantOf: theirs.id }, hr)).data!.orgUnits.totalCount).toBe(0);

    expect(errorCode(await create({ parentId: theirs.id, code: 'ACC-X', name: 'Disusupkan', kind: 'SEKSI' }, hr))).toBe('FORBIDDEN');
    expect(errorCode(await move({ id: theirs.id, version: 1, parentId: null }, hr))).toBe('FORBIDDEN');
    expect((await create({ parentId: mine.id, code: 'ACC-OK', name: 'Seksi Baru', kind: 'SEKSI' }, hr)).errors).toBeUndefined();

    expect((await tree(mine.id, employee)).data!.orgUnit.code).toBe('ACC-MINE');
    expect(errorCode(await create({ parentId: mine.id, code: 'ACC-EMP', name: 'Tidak Boleh', kind: 'SEKSI' }, employee))).toBe('FORBIDDEN');
  });
});

describe('unit lists at scale', () => {
  let big: TestApp;
  let token: string;
  let rootId: string;

  beforeAll(async () => {
    big = await startTestApp();
    token = (await actor(big, [Role.SUPER_ADMIN])).token;
    const { agency: bigAgency } = await createAgency(big, { code: 'PROVINSI-BESAR' });
    // 10,010 units: 10 top units, 10 divisions each, 99 sections each, written directly for speed.
    await big.sql(
      `insert into org_units (id, created_at, updated_at, version, agency_id, parent_id, code, name, kind, active, path, depth)
       select md5('t' || t)::uuid, now(), now(), 1, ?, null, 'T' || t, 'Dinas ' || t, 'DINAS', true, '/' || md5('t' || t)::uuid || '/', 0
       from generate_series(1, 10) t`,
      [bigAgency.id],
    );
    await big.sql(
      `insert into org_units (id, created_at, updated_at, version, agency_id, parent_id, code, name, kind, active, path, depth)
       select md5('b' || t || '-' || b)::uuid, now(), now(), 1, ?, md5('t' || t)::uuid, 'T' || t || '-B' || b, 'Bidang ' || b, 'BIDANG', true,
              '/' || md5('t' || t)::uuid || '/' || md5('b' || t || '-' || b)::uuid || '/', 1
       from generate_series(1, 10) t, generate_series(1, 10) b`,
      [bigAgency.id],
    );
    await big.sql(
      `insert into org_units (id, created_at, updated_at, version, agency_id, parent_id, code, name, kind, active, path, depth)
       select gen_random_uuid(), now(), now(), 1, ?, md5('b' || t || '-' || b)::uuid, 'T' || t || '-B' || b || '-S' || s, 'Seksi ' || s, 'SEKSI', true,
              '/' || md5('t' || t)::uuid || '/' || md5('b' || t || '-' || b)::uuid || '/' || gen_random_uuid() || '/', 2
       from generate_series(1, 10) t, generate_series(1, 10) b, generate_series(1, 99) s`,
      [bigAgency.id],
    );
    await big.sql('analyze org_units');
    rootId = Buffer.from(`OrgUnit:${(await big.sql<{ id: string }>(`select id from org_units where code = 'T3'`))[0]!.id}`).toString(
      'base64url',
    );
  });
  afterAll(() => big?.close());

  it('holds over 10,000 units and finds a subtree through the path index', async () => {
    expect(Number((await big.sql<{ n: string }>('select count(*) as n from org_units'))[0]!.n)).toBe(10_010);
    const subtree = await big.gql(OrgUnits, { filter: { descendantOf: rootId }, first: 10 }, { token });
    expect(subtree.data!.orgUnits.totalCount).toBe(10 + 10 * 99);
    // A division's subtree (1 % of the rows): the planner must use the path index, not scan the table.
    const [{ path }] = await big.sql<{ path: string }>(`select path from org_units where code = 'T3-B5'`);
    const plan = (await big.sql<{ 'QUERY PLAN': string }>(`explain select * from org_units where path like ?`, [`${path}%`]))
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('org_units_path_index');
  });

  it('a page of units with parent, agency and children costs the same number of statements at any size', async () => {
    const small = await big.gql(OrgUnits, { filter: { depth: { eq: 1 } }, first: 5 }, { token });
    const large = await big.gql(OrgUnits, { filter: { depth: { eq: 1 } }, first: 100 }, { token });
    expect(large.data!.orgUnits.nodes).toHaveLength(100);
    expect(large.data!.orgUnits.nodes[0]!.children).toHaveLength(99);
    // Token, page, count, parents, agencies, children: one each.
    expect(small.sqlStatements).toBe(6);
    expect(large.sqlStatements).toBe(6);
  });
});
