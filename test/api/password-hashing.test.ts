import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';

/**
 * Password hashes: argon2id at 19 MiB, two passes, one lane (OWASP's minimum),
 * each hash carrying its parameters. A hash made with older parameters keeps
 * working and is replaced at the owner's next successful login, and only then.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token } }`;
const storedHash = async (id: string) =>
  (await app.sql<{ password_hash: string }>(`select password_hash from users where id = ?`, [id]))[0]!.password_hash;

describe('password hashes', () => {
  it('are made with argon2id at m=19456, t=2, p=1', async () => {
    const user = await createUser(app, { roles: [Role.EMPLOYEE] });
    expect(await storedHash(user.id)).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('made with the former parameters still log in, and are upgraded by the first successful login only', async () => {
    const user = await createUser(app, { roles: [Role.EMPLOYEE] });
    const old = await argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 });
    await app.sql(`update users set password_hash = ? where id = ?`, [old, user.id]);

    const wrong = await app.gql(LOGIN, { input: { username: user.username, password: 'not-the-password' } });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await storedHash(user.id)).toBe(old);

    const right = await app.gql(LOGIN, { input: { username: user.username, password: TEST_PASSWORD } });
    expect(right.errors).toBeUndefined();
    const upgraded = await storedHash(user.id);
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await argon2.verify(upgraded, TEST_PASSWORD)).toBe(true);

    const again = await app.gql(LOGIN, { input: { username: user.username, password: TEST_PASSWORD } });
    expect(again.errors).toBeUndefined();
    expect(await storedHash(user.id)).toBe(upgraded);
  });
});
