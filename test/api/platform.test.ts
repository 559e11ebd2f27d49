import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../../api/src/server.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, Role } from '../helpers/factories.js';

const GRAPHIQL_BUILT = existsSync(path.join(ADMIN_DIR, 'graphiql.html'));
const CONSOLE_BUILT = existsSync(path.join(ADMIN_DIR, 'index.html'));

let app: TestApp;
let token: string;

beforeAll(async () => {
  // Small limits so the tests can cross them cheaply.
  app = await startTestApp({ BODY_LIMIT: '10kb', MAX_QUERY_DEPTH: '3', MAX_ALIASES: '2' });
  token = (await actor(app, [Role.SUPER_ADMIN])).token;
});
afterAll(() => app?.close());

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${app.url}${pathname}`, { headers });
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: { code: string } & Record<string, unknown> }[];
};

describe('health', () => {
  it('GET /healthz answers 200 ok', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { rssBytes: number; heapUsedBytes: number; heapTotalBytes: number };
    expect(body).toEqual({
      status: 'ok',
      // One process serves the tests (no node:cluster worker): worker 0, this process.
      worker: 0,
      pid: process.pid,
      subscriptions: 0,
      pool: { used: 0, free: expect.any(Number), pending: 0 },
      rssBytes: expect.any(Number),
      heapUsedBytes: expect.any(Number),
      heapTotalBytes: expect.any(Number),
      externalBytes: expect.any(Number),
      arrayBuffersBytes: expect.any(Number),
    });
    expect(body.rssBytes).toBeGreaterThan(10_000_000);
    expect(body.heapUsedBytes).toBeGreaterThan(1_000_000);
    expect(body.heapUsedBytes).toBeLessThanOrEqual(body.heapTotalBytes);
  });

  it('GET /healthz?gc=1 collects garbage only in a process started with --expose-gc', async () => {
    const body = (await (await get('/healthz?gc=1')).json()) as { collected?: boolean; heapUsedBytes: number };
    // The test server shares this process: it can collect exactly when this process can.
    const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
    expect(body.collected).toBe(exposed ? true : undefined);
    expect(body.heapUsedBytes).toBeGreaterThan(1_000_000);
  });

  it('GET /readyz answers 200 ready with a migrated database', async () => {
    const response = await get('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('browser pages', () => {
  it.skipIf(!GRAPHIQL_BUILT)(
    'GET /graphql from a browser returns the GraphiQL page with security headers (needs the built console: npm test builds it)',
    async () => {
      const response = await get('/graphql', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('GraphiQL');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('GET /graphql from a tool is not the HTML page', async () => {
    const response = await get('/graphql', { accept: 'application/json' });
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  it('the console at /admin/ carries a Content-Security-Policy with frame-ancestors and nosniff', async () => {
    const response = await get('/admin/');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.skipIf(!CONSOLE_BUILT)('the built console is served as HTML, its client routes and assets too (needs the built console)', async () => {
    const response = await get('/admin/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<html/i);
    const deepLink = await get('/admin/agencies/some-id/show');
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-type')).toMatch(/^text\/html/);
    const asset = readdirSync(path.join(ADMIN_DIR, 'assets')).find((name) => name.endsWith('.js'));
    const assetResponse = await get(`/admin/assets/${asset}`);
    expect(assetResponse.status).toBe(200);
    expect(assetResponse.headers.get('x-content-type-options')).toBe('nosniff');
    expect(assetResponse.headers.get('content-security-policy')).toContain('frame-ancestors');
  });
});

describe('request hardening', () => {
  it('refuses a GET query without a preflight header (CSRF prevention), accepts it with one', async () => {
    const query = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const refused = await get(query);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as Body;
    expect(body.errors![0]!.message).toContain('Cross-Site Request Forgery');
    expect(body.data).toBeUndefined();

    const allowed = await get(query, { 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a POST with a "simple" content type (CSRF prevention)', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors![0]!.message).toContain('Cross-Site Request Forgery');
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const fits = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5_000) } }));
    expect(fits.status).toBe(200);

    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(20_000) } }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as Body;
    expect(body.errors![0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a query deeper than MAX_QUERY_DEPTH', async () => {
    const atLimit = await app.gql(`{ agencies { nodes { id } } }`, {}, { token });
    expect(atLimit.errors).toBeUndefined();

    const tooDeep = await app.gql(`{ agencies { edges { node { id } } } }`, {}, { token });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.data ?? null).toBeNull();
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors![0]!.message).toMatch(/Query depth limit of 3 exceeded, found 4/);
  });

  it('refuses more aliases than MAX_ALIASES', async () => {
    const atLimit = await app.gql(`{ a: me { id } b: me { id } }`, {}, { token });
    expect(atLimit.errors).toBeUndefined();

    const tooMany = await app.gql(`{ a: me { id } b: me { id } c: me { id } }`, {}, { token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.data ?? null).toBeNull();
    expect(errorCode(tooMany)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooMany.errors![0]!.message).toMatch(/Aliases limit of 2 exceeded, found 3/);
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.errors![0]!.message).toMatch(/batching/i);
    expect(body.data).toBeUndefined();
  });

  it('sends no CORS permission to another origin by default', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://evil.example' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors and tracing', () => {
  it('masks an unexpected internal error', async () => {
    // Break this file's own database under the running server: a genuine, unforeseen failure.
    await app.sql(`alter table agencies rename column region to region_moved`);
    try {
      const response = await app.gql(`{ agencies(orderBy: [{ field: REGION }]) { nodes { id region } } }`, {}, { token });
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors!;
      expect(error!.message).toBe('Internal server error');
      expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(Object.keys(error!).sort()).toEqual(['extensions', 'locations', 'message', 'path']);
      expect(JSON.stringify(response.errors)).not.toMatch(/region_moved|select|does not exist|stack|Exception/i);
    } finally {
      await app.sql(`alter table agencies rename column region_moved to region`);
    }
    expect((await app.gql(`{ agencies(orderBy: [{ field: REGION }]) { nodes { id region } } }`, {}, { token })).errors).toBeUndefined();
  });

  it('a NUL byte in a text filter is bad input, not an internal error', async () => {
    const response = await app.gql(
      `query L($filter: AgencyFilter) { agencies(filter: $filter) { totalCount } }`,
      { filter: { name: { eq: 'a\u0000b' } } },
      { token },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('every response carries an x-request-id, echoing the caller’s', async () => {
    const responses = await Promise.all([
      get('/healthz'),
      get('/readyz'),
      get('/admin/'),
      get('/no-such-page'),
      get(`/graphql?query=${encodeURIComponent('{ __typename }')}`),
      post(JSON.stringify({ query: '{ __typename }' })),
      post(JSON.stringify({ query: '{ me { id } }' })),
      post(JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Bearer garbage' }),
      post(JSON.stringify({ query: '{', variables: { pad: 'x'.repeat(20_000) } })),
      post('{ not json'),
    ]);
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);

    const echoed = await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'trace-from-the-proxy-42' });
    expect(echoed.headers.get('x-request-id')).toBe('trace-from-the-proxy-42');
    const overlong = await get('/healthz', { 'x-request-id': 'r'.repeat(200) });
    expect(overlong.headers.get('x-request-id')).toBe('r'.repeat(64));
  });

  it('introspection works anonymously', async () => {
    const response = await app.gql<{ __schema: { queryType: { name: string }; mutationType: { name: string } } }>(
      `{ __schema { queryType { name } mutationType { name } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.__schema).toEqual({ queryType: { name: 'Query' }, mutationType: { name: 'Mutation' } });
  });
});
