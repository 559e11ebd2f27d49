import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Set: use this PostgreSQL. Unset: start the embedded one. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  /** API processes sharing the port (node:cluster); 1 serves from the starting process itself. */
  readonly webConcurrency: number;
  /** Database connections of all API processes together, shared out evenly between them. */
  readonly databasePoolMax: number;
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  readonly logLevel: LogLevel;
  readonly seedDemo: boolean;
  readonly corsOrigins: readonly string[];
  readonly maxPageSize: number;
  readonly maxQueryDepth: number;
  readonly maxQueryCost: number;
  readonly maxAliases: number;
  /** Most `and`/`or` branches in one list of a filter. */
  readonly maxFilterBranches: number;
  /** Most levels of `and`/`or` nesting in a filter. */
  readonly maxFilterDepth: number;
  /** Most levels of nested objects and lists in one argument value. */
  readonly maxInputDepth: number;
  readonly bodyLimit: string;
  /** Failed logins one account name may have from all addresses per window before every attempt on it is slowed down. */
  readonly loginMaxFailuresPerAccount: number;
  /** Failed logins one client address may have per throttle window, across accounts. */
  readonly loginMaxFailuresPerAddress: number;
  /** Failed logins one client address may have on one account per window (with growing waits in between). */
  readonly loginMaxFailuresPerPair: number;
  readonly loginThrottleWindowSeconds: number;
  /** Adds the `x-sql-statements` response header (tests and benchmarks). */
  readonly exposeSqlCount: boolean;
  readonly production: boolean;
  /** The SIASN web service client; null when SIASN_BASE_URL is unset (the default: off). */
  readonly siasn: SiasnConfig | null;
}

export interface SiasnConfig {
  readonly baseUrl: string;
  /** Token endpoint of the API gateway (OAuth2 client credentials). */
  readonly gatewayTokenUrl: string;
  /** Token endpoint of the SSO (OAuth2 password grant). */
  readonly ssoTokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly username: string;
  readonly password: string;
  readonly requestsPerSecond: number;
  readonly maxRetries: number;
  /** First wait before a retry; it doubles with each further attempt. */
  readonly backoffMs: number;
  readonly timeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and validates the environment once. Every problem is reported together
 * so an operator fixes the whole set in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }

  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }

  const dataDir = path.resolve(cwd, env.DATA_DIR || '.data');

  const jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');
  if (!jwtSecret && production) problems.push('JWT_SECRET is required when NODE_ENV=production');

  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/]+$/.test(origin)) {
      problems.push(`CORS_ORIGINS entries must be origins like https://example.org (got "${origin}")`);
    }
  }

  let siasn: SiasnConfig | null = null;
  if (env.SIASN_BASE_URL) {
    const url = (name: string) => {
      const raw = env[name] ?? '';
      if (!/^https?:\/\/[^\s]+$/.test(raw)) problems.push(`${name} must be an http(s) URL when SIASN_BASE_URL is set (got "${raw}")`);
      return raw.replace(/\/+$/, '');
    };
    const required = (name: string) => {
      const raw = env[name] ?? '';
      if (!raw) problems.push(`${name} is required when SIASN_BASE_URL is set`);
      return raw;
    };
    siasn = Object.freeze({
      baseUrl: url('SIASN_BASE_URL'),
      gatewayTokenUrl: url('SIASN_GATEWAY_TOKEN_URL'),
      ssoTokenUrl: url('SIASN_SSO_TOKEN_URL'),
      clientId: required('SIASN_CLIENT_ID'),
      clientSecret: required('SIASN_CLIENT_SECRET'),
      username: required('SIASN_USERNAME'),
      password: required('SIASN_PASSWORD'),
      requestsPerSecond: int('SIASN_REQUESTS_PER_SECOND', 5, 1, 100),
      maxRetries: int('SIASN_MAX_RETRIES', 4, 0, 10),
      backoffMs: int('SIASN_BACKOFF_MS', 500, 1, 60_000),
      timeoutMs: int('SIASN_TIMEOUT_MS', 30_000, 100, 600_000),
    });
  }

  const config = {
    siasn,
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    embeddedPgPort: int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    // One process per core: a Node process uses one.
    webConcurrency: int('WEB_CONCURRENCY', os.availableParallelism(), 1, 64),
    // PostgreSQL allows 100 connections unless configured otherwise; 20 leaves room for tools and replicas.
    databasePoolMax: int('DATABASE_POOL_MAX', 20, 1, 1000),
    jwtSecret,
    jwtTtlSeconds: int('JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    logLevel,
    // Production never loads the demo accounts and their published password unless asked to.
    seedDemo: bool('SEED_DEMO', !production),
    corsOrigins: Object.freeze(corsOrigins),
    maxPageSize: int('MAX_PAGE_SIZE', 500, 1, 10000),
    maxQueryDepth: int('MAX_QUERY_DEPTH', 12, 2, 100),
    maxQueryCost: int('MAX_QUERY_COST', 20000, 100, 10_000_000),
    maxAliases: int('MAX_ALIASES', 30, 1, 1000),
    maxFilterBranches: int('MAX_FILTER_BRANCHES', 50, 2, 1000),
    // toWhere keeps a backstop at 10 levels: a higher setting would be refused there.
    maxFilterDepth: int('MAX_FILTER_DEPTH', 5, 1, 10),
    // Bounded well below what graphql-js and class-validator can recurse through.
    maxInputDepth: int('MAX_INPUT_DEPTH', 20, 8, 100),
    // CSV imports travel in the GraphQL body: 10,000 employees are about 1.5 MB.
    bodyLimit: env.BODY_LIMIT || '10mb',
    // From all addresses together: reaching it slows the account down, it never locks the owner out.
    loginMaxFailuresPerAccount: int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 100, 1, 100_000),
    // An office behind one NAT address shares this one; successful logins give their attempt back.
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 100_000),
    loginMaxFailuresPerPair: int('LOGIN_MAX_FAILURES_PER_PAIR', 10, 1, 10_000),
    loginThrottleWindowSeconds: int('LOGIN_THROTTLE_WINDOW_SECONDS', 900, 10, 24 * 3600),
    exposeSqlCount: bool('EXPOSE_SQL_COUNT', false),
    production,
  };
  if (!/^\d+(kb|mb)$/i.test(config.bodyLimit)) problems.push('BODY_LIMIT must look like 512kb or 1mb');
  if (problems.length) throw new ConfigError(problems);
  // Only a configuration that is accepted may write the development secret.
  return Object.freeze({ ...config, jwtSecret: jwtSecret || localSecret(dataDir) } satisfies Config);
}

/** Development only: a random secret kept beside the embedded database so tokens survive restarts. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Each API process's share of DATABASE_POOL_MAX (at least 2, so that one slow request never holds the only connection). */
export function poolPerProcess(config: Config): number {
  return Math.max(2, Math.floor(config.databasePoolMax / config.webConcurrency));
}
