import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Api, Database, sleep } from './support.js';

/**
 * Soak: a steady mixed load (employee list, plan page, dashboard analytics,
 * filing daily reports, logging in) for SOAK_SECONDS at SOAK_RATE requests a
 * second against the compiled server. Every SOAK_SAMPLE_SECONDS it samples the
 * API's memory (RSS, and the JavaScript heap after a forced full collection) and
 * connection pool, and PostgreSQL's connections. The server must keep up (no
 * backlog of waiting requests) and no request may fail. After the warm-up
 * neither the live heap nor RSS may keep growing: bounded is the slope of a
 * least-squares line, through the heap samples and through RSS's floor (the
 * lowest sample of each 30 s window), not one sample: each login's argon2id
 * hash holds 64 MiB while it runs, so one RSS sample says mostly how many
 * logins were running at that moment. At the end the pool is idle again with
 * no connection left behind.
 */

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const RATE = Number(process.env.SOAK_RATE ?? 20);
/** SOAK_LOGIN=false takes the login (argon2id, 64 MiB a hash) out of the mix, to tell its memory from the rest. */
const LOGIN = process.env.SOAK_LOGIN !== 'false';
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 5) * 1000;
/** Memory settles (code optimised, caches and pools filled, the heap sized) in the first part of the run. */
const WARM_UP_MS = Number(process.env.SOAK_WARM_UP_SECONDS ?? Math.min(60, SECONDS / 4)) * 1000;
/** Most RSS's floor may grow a minute after warm-up (slope of the fitted line). */
const RSS_SLOPE_BOUND = Number(process.env.SOAK_RSS_MB_PER_MIN ?? 8);
/** RSS's floor: the lowest sample of each window of this length. */
const FLOOR_WINDOW_MS = 30_000;
/** Most the live heap (after a full collection) may grow a minute after warm-up. */
const HEAP_SLOPE_BOUND = Number(process.env.SOAK_HEAP_MB_PER_MIN ?? 1);
/** Most requests waiting for an answer at a sample after warm-up (a few seconds' worth at the rate). */
const MAX_IN_FLIGHT = Number(process.env.SOAK_MAX_IN_FLIGHT ?? Math.max(20, RATE * 3));
/** Extra node options for the server, e.g. --heapsnapshot-signal=SIGUSR2 to compare heap snapshots. */
const NODE_ARGS = (process.env.SOAK_NODE_ARGS ?? '').split(' ').filter(Boolean);

interface Health {
  pool: { used: number; free: number; pending: number };
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
  arrayBuffersBytes: number;
  collected?: boolean;
}
interface Sample {
  second: number;
  rssMb: number;
  /** Anonymous memory of the process (malloc and V8 pages), from /proc: RSS without mapped files. */
  rssAnonMb: number | null;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  pool: Health['pool'];
  pgConnections: number;
  requests: number;
  /** Requests sent and not yet answered: a backlog that grows means the server cannot keep up with the rate. */
  inFlight: number;
  errors: number;
}

const MB = 2 ** 20;
/** Figures in the log to a tenth. */
const round = (_key: string, value: unknown) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value);

/** Slope of the least-squares line through (x, y), in y per x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((sum, p) => sum + p.x, 0) / n;
  const my = points.reduce((sum, p) => sum + p.y, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/** RssAnon of a process from /proc (Linux), in MB; null elsewhere. */
function rssAnonMb(pid: number): number | null {
  try {
    const kb = /^RssAnon:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

let database: Database;
let api: Api;

beforeAll(async () => {
  database = await Database.create(inject('seededDataDir'));
  api = await Api.create(database, { SEED_DEMO: 'false' }, ['--expose-gc', ...NODE_ARGS]);
  await api.start();
});
afterAll(async () => {
  await api?.stop('SIGTERM');
  await database?.remove();
});

/** Health after a full collection: heapUsed is then the live heap, not garbage waiting for the collector. */
const health = async () => {
  const h = (await (await fetch(`${api.url}/healthz?gc=1`)).json()) as Health;
  if (!h.collected) throw new Error('the server cannot collect garbage on request (started without --expose-gc?)');
  return h;
};
const connections = async () =>
  Number(
    (
      await database.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`,
      )
    )[0]!.n,
  );

describe('soak', () => {
  it(`serves ${RATE} mixed requests a second for ${SECONDS} s without errors, memory growth or leaked connections`, async () => {
    const login = LOGIN ? 4 : 0; // without logins, their share goes to the employee list
    const admin = await api.login('admin');
    const hr = await api.login('hr.tebingtinggi');
    const employees = await Promise.all(
      ['tebingtinggi', 'mataram', 'abdya', 'palangkaraya', 'palembang'].map((r) => api.login(`pegawai.${r}`)),
    );
    const periods = await api.graphql<{ appraisalPeriods: { nodes: { id: string }[] } }>(
      `{ appraisalPeriods(filter: { type: { eq: QUARTERLY } }, first: 4, orderBy: [{ field: START_DATE }]) { nodes { id } } }`,
      {},
      hr,
    );
    const periodIds = periods.data!.appraisalPeriods.nodes.map((p) => p.id);
    const plans = await api.graphql<{ performancePlans: { nodes: { id: string }[] } }>(
      `{ performancePlans(first: 20) { nodes { id } } }`,
      {},
      hr,
    );
    const planIds = plans.data!.performancePlans.nodes.map((p) => p.id);
    expect(periodIds.length).toBeGreaterThan(0);
    expect(planIds.length).toBeGreaterThan(0);

    let reportSeq = 0;
    /** The mix, one entry per request in a cycle of ten. */
    const mix: (() => [string, Record<string, unknown>, string | undefined])[] = [
      () => [
        `query ($first: Int) { employees(first: $first, orderBy: [{ field: NAME }]) { totalCount nodes { id nip name unit { name } position { name } supervisor { name } } } }`,
        { first: 50 },
        hr,
      ],
      () => [
        `query ($id: ID!) { performancePlan(id: $id) { id status employee { name } period { name } targets { id weight target indicator { code name } realizations { value } } feedback { text } } }`,
        { id: planIds[reportSeq % planIds.length] },
        hr,
      ],
      () => [
        `query ($periodIds: [ID!]!) { analytics(periodIds: $periodIds) { predicateDistribution { coveredEmployees counts { predicate count } } cycleProgress { coveredEmployees evaluated } workReports { reports approved } ikm { ikm respondents } } }`,
        { periodIds },
        admin,
      ],
      () => {
        const n = reportSeq++;
        // A tenth of an hour on one of the running quarter's first 60 days: far from 24 hours a day.
        const date = new Date(Date.UTC(2026, 9, 1) + (Math.floor(n / employees.length) % 60) * 86_400_000).toISOString().slice(0, 10);
        return [
          `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`,
          { input: { date, activity: `Soak ${n}`, output: 'Catatan', hours: 0.1 } },
          employees[n % employees.length],
        ];
      },
      () => [
        `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { username: 'penilai.mataram', password: 'kinerja-demo' } },
        undefined,
      ],
    ];
    const cycle = [0, 1, 2, 0, 3, 1, 0, 2, 3, login];

    const before = { ...(await health()), pgConnections: await connections() };
    let requests = 0;
    const errors: string[] = [];
    const inFlight = new Set<Promise<void>>();
    const samples: Sample[] = [];
    const startedAt = Date.now();
    let running = true;
    // Sampling runs beside the load, so a slow answer never holds back the next request.
    const sampler = (async () => {
      for (let next = startedAt + SAMPLE_MS; running; next += SAMPLE_MS) {
        while (running && Date.now() < next) await sleep(Math.min(250, next - Date.now()));
        if (!running) return;
        // An overloaded server that cannot answer its health check counts as an error, not a crash of the test.
        const h = await health().catch((error: unknown) => void errors.push(`healthz: ${String(error)}`));
        if (!h) continue;
        const sample: Sample = {
          second: Math.round((Date.now() - startedAt) / 1000),
          rssMb: h.rssBytes / MB,
          rssAnonMb: rssAnonMb(api.pid),
          heapUsedMb: h.heapUsedBytes / MB,
          heapTotalMb: h.heapTotalBytes / MB,
          externalMb: h.externalBytes / MB,
          arrayBuffersMb: h.arrayBuffersBytes / MB,
          pool: h.pool,
          pgConnections: await connections(),
          requests,
          inFlight: inFlight.size,
          errors: errors.length,
        };
        samples.push(sample);
        console.log(`soak: ${JSON.stringify(sample, round)}`);
      }
    })();

    for (let i = 0; Date.now() - startedAt < SECONDS * 1000; i++) {
      // Open loop: request i leaves at its own time, whether or not earlier ones have answered.
      const due = startedAt + (i * 1000) / RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      const [query, variables, token] = mix[cycle[i % cycle.length]!]!();
      const request = api
        .graphql(query, variables, token)
        .then((result) => {
          if (result.errors) errors.push(`${query.slice(0, 40)}: ${JSON.stringify(result.errors[0])}`);
        })
        // fetch names the reason (timeout, reset) in the cause.
        .catch((error: unknown) => void errors.push(`${String(error)} (${String((error as { cause?: unknown }).cause)})`))
        .finally(() => {
          requests++;
          inFlight.delete(request);
        });
      inFlight.add(request);
    }
    running = false;
    await sampler;
    await Promise.all(inFlight);
    await sleep(1000);
    const after = { ...(await health()), pgConnections: await connections() };
    const warm = samples.filter((s) => s.second * 1000 >= WARM_UP_MS);
    const first = warm[0];
    const perMinute = (y: (s: Sample) => number) => slope(warm.map((s) => ({ x: s.second / 60, y: y(s) })));
    const floors = new Map<number, Sample>();
    for (const s of warm) {
      const window = Math.floor((s.second * 1000 - WARM_UP_MS) / FLOOR_WINDOW_MS);
      const low = floors.get(window);
      if (!low || s.rssMb < low.rssMb) floors.set(window, s);
    }
    const rssFloor = [...floors.values()];
    const figures = {
      seconds: SECONDS,
      rate: RATE,
      login: LOGIN,
      warmUpSeconds: WARM_UP_MS / 1000,
      requests,
      errors: errors.length,
      maxInFlightAfterWarmUp: Math.max(...warm.map((s) => s.inFlight)),
      rssMb: {
        start: before.rssBytes / MB,
        warm: first?.rssMb,
        end: after.rssBytes / MB,
        max: Math.max(...samples.map((s) => s.rssMb)),
        floor: rssFloor.map((s) => s.rssMb),
        floorPerMinuteAfterWarmUp: slope(rssFloor.map((s) => ({ x: s.second / 60, y: s.rssMb }))),
      },
      heapUsedMb: {
        start: before.heapUsedBytes / MB,
        warm: first?.heapUsedMb,
        end: after.heapUsedBytes / MB,
        max: Math.max(...samples.map((s) => s.heapUsedMb)),
        perMinuteAfterWarmUp: perMinute((s) => s.heapUsedMb),
      },
      externalMb: { start: before.externalBytes / MB, end: after.externalBytes / MB },
      pool: {
        before: before.pool,
        after: after.pool,
        maxUsed: Math.max(...samples.map((s) => s.pool.used)),
        maxPending: Math.max(...samples.map((s) => s.pool.pending)),
      },
      pgConnections: { before: before.pgConnections, after: after.pgConnections, max: Math.max(...samples.map((s) => s.pgConnections)) },
    };
    console.log(`soak figures: ${JSON.stringify(figures, round)}`);

    // A server that falls behind holds every waiting request in memory: that growth is load, not a leak,
    // and says the machine cannot serve SOAK_RATE (lower it), so it is reported as such first.
    expect(figures.maxInFlightAfterWarmUp, `requests waiting for an answer at ${RATE}/s`).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(errors.slice(0, 5)).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(Math.floor(SECONDS * RATE * 0.95));
    // Enough samples after warm-up for a line through them to mean something.
    expect(warm.length).toBeGreaterThanOrEqual(6);
    expect(figures.heapUsedMb.perMinuteAfterWarmUp).toBeLessThan(HEAP_SLOPE_BOUND);
    expect(rssFloor.length).toBeGreaterThanOrEqual(3);
    expect(figures.rssMb.floorPerMinuteAfterWarmUp).toBeLessThan(RSS_SLOPE_BOUND);
    // Idle again: nothing borrowed, nobody waiting, and PostgreSQL holds no connection the pool does not
    // know of (besides those it held before the load: the events listener).
    expect(after.pool.used).toBe(0);
    expect(after.pool.pending).toBe(0);
    const outsidePool = before.pgConnections - before.pool.used - before.pool.free;
    expect(after.pgConnections).toBeLessThanOrEqual(after.pool.free + outsidePool);
  });
});
