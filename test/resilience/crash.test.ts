import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Api, Database, sleep } from './support.js';

/**
 * Crash test: a write load of daily work reports and realisations from several
 * employees, then the API (and later PostgreSQL's postmaster) killed with
 * SIGKILL in the middle of it. Every write the API acknowledged must be there
 * after the restart, and nothing may be half-written: each report with its
 * audit entry, each realisation with its target and one audit entry per version.
 */

const REGIONS = ['tebingtinggi', 'mataram', 'abdya', 'palangkaraya', 'palembang'];
/** Acknowledged writes to wait for before pulling the plug. */
const WRITES_BEFORE_KILL = 60;

interface Writer {
  username: string;
  token: string;
  periodId: string;
  targetIds: string[];
}

/** What the load saw: acknowledged writes, and the realisation values that may have landed without an answer. */
interface Ledger {
  reports: string[];
  /** Per target row id: the last acknowledged value, and a value sent but not answered. */
  realizations: Map<string, { acked: number | null; inFlight: number | null }>;
  /** Acknowledged realisation writes (several per target). */
  realizationWrites: number;
  refused: string[];
  failed: number;
}

let database: Database;
let api: Api;
let writers: Writer[];

const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

beforeAll(async () => {
  database = await Database.create(inject('seededDataDir'));
  api = await Api.create(database, { SEED_DEMO: 'false' });
  await api.start();
  writers = [];
  for (const region of REGIONS) {
    const username = `pegawai.${region}`;
    const token = await api.login(username);
    const plans = await api.graphql<{
      performancePlans: {
        nodes: { period: { id: string; type: string; status: string }; targets: { id: string; indicator: { dataSource: string } }[] }[];
      };
    }>(
      `{ performancePlans(filter: { status: { eq: APPROVED } }) { nodes { period { id type status } targets { id indicator { dataSource } } } } }`,
      {},
      token,
    );
    const plan = plans.data!.performancePlans.nodes.find((p) => p.period.type === 'QUARTERLY' && p.period.status === 'MONITORING');
    expect(plan, `${username} has an approved plan in the running quarter`).toBeDefined();
    const targetIds = plan!.targets.filter((t) => t.indicator.dataSource === 'MANUAL').map((t) => t.id);
    expect(targetIds.length).toBeGreaterThan(0);
    writers.push({ username, token, periodId: plan!.period.id, targetIds });
  }
});
afterAll(async () => {
  await api?.stop('SIGKILL');
  await database?.remove();
});

/** Days of the running quarter before today, for the reports (a quarter of an hour each, far below 24 a day). */
function reportDay(n: number): string {
  const day = new Date(Date.UTC(2026, 9, 1) + (n % 60) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * Two loops per employee (reports, realisations), each one request at a time,
 * until `stop()`; a request that fails on the network ends its loop.
 */
function startLoad(ledger: Ledger, firstValue: number) {
  let stopped = false;
  let crashed = false;
  let value = firstValue;
  /** A refusal before the crash is a failure of the test; after it, the crash's doing. */
  const refused = (result: { errors?: { extensions?: { code?: string } }[] }) => {
    if (crashed) ledger.failed++;
    else ledger.refused.push(result.errors?.[0]?.extensions?.code ?? 'unknown');
  };
  let acknowledged = 0;
  const reportLoop = async (writer: Writer, offset: number) => {
    for (let n = offset; !stopped; n++) {
      try {
        const result = await api.graphql<{ fileWorkReport: { report: { id: string } } }>(
          `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`,
          { input: { date: reportDay(n), activity: `Beban uji ${n}`, output: 'Laporan', hours: 0.25 } },
          writer.token,
        );
        if (result.data) {
          ledger.reports.push(rowId(result.data.fileWorkReport.report.id));
          acknowledged++;
        } else refused(result);
      } catch {
        ledger.failed++;
        return;
      }
    }
  };
  const realizationLoop = async (writer: Writer) => {
    for (let n = 0; !stopped; n++) {
      const targetId = writer.targetIds[n % writer.targetIds.length]!;
      const entry = ledger.realizations.get(rowId(targetId)) ?? { acked: null, inFlight: null };
      ledger.realizations.set(rowId(targetId), entry);
      // Values only grow, so what is found tells which write landed last.
      value++;
      entry.inFlight = value;
      try {
        const result = await api.graphql(
          `mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`,
          { input: { targetId, periodId: writer.periodId, value } },
          writer.token,
        );
        if (result.data) {
          entry.acked = entry.inFlight;
          entry.inFlight = null;
          ledger.realizationWrites++;
          acknowledged++;
        } else {
          // An error after the crash may hide a commit whose answer was lost: the value stays possible.
          if (!crashed) entry.inFlight = null;
          refused(result);
        }
      } catch {
        ledger.failed++;
        return;
      }
    }
  };
  const loops = writers.flatMap((writer, i) => [reportLoop(writer, i * 7), realizationLoop(writer)]);
  return {
    acknowledged: () => acknowledged,
    crash: () => (crashed = true),
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

async function runUntilKilled(firstValue: number, kill: () => Promise<void>): Promise<Ledger> {
  const ledger: Ledger = { reports: [], realizations: new Map(), realizationWrites: 0, refused: [], failed: 0 };
  const load = startLoad(ledger, firstValue);
  const deadline = Date.now() + 60_000;
  while (load.acknowledged() < WRITES_BEFORE_KILL && Date.now() < deadline) await sleep(20);
  load.crash();
  await kill();
  await load.stop();
  return ledger;
}

/** Checks the database against the ledger; returns the figures for the report. */
async function verify(ledger: Ledger, label: string) {
  const found = await database.query<{ id: string }>(`select id from work_reports where id = any($1::uuid[])`, [ledger.reports]);
  const realizations = await database.query<{ target_id: string; value: number; version: number; audits: string; target_exists: boolean }>(
    `select r.target_id, r.value::float8 as value, r.version,
            (select count(*) from audit_entries a where a.entity_id = r.id) as audits,
            exists (select 1 from plan_targets t where t.id = r.target_id) as target_exists
       from realizations r where r.target_id = any($1::uuid[]) and r.period_id = any($2::uuid[])`,
    [[...ledger.realizations.keys()], writers.map((w) => rowId(w.periodId))],
  );
  // Half-written records: a report without its creation entry, an audit entry without its report.
  const [orphans] = await database.query<{ reports_without_audit: string; audits_without_report: string }>(
    `select
       (select count(*) from work_reports w where not exists
          (select 1 from audit_entries a where a.entity_id = w.id and a.action = 'CREATE')
          and w.created_at > now() - interval '1 hour' and w.activity like 'Beban uji %') as reports_without_audit,
       (select count(*) from audit_entries a where a.entity_type = 'WorkReport' and a.action = 'CREATE'
          and not exists (select 1 from work_reports w where w.id = a.entity_id)) as audits_without_report`,
  );
  const byTarget = new Map(realizations.map((r) => [r.target_id, r]));
  let realizationsAcked = 0;
  let realizationsFound = 0;
  for (const [targetId, entry] of ledger.realizations) {
    if (entry.acked === null) continue;
    realizationsAcked++;
    const row = byTarget.get(targetId);
    // The last acknowledged value, or a later one whose answer the crash swallowed.
    if (row && (Math.abs(row.value - entry.acked) < 1e-6 || (entry.inFlight !== null && Math.abs(row.value - entry.inFlight) < 1e-6))) {
      realizationsFound++;
    }
  }
  const figures = {
    scenario: label,
    reportsAcknowledged: ledger.reports.length,
    reportsFound: found.length,
    realizationWritesAcknowledged: ledger.realizationWrites,
    realizationTargetsAcknowledged: realizationsAcked,
    realizationTargetsFound: realizationsFound,
    refused: ledger.refused.length,
    requestsCutOff: ledger.failed,
    reportsWithoutAudit: Number(orphans!.reports_without_audit),
    auditsWithoutReport: Number(orphans!.audits_without_report),
  };
  console.log(`crash test: ${JSON.stringify(figures)}`);
  expect(ledger.refused, 'no write was refused before the crash').toEqual([]);
  expect(ledger.reports.length + ledger.realizationWrites).toBeGreaterThanOrEqual(WRITES_BEFORE_KILL);
  expect(found.length).toBe(ledger.reports.length);
  expect(realizationsFound).toBe(realizationsAcked);
  expect(figures.reportsWithoutAudit).toBe(0);
  expect(figures.auditsWithoutReport).toBe(0);
  for (const row of realizations) {
    expect(row.target_exists).toBe(true);
    // One audit entry per version: the creation and each change, none missing, none extra.
    expect(Number(row.audits)).toBe(row.version);
  }
  return figures;
}

describe('crash under write load', () => {
  it('keeps every acknowledged write when the API is killed with SIGKILL', async () => {
    const ledger = await runUntilKilled(0, async () => {
      await api.stop('SIGKILL');
    });
    await api.start();
    await verify(ledger, 'API SIGKILL');
  });

  it('keeps every acknowledged write when PostgreSQL is killed with SIGKILL and recovers from its WAL', async () => {
    const ledger = await runUntilKilled(100_000, () => database.kill());
    await database.start();
    await verify(ledger, 'PostgreSQL SIGKILL');
    // The API survives the database's crash: its pool reconnects without a restart.
    const deadline = Date.now() + 30_000;
    let ready = 0;
    while (Date.now() < deadline && ready !== 200) {
      ready = (await fetch(`${api.url}/readyz`).catch(() => null))?.status ?? 0;
      if (ready !== 200) await sleep(250);
    }
    expect(ready).toBe(200);
    const after = await api.graphql(`{ workReports(first: 1) { totalCount } }`, {}, writers[0]!.token);
    expect(after.errors).toBeUndefined();
  });
});
