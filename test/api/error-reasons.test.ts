import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_REASONS } from '../../api/src/error-reasons.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

/**
 * Refusals carry a machine-readable reason and the params its sentence needs, at the top of
 * the error and per field, so the console can say them in Indonesian or English.
 */
let app: TestApp;
let superAdmin: string;

const CREATE_AGENCY = `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id } } }`;
const CREATE_UNIT = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`;

beforeAll(async () => {
  app = await startTestApp();
  superAdmin = (await actor(app, [Role.SUPER_ADMIN])).token;
});
afterAll(() => app?.close());

describe('error reasons', () => {
  it('are published to anyone with their description and params, one entry per declared reason', async () => {
    const response = await app.gql<{ errorReasons: { code: string; description: string; params: string[] }[] }>(
      `{ errorReasons { code description params } }`,
    );
    expect(response.errors).toBeUndefined();
    const published = response.data!.errorReasons;
    expect(published.map((r) => r.code).sort()).toEqual(Object.keys(ERROR_REASONS).sort());
    expect(published.find((r) => r.code === 'TOO_LONG')).toEqual({
      code: 'TOO_LONG',
      description: ERROR_REASONS.TOO_LONG.description,
      params: ['max'],
    });
  });

  it('an overlong and a blank name: each field names its reason and limit, nothing is written', async () => {
    const before = await databaseFingerprint(app);
    const response = await app.gql(
      CREATE_AGENCY,
      { input: { code: 'PANJANG', name: 'N'.repeat(201), kind: 'DAERAH', region: ' ' } },
      { token: superAdmin },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const { fields, reason, params } = response.errors![0]!.extensions as unknown as {
      fields: { field: string; message: string; reason: string; params: Record<string, unknown> }[];
      reason: string;
      params: Record<string, unknown>;
    };
    expect(fields).toContainEqual(expect.objectContaining({ field: 'input.name', reason: 'TOO_LONG', params: { max: 200 } }));
    // The English sentence stays for those reading raw responses.
    expect(fields.find((f) => f.field === 'input.name')!.message).toMatch(/200/);
    expect({ reason, params }).toEqual({ reason: fields[0]!.reason, params: fields[0]!.params });
    expect(await databaseFingerprint(app)).toBe(before);

    const short = await app.gql(CREATE_AGENCY, { input: { code: 'PENDEK', name: 'AB', kind: 'DAERAH' } }, { token: superAdmin });
    expect(short.errors![0]!.extensions).toMatchObject({ field: 'input.name', reason: 'TOO_SHORT', params: { min: 3 } });
  });

  it('a duplicate business key is CONFLICT on its field with reason DUPLICATE and the value', async () => {
    const agency = await createAgency(app, { code: 'KEMBAR' });
    const again = await app.gql(CREATE_AGENCY, { input: { code: 'KEMBAR', name: 'Kembar Lagi', kind: 'DAERAH' } }, { token: superAdmin });
    expect(again.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.code',
      reason: 'DUPLICATE',
      params: { value: 'KEMBAR' },
    });
    expect(agency.agency.code).toBe('KEMBAR');
  });

  it('a domain refusal names its reason with params, and an unknown ID its own', async () => {
    const garbage = await app.gql(
      CREATE_UNIT,
      { input: { code: 'X', name: 'Unit X', kind: 'BIDANG', parentId: 'not-an-id' } },
      { token: superAdmin },
    );
    expect(garbage.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parentId',
      reason: 'INVALID_ID',
      params: {},
    });
    const page = await app.gql(`{ agencies(first: 10, offset: -1) { totalCount } }`, {}, { token: superAdmin });
    expect(page.errors![0]!.extensions).toMatchObject({ field: 'offset', reason: 'OUT_OF_RANGE', params: { min: 0, max: 10000000 } });
  });

  it('errors without a reason of their own get the one their code implies', async () => {
    const anonymous = await app.gql(`{ agencies(first: 1) { totalCount } }`);
    expect(anonymous.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
    const employee = await actor(app, [Role.EMPLOYEE], (await createAgency(app)).agency);
    const forbidden = await app.gql(
      CREATE_AGENCY,
      { input: { code: 'TIDAK', name: 'Tidak Boleh', kind: 'DAERAH' } },
      { token: employee.token },
    );
    // The permission check names the permission the operation needs.
    expect(forbidden.errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_REQUIRED',
      params: { permission: 'agencies.create' },
    });
  });
});
