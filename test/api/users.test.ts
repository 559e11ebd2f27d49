import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateUserInput, UpdateUserInput } from '../gql/graphql.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        username
        displayName
        roles
        agencyId
        active
        version
      }
    }
  }
`);
const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        roles
        agencyId
        active
        version
      }
    }
  }
`);
const SetUserPassword = graphql(`
  mutation SetUserPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) {
      user {
        id
      }
    }
  }
`);
const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
    }
  }
`);
const Login = graphql(`
  mutation LoginForUsersTest($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);
const Users = graphql(`
  query Users($filter: UserFilter) {
    users(filter: $filter, first: 100) {
      totalCount
      nodes {
        username
        roles
        agency {
          code
        }
      }
    }
  }
`);
const Me = graphql(`
  query MeForUsersTest {
    me {
      username
    }
  }
`);

type Loose<T> = { [K in keyof T]?: unknown } & Record<string, unknown>;

let app: TestApp;
let superAdmin: string;
let agencyA: Awaited<ReturnType<typeof createAgency>>;
let agencyB: Awaited<ReturnType<typeof createAgency>>;
let adminA: Awaited<ReturnType<typeof actor>>;

beforeAll(async () => {
  app = await startTestApp();
  superAdmin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agencyA = await createAgency(app, { code: 'AGENCY-A' });
  agencyB = await createAgency(app, { code: 'AGENCY-B' });
  adminA = await actor(app, [Role.AGENCY_ADMIN], agencyA.agency);
});
afterAll(() => app?.close());

const create = (input: Loose<CreateUserInput>, token = superAdmin) => app.gql(CreateUser, { input: input as CreateUserInput }, { token });
const update = (input: Loose<UpdateUserInput>, token = superAdmin) => app.gql(UpdateUser, { input: input as UpdateUserInput }, { token });
const login = (username: string, password: string) => app.gql(Login, { input: { username, password } });
const me = (token: string) => app.gql(Me, {}, { token });

describe('creating accounts', () => {
  it('a platform administrator creates an account that can log in', async () => {
    const created = await create({
      username: 'hr.tebing',
      displayName: 'Petugas BKPSDM',
      password: 'rahasia-panjang',
      roles: ['HR_OFFICER'],
      agencyId: agencyA.id,
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser.user).toMatchObject({
      username: 'hr.tebing',
      roles: ['HR_OFFICER'],
      agencyId: agencyA.id,
      active: true,
      version: 1,
    });
    const session = await login('hr.tebing', 'rahasia-panjang');
    expect(session.data!.login.token).toBeTruthy();
  });

  it('an agency administrator creates accounts in their own agency only', async () => {
    const own = await create(
      { username: 'pegawai.a', displayName: 'Pegawai A', password: 'rahasia-panjang', roles: ['EMPLOYEE'] },
      adminA.token,
    );
    expect(own.data!.createUser.user.agencyId).toBe(agencyA.id);
    const other = await create(
      { username: 'pegawai.b', displayName: 'Pegawai B', password: 'rahasia-panjang', roles: ['EMPLOYEE'], agencyId: agencyB.id },
      adminA.token,
    );
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(other.errors![0]!.extensions.field).toBe('input.agencyId');
    const grant = await create(
      { username: 'naik.pangkat', displayName: 'Tidak Boleh', password: 'rahasia-panjang', roles: ['SUPER_ADMIN'] },
      adminA.token,
    );
    expect(errorCode(grant)).toBe('FORBIDDEN');
  });

  const valid = { username: 'valid.user', displayName: 'Valid User', password: 'rahasia-panjang', roles: ['EMPLOYEE'] };
  it.each([
    ['upper-case username', { username: 'Budi' }, 'input.username'],
    ['too short a username', { username: 'ab' }, 'input.username'],
    ['username with spaces', { username: 'budi santoso' }, 'input.username'],
    ['short password', { password: 'short' }, 'input.password'],
    ['no role', { roles: [] }, 'input.roles'],
    ['blank display name', { displayName: ' ' }, 'input.displayName'],
    ['no agency for a non-platform role', {}, 'input.agencyId'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_label, change, field) => {
    const before = await databaseFingerprint(app);
    const response = await create({ ...valid, ...change });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe(field);
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses a username that is taken', async () => {
    await createUser(app, { roles: [Role.EMPLOYEE], agency: agencyA.agency, username: 'sudah.ada' });
    const response = await create({ ...valid, username: 'sudah.ada', agencyId: agencyA.id });
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0]!.extensions.field).toBe('input.username');
  });

  it('never records a password in the audit trail', async () => {
    await create({ ...valid, username: 'audited.user', agencyId: agencyA.id });
    const [entry] = await app.sql<{ changes: Record<string, { after: unknown }> }>(
      `select changes from audit_entries where entity_type = 'User' and changes->'username'->>'after' = 'audited.user'`,
    );
    expect(entry!.changes.passwordHash!.after).toBe('[redacted]');
    expect(JSON.stringify(entry!.changes)).not.toContain('argon2');
  });
});

describe('changing accounts', () => {
  it('deactivating an account stops its tokens at once', async () => {
    const target = await actor(app, [Role.EMPLOYEE], agencyA.agency);
    expect((await me(target.token)).data!.me.username).toBe(target.user.username);
    const id = Buffer.from(`User:${target.user.id}`).toString('base64url');
    const deactivated = await update({ id, version: 1, active: false }, adminA.token);
    expect(deactivated.data!.updateUser.user.active).toBe(false);
    expect(errorCode(await me(target.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(target.user.username, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('an administrator cannot lock themselves out', async () => {
    const id = Buffer.from(`User:${adminA.user.id}`).toString('base64url');
    const current = await app.sql<{ version: number }>(`select version from users where id = ?`, [adminA.user.id]);
    const version = current[0]!.version;
    expect(errorCode(await update({ id, version, active: false }, adminA.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await update({ id, version, roles: ['EMPLOYEE'] }, adminA.token))).toBe('BAD_USER_INPUT');
  });

  it('an agency administrator cannot touch accounts of another agency', async () => {
    const foreign = await createUser(app, { roles: [Role.EMPLOYEE], agency: agencyB.agency });
    const id = Buffer.from(`User:${foreign.id}`).toString('base64url');
    // Writes outside the scope are refused; reads simply do not find the account.
    const listed = await app.gql(Users, { filter: { username: { eq: foreign.username } } }, { token: adminA.token });
    expect(listed.data!.users.totalCount).toBe(0);
    expect(errorCode(await update({ id, version: 1, displayName: 'Diambil alih' }, adminA.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SetUserPassword, { input: { id, password: 'rahasia-baru-123' } }, { token: adminA.token }))).toBe(
      'FORBIDDEN',
    );
  });

  it('an administrator resets a password: old tokens stop, the new password works', async () => {
    const target = await actor(app, [Role.SUPERVISOR], agencyA.agency);
    const id = Buffer.from(`User:${target.user.id}`).toString('base64url');
    expect(
      (await app.gql(SetUserPassword, { input: { id, password: 'rahasia-baru-123' } }, { token: adminA.token })).errors,
    ).toBeUndefined();
    expect(errorCode(await me(target.token))).toBe('UNAUTHENTICATED');
    expect((await login(target.user.username, 'rahasia-baru-123')).data!.login.token).toBeTruthy();
  });

  it('anyone changes their own password with the current one, and gets a fresh token', async () => {
    const target = await actor(app, [Role.EMPLOYEE], agencyA.agency);
    const wrong = await app.gql(
      ChangePassword,
      { input: { currentPassword: 'not-it-at-all', newPassword: 'sandi-baru-sekali' } },
      { token: target.token },
    );
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions.field).toBe('input.currentPassword');
    const changed = await app.gql(
      ChangePassword,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'sandi-baru-sekali' } },
      { token: target.token },
    );
    const fresh = changed.data!.changePassword.token;
    expect(errorCode(await me(target.token))).toBe('UNAUTHENTICATED');
    expect((await me(fresh)).data!.me.username).toBe(target.user.username);
  });
});

describe('listing accounts', () => {
  it('is scoped to the agency for agency administrators and filters by role', async () => {
    const mine = await app.gql(Users, {}, { token: adminA.token });
    expect(mine.data!.users.nodes.every((u) => u.agency?.code === 'AGENCY-A')).toBe(true);
    const supervisors = await app.gql(Users, { filter: { roles: { eq: 'SUPERVISOR' } } }, { token: superAdmin });
    expect(supervisors.data!.users.nodes.length).toBeGreaterThan(0);
    expect(supervisors.data!.users.nodes.every((u) => u.roles.includes('SUPERVISOR'))).toBe(true);
    const either = await app.gql(Users, { filter: { roles: { in: ['SUPERVISOR', 'HR_OFFICER'] } } }, { token: superAdmin });
    expect(either.data!.users.totalCount).toBeGreaterThan(supervisors.data!.users.totalCount);
  });

  it('loads the agencies of a page in one statement (no N+1)', async () => {
    const response = await app.gql(Users, {}, { token: superAdmin });
    expect(response.data!.users.nodes.length).toBeGreaterThan(5);
    // Token check, the page, the count, one batched agency load.
    expect(response.sqlStatements).toBe(4);
  });

  it('is forbidden to HR officers and employees', async () => {
    for (const role of [Role.HR_OFFICER, Role.EMPLOYEE]) {
      const { token } = await actor(app, [role], agencyA.agency);
      expect(errorCode(await app.gql(Users, {}, { token }))).toBe('FORBIDDEN');
    }
  });
});
