import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { toGlobalId } from '../../api/src/graphql/ids.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/app.js';
import { actor, Role, tokenFor } from '../helpers/factories.js';
import { freePort } from '../helpers/ports.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Live updates across processes: two compiled servers (A and B) on one
 * database. A change committed through one reaches subscribers on the other
 * through PostgreSQL LISTEN/NOTIFY, and only those within reach of the record.
 */

const MAIN = path.resolve('dist/server/api/src/main.js');

let app: TestApp;
let line: ReportingLine;
let a: Server;
let b: Server;
const clients: Client[] = [];

interface Server {
  url: string;
  ws: string;
  child: ChildProcess;
  output: () => string;
}

beforeAll(async () => {
  buildServerIfStale();
  app = await startTestApp();
  line = await setUpReportingLine(app);
  [a, b] = await Promise.all([startServer(app.databaseUrl), startServer(app.databaseUrl)]);
}, 400_000);

afterAll(async () => {
  for (const client of clients) await client.dispose();
  await Promise.all([a, b].filter(Boolean).map((server) => stop(server.child)));
  await app?.close();
});

describe('subscriptions across two API processes', () => {
  it('deliver a filed report to the supervisor and feedback to the employee, and nothing to anyone out of reach', async () => {
    const filed = `subscription { workReportFiled { id activity status employee { name } } }`;
    const received = `subscription { feedbackReceived { text type plan { id } author { name } } }`;
    const kapusOnA = subscribe(a, line.tokens.kapus!, filed);
    const outsiderOnA = subscribe(a, line.tokens.outsider!, filed);
    const colleagueOnA = subscribe(a, line.tokens.yusuf!, filed);
    const sitiOnB = subscribe(b, line.tokens.siti!, received);
    const yusufOnB = subscribe(b, line.tokens.yusuf!, received);
    await until(async () => (await subscriptionsOn(a)) === 3 && (await subscriptionsOn(b)) === 2, 'the subscriptions to be open');

    // Siti files through B; her supervisor listens on A.
    const report = await mutate(
      b,
      line.tokens.siti!,
      `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`,
      {
        input: { date: line.today, activity: 'Pemeriksaan ibu hamil', output: '12 pemeriksaan', hours: 3 },
      },
    );
    await until(() => kapusOnA.events.length === 1, 'the supervisor to receive the report');
    expect(kapusOnA.events[0]).toEqual({
      data: {
        workReportFiled: {
          id: (report as { fileWorkReport: { report: { id: string } } }).fileWorkReport.report.id,
          activity: 'Pemeriksaan ibu hamil',
          status: 'SUBMITTED',
          employee: { name: 'Siti Aminah' },
        },
      },
    });

    // Her appraiser gives feedback through A; Siti listens on B.
    await mutate(a, line.tokens.kapus!, `mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { feedback { id } } }`, {
      input: { planId: line.plans.siti!.id, type: 'APRESIASI', text: 'Terima kasih atas laporannya' },
    });
    await until(() => sitiOnB.events.length === 1, 'the employee to receive the feedback');
    expect(sitiOnB.events[0]).toEqual({
      data: {
        feedbackReceived: {
          text: 'Terima kasih atas laporannya',
          type: 'APRESIASI',
          plan: { id: line.plans.siti!.id },
          author: { name: 'Sri Wahyuni' },
        },
      },
    });

    // A refused change announces nothing: the notification goes with the transaction.
    const refused = await fetchGraphql(
      b,
      line.tokens.siti!,
      `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`,
      {
        input: { date: line.today, activity: 'Terlalu lama', output: '-', hours: 23 },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Both processes got every notification at the same time: give the others a moment to (not) deliver.
    await new Promise((resolve) => setTimeout(resolve, 750));
    expect(kapusOnA.events).toHaveLength(1);
    expect(outsiderOnA.events).toEqual([]);
    expect(colleagueOnA.events).toEqual([]);
    expect(yusufOnB.events).toEqual([]);
    for (const subscription of [kapusOnA, outsiderOnA, colleagueOnA, sitiOnB, yusufOnB]) expect(subscription.errors).toEqual([]);
  });

  it('refuse a connection without a valid token, queries over WebSocket and subscriptions over HTTP', async () => {
    const anonymous = subscribe(a, null, `subscription { workReportFiled { id } }`);
    await until(() => anonymous.errors.length > 0, 'the connection to be refused');
    expect((anonymous.errors[0] as { code?: number }).code).toBe(4403);

    const query = subscribe(a, line.tokens.kapus!, `query { workReportQueue { totalCount } }`);
    await until(() => query.errors.length > 0, 'the query to be refused');
    expect(JSON.stringify(query.errors[0])).toContain('Only subscriptions are served over WebSocket');

    const overHttp = await fetchGraphql(a, line.tokens.kapus!, `subscription { workReportFiled { id } }`, {});
    expect(overHttp.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');

    const invalid = subscribe(a, line.tokens.kapus!, `subscription { workReportFiled { nothingHere } }`);
    await until(() => invalid.errors.length > 0, 'the invalid subscription to be refused');
    expect(invalid.errors[0]).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  });

  it("end when the subscriber's token is revoked (a password change, a deactivation)", async () => {
    const filed = subscribe(a, line.tokens.kapus!, `subscription { workReportFiled { id } }`);
    await until(async () => (await subscriptionsOn(a)) === 4, 'the subscription to be open');
    await app.sql(`update users set token_version = token_version + 1 where username like 'kapus-%'`);
    await mutate(b, line.tokens.siti!, `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`, {
      input: { date: line.today, activity: 'Penyuluhan gizi', output: '1 penyuluhan', hours: 1 },
    });
    await until(() => filed.errors.length > 0, 'the connection to be closed');
    expect((filed.errors[0] as { code?: number }).code).toBe(4401);
    expect(filed.events).toEqual([]);
  });

  it('end when an administrator changes the roles of the subscriber (a supervisor demoted to employee)', async () => {
    // The revocation test above made the supervisor's token stale: a fresh one first.
    const [kapus] = await app.sql<{ id: string; token_version: number }>(
      `select id, token_version from users where username like 'kapus-%'`,
    );
    const token = await tokenFor(app, { id: kapus!.id, tokenVersion: kapus!.token_version } as never);
    const open = await subscriptionsOn(a);
    const filed = subscribe(a, token, `subscription { workReportFiled { id } }`);
    await until(async () => (await subscriptionsOn(a)) === open + 1, 'the subscription to be open');

    const admin = (await actor(app, [Role.SUPER_ADMIN])).token;
    const { user } = (await mutate(b, admin, `query ($id: ID!) { user: node(id: $id) { ... on User { id version } } }`, {
      id: toGlobalId('User', kapus!.id),
    })) as { user: { id: string; version: number } };
    await mutate(b, admin, `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { roles } } }`, {
      input: { id: user.id, version: user.version, roles: ['EMPLOYEE'] },
    });
    await mutate(b, line.tokens.siti!, `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`, {
      input: { date: line.today, activity: 'Posyandu balita', output: '1 posyandu', hours: 1 },
    });
    await until(() => filed.errors.length > 0, 'the connection to be closed');
    expect((filed.errors[0] as { code?: number }).code).toBe(4401);
    expect(filed.events).toEqual([]);
  });

  it('close when the client leaves', async () => {
    for (const client of clients.splice(0)) await client.dispose();
    await until(async () => (await subscriptionsOn(a)) === 0 && (await subscriptionsOn(b)) === 0, 'the subscriptions to close');
  });
});

function subscribe(server: Server, token: string | null, query: string) {
  const events: unknown[] = [];
  const errors: unknown[] = [];
  const client = createClient({
    url: server.ws,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  clients.push(client);
  client.subscribe(
    { query },
    {
      next: (value) => events.push(value),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { events, errors };
}

async function fetchGraphql(server: Server, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function mutate(server: Server, token: string, query: string, variables: Record<string, unknown>) {
  const body = await fetchGraphql(server, token, query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

async function subscriptionsOn(server: Server): Promise<number> {
  return ((await (await fetch(`${server.url}/healthz`)).json()) as { subscriptions: number }).subscriptions;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The real server entry, compiled: rebuilt first when a source is newer (as `npm test` does before every run). */
function buildServerIfStale(): void {
  const newest = (entry: string): number => {
    const stat = statSync(entry);
    return stat.isDirectory()
      ? Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newest(path.join(entry, child))))
      : stat.mtimeMs;
  };
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= Math.max(newest('api/src'), newest('migrations'))) return;
  execFileSync(process.execPath, ['scripts/build.mjs', 'api'], { stdio: 'ignore' });
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    // One process each, so that each /healthz counts all of its server's subscriptions.
    WEB_CONCURRENCY: '1',
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 150_000; // a cold start on a busy machine
  while (!output.includes('Kinerja ASN is running')) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}/graphql`, child, output: () => output };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('close', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
