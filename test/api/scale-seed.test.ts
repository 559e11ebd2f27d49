import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../api/src/graphql/ids.js';
import { hashPassword } from '../../api/src/modules/auth/password.js';
import { parseNip } from '../../api/src/modules/employees/nip.js';
import { SCALE_PASSWORD, scaleUsername, seedScale, type ScaleSummary } from '../../api/src/seed/scale/scale-seed.js';
import { DASHBOARD, EMPLOYEE_PAGE, LOGIN, PLAN_PAGE } from '../bench/scenarios.mjs';
import { startTestApp, type TestApp } from '../helpers/app.js';

/**
 * The generated dataset (npm run seed:scale) at 500 employees: the API reads it
 * as it reads data it wrote itself (the benchmark's requests over HTTP), and the
 * generator is deterministic.
 */

let app: TestApp;
let hr: string;
let summary: ScaleSummary;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = any;
async function run(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await app.gql<Answer>(query, variables, { token });
  expect(response.errors).toBeUndefined();
  return { data: response.data, statements: response.sqlStatements };
}

beforeAll(async () => {
  app = await startTestApp();
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    summary = await seedScale(client, { employees: 500, seed: 7, passwordHash: await hashPassword(SCALE_PASSWORD), employeeAccounts: 5 });
  } finally {
    await client.end();
  }
  hr = (await run(LOGIN, { input: { username: scaleUsername.hr(0), password: SCALE_PASSWORD } })).data.login.token;
}, 120_000);
afterAll(() => app?.close());

describe('the generated dataset', () => {
  it('has the expected volume: five plans of three targets per employee, three evaluated quarters', () => {
    expect(summary.agencies).toBe(1);
    expect(summary.rows).toMatchObject({ employees: 500, performance_plans: 2500, plan_targets: 7500, evaluations: 1500 });
    expect(summary.rows.work_reports).toBeGreaterThanOrEqual(500 * 11);
  });

  it('gives every employee a valid NIP matching the birth date and gender', async () => {
    const rows = await app.sql<{ nip: string; birth_date: string; gender: string }>(
      `select nip, to_char(birth_date, 'YYYY-MM-DD') as birth_date, gender from employees`,
    );
    for (const row of rows) {
      const parsed = parseNip(row.nip, new Date('2026-12-02T00:00:00Z'));
      expect(parsed.ok, row.nip).toBe(true);
      if (parsed.ok) expect([parsed.birthDate, parsed.gender]).toEqual([row.birth_date, row.gender]);
    }
  });

  it('keeps materialised paths consistent with the parents', async () => {
    const [broken] = await app.sql<{ n: string }>(
      `select count(*) as n from org_units u left join org_units p on p.id = u.parent_id
        where u.path <> coalesce(p.path, '/') || u.id || '/' or u.depth <> coalesce(p.depth + 1, 0)`,
    );
    expect(Number(broken!.n)).toBe(0);
  });

  it('is deterministic: the same size and seed give the same rows', async () => {
    const fingerprint = `select md5(string_agg(nip || name || unit_id || coalesce(position_id::text, ''), ',' order by nip)) as f from employees`;
    const [first] = await app.sql<{ f: string }>(fingerprint);
    const other = await startTestApp();
    try {
      const client = new pg.Client({ connectionString: other.databaseUrl });
      await client.connect();
      await seedScale(client, { employees: 500, seed: 7, passwordHash: 'x', employeeAccounts: 0 }).finally(() => client.end());
      const [second] = await other.sql<{ f: string }>(fingerprint);
      expect(second!.f).toBe(first!.f);
      const [scores] = await other.sql<{ f: string }>(
        `select md5(string_agg(score::text || predicate, ',' order by id)) as f from evaluations`,
      );
      const [ours] = await app.sql<{ f: string }>(
        `select md5(string_agg(score::text || predicate, ',' order by id)) as f from evaluations`,
      );
      expect(scores!.f).toBe(ours!.f);
    } finally {
      await other.close();
    }
  }, 60_000);
});

describe('read over HTTP by the API', () => {
  it('lists employees with unit, position, supervisor and latest predicate, in a constant number of statements', async () => {
    const small = await run(EMPLOYEE_PAGE, { first: 10 }, hr);
    const page = await run(EMPLOYEE_PAGE, { first: 100 }, hr);
    expect(page.data.employees.totalCount).toBe(500);
    expect(page.data.employees.nodes).toHaveLength(100);
    expect(page.statements).toBe(small.statements);
    const staff = page.data.employees.nodes.filter((e: Answer) => e.supervisor);
    expect(staff.length).toBeGreaterThan(80);
    for (const employee of page.data.employees.nodes) {
      expect(employee.unit.code).toMatch(/^OPD-/);
      expect(employee.position).not.toBeNull();
      expect(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']).toContain(employee.latestPredicate);
    }
    // The latest predicate is the third quarter's (the last settled one).
    const someone = page.data.employees.nodes[0];
    const [q3] = await app.sql<{ predicate: string }>(
      `select e.predicate from evaluations e join performance_plans p on p.id = e.plan_id join appraisal_periods ap on ap.id = p.period_id
        where p.employee_id = ? and ap.name = 'Triwulan III 2026'`,
      [fromGlobalId(someone.id, 'Employee', 'id')],
    );
    expect(someone.latestPredicate).toBe(q3!.predicate);
  });

  it('shows a plan page with targets, realisations, feedback and the evaluation breakdown', async () => {
    const [plan] = await app.sql<{ id: string }>(
      `select p.id from performance_plans p join appraisal_periods ap on ap.id = p.period_id join plan_feedback f on f.plan_id = p.id
        where ap.name = 'Triwulan II 2026' order by p.id limit 1`,
    );
    const { data } = await run(PLAN_PAGE, { id: toGlobalId('PerformancePlan', plan!.id) }, hr);
    const page = data.performancePlan;
    expect(page.status).toBe('APPROVED');
    expect(page.mainWeight).toBe(100);
    expect(page.targets).toHaveLength(3);
    for (const target of page.targets) {
      expect(target.realizations).toHaveLength(1);
      expect(target.periodValue).toBe(target.realizations[0].value);
    }
    expect(page.feedback.length).toBeGreaterThan(0);
    expect(page.evaluation.status).toBe('ACKNOWLEDGED');
    const lines = page.evaluation.breakdown.lines;
    expect(lines.map((l: Answer) => l.key)).toEqual(['SKALA-LAYANAN', 'SKALA-WAKTU', 'SKALA-DOKUMEN']);
    const sum = lines.reduce((total: number, l: Answer) => total + l.contribution, 0);
    expect(page.evaluation.score).toBeCloseTo(sum, 1);
    expect(page.evaluation.breakdown.predicate).toBe(page.evaluation.predicate);
  });

  it('gives the dashboard the predicate distribution of the whole agency', async () => {
    const [period] = await app.sql<{ id: string }>(`select id from appraisal_periods where name = 'Triwulan III 2026'`);
    const { data } = await run(DASHBOARD, { periodIds: [toGlobalId('AppraisalPeriod', period!.id)] }, hr);
    const [distribution] = data.analytics.predicateDistribution;
    expect(distribution.coveredEmployees).toBe(500);
    const expected = await app.sql<{ predicate: string; n: string }>(
      `select predicate, count(*) as n from evaluations where period_id = ? group by predicate`,
      [period!.id],
    );
    for (const row of expected) {
      expect(distribution.counts.find((c: Answer) => c.predicate === row.predicate).count).toBe(Number(row.n));
    }
    // A realistic spread: most BAIK, some above and below.
    const baik = distribution.counts.find((c: Answer) => c.predicate === 'BAIK').count;
    expect(baik).toBeGreaterThan(250);
    expect(baik).toBeLessThan(500);
    expect(data.analytics.indicatorAchievement.indicators.map((i: Answer) => i.code).sort()).toEqual([
      'SKALA-DOKUMEN',
      'SKALA-LAYANAN',
      'SKALA-WAKTU',
    ]);
  });

  it('writes the dashboard summary of the closed quarters, and only of them', async () => {
    const rows = await app.sql<{ name: string; summarised: string | null; settled: string }>(
      `select p.name, (select sum(s.evaluated) from evaluation_unit_summaries s where s.period_id = p.id) as summarised,
              (select count(*) from evaluations e where e.period_id = p.id and e.status <> 'DRAFT') as settled
         from appraisal_periods p order by p.name`,
    );
    expect(rows.map((r) => [r.name, r.summarised === null ? null : Number(r.summarised), Number(r.settled)])).toEqual([
      ['Tahun 2026', null, 0],
      ['Triwulan I 2026', 500, 500],
      ['Triwulan II 2026', 500, 500],
      ['Triwulan III 2026', 500, 500],
      ['Triwulan IV 2026', null, 0],
    ]);
    // The closed quarter's average achievement per indicator, read from the summary, is the exact average of its lines.
    const [period] = await app.sql<{ id: string }>(`select id from appraisal_periods where name = 'Triwulan III 2026'`);
    const { data } = await run(DASHBOARD, { periodIds: [toGlobalId('AppraisalPeriod', period!.id)] }, hr);
    const direct = await app.sql<{ code: string; average: number }>(
      `select line->>'key' as code, round(avg((line->>'achievement')::numeric), 2)::float as average
         from evaluations e cross join lateral jsonb_array_elements(e.breakdown->'lines') as line
        where e.period_id = ? and e.status <> 'DRAFT' and line->>'achievement' is not null
        group by line->>'key' order by 1`,
      [period!.id],
    );
    expect(direct).toHaveLength(3);
    expect(data.analytics.indicatorAchievement.indicators.map((i: Answer) => ({ code: i.code, average: i.averageAchievement }))).toEqual(
      direct,
    );
  });
});
