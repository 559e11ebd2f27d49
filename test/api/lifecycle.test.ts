import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.js';

/**
 * The real start command, as `npm start` runs it after building: embedded
 * PostgreSQL in a data directory, migrations, demo data, a clean stop on SIGTERM,
 * and a restart that keeps every record.
 */
const MAIN = path.resolve('dist/server/api/src/main.js');

describe.runIf(existsSync(MAIN))('npm start lifecycle (compiled server, embedded PostgreSQL)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let url: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-start-'));
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'info',
      // Two workers share the port (node:cluster), whatever the machine's core count.
      WEB_CONCURRENCY: '2',
    };
    delete env.DATABASE_URL;
  });
  afterAll(() => {
    // A failed run leaves no server behind (its workers and PostgreSQL are in its process group).
    for (const child of started) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, answers, stops cleanly on SIGTERM and keeps its data across a restart', { timeout: 360_000 }, async () => {
    const first = await start(env);
    expect(first.output()).toContain('Demo login   admin / kinerja-demo');
    expect(first.output()).toContain('demo data loaded just now');
    const token = await login(url);
    // The demo organisation: five regions with unit trees, positions and employees.
    const demo = await graphql(
      url,
      token,
      `
        {
          orgUnits(filter: { parentId: { isNull: true } }) {
            totalCount
          }
          employees(first: 1) {
            totalCount
            nodes {
              supervisor {
                id
              }
            }
          }
          indicators(first: 100) {
            nodes {
              code
            }
          }
          criteriaTemplates {
            totalCount
          }
          performancePlans(filter: { status: { eq: APPROVED } }) {
            totalCount
          }
          appraisalPeriods(filter: { type: { eq: QUARTERLY } }, first: 100) {
            totalCount
            nodes {
              status
            }
          }
          trainingPrograms(filter: { code: { eq: "PEL-KECEPATAN-LAYANAN" } }) {
            totalCount
            nodes {
              indicators {
                code
              }
            }
          }
          trainingSessions(first: 100, orderBy: [{ field: START_DATE }]) {
            nodes {
              status
              capacity
              seatsTaken
              waitlistCount
            }
          }
        }
      `,
    );
    const counts = demo.data as {
      orgUnits: { totalCount: number };
      employees: { totalCount: number };
      indicators: { nodes: { code: string }[] };
      criteriaTemplates: { totalCount: number };
      performancePlans: { totalCount: number };
      appraisalPeriods: { totalCount: number; nodes: { status: string }[] };
    };
    expect(counts.orgUnits.totalCount).toBe(20);
    expect(counts.employees.totalCount).toBeGreaterThanOrEqual(150);
    // The criteria an administrator finds configured: the field's indicators, templates, the 2026 quarters under way.
    expect(counts.indicators.nodes.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        'WAKTU-LAYANAN',
        'IKM',
        'PENGADUAN',
        'AKURASI-DATA',
        'KEHADIRAN',
        'KUALITAS-KERJA',
        'INISIATIF',
        'CAKUPAN-VAKSINASI',
      ]),
    );
    expect(counts.criteriaTemplates.totalCount).toBe(20);
    // The training catalogue of each region, with the service-speed training linked to the service-time indicator,
    // a completed session and one filled past its seats.
    const training = demo.data as {
      trainingPrograms: { totalCount: number; nodes: { indicators: { code: string }[] }[] };
      trainingSessions: { nodes: { status: string; capacity: number; seatsTaken: number; waitlistCount: number }[] };
    };
    expect(training.trainingPrograms.totalCount).toBe(5);
    expect(training.trainingPrograms.nodes[0]!.indicators.map((i) => i.code)).toEqual(['WAKTU-LAYANAN', 'WAKTU-TUNGGU']);
    expect(training.trainingSessions.nodes).toHaveLength(10);
    expect(
      training.trainingSessions.nodes.filter((s) => s.status === 'SCHEDULED' && s.seatsTaken === 5 && s.waitlistCount === 2),
    ).toHaveLength(5);
    // Every employee of the five regions has an approved plan in the year and in each quarter under way.
    expect(counts.performancePlans.totalCount).toBe(counts.employees.totalCount * 5);
    expect(counts.appraisalPeriods.totalCount).toBe(20);
    const statuses = counts.appraisalPeriods.nodes.map((p) => p.status);
    expect(['CLOSED', 'EVALUATION', 'MONITORING'].map((status) => statuses.filter((s) => s === status).length)).toEqual([10, 5, 5]);
    // Community: an open survey at each puskesmas answered by forty citizens, complaints at several stages.
    const community = (
      await graphql(
        url,
        token,
        `
          {
            surveys(filter: { status: { eq: OPEN } }) {
              totalCount
              nodes {
                id
                responseCount
              }
            }
            complaints {
              totalCount
            }
            publicServices {
              totalCount
            }
          }
        `,
      )
    ).data as {
      surveys: { totalCount: number; nodes: { id: string; responseCount: number }[] };
      complaints: { totalCount: number };
      publicServices: { totalCount: number };
    };
    expect(community.surveys.totalCount).toBe(5);
    expect(community.surveys.nodes.every((s) => s.responseCount === 40)).toBe(true);
    expect(community.complaints.totalCount).toBe(20);
    expect(community.publicServices.totalCount).toBe(20);
    const ikm = (await graphql(url, token, `{ ikm(surveyId: "${community.surveys.nodes[0]!.id}") { respondents ikm category } }`)).data as {
      ikm: { respondents: number; ikm: number; category: string };
    };
    expect(ikm.ikm.respondents).toBe(40);
    expect(ikm.ikm.ikm).toBeGreaterThan(65);
    // A closed quarter: every plan evaluated and confirmed, predicates of more than one kind.
    const closed = (
      await graphql(
        url,
        token,
        `
          {
            appraisalPeriods(filter: { status: { eq: CLOSED } }, first: 1) {
              nodes {
                id
              }
            }
          }
        `,
      )
    ).data as { appraisalPeriods: { nodes: { id: string }[] } };
    const evaluated = (
      await graphql(
        url,
        token,
        `{ performancePlans(filter: { periodId: { eq: "${closed.appraisalPeriods.nodes[0]!.id}" } }, first: 100) { nodes { evaluation { status predicate } } } }`,
      )
    ).data as { performancePlans: { nodes: { evaluation: { status: string; predicate: string } | null }[] } };
    const evaluations = evaluated.performancePlans.nodes.map((plan) => plan.evaluation);
    expect(evaluations.length).toBeGreaterThan(0);
    expect(evaluations.every((evaluation) => evaluation?.status === 'CONFIRMED' && evaluation.predicate)).toBe(true);
    expect(new Set(evaluations.map((evaluation) => evaluation!.predicate)).size).toBeGreaterThan(1);
    // The running quarter's daily reports: some approved, some waiting in the supervisors' queues.
    const reports = (
      await graphql(
        url,
        token,
        `
          {
            approved: workReports(filter: { status: { eq: APPROVED } }) {
              totalCount
            }
            waiting: workReports(filter: { status: { eq: SUBMITTED } }) {
              totalCount
            }
          }
        `,
      )
    ).data as { approved: { totalCount: number }; waiting: { totalCount: number } };
    expect(reports.approved.totalCount).toBeGreaterThan(0);
    expect(reports.waiting.totalCount).toBeGreaterThan(0);
    const created = await graphql(
      url,
      token,
      `
        mutation {
          createAgency(input: { code: "RESTART-KEEPS", name: "Dinas Yang Bertahan", kind: DAERAH }) {
            agency {
              id
            }
          }
        }
      `,
    );
    expect(created.errors).toBeUndefined();

    // Two workers answer; one killed is replaced, and the data stays reachable meanwhile.
    expect(first.output()).toContain('Workers      2');
    const workers = await workersAnswering(url, 2);
    expect(workers.size).toBe(2);
    const [victimId, victimPid] = [...workers][0]!;
    process.kill(victimPid, 'SIGKILL');
    const after = await workersAnswering(url, 2, (id) => id !== victimId);
    expect([...after.keys()].every((id) => id !== victimId)).toBe(true);
    expect(first.output()).toContain('worker died; starting another');
    const agencyAfterCrash = await graphql(
      url,
      token,
      `
        {
          agencies(filter: { code: { eq: "RESTART-KEEPS" } }) {
            totalCount
          }
        }
      `,
    );
    expect(agencyAfterCrash.data).toEqual({ agencies: { totalCount: 1 } });

    const exit = await stop(first.child, 'SIGTERM');
    expect(exit).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid')), 'PostgreSQL was stopped').toBe(false);

    const second = await start(env);
    expect(second.output()).not.toContain('demo data loaded just now');
    const agencies = await graphql(
      url,
      await login(url),
      `
        {
          agencies(filter: { code: { eq: "RESTART-KEEPS" } }) {
            totalCount
          }
        }
      `,
    );
    expect(agencies.data).toEqual({ agencies: { totalCount: 1 } });
    // Ctrl+C in a terminal: SIGINT to the whole process group, PostgreSQL included.
    expect(await stop(second.child, 'SIGINT', { group: true })).toBe(0);
    expect(second.output()).toContain('stopped cleanly');
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });
});

const started: ChildProcess[] = [];

async function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  // Its own process group, as a terminal gives it.
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 150_000; // a cold start on a busy machine
  while (!output.includes('Kinerja ASN is running')) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output };
}

function stop(child: ChildProcess, signal: NodeJS.Signals, options: { group?: boolean } = {}): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('close', (code) => resolve(code));
    if (options.group) process.kill(-child.pid!, signal);
    else child.kill(signal);
  });
}

/**
 * The workers (their number and pid) seen answering /healthz, until `count` accepted ones were seen.
 * Each request opens its own connection, which node:cluster hands to the workers in turn.
 */
async function workersAnswering(url: string, count: number, accept: (id: number) => boolean = () => true): Promise<Map<number, number>> {
  const seen = new Map<number, number>();
  const deadline = Date.now() + 60_000;
  while (seen.size < count) {
    if (Date.now() > deadline) throw new Error(`only workers ${[...seen.keys()].join(', ')} answered`);
    try {
      const response = await fetch(`${url}/healthz`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(5_000) });
      const { worker, pid } = (await response.json()) as { worker: number; pid: number };
      if (accept(worker)) seen.set(worker, pid);
    } catch {
      // The killed worker's connection, or one the replacement has not yet taken: ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return seen;
}

async function graphql(url: string, token: string | null, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function login(url: string): Promise<string> {
  const result = await graphql(
    url,
    null,
    `
      mutation {
        login(input: { username: "admin", password: "kinerja-demo" }) {
          token
        }
      }
    `,
  );
  return (result.data as { login: { token: string } }).login.token;
}
