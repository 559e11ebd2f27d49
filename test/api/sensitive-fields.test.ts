import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Findings 2 and 3 of the security test (issue 20), over HTTP: predicate counts per unit follow the
 * analytics rule and hide small groups below HR; an employee's latest predicate (and every other
 * sensitive nested field) follows its record's rule wherever the employee appears, e.g. as a supervisor.
 * The reporting line: Kadis (Dinas Kesehatan) > Kapus > Siti, Yusuf (Puskesmas), every plan of the quarter
 * given a confirmed evaluation here.
 */

let app: TestApp;
let line: ReportingLine;
let units: { dinkes: string; pkm: string };

const PREDICATE: Record<string, string> = { kadis: 'KURANG', kapus: 'BUTUH_PERBAIKAN', siti: 'BAIK', yusuf: 'SANGAT_BAIK' };

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  // Settled evaluations straight into the table: the cycle itself is tested elsewhere.
  for (const [key, predicate] of Object.entries(PREDICATE)) {
    await app.sql(
      `insert into evaluations (id, created_at, updated_at, agency_id, plan_id, period_id, status, behaviour_ratings, predicate, score, confirmed_at)
       select gen_random_uuid(), now(), now(), p.agency_id, p.id, p.period_id, 'CONFIRMED', '[]', ?, 90, now()
         from performance_plans p where p.employee_id = ? and p.period_id = ?`,
      [predicate, fromGlobalId(line.ids[key]!, 'Employee', 'id'), fromGlobalId(line.ids.quarter!, 'AppraisalPeriod', 'id')],
    );
  }
  const unitOf = async (key: string) =>
    (
      await app.gql<{ employee: { unit: { id: string } } }>(
        `query ($id: ID!) { employee(id: $id) { unit { id } } }`,
        { id: line.ids[key] },
        {
          token: line.tokens.hr,
        },
      )
    ).data!.employee.unit.id;
  units = { dinkes: await unitOf('kadis'), pkm: await unitOf('siti') };
}, 120_000);
afterAll(() => app?.close());

const CHAIN = `query ($id: ID!) { employee(id: $id) { latestPredicate bankAccount activeSanctions { id }
  supervisorChain { fullName latestPredicate bankAccount activeSanctions { id } } } }`;

describe('Employee.latestPredicate and the other sensitive fields of a person', () => {
  it('an employee reads their own predicate, not their superiors’ (null, the query itself succeeds)', async () => {
    const response = await app.gql<{
      employee: { latestPredicate: string | null; supervisorChain: { latestPredicate: string | null; activeSanctions: unknown }[] };
    }>(CHAIN, { id: line.ids.siti }, { token: line.tokens.siti });
    expect(response.errors).toBeUndefined();
    expect(response.data!.employee.latestPredicate).toBe('BAIK');
    expect(response.data!.employee.supervisorChain.map((boss) => boss.latestPredicate)).toEqual([null, null]);
    expect(response.data!.employee.supervisorChain.map((boss) => boss.activeSanctions)).toEqual([null, null]);
  });

  it('a supervisor reads the predicates below them, not their own superior’s', async () => {
    const below = await app.gql<{ employee: { latestPredicate: string | null } }>(
      `query ($id: ID!) { employee(id: $id) { latestPredicate } }`,
      { id: line.ids.yusuf },
      { token: line.tokens.kapus },
    );
    expect(below.data!.employee.latestPredicate).toBe('SANGAT_BAIK');
    const own = await app.gql<{ employee: { latestPredicate: string | null; supervisorChain: { latestPredicate: string | null }[] } }>(
      CHAIN,
      { id: line.ids.kapus },
      { token: line.tokens.kapus },
    );
    expect(own.data!.employee.latestPredicate).toBe('BUTUH_PERBAIKAN');
    expect(own.data!.employee.supervisorChain.map((boss) => boss.latestPredicate)).toEqual([null]);
  });

  it('HR reads every predicate of the agency, also nested; another agency’s HR reaches none of it', async () => {
    const hr = await app.gql<{ employee: { latestPredicate: string; supervisorChain: { latestPredicate: string }[] } }>(
      CHAIN,
      { id: line.ids.siti },
      { token: line.tokens.hr },
    );
    expect(hr.data!.employee.latestPredicate).toBe('BAIK');
    expect(hr.data!.employee.supervisorChain.map((boss) => boss.latestPredicate)).toEqual(['BUTUH_PERBAIKAN', 'KURANG']);
    expect(errorCode(await app.gql(CHAIN, { id: line.ids.siti }, { token: line.tokens.outsider }))).toBe('NOT_FOUND');
  });

  it('a plan’s evaluation reaches its appraiser and the employee, not a colleague through a nested plan', async () => {
    const plans = `query { performancePlans(first: 50) { nodes { employee { id } evaluation { predicate score } } } }`;
    const mine = await app.gql<{ performancePlans: { nodes: { employee: { id: string }; evaluation: { predicate: string } | null }[] } }>(
      plans,
      {},
      { token: line.tokens.kapus },
    );
    const byEmployee = new Map(mine.data!.performancePlans.nodes.map((node) => [node.employee.id, node.evaluation?.predicate]));
    expect(byEmployee.get(line.ids.siti!)).toBe('BAIK');
    expect(byEmployee.get(line.ids.kapus!)).toBe('BUTUH_PERBAIKAN');
  });
});

const DISTRIBUTION = `query ($periodId: ID!, $unitId: ID) { predicateDistribution(periodId: $periodId, unitId: $unitId) {
  employeeCount suppressed counts { predicate count } units { unit { id } employeeCount suppressed counts { predicate count } deviations } } }`;

type Distribution = {
  predicateDistribution: {
    employeeCount: number;
    suppressed: boolean;
    counts: { predicate: string; count: number }[];
    units: { unit: { id: string }; employeeCount: number; suppressed: boolean; counts: { predicate: string; count: number }[] }[];
  };
};

describe('predicateDistribution and the unit report follow the analytics rule', () => {
  it('refuses employees, for any unit', async () => {
    for (const unitId of [null, units.pkm, units.dinkes]) {
      const response = await app.gql(DISTRIBUTION, { periodId: line.ids.quarter, unitId }, { token: line.tokens.siti });
      expect(errorCode(response)).toBe('FORBIDDEN');
    }
  });

  it('gives a supervisor their own subtree only, with groups of fewer than 5 suppressed', async () => {
    const outside = await app.gql(DISTRIBUTION, { periodId: line.ids.quarter, unitId: units.dinkes }, { token: line.tokens.kapus });
    expect(errorCode(outside)).toBe('NOT_FOUND');
    const own = await app.gql<Distribution>(DISTRIBUTION, { periodId: line.ids.quarter, unitId: null }, { token: line.tokens.kapus });
    expect(own.errors).toBeUndefined();
    // The Puskesmas: Kapus, Siti and Yusuf, three people.
    expect(own.data!.predicateDistribution).toMatchObject({ employeeCount: 3, suppressed: true, counts: [] });
    expect(own.data!.predicateDistribution.units.every((unit) => unit.suppressed && unit.counts.length === 0)).toBe(true);
    // Kadis, the one person of the Dinas, is a unit of one: a supervisor above him would not see his predicate either.
    const kadis = await app.gql<Distribution>(
      DISTRIBUTION,
      { periodId: line.ids.quarter, unitId: units.dinkes },
      { token: line.tokens.kadis },
    );
    const alone = kadis.data!.predicateDistribution.units.find((unit) => unit.unit.id === units.dinkes)!;
    expect(alone).toMatchObject({ employeeCount: 1, suppressed: true, counts: [] });
    // Four people in all, one hidden unit of 1 and one of 3: the total would tell them apart from nothing.
    expect(kadis.data!.predicateDistribution).toMatchObject({ employeeCount: 4, suppressed: true, counts: [] });
  });

  it('gives HR every unit of the agency, small groups included', async () => {
    const hr = await app.gql<Distribution>(DISTRIBUTION, { periodId: line.ids.quarter, unitId: units.dinkes }, { token: line.tokens.hr });
    const dinkes = hr.data!.predicateDistribution.units.find((unit) => unit.unit.id === units.dinkes)!;
    expect(dinkes.suppressed).toBe(false);
    expect(dinkes.counts.find((entry) => entry.predicate === 'KURANG')!.count).toBe(1);
    expect(hr.data!.predicateDistribution.suppressed).toBe(false);
    expect(
      errorCode(await app.gql(DISTRIBUTION, { periodId: line.ids.quarter, unitId: units.dinkes }, { token: line.tokens.outsider })),
    ).toBe('NOT_FOUND');
  });

  it('refuses the unit report PDF as the query does', async () => {
    const download = (key: string, unitId?: string) =>
      fetch(`${app.url}/exports/periods/${line.ids.quarter}/report.pdf${unitId ? `?unitId=${unitId}` : ''}`, {
        headers: { authorization: `Bearer ${line.tokens[key]}` },
      });
    expect((await download('siti', units.dinkes)).status).toBe(403);
    expect((await download('siti')).status).toBe(403);
    expect((await download('kapus', units.dinkes)).status).toBe(404);
    expect((await download('kapus', units.pkm)).status).toBe(200);
    expect((await download('hr', units.dinkes)).status).toBe(200);
  });
});
