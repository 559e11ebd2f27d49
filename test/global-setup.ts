import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../api/src/db/embedded-postgres.js';
import { migrate, openOrm } from '../api/src/db/orm.js';
import { withDatabase } from '../api/src/db/database.js';
import { freePort } from './helpers/ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server where tests may create databases (maintenance database URL). */
    serverUrl: string;
    /** Migrated database each test file clones. */
    templateDatabase: string;
    runId: string;
  }
}

/**
 * One PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL), and one
 * migrated template database that each test file clones (CREATE DATABASE ... TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let embedded: RunningPostgres | null = null;
  let dataDir: string | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-test-pg-'));
    // Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort(), persistent: false });
    serverUrl = embedded.url;
  }
  const templateDatabase = `kinerja_template_${runId}`;
  await adminQuery(serverUrl, `create database "${templateDatabase}"`);
  const orm = await openOrm(withDatabase(serverUrl, templateDatabase));
  await migrate(orm);
  await orm.close(true);

  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runId', runId);

  return async () => {
    const databases = await adminQuery(serverUrl, `select datname from pg_database where datname like '%${runId}%'`);
    for (const { datname } of databases.rows as { datname: string }[]) {
      await adminQuery(serverUrl, `drop database if exists "${datname}" with (force)`);
    }
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
