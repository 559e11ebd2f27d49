import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnalyticsFixture } from '../helpers/analytics-fixture.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Dashboard figures on the small agency of test/helpers/analytics-fixture.ts; its comment lists
 * every employee, realisation, score and predicate the expectations below are worked out from.
 */

let app: TestApp;
let hr: string;
let attempt: ReturnType<typeof runner>['attempt'];
let run: ReturnType<typeof runner>['run'];
let ids: Record<string, string>;
let tokens: Record<string, string>;

const ALL_PANELS = `query ($periodIds: [ID!]!, $unitId: ID) { analytics(periodIds: $periodIds, unitId: $unitId) {
  unitId scopeName from to year periods { name }
  predicateDistribution { period { name } coveredEmployees deviatingUnits suppressed counts { predicate count share }
    units { unitCode coveredEmployees achievement suppressed deviates deviations counts { predicate count } } }
  indicatorAchievement { coveredEmployees indicators { code averageAchievement coveredEmployees } }
  unitRanking { coveredEmployees averageScore units { unitCode rank averageScore evaluations coveredEmployees } }
  trend { period { name } coveredEmployees averageScore baikOrBetter baikOrBetterShare }
  cycleProgress { period { name } coveredEmployees withoutPlan plansInProgress plansApproved evaluationsPending evaluated
    units { unitCode coveredEmployees withoutPlan plansApproved evaluationsPending evaluated } }
  trainingCompliance { year requiredJp coveredEmployees compliant compliantShare averageJp units { unitCode coveredEmployees compliant compliantShare averageJp } }
  ikm { coveredEmployees respondents ikm category services { unitCode serviceName respondents ikm category coveredEmployees } }
  complaints { coveredEmployees received open overdue resolved meanResolutionDays units { unitCode coveredEmployees received open overdue resolved meanResolutionDays } }
  discipline { day coveredEmployees activeSanctions ringan sedang berat rewards units { unitCode coveredEmployees activeSanctions rewards } }
  workReports { weeks coveredEmployees reports approved reportsPerEmployeeWeek meanApprovalHours units { unitCode coveredEmployees reports reportsPerEmployeeWeek meanApprovalHours } }
} }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = any;
const analytics = async (variables: Record<string, unknown>, token = hr): Promise<Answer> =>
  (await run<{ analytics: Answer }>(ALL_PANELS, variables, token)).analytics;

beforeAll(async () => {
  app = await startTestApp();
  ({ ids, tokens } = await buildAnalyticsFixture(app));
  hr = tokens.hr!;
  ({ run, attempt } = runner(app, () => hr));
}, 120_000);
afterAll(() => app?.close());

describe('the agency as HR sees it', () => {
  let all: Answer;
  beforeAll(async () => {
    all = await analytics({ periodIds: [ids.q2, ids.q1] });
  });

  it('covers the agency and the periods, oldest first, with the year of the latest', () => {
    expect(all).toMatchObject({ unitId: null, scopeName: 'Pemerintah Kabupaten Contoh', from: '2025-01-01', to: '2025-06-30', year: 2025 });
    expect(all.periods.map((p: { name: string }) => p.name)).toEqual(['Triwulan I 2025', 'Triwulan II 2025']);
  });

  it('counts predicates per period and per top-level unit', () => {
    const [q1, q2] = all.predicateDistribution;
    // Q1: 6 evaluated; SB Putri; BAIK Hendra, Rudi, Wati; BP Sari; K Yogi. Shares 1/6 = 0.1667, 3/6 = 0.5.
    expect(q1.coveredEmployees).toBe(6);
    expect(q1.counts).toEqual([
      { predicate: 'SANGAT_BAIK', count: 1, share: 0.1667 },
      { predicate: 'BAIK', count: 3, share: 0.5 },
      { predicate: 'BUTUH_PERBAIKAN', count: 1, share: 0.1667 },
      { predicate: 'KURANG', count: 1, share: 0.1667 },
      { predicate: 'SANGAT_KURANG', count: 0, share: 0 },
    ]);
    // DINKES holds PKM: Hendra, Putri, Rudi, Sari = 4 (SB 1, B 2, BP 1); DISDUK: Wati, Yogi = 2 (B 1, K 1).
    expect(q1.units.map((u: Answer) => [u.unitCode, u.coveredEmployees, u.counts.map((c: Answer) => c.count)])).toEqual([
      ['DINKES', 4, [1, 2, 1, 0, 0]],
      ['DISDUK', 2, [0, 1, 0, 1, 0]],
    ]);
    // Q2: 5 evaluated; SB Putri, Wati = 2/5 = 0.4; BAIK Hendra, Rudi, Sari = 3/5 = 0.6.
    expect(q2.coveredEmployees).toBe(5);
    expect(q2.counts.map((c: Answer) => [c.count, c.share])).toEqual([
      [2, 0.4],
      [3, 0.6],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    // PKM's achievement belongs to PKM, not to the DINKES row: no pattern applies at this level.
    expect(q2.deviatingUnits).toBe(0);
  });

  it('averages achievement per indicator over both periods', () => {
    // IND-A: Q1 110+100+90+80+100+70 = 550, Q2 100+120+100+90+110 = 520; 1070 / 11 = 97.2727 -> 97.27.
    // IND-B: Q1 100+120+90+80+100+70 = 560, Q2 520; 1080 / 11 = 98.1818 -> 98.18. Six employees.
    expect(all.indicatorAchievement).toEqual({
      coveredEmployees: 6,
      indicators: [
        { code: 'IND-A', averageAchievement: 97.27, coveredEmployees: 6 },
        { code: 'IND-B', averageAchievement: 98.18, coveredEmployees: 6 },
      ],
    });
  });

  it('ranks units by average score', () => {
    // DINKES: 106+108+90+80 + 100+120+100+90 = 794 over 8 = 99.25; DISDUK: 100+70 + 110 = 280 over 3 = 93.33.
    // All: 1074 / 11 = 97.636 -> 97.64.
    expect(all.unitRanking).toEqual({
      coveredEmployees: 6,
      averageScore: 97.64,
      units: [
        { unitCode: 'DINKES', rank: 1, averageScore: 99.25, evaluations: 8, coveredEmployees: 4 },
        { unitCode: 'DISDUK', rank: 2, averageScore: 93.33, evaluations: 3, coveredEmployees: 2 },
      ],
    });
  });

  it('follows the results across periods', () => {
    // Q1: 554 / 6 = 92.33; BAIK or better 4 of 6 = 0.6667. Q2: 520 / 5 = 104; 5 of 5.
    expect(all.trend).toEqual([
      { period: { name: 'Triwulan I 2025' }, coveredEmployees: 6, averageScore: 92.33, baikOrBetter: 4, baikOrBetterShare: 0.6667 },
      { period: { name: 'Triwulan II 2025' }, coveredEmployees: 5, averageScore: 104, baikOrBetter: 5, baikOrBetterShare: 1 },
    ]);
  });

  it('shows what is not yet done in the cycle', () => {
    const [q1, q2] = all.cycleProgress;
    // Q1: 6 approved plans, all evaluated, plus Tono without a plan = 7.
    expect(q1).toMatchObject({
      coveredEmployees: 7,
      withoutPlan: 1,
      plansInProgress: 0,
      plansApproved: 6,
      evaluationsPending: 0,
      evaluated: 6,
    });
    // Q2: Yogi's evaluation is pending.
    expect(q2).toMatchObject({ coveredEmployees: 7, withoutPlan: 1, plansApproved: 6, evaluationsPending: 1, evaluated: 5 });
    expect(q2.units).toEqual([
      { unitCode: 'DINKES', coveredEmployees: 5, withoutPlan: 1, plansApproved: 4, evaluationsPending: 0, evaluated: 4 },
      { unitCode: 'DISDUK', coveredEmployees: 2, withoutPlan: 0, plansApproved: 2, evaluationsPending: 1, evaluated: 1 },
    ]);
  });

  it('measures training compliance in the year', () => {
    // 7 active PNS; at least 20 JP: Putri (24), Wati (20) = 2 / 7 = 0.2857; JP 24 + 12 + 20 = 56 / 7 = 8.
    // DINKES: 5 people, 1 compliant = 0.2, 36 JP / 5 = 7.2; DISDUK: 2 people, 1 = 0.5, 20 / 2 = 10.
    expect(all.trainingCompliance).toEqual({
      year: 2025,
      requiredJp: 20,
      coveredEmployees: 7,
      compliant: 2,
      compliantShare: 0.2857,
      averageJp: 8,
      units: [
        { unitCode: 'DINKES', coveredEmployees: 5, compliant: 1, compliantShare: 0.2, averageJp: 7.2 },
        { unitCode: 'DISDUK', coveredEmployees: 2, compliant: 1, compliantShare: 0.5, averageJp: 10 },
      ],
    });
  });

  it('computes the IKM per service with the formula of the community module', () => {
    // Each element: (4 + 3) / 2 = 3.5; weighted value 3.5; IKM 3.5 x 25 = 87.5, category B (3.0644 to < 3.5324).
    // PKM's staff: Putri, Rudi, Sari, Tono = 4.
    expect(all.ikm).toEqual({
      coveredEmployees: 4,
      respondents: 2,
      ikm: 87.5,
      category: 'B',
      services: [{ unitCode: 'PKM', serviceName: 'Rawat Jalan', respondents: 2, ikm: 87.5, category: 'B', coveredEmployees: 4 }],
    });
  });

  it('counts complaints, overdue ones and the mean resolution time', () => {
    // DINKES (PKM's): 2 received, 1 open and past 20 May 2025, 1 resolved in 5 days.
    // DISDUK: 1 received in the periods, resolved in 3 days. All: mean (5 + 3) / 2 = 4 days.
    expect(all.complaints).toEqual({
      coveredEmployees: 7,
      received: 3,
      open: 1,
      overdue: 1,
      resolved: 2,
      meanResolutionDays: 4,
      units: [
        { unitCode: 'DINKES', coveredEmployees: 5, received: 2, open: 1, overdue: 1, resolved: 1, meanResolutionDays: 5 },
        { unitCode: 'DISDUK', coveredEmployees: 2, received: 1, open: 0, overdue: 0, resolved: 1, meanResolutionDays: 3 },
      ],
    });
  });

  it('counts sanctions in force on the last day and rewards granted', () => {
    // 30 June 2025: Sari's cut (SEDANG) and Yogi's reprimand (RINGAN); Rudi's ended in February.
    expect(all.discipline).toEqual({
      day: '2025-06-30',
      coveredEmployees: 7,
      activeSanctions: 2,
      ringan: 1,
      sedang: 1,
      berat: 0,
      rewards: 1,
      units: [
        { unitCode: 'DINKES', coveredEmployees: 5, activeSanctions: 1, rewards: 1 },
        { unitCode: 'DISDUK', coveredEmployees: 2, activeSanctions: 1, rewards: 0 },
      ],
    });
  });

  it('measures daily reporting per employee and week, and approval latency', async () => {
    const { workReports } = await analytics({ periodIds: [ids.q2] });
    // 1 April - 30 June: 91 days = 13 weeks. DINKES: 26 reports / 5 people / 13 = 0.4, approved after 2 h;
    // DISDUK: 13 / 2 / 13 = 0.5, after 5 h. All: 39 / 7 / 13 = 0.4286 -> 0.43; (26 x 2 + 13 x 5) / 39 = 3 h.
    expect(workReports).toEqual({
      weeks: 13,
      coveredEmployees: 7,
      reports: 39,
      approved: 39,
      reportsPerEmployeeWeek: 0.43,
      meanApprovalHours: 3,
      units: [
        { unitCode: 'DINKES', coveredEmployees: 5, reports: 26, reportsPerEmployeeWeek: 0.4, meanApprovalHours: 2 },
        { unitCode: 'DISDUK', coveredEmployees: 2, reports: 13, reportsPerEmployeeWeek: 0.5, meanApprovalHours: 5 },
      ],
    });
  });
});

describe('scope', () => {
  it("covers a supervisor's own unit and the units below it by default", async () => {
    const mine = await analytics({ periodIds: [ids.q2] }, tokens.supervisor);
    expect(mine).toMatchObject({ unitId: ids.dinkes, scopeName: 'Dinas Kesehatan' });
    const [q2] = mine.predicateDistribution;
    // Hendra (DINKES itself) and PKM's Putri, Rudi, Sari; DISDUK is out of sight.
    expect(q2.coveredEmployees).toBe(4);
    // Both groups are smaller than 5: a supervisor sees their size, not their predicates (issue 20), and the
    // total goes too, as it would tell the hidden groups; the deviations, which name counts, go with them.
    expect(q2.units.map((u: Answer) => [u.unitCode, u.coveredEmployees, u.achievement, u.suppressed, u.counts, u.deviates])).toEqual([
      ['DINKES', 1, null, true, [], false],
      ['PKM', 3, 'BAIK', true, [], false],
    ]);
    expect(q2.units[1].deviations).toEqual([]);
    expect(q2).toMatchObject({ suppressed: true, counts: [], deviatingUnits: 0 });
    // The same rule for scores: small units leave the ranking, and the overall average would be theirs.
    expect(mine.unitRanking.units).toEqual([]);
    expect(mine.unitRanking.averageScore).toBeNull();
    expect(mine.complaints.received).toBe(2);
    expect(mine.trainingCompliance).toMatchObject({ coveredEmployees: 5, compliant: 1 });
    expect(mine.discipline.activeSanctions).toBe(1);
  });

  it('lets a supervisor narrow to a unit below theirs, and hides the rest as not found', async () => {
    const pkm = await analytics({ periodIds: [ids.q2], unitId: ids.pkm }, tokens.supervisor);
    expect(pkm.scopeName).toBe('Puskesmas Sukamaju');
    // PKM's own people are reported under PKM itself.
    expect(pkm.trainingCompliance.units).toEqual([
      { unitCode: 'PKM', coveredEmployees: 4, compliant: 1, compliantShare: 0.25, averageJp: 9 },
    ]);
    const outside = await attempt(ALL_PANELS, { periodIds: [ids.q2], unitId: ids.disduk }, tokens.supervisor);
    expect(errorCode(outside)).toBe('NOT_FOUND');
    expect(outside.errors![0]!.extensions.field).toBe('unitId');
  });

  it('keeps other agencies out, refuses employees and hides sanctions from evaluators', async () => {
    expect(errorCode(await attempt(ALL_PANELS, { periodIds: [ids.q2], unitId: ids.pkm }, tokens.outsider))).toBe('NOT_FOUND');
    const period = await attempt(ALL_PANELS, { periodIds: [ids.q2] }, tokens.outsider);
    expect(errorCode(period)).toBe('NOT_FOUND');
    expect(period.errors![0]!.extensions.field).toBe('periodIds.0');
    expect(errorCode(await attempt(ALL_PANELS, { periodIds: [ids.q2] }, tokens.employee))).toBe('FORBIDDEN');
    const evaluator = await analytics({ periodIds: [ids.q2] }, tokens.evaluator);
    expect(evaluator.discipline).toBeNull();
    expect(evaluator.predicateDistribution[0].coveredEmployees).toBe(5);
    const none = await attempt(ALL_PANELS, { periodIds: [] });
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
  });
});

describe('statements', () => {
  it('answers each panel with one statement, whatever the number of periods or units', async () => {
    const bare = await attempt(`query ($periodIds: [ID!]!) { analytics(periodIds: $periodIds) { year } }`, { periodIds: [ids.q1] });
    const one = await attempt(ALL_PANELS, { periodIds: [ids.q1] });
    const two = await attempt(ALL_PANELS, { periodIds: [ids.q1, ids.q2] });
    expect(one.errors).toBeUndefined();
    // Ten panels, one aggregate statement each, on top of resolving the scope.
    expect(one.sqlStatements - bare.sqlStatements).toBe(10);
    expect(two.sqlStatements).toBe(one.sqlStatements);
    // A supervisor's scope: one more to find their unit; the distribution reads the agency's patterns
    // because PKM has an achievement to hold it to.
    const supervisor = await attempt(ALL_PANELS, { periodIds: [ids.q1, ids.q2] }, tokens.supervisor);
    expect(supervisor.sqlStatements).toBe(one.sqlStatements + 2);
  });
});
