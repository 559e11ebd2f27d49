import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { poolPerProcess, type Config } from '../config.js';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.js';
import { migrate, openOrm } from './orm.js';

export const EMBEDDED_DATABASE = 'kinerja';

export interface Database {
  orm: MikroORM;
  /** Where the database is: DATABASE_URL, or the embedded server's database. */
  url: string;
  embedded: RunningPostgres | null;
  close(): Promise<void>;
}

/**
 * The database the configuration points at: `DATABASE_URL` when set, otherwise
 * an embedded PostgreSQL with its cluster in `<DATA_DIR>/pg`. Migrations are applied.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: RunningPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), port: config.embeddedPgPort, logger });
    url = withDatabase(embedded.url, EMBEDDED_DATABASE);
    logger.info({ port: config.embeddedPgPort, dataDir: config.dataDir, ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  let orm: MikroORM;
  try {
    orm = await openOrm(url, poolPerProcess(config));
    if (embedded) await orm.getSchemaGenerator().ensureDatabase();
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    url,
    embedded,
    close: async () => {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
