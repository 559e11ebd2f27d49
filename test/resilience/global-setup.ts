import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { Api, Database, MAIN } from './support.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A stopped PostgreSQL data directory holding the migrated demo data, for each file to copy. */
    seededDataDir: string;
  }
}

/**
 * Migrates and seeds the demo data once (the slow part), through the compiled
 * server, then stops both cleanly; each test file runs on a copy.
 */
export default async function setup(project: TestProject) {
  const database = await Database.create();
  const api = await Api.create(database, { SEED_DEMO: 'true' });
  try {
    // Seeding the demo data takes a while on a busy machine.
    await api.start(900_000);
  } catch (error) {
    await database.stop();
    throw new Error(`${String(error)}\n(is ${MAIN} built? npm run test:resilience builds it)`);
  }
  await api.stop('SIGTERM');
  await database.stop();
  project.provide('seededDataDir', database.dataDir);
  return () => rmSync(database.root, { recursive: true, force: true });
}
