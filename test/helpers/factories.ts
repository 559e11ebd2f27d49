import { randomBytes } from 'node:crypto';
import { Role } from '../../api/src/access/role.js';
import { hashPassword } from '../../api/src/modules/auth/password.js';
import { signToken } from '../../api/src/modules/auth/token.js';
import { User } from '../../api/src/modules/auth/user.entity.js';
import { toGlobalId } from '../../api/src/graphql/ids.js';
import { Agency, AgencyKind } from '../../api/src/modules/organization/agency.entity.js';
import type { TestApp } from './app.js';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
/** Hashing is deliberately slow; one hash serves every test user of a file. */
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

const unique = () => randomBytes(3).toString('hex').toUpperCase();

export async function createAgency(app: TestApp, overrides: Partial<Pick<Agency, 'code' | 'name' | 'kind' | 'region'>> = {}) {
  const em = app.orm.em.fork();
  const agency = em.create(Agency, {
    code: `AG-${unique()}`,
    name: 'Pemerintah Kabupaten Contoh',
    kind: AgencyKind.DAERAH,
    region: 'Jawa Barat',
    ...overrides,
  });
  await em.flush();
  return { agency, id: toGlobalId('Agency', agency.id) };
}

export async function createUser(app: TestApp, options: { roles: Role[]; agency?: Agency | null; username?: string; active?: boolean }) {
  const em = app.orm.em.fork();
  const user = em.create(User, {
    username: options.username ?? `user-${unique().toLowerCase()}`,
    displayName: 'Pengguna Uji',
    passwordHash: await testPasswordHash(),
    roles: options.roles,
    agency: options.agency ? em.getReference(Agency, options.agency.id) : null,
    active: options.active ?? true,
  });
  await em.flush();
  return user;
}

export async function tokenFor(app: TestApp, user: User, ttlSeconds = 3600): Promise<string> {
  const { token } = await signToken(app.config.jwtSecret, { userId: user.id, tokenVersion: user.tokenVersion }, ttlSeconds);
  return token;
}

/** A user with `roles` (in `agency` unless platform-wide) and its bearer token. */
export async function actor(app: TestApp, roles: Role[], agency: Agency | null = null) {
  const user = await createUser(app, { roles, agency });
  return { user, token: await tokenFor(app, user) };
}

export { Role };
