import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES } from '../../api/src/modules/auth/login-throttle.js';
import { startServer } from '../../api/src/server.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, TEST_PASSWORD } from '../helpers/factories.js';

const ACCOUNT_LIMIT = 2;
const ADDRESS_LIMIT = 4;
const CONSOLE_ORIGIN = 'https://kinerja.example.go.id';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: String(ACCOUNT_LIMIT),
    LOGIN_MAX_FAILURES_PER_ADDRESS: String(ADDRESS_LIMIT),
    CORS_ORIGINS: CONSOLE_ORIGIN,
    MAX_PAGE_SIZE: '20',
    MAX_QUERY_COST: '300',
  });
  token = (await actor(app, [Role.SUPER_ADMIN])).token;
});
afterAll(() => app?.close());

type Login = { login: { token: string } };
/** A login from a given client address: the test client is the loopback proxy the server trusts. */
const login = (username: string, password: string, address: string, url = app.url) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({
      query: `mutation L($input: LoginInput!) { login(input: $input) { token } }`,
      variables: { input: { username, password } },
    }),
  }).then(async (r) => ({ status: r.status, ...((await r.json()) as Pick<GraphQLResponse<Login>, 'data' | 'errors'>) }));

let addressCounter = 0;
/** A fresh client address per test, so the per-address count of one test does not leak into another. */
const freshAddress = () => `10.1.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

async function newUser() {
  const { agency } = await createAgency(app);
  return createUser(app, { roles: [Role.EMPLOYEE], agency });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('login throttling', () => {
  it(`after ${ACCOUNT_LIMIT} failures from many addresses, refuses those addresses but never the owner’s (slowed down)`, async () => {
    const user = await newUser();
    const attackers = Array.from({ length: ACCOUNT_LIMIT }, freshAddress);
    for (const address of attackers) {
      const failed = await login(user.username, 'wrong-password', address);
      expect(failed.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    // An address that failed on the account under attack is refused, even with the right password.
    const refused = await login(user.username, TEST_PASSWORD, attackers[0]!);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    const retryAfter = refused.errors![0]!.extensions.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(refused.errors![0]!.message).toMatch(/^Too many failed login attempts; try again in \d+ (second|minute)\(s\)$/);
    // The right password from an address that has not failed logs in, after a short delay.
    const started = performance.now();
    expect((await login(user.username, TEST_PASSWORD, freshAddress())).data?.login.token).toBeTruthy();
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });

  it('throttles an unknown account exactly like a real one (no user enumeration)', async () => {
    const user = await newUser();
    const answers = async (username: string) => {
      const seen: string[] = [];
      const address = freshAddress();
      for (let i = 0; i <= ACCOUNT_LIMIT; i++) {
        const r = await login(username, 'wrong-password', address);
        seen.push(`${r.status} ${r.errors![0]!.extensions.code} ${r.errors![0]!.message.replace(/\d+/g, 'N')}`);
      }
      return seen;
    };
    const real = await answers(user.username);
    expect(await answers(`nobody-${user.username}`)).toEqual(real);
    expect(real.at(-1)).toMatch(/TOO_MANY_REQUESTS/);
  });

  it('unknown account and wrong password answer alike and take similar time (a password hash is checked either way)', async () => {
    const user = await newUser();
    const timed = async (username: string) => {
      const start = performance.now();
      const r = await login(username, 'wrong-password', freshAddress());
      return { ms: performance.now() - start, answer: `${r.status} ${r.errors![0]!.extensions.code} ${r.errors![0]!.message}` };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      const a = await timed(user.username);
      const b = await timed(`ghost-${i}-${user.username}`);
      expect(b.answer).toBe(a.answer);
      known.push(a.ms);
      unknown.push(b.ms);
    }
    // Without the dummy hash check an unknown account answers many times faster than a wrong password.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
  });

  it(`refuses an address after ${ADDRESS_LIMIT} failures across accounts, while other addresses log in`, async () => {
    const user = await newUser();
    const sprayer = freshAddress();
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await login(`spray-${i}-${user.username}`, 'wrong-password', sprayer)).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await login(user.username, TEST_PASSWORD, sprayer)).errors![0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((await login(user.username, TEST_PASSWORD, freshAddress())).data?.login.token).toBeTruthy();
  });

  it('successful logins do not use up an address (an office behind one address)', async () => {
    const user = await newUser();
    const office = freshAddress();
    for (let i = 0; i < ADDRESS_LIMIT + 2; i++) {
      expect((await login(user.username, TEST_PASSWORD, office)).data?.login.token).toBeTruthy();
    }
  });

  it('counts in PostgreSQL: a second server on the same database sees the failures of the first', async () => {
    const other = await startServer({ config: app.config, orm: app.orm, logger: pino({ level: 'silent' }), port: 0, host: '127.0.0.1' });
    try {
      const user = await newUser();
      const address = freshAddress();
      for (let i = 0; i < ACCOUNT_LIMIT; i++) await login(user.username, 'wrong-password', address);
      const elsewhere = await login(user.username, TEST_PASSWORD, address, other.url);
      expect(elsewhere.errors![0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await other.close();
    }
  });

  it('parallel guesses from one address cannot slip past the growing waits', async () => {
    const user = await newUser();
    const address = freshAddress();
    const results = await Promise.all(Array.from({ length: 8 }, () => login(user.username, 'wrong-password', address)));
    const codes = results.map((r) => r.errors![0]!.extensions.code);
    // FREE_FAILURES pass at once, then one per wait (the first is 1 s; a slow machine may see it end).
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeGreaterThanOrEqual(FREE_FAILURES);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(FREE_FAILURES + 1);
    expect(codes.filter((c) => c !== 'UNAUTHENTICATED').every((c) => c === 'TOO_MANY_REQUESTS')).toBe(true);
  });

  it('stores neither account names nor addresses', async () => {
    const user = await newUser();
    await login(user.username, 'wrong-password', '203.0.113.77');
    const rows = await app.sql<{ key: string }>(`select key from login_failures`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(user.username);
    expect(JSON.stringify(rows)).not.toContain('203.0.113.77');
  });

  it('a failure of the throttle’s store refuses the login, masked, without SQL in the answer', async () => {
    const user = await newUser();
    await app.sql(`alter table login_failures rename to login_failures_moved`);
    try {
      const response = await login(user.username, TEST_PASSWORD, freshAddress());
      expect(response.data ?? null).toBeNull();
      expect(response.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(response.errors)).not.toMatch(/login_failures|insert|relation|stack|at .*\.js/i);
    } finally {
      await app.sql(`alter table login_failures_moved rename to login_failures`);
    }
    expect((await login(user.username, TEST_PASSWORD, freshAddress())).data?.login.token).toBeTruthy();
  });
});

describe('HTTP hardening', () => {
  const expectLockedDown = (headers: Headers) => {
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-frame-options')).toBe('DENY');
  };

  it('API answers carry a locked-down policy: nothing framed, sniffed or loaded', async () => {
    const response = await app.gql(`{ __typename }`);
    expectLockedDown(response.headers);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const refused = await app.gql(`{ me { id } }`);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expectLockedDown(refused.headers);
    expectLockedDown((await fetch(`${app.url}/healthz`)).headers);
  });

  it('the console keeps its own policy: its scripts, its styles, API calls to its origin, never framed', async () => {
    const response = await fetch(`${app.url}/admin/`);
    expectLockedDown(response.headers);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('CORS: the configured console origin may call the API, any other origin gets no permission', async () => {
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const allowed = await preflight(CONSOLE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await app.gql(`{ __typename }`, {}, { headers: { origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CSRF prevention: a form-encoded POST and a GET without a preflight header are refused before running', async () => {
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%7Blogin(input%3A%7Busername%3A%22a%22%2Cpassword%3A%22b%22%7D)%7Btoken%7D%7D',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('Cross-Site Request Forgery');
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(get.status).toBe(400);
  });
});

describe('query abuse', () => {
  it('refuses a page larger than MAX_PAGE_SIZE with BAD_USER_INPUT on first', async () => {
    const ok = await app.gql(`{ agencies(first: 20) { totalCount } }`, {}, { token });
    expect(ok.errors).toBeUndefined();
    const response = await app.gql(`{ agencies(first: 21) { totalCount } }`, {}, { token });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('first');
  });

  it('refuses a query costlier than MAX_QUERY_COST before running it', async () => {
    const cheap = await app.gql(`{ agencies(first: 5) { nodes { id code } } }`, {}, { token });
    expect(cheap.errors).toBeUndefined();
    const fields = 'id code name kind region createdAt updatedAt version';
    const list = `agencies { nodes { ${fields} } edges { cursor node { ${fields} } } }`;
    const costly = await app.gql(`{ ${Array.from({ length: 8 }, (_, i) => `a${i}: ${list}`).join(' ')} }`, {}, { token });
    expect(costly.status).toBe(400);
    expect(costly.data ?? null).toBeNull();
    expect(errorCode(costly)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(costly.errors![0]!.message).toMatch(/Query Cost limit of 300 exceeded/);
  });

  it('refuses a query with too many tokens before parsing it whole', async () => {
    const response = await app.gql(`{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`, {}, { token });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors![0]!.message).toMatch(/Document contains more th\w+ 5000 tokens/);
  });
});
