import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { agreePlans } from '../helpers/cycle.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The distribution curve and published results of a period.
 *
 * Bidang Pelayanan: 7 employees, predicates 1 SANGAT_BAIK, 5 BAIK, 1 BUTUH_PERBAIKAN.
 * Seksi Data: 3 employees, 2 BAIK, 1 KURANG. Nobody holds a position, so HR
 * appraises everyone; the ratings are the appraiser's (overridden, with a reason),
 * which the national matrix turns into the predicates above.
 */

let app: TestApp;
let hr: string;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const ids: Record<string, string> = {};
const AGENCY = 'PEMKAB-KAPUAS-HASIL';

/** Result rating x behaviour rating giving each predicate in the national matrix. */
const RATINGS: Record<string, [string, string]> = {
  SANGAT_BAIK: ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
  BAIK: ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
  BUTUH_PERBAIKAN: ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
  KURANG: ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
};
const PEOPLE: [string, string, string, string][] = [
  ['pelayanan', '198501012010011001', 'Agus Salim', 'SANGAT_BAIK'],
  ['pelayanan', '198602022010012002', 'Budi Hartono', 'BAIK'],
  ['pelayanan', '198703032010011003', 'Citra Dewi', 'BAIK'],
  ['pelayanan', '198804042010012004', 'Dian Puspita', 'BAIK'],
  ['pelayanan', '198905052010011005', 'Eko Prasetyo', 'BAIK'],
  ['pelayanan', '199006062010012006', 'Fitri Handayani', 'BAIK'],
  ['pelayanan', '199107072010011007', 'Gilang Ramadhan', 'BUTUH_PERBAIKAN'],
  ['data', '199208082015012008', 'Hana Pertiwi', 'BAIK'],
  ['data', '199309092015011009', 'Irfan Hakim', 'BAIK'],
  ['data', '199410102015012010', 'Joko Susilo', 'KURANG'],
];

const period = async () =>
  (
    await run<{ appraisalPeriod: { version: number } }>(`query ($id: ID!) { appraisalPeriod(id: $id) { version } }`, {
      id: ids.period,
    })
  ).appraisalPeriod;
const move = async (mutation: string) =>
  run(`mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { status } } }`, {
    input: { id: ids.period, version: (await period()).version },
  });
const DISTRIBUTION = `query ($periodId: ID!, $unitId: ID) { predicateDistribution(periodId: $periodId, unitId: $unitId) {
  employeeCount deviatingUnits counts { predicate count share }
  units { unit { code } achievement employeeCount deviates deviations counts { predicate count } } } }`;
interface Distribution {
  employeeCount: number;
  deviatingUnits: number;
  counts: { predicate: string; count: number; share: number }[];
  units: { unit: { code: string }; achievement: string | null; employeeCount: number; deviates: boolean; deviations: string[] }[];
}
const distribution = async (unitId?: string) =>
  (await run<{ predicateDistribution: Distribution }>(DISTRIBUTION, { periodId: ids.period, unitId })).predicateDistribution;
const PUBLISH = `mutation ($input: PublishResultsInput!) { publishResults(input: $input) { units suppressed } }`;
const PUBLISHED = `query ($code: String!) { publishedResults(agencyCode: $code) { unitName periodName employeeCount suppressed
  predicateCounts { predicate count } indicators { code averageAchievement plans } employees { name predicate } } }`;

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: AGENCY });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));
  const unit = async (key: string, code: string, name: string, kind: string) =>
    (ids[key] = (
      await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
        `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
        { input: { agencyId: agency.id, code, name, kind } },
      )
    ).createOrgUnit.orgUnit.id);
  await unit('pelayanan', 'BID-PELAYANAN', 'Bidang Pelayanan', 'BIDANG');
  await unit('data', 'SEKSI-DATA', 'Seksi Data', 'SEKSI');
  for (const [unitKey, nip, name] of PEOPLE) {
    await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
      input: { nip, name, employmentType: 'PNS', golongan: 'III_A', unitId: ids[unitKey] },
    });
  }
  const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
    `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
    {
      input: {
        code: 'LAYANAN-SELESAI',
        name: 'Layanan selesai',
        direction: 'HIGHER_IS_BETTER',
        perspective: 'HASIL_KERJA',
        unit: 'COUNT',
        aggregation: 'SUM',
      },
    },
  );
  await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
    input: { name: 'Umum', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 40 }] },
  });
  ids.period = (
    await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Triwulan II 2025', type: 'QUARTERLY', startDate: '2025-04-01', endDate: '2025-06-30' } },
    )
  ).createAppraisalPeriod.period.id;
  await move('startPlanning');
  await agreePlans(run, ids.period);
  await move('startMonitoring');
  await move('startEvaluation');

  const { performancePlans } = await run<{
    performancePlans: { nodes: { id: string; targets: { id: string }[]; employee: { name: string } }[] };
  }>(
    `query ($id: ID!) { performancePlans(filter: { periodId: { eq: $id } }, first: 100) { nodes { id employee { name } targets { id } } } }`,
    { id: ids.period },
  );
  for (const plan of performancePlans.nodes) {
    const predicate = PEOPLE.find(([, , name]) => name === plan.employee.name)![3];
    const [resultRating, behaviourRating] = RATINGS[predicate]!;
    // Half the target realised: the computed rating would be below expectation; the appraiser's choice stands.
    await run(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
      input: { targetId: plan.targets[0]!.id, periodId: ids.period, value: 20 },
    });
    await run(`mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { id } } }`, {
      input: { planId: plan.id, behaviour: [], resultRating, behaviourRating, overrideReason: 'Penilaian tim penilai kinerja instansi' },
    });
  }
  const confirmed = await run<{ confirmEvaluations: { confirmed: number } }>(
    `mutation ($input: ConfirmEvaluationsInput!) { confirmEvaluations(input: $input) { confirmed } }`,
    { input: { periodId: ids.period } },
  );
  expect(confirmed.confirmEvaluations.confirmed).toBe(10);
});
afterAll(() => app?.close());

describe('distribution curve', () => {
  it('counts the predicates of the agency and of each unit, with shares', async () => {
    const curve = await distribution();
    expect(curve.employeeCount).toBe(10);
    expect(curve.counts).toEqual([
      { predicate: 'SANGAT_BAIK', count: 1, share: 0.1 },
      { predicate: 'BAIK', count: 7, share: 0.7 },
      { predicate: 'BUTUH_PERBAIKAN', count: 1, share: 0.1 },
      { predicate: 'KURANG', count: 1, share: 0.1 },
      { predicate: 'SANGAT_KURANG', count: 0, share: 0 },
    ]);
    expect(curve.units.map((u) => [u.unit.code, u.employeeCount, u.achievement, u.deviates])).toEqual([
      ['BID-PELAYANAN', 7, null, false],
      ['SEKSI-DATA', 3, null, false],
    ]);
    // A unit subtree counts only its own people.
    expect((await distribution(ids.data)).employeeCount).toBe(3);
  });

  it("flags a unit whose predicates break the pattern of its achievement, and the agency's own pattern replaces the national one", async () => {
    await run(`mutation ($input: SetUnitAchievementInput!) { setUnitAchievement(input: $input) { unitAchievement { achievement } } }`, {
      input: { unitId: ids.pelayanan, periodId: ids.period, achievement: 'BAIK', note: 'Laporan kinerja bidang 2025' },
    });
    // BAIK allows at most 70 % Baik: 5 of 7 is 71.4 %.
    let pelayanan = (await distribution()).units[0]!;
    expect(pelayanan).toMatchObject({ achievement: 'BAIK', deviates: true, deviations: ['BAIK: 71.4 %, expected at most 70 %'] });

    const bad = await attempt(`mutation ($input: SetDistributionPatternInput!) { setDistributionPattern(input: $input) { national } }`, {
      input: { achievement: 'BAIK', constraints: [{ predicates: ['BAIK'], minShare: 0.8, maxShare: 0.75 }] },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions.field).toBe('input.constraints.0.maxShare');
    const own = await run<{ setDistributionPattern: { national: boolean } }>(
      `mutation ($input: SetDistributionPatternInput!) { setDistributionPattern(input: $input) { national } }`,
      { input: { achievement: 'BAIK', constraints: [{ predicates: ['BAIK'], mostCommon: true, maxShare: 0.75 }] } },
    );
    expect(own.setDistributionPattern.national).toBe(false);
    pelayanan = (await distribution()).units[0]!;
    expect(pelayanan.deviates).toBe(false);
    // Back to the national pattern.
    await run(`mutation ($input: SetDistributionPatternInput!) { setDistributionPattern(input: $input) { national } }`, {
      input: { achievement: 'BAIK', constraints: [] },
    });
    expect((await distribution()).deviatingUnits).toBe(1);
  });

  it('answers in the same number of statements for one unit and for the agency', async () => {
    const one = await attempt(DISTRIBUTION, { periodId: ids.period, unitId: ids.data });
    const all = await attempt(DISTRIBUTION, { periodId: ids.period });
    // The subtree lookup is the one statement more the first one makes.
    expect(all.sqlStatements).toBeLessThanOrEqual(one.sqlStatements!);
  });
});

describe('publication', () => {
  it('waits for the period to close', async () => {
    expect(errorCode(await attempt(PUBLISH, { input: { periodId: ids.period } }))).toBe('CONFLICT');
  });

  it('serves published snapshots to anyone, small units suppressed', async () => {
    await move('closePeriod');
    expect(
      (await run<{ publishResults: unknown }>(PUBLISH, { input: { periodId: ids.period, includeEmployees: true } })).publishResults,
    ).toEqual({
      units: 2,
      suppressed: 1,
    });
    // No token: the public endpoint.
    const response = await app.gql<{ publishedResults: Record<string, unknown>[] }>(PUBLISHED, { code: AGENCY });
    expect(response.errors).toBeUndefined();
    const [pelayanan, data] = response.data!.publishedResults;
    expect(pelayanan).toMatchObject({
      unitName: 'Bidang Pelayanan',
      periodName: 'Triwulan II 2025',
      employeeCount: 7,
      suppressed: false,
      predicateCounts: [
        { predicate: 'SANGAT_BAIK', count: 1 },
        { predicate: 'BAIK', count: 5 },
        { predicate: 'BUTUH_PERBAIKAN', count: 1 },
        { predicate: 'KURANG', count: 0 },
        { predicate: 'SANGAT_KURANG', count: 0 },
      ],
      // 20 of 40: 50 % for everyone.
      indicators: [{ code: 'LAYANAN-SELESAI', averageAchievement: 50, plans: 7 }],
    });
    expect((pelayanan!.employees as unknown[]).length).toBe(7);
    // Three people: no counts, no averages, no names.
    expect(data).toMatchObject({
      unitName: 'Seksi Data',
      employeeCount: 3,
      suppressed: true,
      predicateCounts: null,
      indicators: [],
      employees: null,
    });
  });

  it('shows nothing of an agency that published nothing, and nothing but snapshots', async () => {
    const response = await app.gql<{ publishedResults: unknown[] }>(PUBLISHED, { code: 'PEMKOT-TIDAK-ADA' });
    expect(response.data!.publishedResults).toEqual([]);
    // Everything else still needs a login.
    const closed = await app.gql(DISTRIBUTION, { periodId: ids.period });
    expect(errorCode(closed)).toBe('UNAUTHENTICATED');
  });
});
