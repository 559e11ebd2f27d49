import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../api/src/config.js';
import { withDatabase } from '../../api/src/db/database.js';
import { openOrm } from '../../api/src/db/orm.js';
import { hashPassword } from '../../api/src/modules/auth/password.js';
import { DEMO_PASSWORD, demoPasswordAccounts, seedDemoIfEmpty } from '../../api/src/seed/demo.js';
import { adminQuery } from '../global-setup.js';
import { freePort } from '../helpers/ports.js';

/**
 * Issue 20, finding 5: the compiled server (as `npm start` runs it) with
 * NODE_ENV=production loads no demo data unless asked, and refuses to start
 * without JWT_SECRET or while an account still has the published demo password.
 */
const MAIN = path.resolve('dist/server/api/src/main.js');
const JWT_SECRET = 'production-test-secret-that-is-long-enough-0123456789';

interface Run {
  /** Exit code, or null when the server came up (then stopped with SIGTERM). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the server; resolves when it exits, or once it is ready (then stops it cleanly). */
async function run(env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(await freePort()), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer within 90 s:\n${stdout}\n${stderr}`));
    }, 90_000);
    child.stdout.on('data', () => {
      if (!ready && stdout.includes('Kinerja ASN is running')) {
        ready = true;
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: ready ? null : code, stdout, stderr });
    });
  });
}

describe.runIf(existsSync(MAIN))('a production start (compiled server)', () => {
  const serverUrl = inject('serverUrl');
  const database = `kinerja_test_${inject('runId')}_prod_${randomBytes(4).toString('hex')}`;
  const databaseUrl = withDatabase(serverUrl, database);
  const production = { NODE_ENV: 'production', JWT_SECRET, DATABASE_URL: databaseUrl };
  const sql = async (text: string) => (await adminQuery(databaseUrl, text)).rows as Record<string, unknown>[];

  beforeAll(async () => {
    await adminQuery(serverUrl, `create database "${database}" template "${inject('templateDatabase')}"`);
  });
  afterAll(() => adminQuery(serverUrl, `drop database if exists "${database}" with (force)`));

  it('refuses to start without JWT_SECRET, naming it', async () => {
    const result = await run({ NODE_ENV: 'production', DATABASE_URL: databaseUrl });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toContain('JWT_SECRET is required when NODE_ENV=production');
  });

  it('loads no demo data unless SEED_DEMO=true', async () => {
    const result = await run(production);
    expect(result.code).toBeNull();
    expect(result.stdout).not.toContain('Demo login');
    expect(await sql(`select count(*)::int as n from users`)).toEqual([{ n: 0 }]);
  });

  it(
    'refuses to start while an active account has the demo password, naming the accounts; starts once none has',
    { timeout: 400_000 },
    async () => {
      // The demo data as a development start loads it.
      const orm = await openOrm(databaseUrl);
      try {
        const config = loadConfig({ DATABASE_URL: databaseUrl, JWT_SECRET, LOG_LEVEL: 'silent' });
        expect(await seedDemoIfEmpty(orm, config, pino({ level: 'silent' }))).toBe(true);
      } finally {
        await orm.close(true);
      }

      const refused = await run(production);
      expect(refused.code).not.toBe(0);
      expect(refused.code).not.toBeNull();
      expect(refused.stderr).toContain('demo password');
      expect(refused.stderr).toContain(DEMO_PASSWORD);
      for (const name of ['admin', 'admin.tebingtinggi', 'hr.mataram', 'pegawai.palembang']) expect(refused.stderr).toContain(`${name},`);

      // Explicitly asked for: a demonstration installation starts.
      expect((await run({ ...production, SEED_DEMO: 'true' })).code).toBeNull();

      // Every password changed but one, and one account deactivated: only the remaining one is named.
      const other = (await hashPassword('a-real-password-0123')).replace(/'/g, "''");
      await sql(`update users set password_hash = '${other}' where username not in ('atasan.abdya', 'pegawai.abdya')`);
      await sql(`update users set active = false where username = 'pegawai.abdya'`);
      const one = await run(production);
      expect(one.code).not.toBeNull();
      expect(one.stderr).toMatch(/1 active account\(s\) still have the published demo password "kinerja-demo": atasan\.abdya\./);

      await sql(`update users set password_hash = '${other}' where username = 'atasan.abdya'`);
      const started = await run(production);
      expect(started.stderr).toBe('');
      expect(started.code).toBeNull();
    },
  );

  it('checks 10,000 accounts without verifying their passwords', async () => {
    const orm = await openOrm(databaseUrl);
    try {
      await sql(
        `insert into users (id, username, display_name, password_hash, roles, active, token_version, created_at, updated_at, version)
         select gen_random_uuid(), 'bulk-' || i, 'Bulk ' || i, '$argon2id$v=19$m=65536,t=3,p=4$' || md5(i::text), '{EMPLOYEE}', true, 0, now(), now(), 1
           from generate_series(1, 10000) i`,
      );
      // The seed's accounts with the demo password again (the previous test changed it), marked as created so.
      const demoHash = (await hashPassword(DEMO_PASSWORD)).replace(/'/g, "''");
      await sql(`update users set password_hash = '${demoHash}' where username not like 'bulk-%'`);
      await sql(
        `insert into demo_accounts (user_id, password_hash) select id, password_hash from users where username not like 'bulk-%'
         on conflict (user_id) do update set password_hash = excluded.password_hash`,
      );
      const started = performance.now();
      const found = await demoPasswordAccounts(orm);
      const ms = performance.now() - started;
      expect(found.length).toBeGreaterThan(20);
      expect(found).not.toContain('bulk-1');
      console.log(`demo password check over ${10_000 + found.length} accounts: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(500);

      // Databases seeded before demo_accounts existed: the accounts found by name are verified once, then remembered.
      await sql(`update demo_accounts set password_hash = null`);
      const cold = performance.now();
      expect((await demoPasswordAccounts(orm)).length).toBe(found.length);
      const coldMs = performance.now() - cold;
      const warm = performance.now();
      expect((await demoPasswordAccounts(orm)).length).toBe(found.length);
      const warmMs = performance.now() - warm;
      console.log(`first check with ${found.length} unverified accounts: ${coldMs.toFixed(0)} ms, the next: ${warmMs.toFixed(0)} ms`);
      expect(warmMs).toBeLessThan(500);
    } finally {
      await orm.close(true);
    }
  });
});
