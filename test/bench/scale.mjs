// The scale benchmark: `npm run bench -- [--employees N] [--seed S] [--connections C] [--duration SECONDS]
// [--warmup SECONDS] [--scenarios list,raw,...]`.
//
// Builds the API (production build), seeds a generated database of N employees in
// its own data directory (.data/bench-<N>-<seed>, reused when already seeded), starts
// the compiled server as a child process on its own ports, and runs each scenario
// with autocannon after a warm-up. Writes bench-results/scale-<N>-<timestamp>.json
// and prints a table. See docs/performance.md, "Scale data and the scale benchmark".
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { EMPLOYEE_PAGE, EMPLOYEE_PAGE_AFTER, EMPLOYEE_CURSOR_AT, DASHBOARD, PLAN_PAGE, FILE_REPORT, LOGIN } =
  await import('./scenarios.mjs');

const options = parseArgs(process.argv.slice(2), {
  employees: 10_000,
  seed: 1,
  connections: 16,
  duration: 10,
  warmup: 3,
  'pg-port': 55_440,
  scenarios: 'list,raw,list1,raw1,first,deep,deepOffset,rawDeep,dashboard,plan,write,login',
});
const N = int('employees', 100);
const SEED = int('seed', 0);
const CONNECTIONS = int('connections', 1);
const DURATION = int('duration', 1);
const WARMUP = int('warmup', 0);
const PG_PORT = int('pg-port', 1024);
const SCENARIOS = String(options.scenarios).split(',');
const PASSWORD = 'kinerja-skala';
const DATA_DIR = path.join(root, '.data', `bench-${N}-${SEED}`);
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0123456789';

const targets = {
  list: { p95: 50, note: 'p95 <= 50 ms, req/s >= half the raw floor, <= 10 ms of API CPU per page' },
  dashboard: { p95: 100, note: 'p95 <= 100 ms' },
  plan: { p95: 30, note: 'p95 <= 30 ms' },
};

const children = [];
process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

step(`build: node scripts/build.mjs api`);
execFileSync(process.execPath, ['scripts/build.mjs', 'api'], { cwd: root, stdio: 'inherit' });

step(`seed: ${N} employees, seed ${SEED}, in ${path.relative(root, DATA_DIR)}`);
const seedStarted = Date.now();
execFileSync(
  process.execPath,
  [
    'dist/server/api/src/cli/seed-scale.js',
    '--employees',
    String(N),
    '--seed',
    String(SEED),
    '--data-dir',
    DATA_DIR,
    '--port',
    String(PG_PORT),
  ],
  { cwd: root, stdio: 'inherit' },
);
const seedSeconds = (Date.now() - seedStarted) / 1000;

const apiPort = await freePort();
step(`start: compiled API on port ${apiPort} (NODE_ENV=production)`);
const api = spawn(process.execPath, ['dist/server/api/src/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATA_DIR,
    EMBEDDED_PG_PORT: String(PG_PORT),
    JWT_SECRET,
    SEED_DEMO: 'false',
    EXPOSE_SQL_COUNT: 'true',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
children.push(api);
const apiUrl = `http://127.0.0.1:${apiPort}`;
await waitFor(`${apiUrl}/readyz`, 120_000);

const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/kinerja`;
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const gid = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');
const [agency] = (await db.query(`select id from agencies where code = 'PEMDA-SKALA-001'`)).rows;
const [q3] = (await db.query(`select id from appraisal_periods where agency_id = $1 and name = 'Triwulan III 2026'`, [agency.id])).rows;
const planIds = (
  await db.query(
    `select p.id from performance_plans p join plan_feedback f on f.plan_id = p.id
      where p.period_id = $1 order by p.id limit 200`,
    [(await db.query(`select id from appraisal_periods where agency_id = $1 and name = 'Triwulan II 2026'`, [agency.id])).rows[0].id],
  )
).rows.map((row) => gid('PerformancePlan', row.id));

async function gql(query, variables, token) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}
const login = async (username) => (await gql(LOGIN, { input: { username, password: PASSWORD } })).login.token;
const hr = await login('hr.skala0');
const writers = [];
for (let index = 0; index < 40; index++) writers.push(await login(`pegawai.skala0.${index}`));
const employeesTotal = (await gql(EMPLOYEE_PAGE, { first: 1 }, hr)).employees.totalCount;
// The deep page: after row 9,900 (or the last full page of a smaller dataset), by keyset cursor and by offset.
const deepAt = Math.max(1, Math.min(9_900, employeesTotal - 100));
const deepCursor = (await gql(EMPLOYEE_CURSOR_AT, { offset: deepAt - 1 }, hr)).employees.edges[0].cursor;

{
  const started = performance.now();
  await gql(EMPLOYEE_PAGE, { first: 100 }, hr);
  console.log(`one employee page: ${Math.round(performance.now() - started)} ms`);
}
const rawPort = await freePort();
const raw = fork(path.join(root, 'test/bench/raw-floor.mjs'), [databaseUrl, String(rawPort), agency.id], { stdio: 'inherit' });
children.push(raw);
await new Promise((resolve) => raw.once('message', resolve));

// The floor must answer what the API answers.
const rawMatchesApi = await (async () => {
  const variables = { first: 100, offset: 100 };
  const fromApi = await gql(EMPLOYEE_PAGE, variables, hr);
  const response = await fetch(`http://127.0.0.1:${rawPort}/graphql`, { method: 'POST', body: JSON.stringify({ variables }) });
  const fromRaw = (await response.json()).data;
  return JSON.stringify(fromApi) === JSON.stringify(fromRaw);
})();
if (!rawMatchesApi) console.warn('warning: the raw floor does not answer the same JSON as the API');
// The page after the cursor is the page at that offset, from the API and from the raw floor alike.
const deepMatches = await (async () => {
  const byOffset = await gql(EMPLOYEE_PAGE, { first: 100, offset: deepAt }, hr);
  const byCursor = await gql(EMPLOYEE_PAGE_AFTER, { first: 100, after: deepCursor }, hr);
  const response = await fetch(`http://127.0.0.1:${rawPort}/graphql`, {
    method: 'POST',
    body: JSON.stringify({ variables: { first: 100, after: deepCursor } }),
  });
  const fromRaw = (await response.json()).data;
  return JSON.stringify(byOffset) === JSON.stringify(byCursor) && JSON.stringify(byCursor) === JSON.stringify(fromRaw);
})();
if (!deepMatches) console.warn('warning: the page after the cursor differs from the page at that offset, or from the raw floor');

const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });
const pages = Math.max(1, Math.floor(employeesTotal / 100));
const json = (query, variables) => JSON.stringify({ query, variables });
const headers = (token) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });

/** Each scenario: where it goes and how each request is made (a rotating page, plan, account). */
const scenarios = {
  list: {
    title: '1. employee list (100 with unit, position, supervisor, predicate)',
    url: `${apiUrl}/graphql`,
    request: (n) => ({ headers: headers(hr), body: json(EMPLOYEE_PAGE, { first: 100, offset: (n % pages) * 100 }) }),
  },
  raw: {
    title: '1r. raw floor: scenario 1 as one SQL statement',
    url: `http://127.0.0.1:${rawPort}/graphql`,
    request: (n) => ({ headers: headers(), body: json(EMPLOYEE_PAGE, { first: 100, offset: (n % pages) * 100 }) }),
  },
  list1: {
    title: '1-1. scenario 1 with 1 connection',
    connections: 1,
    url: `${apiUrl}/graphql`,
    request: (n) => ({ headers: headers(hr), body: json(EMPLOYEE_PAGE, { first: 100, offset: (n % pages) * 100 }) }),
  },
  raw1: {
    title: '1r-1. raw floor with 1 connection',
    connections: 1,
    url: `http://127.0.0.1:${rawPort}/graphql`,
    request: (n) => ({ headers: headers(), body: json(EMPLOYEE_PAGE, { first: 100, offset: (n % pages) * 100 }) }),
  },
  first: {
    title: '1a. first employee page',
    url: `${apiUrl}/graphql`,
    request: () => ({ headers: headers(hr), body: json(EMPLOYEE_PAGE, { first: 100 }) }),
  },
  deep: {
    title: `1b. page after row ${deepAt} by keyset cursor`,
    url: `${apiUrl}/graphql`,
    request: () => ({ headers: headers(hr), body: json(EMPLOYEE_PAGE_AFTER, { first: 100, after: deepCursor }) }),
  },
  deepOffset: {
    title: `1c. page after row ${deepAt} by offset`,
    url: `${apiUrl}/graphql`,
    request: () => ({ headers: headers(hr), body: json(EMPLOYEE_PAGE, { first: 100, offset: deepAt }) }),
  },
  rawDeep: {
    title: `1r-b. raw floor: page after row ${deepAt} by keyset`,
    url: `http://127.0.0.1:${rawPort}/graphql`,
    request: () => ({ headers: headers(), body: json(EMPLOYEE_PAGE_AFTER, { first: 100, after: deepCursor }) }),
  },
  dashboard: {
    title: '2. dashboard (agency tree, one period)',
    url: `${apiUrl}/graphql`,
    request: () => ({ headers: headers(hr), body: json(DASHBOARD, { periodIds: [gid('AppraisalPeriod', q3.id)] }) }),
  },
  plan: {
    title: '3. plan page',
    url: `${apiUrl}/graphql`,
    request: (n) => ({ headers: headers(hr), body: json(PLAN_PAGE, { id: planIds[n % planIds.length] }) }),
  },
  write: {
    title: '4. write: file a daily work report',
    url: `${apiUrl}/graphql`,
    request: (n) => ({
      headers: headers(writers[n % writers.length]),
      body: json(FILE_REPORT, { input: { date: today, activity: `Beban uji ${n}`, output: 'Catatan', hours: 0.01 } }),
    }),
  },
  login: {
    title: '5. login',
    url: `${apiUrl}/graphql`,
    request: (n) => ({ headers: headers(), body: json(LOGIN, { input: { username: `pegawai.skala0.${n % 40}`, password: PASSWORD } }) }),
  },
};

const report = {
  version: 1,
  startedAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, loadAverage: (await import('node:os')).loadavg() },
  options: { employees: N, seed: SEED, connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP },
  dataset: { seedSeconds, ...(await counts()) },
  scenarios: {},
};

for (const name of SCENARIOS) {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`unknown scenario ${name} (${Object.keys(scenarios).join(', ')})`);
  const connections = scenario.connections ?? CONNECTIONS;
  step(`${scenario.title}: warm-up ${WARMUP} s, then ${DURATION} s with ${connections} connections`);
  if (WARMUP > 0 && name !== 'write') await load(scenario, WARMUP);
  const written = [];
  const pid = scenario.url.startsWith(apiUrl) ? api.pid : raw.pid;
  const rss = sampleRss(pid);
  const cpuBefore = cpuMs(pid);
  const result = await load(scenario, DURATION, written);
  const cpu = cpuMs(pid) - cpuBefore;
  const memory = rss.stop();
  const entry = {
    title: scenario.title,
    connections,
    cpuMsPerRequest: result.requests.total ? round(cpu / result.requests.total) : null,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors + result.timeouts + result.non2xx + result.graphqlErrors,
    non2xx: result.non2xx,
    graphqlErrors: result.graphqlErrors,
    sqlStatementsPerRequest: result.statements,
    rssMb: memory,
  };
  if (name === 'write') {
    const found = Number(
      (await db.query(`select count(*) as n from work_reports where id = any($1::uuid[])`, [written.map((id) => decodeGid(id))])).rows[0].n,
    );
    entry.write = { acknowledged: written.length, foundInDatabase: found, allPresent: found === written.length };
  }
  report.scenarios[name] = entry;
}

// Statements per request must not grow with the page size.
const statementsAt = async (first) => {
  const response = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: headers(hr), body: json(EMPLOYEE_PAGE, { first }) });
  await response.json();
  return Number(response.headers.get('x-sql-statements'));
};
report.statementsByPageSize = { 10: await statementsAt(10), 100: await statementsAt(100), 500: await statementsAt(500) };
if (report.scenarios.list && report.scenarios.raw) {
  report.apiToRaw = {
    throughput: round(report.scenarios.list.requestsPerSecond / report.scenarios.raw.requestsPerSecond, 3),
    sameJson: rawMatchesApi,
  };
}
if (report.scenarios.list1 && report.scenarios.raw1) {
  report.apiToRawOneConnection = {
    throughput: round(report.scenarios.list1.requestsPerSecond / report.scenarios.raw1.requestsPerSecond, 3),
  };
}
// A deep page by cursor against the first page: the keyset must make depth free.
if (report.scenarios.first && report.scenarios.deep) {
  report.deepPage = {
    afterRow: deepAt,
    sameAsOffsetAndRaw: deepMatches,
    p50Ratio: round(report.scenarios.deep.latencyMs.p50 / Math.max(1, report.scenarios.first.latencyMs.p50), 3),
    throughputRatio: round(report.scenarios.first.requestsPerSecond / report.scenarios.deep.requestsPerSecond, 3),
  };
}
report.targets = checkTargets(report);

await db.end();
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const file = path.join(root, 'bench-results', `scale-${N}-${report.startedAt.replaceAll(':', '-').slice(0, 19)}.json`);
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
printTable(report);
console.log(`\nreport: ${path.relative(root, file)}`);
process.exit(0);

// ---------------------------------------------------------------------------

async function load(scenario, seconds, written) {
  let counter = 0;
  let graphqlErrors = 0;
  let statements = null;
  const result = await autocannon({
    url: scenario.url,
    method: 'POST',
    connections: scenario.connections ?? CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, method: 'POST', ...scenario.request(counter++) }),
        onResponse: (status, body, context, responseHeaders) => {
          if (status !== 200) return;
          if (body.includes('"errors"')) graphqlErrors++;
          const header = responseHeaders?.['x-sql-statements'];
          if (header !== undefined) statements = Math.max(statements ?? 0, Number(header));
          if (written) {
            const id = /"report":\{"id":"([^"]+)"/.exec(body)?.[1];
            if (id) written.push(id);
          }
        },
      },
    ],
  });
  return { ...result, graphqlErrors, statements };
}

/** CPU time (user + system) a process has used so far, in ms; 0 where /proc is missing. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function sampleRss(pid) {
  const samples = [];
  const read = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) samples.push(Number(match[1]) / 1024);
    } catch {
      // not Linux, or the process is gone: no sample
    }
  };
  read();
  const timer = setInterval(read, 250);
  return {
    stop() {
      clearInterval(timer);
      read();
      return samples.length ? { max: round(Math.max(...samples)), last: round(samples.at(-1)) } : null;
    },
  };
}

async function counts() {
  const rows = (
    await db.query(`select relname as name, n_live_tup as rows from pg_stat_user_tables
                     where relname in ('employees','performance_plans','plan_targets','realizations','evaluations','work_reports')`)
  ).rows;
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.rows)]));
}

function checkTargets(data) {
  const out = [];
  for (const [name, target] of Object.entries(targets)) {
    const entry = data.scenarios[name];
    if (!entry) continue;
    const problems = [];
    // A run in which nothing came back (every answer slower than the run) has no latency to hold to a target.
    if (entry.requests === 0) problems.push('no request completed within the run');
    // autocannon's summary has no p95: its p97.5 is held to the p95 target (a stricter test).
    if (entry.latencyMs.p97_5 > target.p95) problems.push(`p97.5 ${entry.latencyMs.p97_5} ms > p95 target ${target.p95} ms`);
    if (name === 'list' && data.apiToRaw && data.apiToRaw.throughput < 0.5)
      problems.push(`throughput ${data.apiToRaw.throughput} of raw < 0.5`);
    if (name === 'list' && entry.cpuMsPerRequest > 10) problems.push(`${entry.cpuMsPerRequest} ms of API CPU per page > 10`);
    out.push({ scenario: name, target: target.note, met: problems.length === 0, problems });
  }
  const rssValues = Object.entries(data.scenarios)
    .filter(([name]) => name !== 'raw')
    .map(([, entry]) => entry.rssMb?.max ?? 0);
  const rssMax = Math.max(0, ...rssValues);
  out.push({ scenario: 'all', target: 'API RSS <= 400 MB', met: rssMax <= 400, problems: rssMax > 400 ? [`RSS ${rssMax} MB`] : [] });
  if (data.apiToRawOneConnection) {
    const ratio = data.apiToRawOneConnection.throughput;
    out.push({
      scenario: 'list1',
      target: 'req/s >= 0.7 of the raw floor at 1 connection',
      met: ratio >= 0.7,
      problems: ratio >= 0.7 ? [] : [`${ratio}`],
    });
  }
  if (data.deepPage) {
    const ratio = data.deepPage.throughputRatio;
    out.push({
      scenario: 'deep',
      target: `page after row ${data.deepPage.afterRow} by cursor within 1.3 x the first page (req/s)`,
      met: ratio <= 1.3,
      problems: ratio <= 1.3 ? [] : [`${ratio} x`],
    });
  }
  const s = data.statementsByPageSize;
  out.push({ scenario: 'list', target: 'SQL statements constant in page size', met: s[10] === s[100] && s[100] === s[500], problems: [] });
  if (data.options.employees !== 100_000) out.forEach((t) => (t.note = 'targets are set for 100,000 employees'));
  return out;
}

function printTable(data) {
  const rows = Object.entries(data.scenarios).map(([, e]) => [
    e.title,
    e.requestsPerSecond,
    e.latencyMs.p50,
    e.latencyMs.p90,
    e.latencyMs.p97_5,
    e.latencyMs.p99,
    e.errors,
    e.sqlStatementsPerRequest ?? '-',
    e.cpuMsPerRequest ?? '-',
    e.rssMb?.max ?? '-',
  ]);
  const head = ['scenario', 'req/s', 'p50 ms', 'p90 ms', 'p97.5 ms', 'p99 ms', 'errors', 'SQL/req', 'CPU ms/req', 'RSS MB'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(
    `\n${N} employees, ${CONNECTIONS} connections, ${DURATION} s per scenario (load average ${data.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')})`,
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
  if (data.apiToRaw) console.log(`API/raw throughput: ${data.apiToRaw.throughput} (${CONNECTIONS} connections)`);
  if (data.apiToRawOneConnection) console.log(`API/raw throughput: ${data.apiToRawOneConnection.throughput} (1 connection)`);
  if (data.deepPage)
    console.log(
      `page after row ${data.deepPage.afterRow} by cursor / first page: ${data.deepPage.throughputRatio} x (req/s), ${data.deepPage.p50Ratio} x (p50)`,
    );
  if (data.scenarios.write?.write)
    console.log(
      `writes acknowledged ${data.scenarios.write.write.acknowledged}, in the database ${data.scenarios.write.write.foundInDatabase}`,
    );
  console.log(`SQL statements by page size (10/100/500): ${Object.values(data.statementsByPageSize).join(' / ')}`);
  for (const t of data.targets)
    console.log(`${t.met ? 'met   ' : 'MISSED'} ${t.scenario}: ${t.target}${t.problems.length ? ` (${t.problems.join('; ')})` : ''}`);
}

function decodeGid(id) {
  return Buffer.from(id, 'base64url').toString().split(':')[1];
}

function round(value) {
  return Math.round(value * 100) / 100;
}

function step(message) {
  console.log(`\n== ${message}`);
}

function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let index = 0; index < argv.length; index++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[index]);
    if (!match || !(match[1] in defaults)) {
      console.error(
        `unknown argument ${argv[index]}; options: ${Object.keys(defaults)
          .map((k) => `--${k}`)
          .join(' ')}`,
      );
      process.exit(2);
    }
    out[match[1]] = match[2] ?? argv[++index];
  }
  return out;
}

function int(name, min) {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer >= ${min}`);
    process.exit(2);
  }
  return value;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}
