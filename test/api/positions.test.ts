import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreatePositionInput, PositionFilter, UpdatePositionInput } from '../gql/graphql.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

const CreateUnit = graphql(`
  mutation CreateUnitForPositions($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      orgUnit {
        id
      }
    }
  }
`);
const CreatePosition = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      position {
        id
        name
        type
        grade
        unitId
        superiorId
        agencyId
        version
      }
    }
  }
`);
const UpdatePosition = graphql(`
  mutation UpdatePosition($input: UpdatePositionInput!) {
    updatePosition(input: $input) {
      position {
        id
        superiorId
        version
      }
    }
  }
`);
const DeletePosition = graphql(`
  mutation DeletePosition($input: DeletePositionInput!) {
    deletePosition(input: $input) {
      id
    }
  }
`);
const PositionDetail = graphql(`
  query PositionDetail($id: ID!) {
    position(id: $id) {
      name
      unit {
        code
      }
      superior {
        name
      }
      subordinates {
        name
      }
      superiorChain {
        name
      }
    }
  }
`);
const Positions = graphql(`
  query Positions($filter: PositionFilter, $first: Int) {
    positions(filter: $filter, first: $first) {
      totalCount
      nodes {
        name
        unit {
          code
        }
        superior {
          name
        }
        agency {
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
const units: Record<string, string> = {};
const positions: Record<string, { id: string; version: number }> = {};

const createPosition = (input: Loose<CreatePositionInput>, token = admin) =>
  app.gql(CreatePosition, { input: input as CreatePositionInput }, { token });
const updatePosition = (input: Loose<UpdatePositionInput>, token = admin) =>
  app.gql(UpdatePosition, { input: input as UpdatePositionInput }, { token });
const list = (filter: PositionFilter, token = admin, first = 100) => app.gql(Positions, { filter, first }, { token });

async function unit(code: string, kind: string, parent?: string, agencyId?: string) {
  const response = await app.gql(
    CreateUnit,
    { input: { code, name: `Unit ${code}`, kind: kind as never, parentId: parent ? units[parent] : null, agencyId: agencyId ?? null } },
    { token: admin },
  );
  expect(response.errors).toBeUndefined();
  units[code] = response.data!.createOrgUnit.orgUnit.id;
}

async function position(key: string, input: Loose<CreatePositionInput>) {
  const response = await createPosition(input);
  expect(response.errors).toBeUndefined();
  positions[key] = response.data!.createPosition.position;
  return response.data!.createPosition.position;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agency = await createAgency(app, { code: 'PEMKAB-ABDYA' });
  other = await createAgency(app, { code: 'PEMKOT-LAIN' });
  await unit('DINKES', 'DINAS', undefined, agency.id);
  await unit('DINKES-P2P', 'BIDANG', 'DINKES');
  await unit('DINKES-P2P-IMUN', 'SEKSI', 'DINKES-P2P');
  await unit('SETDA', 'SEKRETARIAT', undefined, agency.id);
  await unit('LAIN', 'DINAS', undefined, other.id);
  await position('kadis', { unitId: units.DINKES, name: 'Kepala Dinas Kesehatan', type: 'JPT_PRATAMA', grade: 14 });
  await position('kabid', {
    unitId: units['DINKES-P2P'],
    superiorId: positions.kadis!.id,
    name: 'Kepala Bidang P2P',
    type: 'ADMINISTRATOR',
    grade: 11,
  });
  await position('kasi', {
    unitId: units['DINKES-P2P-IMUN'],
    superiorId: positions.kabid!.id,
    name: 'Kepala Seksi Imunisasi',
    type: 'PENGAWAS',
    grade: 9,
  });
  await position('pelaksana', {
    unitId: units['DINKES-P2P-IMUN'],
    superiorId: positions.kasi!.id,
    name: 'Pengelola Data Imunisasi',
    type: 'PELAKSANA',
    grade: 6,
  });
});
afterAll(() => app?.close());

describe('positions and their reporting lines', () => {
  it('answers superior, subordinates and the whole chain above', async () => {
    const detail = (await app.gql(PositionDetail, { id: positions.pelaksana!.id }, { token: admin })).data!.position;
    expect(detail.unit.code).toBe('DINKES-P2P-IMUN');
    expect(detail.superior!.name).toBe('Kepala Seksi Imunisasi');
    expect(detail.superiorChain.map((p) => p.name)).toEqual(['Kepala Seksi Imunisasi', 'Kepala Bidang P2P', 'Kepala Dinas Kesehatan']);
    const kabid = (await app.gql(PositionDetail, { id: positions.kabid!.id }, { token: admin })).data!.position;
    expect(kabid.subordinates.map((p) => p.name)).toEqual(['Kepala Seksi Imunisasi']);
  });

  it('refuses a superior that would make a reporting loop, or one of another agency, and changes nothing', async () => {
    const before = await databaseFingerprint(app);
    for (const superior of ['pelaksana', 'kasi', 'kadis']) {
      const response = await updatePosition({
        id: positions.kadis!.id,
        version: 1,
        superiorId: superior === 'kadis' ? positions.kadis!.id : positions[superior]!.id,
      });
      expect(errorCode(response), `${superior}: ${response.errors?.[0]?.message}`).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions.field).toBe('input.superiorId');
    }
    const foreign = await createPosition({ unitId: units.LAIN, name: 'Kepala Dinas Lain', type: 'JPT_PRATAMA', grade: 14 });
    const after = await databaseFingerprint(app);
    const crossAgency = await updatePosition({ id: positions.kasi!.id, version: 1, superiorId: foreign.data!.createPosition.position.id });
    expect(errorCode(crossAgency), crossAgency.errors?.[0]?.message).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(app)).toBe(after);
    expect(before).not.toBe(after);
  });

  it.each([
    ['class 0', { grade: 0 }, 'input.grade'],
    ['class 18', { grade: 18 }, 'input.grade'],
    ['blank name', { name: ' ' }, 'input.name'],
  ])('refuses %s', async (_label, change, field) => {
    const response = await createPosition({ unitId: units.SETDA, name: 'Analis Kebijakan', type: 'FUNGSIONAL', grade: 9, ...change });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe(field);
  });

  it('filters by unit subtree, type and class', async () => {
    const inDinkes = await list({ inUnitSubtree: units.DINKES });
    expect(inDinkes.data!.positions.totalCount).toBe(4);
    const inBidang = await list({ inUnitSubtree: units['DINKES-P2P'] });
    expect(inBidang.data!.positions.nodes.map((p) => p.name).sort()).toEqual([
      'Kepala Bidang P2P',
      'Kepala Seksi Imunisasi',
      'Pengelola Data Imunisasi',
    ]);
    const structural = await list({ inUnitSubtree: units.DINKES, type: { in: ['JPT_PRATAMA', 'ADMINISTRATOR'] }, grade: { gte: 11 } });
    expect(structural.data!.positions.totalCount).toBe(2);
    const tops = await list({ agencyId: { eq: agency.id }, superiorId: { isNull: true } });
    expect(tops.data!.positions.nodes.map((p) => p.name)).toEqual(['Kepala Dinas Kesehatan']);
  });

  it('refuses to delete a position others report to', async () => {
    expect(errorCode(await app.gql(DeletePosition, { input: { id: positions.kasi!.id } }, { token: admin }))).toBe('CONFLICT');
  });

  it('a page with unit, superior and agency costs the same number of statements at any size', async () => {
    // Two rows already need every loader (the second has a superior).
    const small = await list({ agencyId: { eq: agency.id } }, admin, 2);
    const large = await list({ agencyId: { eq: agency.id } }, admin, 100);
    expect(large.data!.positions.nodes.length).toBeGreaterThanOrEqual(4);
    // Token, page, count, units, superiors, agencies.
    expect(small.sqlStatements).toBe(6);
    expect(large.sqlStatements).toBe(6);
  });
});

describe('access to positions', () => {
  it('reads outside the agency are NOT_FOUND, writes FORBIDDEN', async () => {
    const hr = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
    expect(errorCode(await app.gql(PositionDetail, { id: positions.kadis!.id }, { token: hr }))).toBe('NOT_FOUND');
    expect((await list({ inUnitSubtree: units.DINKES }, hr)).data!.positions.totalCount).toBe(0);
    expect(errorCode(await createPosition({ unitId: units.DINKES, name: 'Disusupkan', type: 'PELAKSANA', grade: 5 }, hr))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await updatePosition({ id: positions.kadis!.id, version: 1, name: 'Diubah' }, hr))).toBe('FORBIDDEN');
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
    expect(errorCode(await createPosition({ unitId: units.DINKES, name: 'Tidak Boleh', type: 'PELAKSANA', grade: 5 }, employee))).toBe(
      'FORBIDDEN',
    );
  });
});
