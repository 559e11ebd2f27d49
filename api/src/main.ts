import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { createLogger } from './logger.js';
import { DEMO_PASSWORD, demoPasswordAccounts, seedDemoIfEmpty } from './seed/demo.js';
import { startServer } from './server.js';

async function main() {
  const startedAt = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
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
  const server = await startServer({ config, orm: database.orm, logger });
  logger.info({ url: server.url, ms: Date.now() - startedAt }, 'server ready');

  process.stdout.write(
    [
      '',
      `  Kinerja ASN is running (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
      `  Console      ${server.url}/admin`,
      `  GraphQL API  ${server.url}/graphql   (open it in a browser for the GraphiQL IDE)`,
      `  Health       ${server.url}/healthz   ${server.url}/readyz`,
      `  Database     ${database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`,
      config.seedDemo ? `  Demo login   admin / ${DEMO_PASSWORD}${seeded ? '   (demo data loaded just now)' : ''}` : '',
      '',
    ].join('\n') + '\n',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    let code = 0;
    try {
      await server.close();
      await database.close();
      logger.info('stopped cleanly');
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      code = 1;
    }
    // pino writes asynchronously: let the last lines out before exiting.
    logger.flush(() => process.exit(code));
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
