import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import pino from 'pino';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../api/src/config.js';
import { withDatabase } from '../../api/src/db/database.js';
import { openOrm } from '../../api/src/db/orm.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { adminQuery } from '../global-setup.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions: Record<string, unknown> & { code: string } }[] | undefined;
  /** SQL statements the request issued (x-sql-statements). */
  sqlStatements: number;
  headers: Headers;
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  config: Config;
  server: RunningServer;
  /** POST /graphql over real HTTP; a typed document (from test/gql) types the result. */
  gql<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Runs SQL directly against this file's database (`?` placeholders). */
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/**
 * A server over real HTTP on its own database, cloned from the migrated template:
 * each test file is isolated from the others and from previous runs.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const serverUrl = inject('serverUrl');
  const database = `kinerja_test_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  await cloneTemplate(serverUrl, database, inject('templateDatabase'));
  const databaseUrl = withDatabase(serverUrl, database);
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    EXPOSE_SQL_COUNT: 'true',
    SEED_DEMO: 'false',
    ...env,
  });
  const orm = await openOrm(databaseUrl);
  const server = await startServer({
    config,
    orm,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
  });

  const gql: TestApp['gql'] = async (query, variables, options = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: never };
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      sqlStatements: Number(response.headers.get('x-sql-statements') ?? NaN),
      headers: response.headers,
    };
  };

  const sql: TestApp['sql'] = async (text, params = []) => {
    const rows = await orm.em.getConnection().execute(text, params as never[]);
    return rows as never;
  };

  return {
    url: server.url,
    databaseUrl,
    orm,
    config,
    server,
    gql,
    sql,
    close: async () => {
      await server.close();
      await orm.close(true);
      await adminQuery(serverUrl, `drop database if exists "${database}" with (force)`);
    },
  };
}

/** Test files clone at the same time; PostgreSQL refuses a clone while another holds the template, so retry. */
async function cloneTemplate(serverUrl: string, database: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(serverUrl, `create database "${database}" template "${template}"`);
      return;
    } catch (error) {
      if (attempt >= 40 || !String(error).includes('being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}

/** First error's code, for terse assertions. */
export const errorCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions.code;

/**
 * A fingerprint of every row of every table: equal before and after means a
 * refused request changed nothing.
 */
export async function databaseFingerprint(app: TestApp): Promise<string> {
  const tables = await app.sql<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await app.sql<{ fingerprint: string | null; n: string }>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as fingerprint, count(*) as n from "${table_name}" t`,
    );
    parts.push(`${table_name}:${row?.n}:${row?.fingerprint}`);
  }
  return parts.join('\n');
}
