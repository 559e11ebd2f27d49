import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { hashPassword } from '../modules/auth/password.js';
import { scaleMarker, SCALE_PASSWORD, seedScale } from '../seed/scale/scale-seed.js';

/**
 * `npm run seed:scale -- --employees N [--seed S] [--agencies A] [--database-url URL | --data-dir DIR] [--port P]`
 *
 * Migrates the database and fills it with a generated dataset (api/src/seed/scale).
 * The database must hold no employees yet; one generated with the same size and
 * seed is left as it is (exit 0), any other content is refused (exit 3).
 */
async function main() {
  const args = parseArgs(process.argv.slice(2));
  const employees = Number(args.employees);
  const seed = Number(args.seed ?? 1);
  if (!Number.isInteger(employees) || employees < 100) throw usage('--employees must be an integer >= 100');
  if (!Number.isInteger(seed) || seed < 0) throw usage('--seed must be a non-negative integer');
  const agencies = args.agencies === undefined ? undefined : Number(args.agencies);
  const env: NodeJS.ProcessEnv = { ...process.env, SEED_DEMO: 'false' };
  if (args['database-url']) env.DATABASE_URL = args['database-url'];
  if (args['data-dir']) env.DATA_DIR = args['data-dir'];
  if (args.port) env.EMBEDDED_PG_PORT = args.port;
  const config = loadConfig(env);
  const logger = createLogger('warn');
  const database = await openDatabase(config, logger);
  const client = new pg.Client({ connectionString: database.orm.config.get('clientUrl') });
  await client.connect();
  try {
    const marker = scaleMarker(employees, seed);
    const existing = await client.query<{ marker: string | null; employees: string }>(
      `select obj_description('agencies'::regclass, 'pg_class') as marker, (select count(*) from employees) as employees`,
    );
    const row = existing.rows[0]!;
    if (row.marker === marker) {
      process.stdout.write(`Already seeded: ${marker} (${row.employees} employees).\n`);
      return;
    }
    if (Number(row.employees) > 0) {
      process.stderr.write(`The database already holds ${row.employees} employees (${row.marker ?? 'not generated'}); use an empty one.\n`);
      process.exitCode = 3;
      return;
    }
    const summary = await seedScale(client, {
      employees,
      seed,
      agencies,
      passwordHash: await hashPassword(SCALE_PASSWORD),
      log: (message) => process.stdout.write(`  ${message}\n`),
    });
    process.stdout.write(
      `Seeded ${employees} employees in ${summary.agencies} agencies, seed ${seed}: ${(summary.ms / 1000).toFixed(1)} s\n` +
        Object.entries(summary.rows)
          .map(([table, count]) => `  ${table}: ${count}\n`)
          .join('') +
        `Accounts (password ${SCALE_PASSWORD}): hr.skala0, atasan.skala0, pegawai.skala0.0 ...\n`,
    );
  } finally {
    await client.end();
    await database.close();
  }
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[index]!);
    if (!match) throw usage(`unknown argument ${argv[index]}`);
    const value = match[2] ?? argv[++index];
    if (value === undefined) throw usage(`--${match[1]} needs a value`);
    out[match[1]!] = value;
  }
  return out;
}

function usage(message: string) {
  return new Error(
    `${message}\nusage: npm run seed:scale -- --employees N [--seed S] [--agencies A] [--database-url URL | --data-dir DIR] [--port P]`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
