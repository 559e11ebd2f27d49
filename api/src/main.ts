import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { ConfigError, loadConfig, poolPerProcess, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { openOrm } from './db/orm.js';
import { createLogger } from './logger.js';
import { DEMO_PASSWORD, demoPasswordAccounts, seedDemoIfEmpty } from './seed/demo.js';
import { urlOf } from './listen-url.js';

/**
 * `npm start`: one process prepares the database (embedded PostgreSQL, migrations, demo data),
 * then serves itself (WEB_CONCURRENCY=1) or forks WEB_CONCURRENCY workers that share the port
 * (node:cluster). Subscriptions reach every worker through PostgreSQL's LISTEN/NOTIFY.
 */
async function main() {
  const startedAt = Date.now();
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) return serveAsWorker(config, logger);

  const database = await openDatabase(config, logger);
  // From here a stop signal stops what has started, PostgreSQL last, also while the workers are still starting.
  let stopServing = async () => {};
  onStopSignal(logger, async () => {
    await stopServing();
    await database.close();
  });
  let seeded = false;
  if (config.seedDemo) seeded = await seedDemoIfEmpty(database.orm, config, logger);
  if (config.production) {
    const demo = await demoPasswordAccounts(database.orm);
    if (demo.length && !config.seedDemo) {
      process.stderr.write(
        `Refusing to start: NODE_ENV=production and ${demo.length} active account(s) still have the published demo password ` +
          `"${DEMO_PASSWORD}": ${demo.join(', ')}.\nChange their passwords or deactivate them (SEED_DEMO=true starts a demonstration ` +
          `installation that keeps them). See README.md, "Configuration".\n`,
      );
      await database.close();
      process.exit(3);
    }
    // Asked for explicitly: a demonstration installation, said loudly.
    if (demo.length) logger.warn({ accounts: demo }, 'SEED_DEMO=true in production: demo accounts with the published password are active');
  }

  let url: string;
  if (config.webConcurrency === 1) {
    const { startServer } = await import('./server.js');
    const server = await startServer({ config, orm: database.orm, logger });
    url = server.url;
    stopServing = () => server.close();
  } else {
    // The workers open their own connections; this process keeps only the embedded server, if any.
    await database.orm.close(true);
    const workers = startWorkers(config, database.url, logger);
    stopServing = workers.stop;
    url = await workers.listening;
  }
  logger.info({ url, workers: config.webConcurrency, ms: Date.now() - startedAt }, 'server ready');

  process.stdout.write(
    [
      '',
      `  Kinerja ASN is running (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
      `  Console      ${url}/admin`,
      `  GraphQL API  ${url}/graphql   (open it in a browser for the GraphiQL IDE)`,
      `  Health       ${url}/healthz   ${url}/readyz`,
      `  Database     ${database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`,
      `  Workers      ${config.webConcurrency} (WEB_CONCURRENCY)`,
      config.seedDemo ? `  Demo login   admin / ${DEMO_PASSWORD}${seeded ? '   (demo data loaded just now)' : ''}` : '',
      '',
    ].join('\n') + '\n',
  );
}

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Ctrl+C or SIGTERM: stop accepting, finish, close; once, whichever signal comes first. */
function onStopSignal(logger: ReturnType<typeof createLogger>, stop: () => Promise<void>) {
  let stopping = false;
  const handle = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    let code = 0;
    try {
      await stop();
      logger.info('stopped cleanly');
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      code = 1;
    }
    // pino writes asynchronously: let the last lines out before exiting.
    logger.flush(() => process.exit(code));
  };
  process.on('SIGINT', () => void handle('SIGINT'));
  process.on('SIGTERM', () => void handle('SIGTERM'));
}

/** A worker: the database is ready (the primary migrated it), so it only connects and serves. */
async function serveAsWorker(config: Config, logger: ReturnType<typeof createLogger>) {
  const databaseUrl = process.env.KINERJA_WORKER_DATABASE_URL!;
  const orm = await openOrm(databaseUrl, poolPerProcess(config));
  // Loaded here, not at the top: the process that only prepares the database and forks never serves.
  const { startServer } = await import('./server.js');
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ config, orm, logger });
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  onStopSignal(logger, async () => {
    await server.close();
    await orm.close(true);
  });
}

/** More than this many unexpected worker exits within a minute: something is wrong with every start, so stop. */
const MAX_RESTARTS_PER_MINUTE = 10;

/**
 * Forks the workers; `listening` settles once each listens. A worker that dies unexpectedly is replaced;
 * stop() asks every worker to finish its requests and waits for them (then kills what is left).
 */
function startWorkers(config: Config, databaseUrl: string, logger: ReturnType<typeof createLogger>) {
  let stopping = false;
  const restarts: number[] = [];
  const fork = () => cluster.fork({ KINERJA_WORKER_DATABASE_URL: databaseUrl });

  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) return;
    // Exit code 0 is a worker that was told to stop (Ctrl+C reaches the whole process group).
    if (code === 0) return;
    logger.error({ worker: worker.id, pid: worker.process.pid, code, signal }, 'worker died; starting another');
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      logger.fatal({ restarts: restarts.length }, 'workers keep dying; stopping');
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    fork();
  });

  const listening = new Promise<string>((resolve, reject) => {
    let ready = 0;
    cluster.on('listening', (_worker, address) => {
      if (++ready === config.webConcurrency) resolve(urlOf({ address: address.address ?? '', port: address.port }));
    });
    // A worker that fails before listening (a wrong setting, a port in use): the start fails.
    cluster.on('exit', (_worker, code) => {
      if (!stopping && ready < config.webConcurrency && code !== 0) reject(new Error(`a worker exited with code ${code} before listening`));
    });
  });
  for (let i = 0; i < config.webConcurrency; i++) fork();

  return {
    listening,
    stop: async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker && !worker.isDead());
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              const kill = setTimeout(() => worker.process.kill('SIGKILL'), 15_000);
              worker.once('exit', () => {
                clearTimeout(kill);
                resolve();
              });
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
