import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantableBy, rolesWith } from '../../api/src/access/policy.js';
import { toGlobalId } from '../../api/src/graphql/ids.js';
import type { Agency } from '../../api/src/modules/organization/agency.entity.js';
import { databaseFingerprint, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';

/**
 * Role escalation, generated from the policy: every account operation, by every
 * role, against an account holding each role. An operation goes through exactly
 * when the actor holds `users.manage` and may grant every role the account holds
 * (and would hold); every refusal changes nothing. An agency administrator must
 * never reach a platform administrator's account, by any field of any operation.
 */

const ROLES = [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR, Role.SUPERVISOR, Role.EMPLOYEE] as const;

interface Operation {
  name: string;
  /** The request against `target` (a global ID) holding `role`. */
  request(target: { id: string; role: Role }, agencyId: string): { document: string; variables: Record<string, unknown> };
}

const update = (fields: Record<string, unknown>) => (target: { id: string }) => ({
  document: `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`,
  variables: { input: { id: target.id, version: 1, ...fields } },
});

const OPERATIONS: Operation[] = [
  { name: 'updateUser(displayName)', request: update({ displayName: 'Diubah' }) },
  { name: 'updateUser(active: false)', request: update({ active: false }) },
  { name: 'updateUser(employeeId: null)', request: update({ employeeId: null }) },
  { name: 'updateUser(roles: same)', request: (target) => update({ roles: [target.role] })(target) },
  {
    name: 'setUserPassword',
    request: (target) => ({
      document: `mutation ($input: SetUserPasswordInput!) { setUserPassword(input: $input) { user { id } } }`,
      variables: { input: { id: target.id, password: 'taken-over-password-1' } },
    }),
  },
  {
    name: 'createUser(roles: [role])',
    request: (target, agencyId) => ({
      document: `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      variables: {
        input: {
          username: `new-${target.id.slice(-8).toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`,
          displayName: 'Akun Baru',
          password: TEST_PASSWORD,
          roles: [target.role],
          // A platform administrator's account names no agency; any other is created in the actor's agency.
          ...(target.role === Role.SUPER_ADMIN ? {} : { agencyId }),
        },
      },
    }),
  },
];

let app: TestApp;
let agency: Agency;
let agencyId: string;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  app = await startTestApp();
  ({ agency, id: agencyId } = await createAgency(app));
  for (const role of ROLES) tokens[role] = (await actor(app, [role], role === Role.SUPER_ADMIN ? null : agency)).token;
}, 120_000);
afterAll(() => app?.close());

/** A fresh account holding `role`, in the agency unless it is a platform administrator's. */
async function account(role: Role) {
  const user = await createUser(app, { roles: [role], agency: role === Role.SUPER_ADMIN ? null : agency });
  return { id: toGlobalId('User', user.id), role };
}

const mayManage = (actorRole: Role, targetRole: Role) =>
  rolesWith('users.manage').includes(actorRole) && grantableBy([actorRole]).includes(targetRole);

describe('account operations against accounts holding each role', () => {
  it(
    'go through exactly where the policy lets the actor grant the role, and every refusal changes nothing',
    { timeout: 240_000 },
    async () => {
      const cells = ROLES.flatMap((actorRole) =>
        ROLES.flatMap((targetRole) => OPERATIONS.map((operation) => ({ actorRole, targetRole, operation }))),
      );
      const targets = new Map<string, { id: string; role: Role }>();
      for (const cell of cells) targets.set(`${cell.actorRole} ${cell.targetRole} ${cell.operation.name}`, await account(cell.targetRole));

      const refused = cells.filter((cell) => !mayManage(cell.actorRole, cell.targetRole));
      const allowed = cells.filter((cell) => mayManage(cell.actorRole, cell.targetRole));
      const actual: Record<string, string> = {};
      const wanted: Record<string, string> = {};
      const run = async (cell: (typeof cells)[number]) => {
        const key = `${cell.operation.name} by ${cell.actorRole} on ${cell.targetRole}`;
        const { document, variables } = cell.operation.request(
          targets.get(`${cell.actorRole} ${cell.targetRole} ${cell.operation.name}`)!,
          agencyId,
        );
        const response = await app.gql(document, variables, { token: tokens[cell.actorRole] });
        actual[key] = response.errors?.[0] ? String(response.errors[0].extensions.code) : 'OK';
        wanted[key] = mayManage(cell.actorRole, cell.targetRole) ? 'OK' : 'FORBIDDEN';
      };

      const before = await databaseFingerprint(app);
      for (let i = 0; i < refused.length; i += 16) await Promise.all(refused.slice(i, i + 16).map(run));
      expect(await databaseFingerprint(app), 'a refused account operation changed a table').toBe(before);
      for (const cell of allowed) await run(cell);

      expect(actual).toEqual(wanted);
      // 6 roles x 6 roles x 6 operations.
      expect(Object.keys(actual)).toHaveLength(216);
      expect(allowed.length).toBe(66);
    },
  );
});

describe('a platform administrator account', () => {
  it('cannot be created in an agency, even by a platform administrator', async () => {
    const response = await app.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      { input: { username: 'platform-in-agency', displayName: 'Admin', password: TEST_PASSWORD, roles: ['SUPER_ADMIN'], agencyId } },
      { token: tokens.SUPER_ADMIN },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyId' });
    expect(await app.sql(`select 1 from users where username = 'platform-in-agency'`)).toEqual([]);
  });

  it('is refused to an agency administrator, with the roles named', async () => {
    const response = await app.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      { input: { username: 'escalated', displayName: 'Admin', password: TEST_PASSWORD, roles: ['SUPER_ADMIN'], agencyId } },
      { token: tokens.AGENCY_ADMIN },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_GRANTABLE',
      params: { roles: 'SUPER_ADMIN' },
    });
  });

  it('leaves its agency when an agency administrator is promoted, and the promoted account is out of the agency administrators reach', async () => {
    const promoted = await account(Role.AGENCY_ADMIN);
    const response = await app.gql(
      `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { roles agencyId } } }`,
      { input: { id: promoted.id, version: 1, roles: ['SUPER_ADMIN'] } },
      { token: tokens.SUPER_ADMIN },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ updateUser: { user: { roles: ['SUPER_ADMIN'], agencyId: null } } });

    const takeover = await app.gql(
      `mutation ($input: SetUserPasswordInput!) { setUserPassword(input: $input) { user { id } } }`,
      { input: { id: promoted.id, password: 'taken-over-password-1' } },
      { token: tokens.AGENCY_ADMIN },
    );
    expect(takeover.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('cannot hold an agency in the database either', async () => {
    const [admin] = await app.sql<{ id: string }>(`select id from users where 'SUPER_ADMIN' = any(roles) limit 1`);
    await expect(app.sql(`update users set agency_id = ? where id = ?`, [agency.id, admin!.id])).rejects.toThrow(
      /users_platform_admin_no_agency/,
    );
  });
});
