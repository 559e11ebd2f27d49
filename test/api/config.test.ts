import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Config } from '../../api/src/config.js';

const SECRET = 'a-secret-that-is-long-enough-0123456789';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(path.join(os.tmpdir(), 'kinerja-config-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** The ConfigError `env` raises (fails the test when none is raised). */
function problemsOf(env: Record<string, string>): string[] {
  let caught: unknown;
  try {
    loadConfig(env, cwd);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ConfigError);
  const error = caught as ConfigError;
  for (const problem of error.problems) expect(error.message).toContain(problem);
  return error.problems;
}

describe('loadConfig', () => {
  it('has sensible defaults and keeps a development secret in the data directory', () => {
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: path.join(cwd, '.data'),
      embeddedPgPort: 54329,
      jwtTtlSeconds: 8 * 3600,
      logLevel: 'info',
      seedDemo: true,
      corsOrigins: [],
      maxPageSize: 500,
      maxQueryDepth: 12,
      maxQueryCost: 20000,
      maxAliases: 30,
      maxFilterBranches: 50,
      maxFilterDepth: 5,
      maxInputDepth: 20,
      bodyLimit: '10mb',
      loginMaxFailuresPerAccount: 100,
      loginMaxFailuresPerAddress: 50,
      loginMaxFailuresPerPair: 10,
      loginThrottleWindowSeconds: 900,
      exposeSqlCount: false,
      production: false,
    } satisfies Partial<Config>);

    const secretFile = path.join(cwd, '.data', 'jwt-secret');
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(secretFile, 'utf8').trim()).toBe(config.jwtSecret);
    expect(statSync(secretFile).mode & 0o077).toBe(0);
    // The same secret on the next start, so tokens survive restarts.
    expect(loadConfig({}, cwd).jwtSecret).toBe(config.jwtSecret);
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgresql://kinerja@db:5432/kinerja',
        DATA_DIR: 'state',
        JWT_SECRET: SECRET,
        JWT_TTL_SECONDS: '600',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'no',
        CORS_ORIGINS: 'https://a.example.org, http://localhost:5173',
        MAX_PAGE_SIZE: '100',
        MAX_FILTER_BRANCHES: '20',
        MAX_FILTER_DEPTH: '3',
        MAX_INPUT_DEPTH: '30',
        EXPOSE_SQL_COUNT: 'TRUE',
        BODY_LIMIT: '512kb',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '7',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '70',
        LOGIN_MAX_FAILURES_PER_PAIR: '5',
        LOGIN_THROTTLE_WINDOW_SECONDS: '600',
        NODE_ENV: 'production',
      },
      cwd,
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://kinerja@db:5432/kinerja',
      dataDir: path.join(cwd, 'state'),
      jwtSecret: SECRET,
      jwtTtlSeconds: 600,
      logLevel: 'warn',
      seedDemo: false,
      corsOrigins: ['https://a.example.org', 'http://localhost:5173'],
      maxPageSize: 100,
      maxFilterBranches: 20,
      maxFilterDepth: 3,
      maxInputDepth: 30,
      exposeSqlCount: true,
      bodyLimit: '512kb',
      loginMaxFailuresPerAccount: 7,
      loginMaxFailuresPerAddress: 70,
      loginMaxFailuresPerPair: 5,
      loginThrottleWindowSeconds: 600,
      production: true,
    });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '80.5' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['EXPOSE_SQL_COUNT', { EXPOSE_SQL_COUNT: 'maybe' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'not-an-origin' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://ok.example, https://ok.example/with/path' }],
    ['JWT_SECRET', { NODE_ENV: 'production' }],
    ['JWT_TTL_SECONDS', { JWT_TTL_SECONDS: '10' }],
    ['MAX_QUERY_DEPTH', { MAX_QUERY_DEPTH: '0' }],
    ['MAX_FILTER_DEPTH', { MAX_FILTER_DEPTH: '11' }],
    ['MAX_INPUT_DEPTH', { MAX_INPUT_DEPTH: '1000' }],
    ['BODY_LIMIT', { BODY_LIMIT: 'huge' }],
    ['LOGIN_MAX_FAILURES_PER_ACCOUNT', { LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' }],
    ['LOGIN_MAX_FAILURES_PER_PAIR', { LOGIN_MAX_FAILURES_PER_PAIR: '0' }],
    ['LOGIN_THROTTLE_WINDOW_SECONDS', { LOGIN_THROTTLE_WINDOW_SECONDS: 'soon' }],
  ])('refuses a bad %s (%j)', (variable, env) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(variable);
  });

  it('reports several problems together', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://x',
      JWT_SECRET: 'short',
      EXPOSE_SQL_COUNT: 'maybe',
      CORS_ORIGINS: 'nope',
    });
    for (const variable of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'JWT_SECRET', 'EXPOSE_SQL_COUNT', 'CORS_ORIGINS']) {
      expect(
        problems.some((p) => p.includes(variable)),
        variable,
      ).toBe(true);
    }
    expect(problems).toHaveLength(6);
  });

  it.each<Record<string, string>>([{ LOG_LEVEL: 'loud' }, { PORT: 'abc' }, { BODY_LIMIT: 'huge' }])(
    'writes no secret file when the configuration is refused (%j)',
    (env) => {
      problemsOf(env);
      expect(() => statSync(path.join(cwd, '.data', 'jwt-secret'))).toThrow();
    },
  );

  it('returns a frozen configuration', () => {
    const config = loadConfig({ JWT_SECRET: SECRET, CORS_ORIGINS: 'https://a.example.org' }, cwd);
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(config.port).toBe(4000);
  });

  it('its list of CORS origins cannot be changed either', () => {
    const config = loadConfig({ JWT_SECRET: SECRET, CORS_ORIGINS: 'https://a.example.org' }, cwd);
    expect(() => (config.corsOrigins as string[]).push('https://evil.example')).toThrow(TypeError);
    expect(config.corsOrigins).toEqual(['https://a.example.org']);
  });
});
