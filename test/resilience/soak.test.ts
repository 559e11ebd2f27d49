import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Api, Database, sleep } from './support.js';

/**
 * Soak: a steady mixed load (employee list, plan page, dashboard analytics,
 * filing daily reports, logging in) for SOAK_SECONDS at SOAK_RATE requests a
 * second against the compiled server. Every 10 s it samples the API's memory
 * (RSS) and connection pool, and PostgreSQL's connections. No request may fail,
 * memory may not grow past the bound after warm-up, and at the end the pool is
 * idle again with no connection left behind.
 */

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const RATE = Number(process.env.SOAK_RATE ?? 20);
/** Most the API's RSS may grow from the end of warm-up to the end. */
const RSS_BOUND_MB = Number(process.env.SOAK_RSS_BOUND_MB ?? 64);
const SAMPLE_MS = 10_000;
/** Memory settles (code compiled, caches filled) in the first part of the run. */
const WARM_UP_MS = Math.min(60_000, (SECONDS * 1000) / 4);

interface Health {
  pool: { used: number; free: number; pending: number };
  rssBytes: number;
}
interface Sample {
  second: number;
  rssMb: number;
  pool: Health['pool'];
  pgConnections: number;
  requests: number;
  errors: number;
}

let database: Database;
let api: Api;

beforeAll(async () => {
  database = await Database.create(inject('seededDataDir'));
  api = await Api.create(database, { SEED_DEMO: 'false' });
  await api.start();
});
afterAll(async () => {
  await api?.stop('SIGTERM');
  await database?.remove();
});

const health = async () => (await (await fetch(`${api.url}/healthz`)).json()) as Health;
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
    const cycle = [0, 1, 2, 0, 3, 1, 0, 2, 3, 4];

    const before = { ...(await health()), pgConnections: await connections() };
    let requests = 0;
    const errors: string[] = [];
    const inFlight = new Set<Promise<void>>();
    const samples: Sample[] = [];
    const startedAt = Date.now();
    let warmRss: number | null = null;
    let running = true;
    // Sampling runs beside the load, so a slow answer never holds back the next request.
    const sampler = (async () => {
      for (let next = startedAt + SAMPLE_MS; running; next += SAMPLE_MS) {
        while (running && Date.now() < next) await sleep(Math.min(250, next - Date.now()));
        if (!running) return;
        // An overloaded server that cannot answer its health check counts as an error, not a crash of the test.
        const h = await health().catch((error: unknown) => void errors.push(`healthz: ${String(error)}`));
        if (!h) continue;
        const sample = {
          second: Math.round((Date.now() - startedAt) / 1000),
          rssMb: h.rssBytes / 2 ** 20,
          pool: h.pool,
          pgConnections: await connections(),
          requests,
          errors: errors.length,
        };
        samples.push(sample);
        if (warmRss === null && Date.now() - startedAt >= WARM_UP_MS) warmRss = sample.rssMb;
        console.log(`soak: ${JSON.stringify(sample)}`);
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
        .catch((error: unknown) => void errors.push(String(error)))
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
    const rss = samples.map((s) => s.rssMb);
    const figures = {
      seconds: SECONDS,
      rate: RATE,
      requests,
      errors: errors.length,
      rssMb: { start: before.rssBytes / 2 ** 20, warm: warmRss, end: after.rssBytes / 2 ** 20, max: Math.max(...rss) },
      pool: {
        before: before.pool,
        after: after.pool,
        maxUsed: Math.max(...samples.map((s) => s.pool.used)),
        maxPending: Math.max(...samples.map((s) => s.pool.pending)),
      },
      pgConnections: { before: before.pgConnections, after: after.pgConnections, max: Math.max(...samples.map((s) => s.pgConnections)) },
    };
    console.log(`soak figures: ${JSON.stringify(figures, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`);

    expect(errors.slice(0, 5)).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(Math.floor(SECONDS * RATE * 0.95));
    expect(figures.rssMb.end - (warmRss ?? figures.rssMb.start)).toBeLessThan(RSS_BOUND_MB);
    // Idle again: nothing borrowed, nobody waiting, and PostgreSQL holds no connection the pool does not
    // know of (besides those it held before the load: the events listener).
    expect(after.pool.used).toBe(0);
    expect(after.pool.pending).toBe(0);
    const outsidePool = before.pgConnections - before.pool.used - before.pool.free;
    expect(after.pgConnections).toBeLessThanOrEqual(after.pool.free + outsidePool);
  });
});
