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
 * The embedded server's tuning for throwaway data: nothing is flushed to disk or kept
 * recoverable after a crash of the machine (the data directory is deleted at the end anyway),
 * and no background work competes with the tests on a small machine. Each line is safe
 * only because the cluster lives for one run; `npm start` keeps PostgreSQL's defaults.
 */
export const THROWAWAY_SETTINGS: Record<string, string> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  // Minimal WAL: no archive or replica reads it.
  wal_level: 'minimal',
  max_wal_senders: '0',
  // Checkpoints by time or WAL size only seldom: every file clones the template and many drop it.
  checkpoint_timeout: '30min',
  max_wal_size: '4GB',
  // Tests run ANALYZE where plans matter (the scale seed does); autovacuum would only compete for the CPU.
  autovacuum: 'off',
  // Compiling expressions costs more than it saves on queries that run once.
  jit: 'off',
};

interface SharedServer {
  serverUrl: string;
  templateDatabase: string;
  runId: string;
  stop(): Promise<void>;
}

/** The api and browser projects both set this file up; they share one server, stopped after the last of them. */
const shared = globalThis as typeof globalThis & { __kinerjaTestServer?: { server: Promise<SharedServer>; users: number } };

/**
 * One PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL), and one
 * migrated template database that each test file clones (CREATE DATABASE ... TEMPLATE).
 * Only the projects that need a database list this file (vitest.config.ts): the unit project starts none.
 */
export default function setup(project: TestProject) {
  return setupWith(project, THROWAWAY_SETTINGS);
}

/** The setup with other server settings: the benchmarks (test/bench/global-setup.ts) keep PostgreSQL's defaults. */
export async function setupWith(project: TestProject, settings: Record<string, string>) {
  shared.__kinerjaTestServer ??= { server: startServer(settings), users: 0 };
  const entry = shared.__kinerjaTestServer;
  entry.users++;
  const { serverUrl, templateDatabase, runId, stop } = await entry.server;
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runId', runId);
  return async () => {
    if (--entry.users > 0) return;
    delete shared.__kinerjaTestServer;
    await stop();
  };
}

async function startServer(settings: Record<string, string>): Promise<SharedServer> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let embedded: RunningPostgres | null = null;
  let dataDir: string | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-test-pg-'));
    // Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: await freePort(),
      persistent: false,
      settings,
      initdbFlags: ['--no-sync'],
    });
    serverUrl = embedded.url;
  }
  const templateDatabase = `kinerja_template_${runId}`;
  await adminQuery(serverUrl, `create database "${templateDatabase}"`);
  const orm = await openOrm(withDatabase(serverUrl, templateDatabase));
  await migrate(orm);
  await orm.close(true);

  const url = serverUrl;
  return {
    serverUrl: url,
    templateDatabase,
    runId,
    stop: async () => {
      const databases = await adminQuery(url, `select datname from pg_database where datname like '%${runId}%'`);
      for (const { datname } of databases.rows as { datname: string }[]) {
        await adminQuery(url, `drop database if exists "${datname}" with (force)`);
      }
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
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
