import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../api/src/modules/auth/token.js';
import { getSchema } from '../../api/src/server.js';
import { databaseFingerprint, errorCode, startTestApp, TEST_JWT_SECRET, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, TEST_PASSWORD, tokenFor } from '../helpers/factories.js';
import { rootProbes } from '../helpers/probe.js';

const TTL_SECONDS = 900;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ JWT_TTL_SECONDS: String(TTL_SECONDS) });
});
afterAll(() => app?.close());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

type LoginResult = {
  login: { token: string; expiresAt: string; user: { id: string; username: string; roles: string[]; agencyId: string | null } };
};
const login = (username: string, password: string) =>
  app.gql<LoginResult>(
    `mutation Login($input: LoginInput!) { login(input: $input) { token expiresAt user { id username roles agencyId } } }`,
    { input: { username, password } },
  );

type Me = {
  me: {
    id: string;
    username: string;
    roles: string[];
    agencyId: string | null;
    agency: { id: string; code: string; name: string } | null;
    lastLoginAt: string | null;
  };
};
const me = (token?: string, headers?: Record<string, string>) =>
  app.gql<Me>(`{ me { id username roles agencyId agency { id code name } lastLoginAt } }`, {}, { token, headers });

/** UNAUTHENTICATED with HTTP 401, and nothing answered. */
function expectRefusedToken(response: GraphQLResponse) {
  expect(errorCode(response)).toBe('UNAUTHENTICATED');
  expect(response.status).toBe(401);
  expect(response.data ?? null).toBeNull();
}

describe('login', () => {
  it('returns a working token, its expiry and the user with roles', async () => {
    const { agency, id: agencyId } = await createAgency(app);
    const user = await createUser(app, { roles: [Role.HR_OFFICER, Role.EVALUATOR], agency });
    const before = Date.now();
    const response = await login(user.username, TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const { token, expiresAt, user: loggedIn } = response.data!.login;
    expect(loggedIn).toEqual({ id: globalId('User', user.id), username: user.username, roles: ['HR_OFFICER', 'EVALUATOR'], agencyId });

    const expires = new Date(expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + TTL_SECONDS * 1000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + TTL_SECONDS * 1000 + 1000);
    // The token itself carries the same expiry.
    expect(Math.abs(decodeJwt(token).exp! * 1000 - expires)).toBeLessThan(1000);

    const who = await me(token);
    expect(who.errors).toBeUndefined();
    expect(who.data!.me).toMatchObject({ id: globalId('User', user.id), username: user.username, roles: ['HR_OFFICER', 'EVALUATOR'] });
    expect(who.data!.me.lastLoginAt).not.toBeNull();
  });

  it('ignores the case and surrounding spaces of the username', async () => {
    const user = await createUser(app, { roles: [Role.EMPLOYEE], username: `pegawai-${randomUUID().slice(0, 6)}` });
    const response = await login(`  ${user.username.toUpperCase()} `, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    expect(response.data!.login.user.username).toBe(user.username);
    expect((await me(response.data!.login.token)).data!.me.id).toBe(globalId('User', user.id));
  });

  it('a successful login writes no audit entry', async () => {
    const user = await createUser(app, { roles: [Role.EMPLOYEE] });
    const count = async () =>
      (await app.sql<{ n: string }>(`select count(*) as n from audit_entries where entity_id = ?`, [user.id]))[0]!.n;
    const before = await count();
    expect((await login(user.username, TEST_PASSWORD)).errors).toBeUndefined();
    expect(await count()).toBe(before);
  });

  it('wrong password, unknown user and inactive user fail alike (no user enumeration)', async () => {
    const active = await createUser(app, { roles: [Role.EMPLOYEE] });
    const inactive = await createUser(app, { roles: [Role.EMPLOYEE], active: false });
    const wrongPassword = await login(active.username, 'not-the-password');
    const unknownUser = await login(`nobody-${randomUUID().slice(0, 8)}`, TEST_PASSWORD);
    const inactiveUser = await login(inactive.username, TEST_PASSWORD);
    for (const response of [wrongPassword, unknownUser, inactiveUser]) {
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.data ?? null).toBeNull();
    }
    expect(wrongPassword.errors![0]!.message).toBe('Invalid username or password');
    // Byte-for-byte the same answer, status included.
    expect(JSON.stringify(unknownUser.errors)).toBe(JSON.stringify(wrongPassword.errors));
    expect(JSON.stringify(inactiveUser.errors)).toBe(JSON.stringify(wrongPassword.errors));
    expect(unknownUser.status).toBe(wrongPassword.status);
    expect(inactiveUser.status).toBe(wrongPassword.status);
  });

  it('a username with a NUL byte fails like any other bad login, not as an internal error', async () => {
    const response = await login('admin\u0000', TEST_PASSWORD);
    expect(['UNAUTHENTICATED', 'BAD_USER_INPUT']).toContain(errorCode(response));
  });
});

describe('bearer tokens', () => {
  it('no token on a protected query is UNAUTHENTICATED', async () => {
    const response = await me();
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });

  it('refuses a garbage token with 401', async () => {
    expectRefusedToken(await me('garbage'));
    expectRefusedToken(await me('a.b.c'));
  });

  it('refuses a token signed with another secret', async () => {
    const { user } = await actor(app, [Role.SUPER_ADMIN]);
    const { token } = await signToken(
      'another-secret-that-is-long-enough-for-hs256-xyz',
      { userId: user.id, tokenVersion: user.tokenVersion },
      3600,
    );
    expectRefusedToken(await me(token));
  });

  it('refuses an expired token', async () => {
    const { user, token: valid } = await actor(app, [Role.SUPER_ADMIN]);
    expect((await me(valid)).errors).toBeUndefined();
    const { token, expiresAt } = await signToken(TEST_JWT_SECRET, { userId: user.id, tokenVersion: user.tokenVersion }, -5);
    expect(expiresAt.getTime()).toBeLessThan(Date.now());
    expectRefusedToken(await me(token));
  });

  it('refuses unsigned, other-algorithm, other-audience and incomplete tokens made with the right secret', async () => {
    const { user } = await actor(app, [Role.SUPER_ADMIN]);
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const base = (claims: Record<string, unknown> = { tv: user.tokenVersion }) =>
      new SignJWT(claims).setSubject(user.id).setIssuer('kinerja-asn').setAudience('kinerja-asn-api').setIssuedAt().setExpirationTime('1h');
    // Control: the same construction, correctly, works.
    expect((await me(await base().setProtectedHeader({ alg: 'HS256' }).sign(key))).errors).toBeUndefined();

    const unsigned = new UnsecuredJWT({ tv: user.tokenVersion })
      .setSubject(user.id)
      .setIssuer('kinerja-asn')
      .setAudience('kinerja-asn-api')
      .setExpirationTime('1h')
      .encode();
    expectRefusedToken(await me(unsigned));
    expectRefusedToken(await me(await base().setProtectedHeader({ alg: 'HS512' }).sign(key)));
    expectRefusedToken(await me(await base().setProtectedHeader({ alg: 'HS256' }).setAudience('someone-else').sign(key)));
    expectRefusedToken(await me(await base().setProtectedHeader({ alg: 'HS256' }).setIssuer('someone-else').sign(key)));
    expectRefusedToken(await me(await base({}).setProtectedHeader({ alg: 'HS256' }).sign(key)));
    expectRefusedToken(
      await me(
        await base({ tv: String(user.tokenVersion) })
          .setProtectedHeader({ alg: 'HS256' })
          .sign(key),
      ),
    );
  });

  it('refuses a malformed Authorization header with 401', async () => {
    const { token } = await actor(app, [Role.SUPER_ADMIN]);
    expectRefusedToken(await me(undefined, { authorization: 'Basic x' }));
    expectRefusedToken(await me(undefined, { authorization: 'Bearer' }));
    expectRefusedToken(await me(undefined, { authorization: `Bearer ${token} extra` }));
    expectRefusedToken(await me(undefined, { authorization: token }));
    // Control: the scheme is case-insensitive.
    expect((await me(undefined, { authorization: `bearer ${token}` })).errors).toBeUndefined();
  });

  it('refuses the tokens of a user whose token version was raised', async () => {
    const user = await createUser(app, { roles: [Role.EMPLOYEE] });
    const token = await tokenFor(app, user);
    expect((await me(token)).errors).toBeUndefined();
    await app.sql(`update users set token_version = token_version + 1 where id = ?`, [user.id]);
    expectRefusedToken(await me(token));
    // A fresh login works again.
    const fresh = await login(user.username, TEST_PASSWORD);
    expect((await me(fresh.data!.login.token)).errors).toBeUndefined();
  });

  it('refuses the tokens of a deactivated or deleted user', async () => {
    const deactivated = await createUser(app, { roles: [Role.SUPER_ADMIN] });
    const deactivatedToken = await tokenFor(app, deactivated);
    const deleted = await createUser(app, { roles: [Role.SUPER_ADMIN] });
    const deletedToken = await tokenFor(app, deleted);
    expect((await me(deactivatedToken)).errors).toBeUndefined();
    expect((await me(deletedToken)).errors).toBeUndefined();
    await app.sql(`update users set active = false where id = ?`, [deactivated.id]);
    await app.sql(`delete from users where id = ?`, [deleted.id]);
    expectRefusedToken(await me(deactivatedToken));
    expectRefusedToken(await me(deletedToken));
  });

  it('a refused token is refused even on a public operation', async () => {
    const user = await createUser(app, { roles: [Role.EMPLOYEE] });
    const response = await app.gql(
      `mutation Login($input: LoginInput!) { login(input: $input) { token } }`,
      { input: { username: user.username, password: TEST_PASSWORD } },
      { token: 'garbage' },
    );
    expectRefusedToken(response);
  });
});

describe('roles', () => {
  it('an employee may not create an agency (FORBIDDEN, nothing changes)', async () => {
    const { agency } = await createAgency(app);
    const { token } = await actor(app, [Role.EMPLOYEE], agency);
    const before = await databaseFingerprint(app);
    const response = await app.gql(
      `mutation Create($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id } } }`,
      { input: { code: 'NOT-ALLOWED', name: 'Pemerintah Tidak Boleh', kind: 'DAERAH' } },
      { token },
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('an HR officer may not read the audit trail', async () => {
    const { agency } = await createAgency(app);
    const { token } = await actor(app, [Role.HR_OFFICER], agency);
    const response = await app.gql(`{ auditEntries { totalCount nodes { id } } }`, {}, { token });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
    // Control: a platform administrator may.
    const admin = await actor(app, [Role.SUPER_ADMIN]);
    expect((await app.gql(`{ auditEntries { totalCount } }`, {}, { token: admin.token })).errors).toBeUndefined();
  });
});

describe('me', () => {
  it("returns the user's agency through the agency field", async () => {
    const { agency, id } = await createAgency(app, {
      code: `ME-${randomUUID().slice(0, 6).toUpperCase()}`,
      name: 'Badan Kepegawaian Daerah',
    });
    const { user, token } = await actor(app, [Role.EMPLOYEE], agency);
    const response = await me(token);
    expect(response.errors).toBeUndefined();
    expect(response.data!.me).toMatchObject({
      id: globalId('User', user.id),
      agencyId: id,
      agency: { id, code: agency.code, name: 'Badan Kepegawaian Daerah' },
    });
  });

  it('a platform administrator has no agency', async () => {
    const { token } = await actor(app, [Role.SUPER_ADMIN]);
    const response = await me(token);
    expect(response.data!.me).toMatchObject({ agencyId: null, agency: null, roles: ['SUPER_ADMIN'] });
  });
});

// ---------------------------------------------------------------------------
// Anonymous access: every root field but the public ones needs a login.

/** What anyone may call without logging in. */
const PUBLIC = [
  'login',
  'publishedResults',
  'serviceDirectory',
  'surveyForm',
  'submitSurveyResponse',
  'submitComplaint',
  'complaintStatus',
  // The list of error reasons a client translates: no data, needed before logging in.
  'errorReasons',
];

describe('anonymous access', () => {
  it('only login, the published results, the error reasons and the citizen’s survey and complaint operations are public', async () => {
    const schema = await getSchema();
    const publicFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .flatMap((type) => (type ? Object.values(type.getFields()) : []))
      .filter((field) => field.extensions?.public === true)
      .map((field) => field.name);
    expect(publicFields.sort()).toEqual([...PUBLIC].sort());
  });

  it('every root query and mutation but the public ones answers UNAUTHENTICATED without a token, before touching the database', async () => {
    const probes = await rootProbes(app);
    // The walk covers the known surface (and anything added later).
    expect(probes.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'node',
        'me',
        'agencies',
        'agency',
        'auditEntries',
        'auditEntry',
        'login',
        'createAgency',
        'updateAgency',
        'deleteAgency',
      ]),
    );

    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const { name, document, variables } of probes) {
      if (PUBLIC.includes(name)) continue;
      const response = await app.gql<Record<string, unknown>>(document, variables);
      const code = String(errorCode(response) ?? 'NO ERROR');
      const answered = response.data?.[name] ?? null;
      outcomes[name] =
        `${code}${answered === null ? '' : ' with data'}${response.sqlStatements ? ` after ${response.sqlStatements} SQL` : ''}`;
      expected[name] = 'UNAUTHENTICATED';
    }
    expect(outcomes).toEqual(expected);
  });

  it('login is reachable without a token', async () => {
    const user = await createUser(app, { roles: [Role.EMPLOYEE] });
    const response = await login(user.username, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    expect(response.data!.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });
});
