import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Performance plans (SKP): generated from the templates a period adopted, written
 * by the employee, approved by the appraiser, cascading to the appraiser's targets.
 *
 * The unit: Dinas Kesehatan (head: Kadis) > Puskesmas Kertapati (head: Kapus) with
 * two staff; a retired staff member gets no plan.
 */

let app: TestApp;
let hr: string;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
let agency: Awaited<ReturnType<typeof createAgency>>;

interface Target {
  id: string;
  weight: number;
  target: number | null;
  indicator: { code: string };
  supportedBy?: { id: string }[];
}
interface Plan {
  id: string;
  status: string;
  version: number;
  mainWeight: number;
  returnComment: string | null;
  employee: { name: string };
  appraiser: { name: string } | null;
  appraiserSuperior: { name: string } | null;
  template: { name: string } | null;
  targets: Target[];
}
const PLAN = `id status version mainWeight returnComment employee { name } appraiser { name } appraiserSuperior { name } template { name }
  targets { id weight target indicator { code } supportedBy { id } }`;
const GET = `query ($id: ID!) { performancePlan(id: $id) { ${PLAN} } }`;
const LIST = `query ($filter: PerformancePlanFilter, $first: Int) { performancePlans(filter: $filter, first: $first, orderBy: [{ field: EMPLOYEE_NAME }]) { totalCount nodes { ${PLAN} } } }`;
const SET_TARGETS = `mutation ($input: SetPlanTargetsInput!) { setPlanTargets(input: $input) { plan { ${PLAN} } } }`;
const step = (name: string, input = 'PlanStepInput') =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { plan { id status version returnComment } } }`;

async function plans(token = hr) {
  return (
    await run<{ performancePlans: { totalCount: number; nodes: Plan[] } }>(
      LIST,
      { filter: { periodId: { eq: ids.period } }, first: 100 },
      token,
    )
  ).performancePlans;
}
const planOf = async (name: string) => (await plans()).nodes.find((p) => p.employee.name === name)!;

async function post<T>(query: string, input: Record<string, unknown>): Promise<T> {
  return run<T>(query, { input });
}

beforeAll(async () => {
  app = await startTestApp();
  agency = await createAgency(app, { code: 'PEMKOT-PALEMBANG' });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));

  const unit = async (key: string, input: Record<string, unknown>) =>
    (ids[key] = (
      await post<{ createOrgUnit: { orgUnit: { id: string } } }>(
        `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
        input,
      )
    ).createOrgUnit.orgUnit.id);
  await unit('dinkes', { agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' });
  await unit('pkm', { parentId: ids.dinkes, code: 'PKM-KERTAPATI', name: 'Puskesmas Kertapati', kind: 'PUSKESMAS' });
  const position = async (key: string, input: Record<string, unknown>) =>
    (ids[`pos-${key}`] = (
      await post<{ createPosition: { position: { id: string } } }>(
        `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
        input,
      )
    ).createPosition.position.id);
  await position('kadis', { unitId: ids.dinkes, name: 'Kepala Dinas Kesehatan', type: 'JPT_PRATAMA', grade: 14 });
  await position('kapus', { unitId: ids.pkm, name: 'Kepala Puskesmas', type: 'PENGAWAS', grade: 9, superiorId: ids['pos-kadis'] });
  await position('staf', {
    unitId: ids.pkm,
    name: 'Pengelola Layanan Kesehatan',
    type: 'PELAKSANA',
    grade: 6,
    superiorId: ids['pos-kapus'],
  });
  const person = async (key: string, nip: string, name: string, positionKey: string, status = 'AKTIF') =>
    (ids[key] = (
      await post<{ createEmployee: { employee: { id: string } } }>(
        `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
        {
          nip,
          name,
          status,
          employmentType: 'PNS',
          golongan: 'III_B',
          positionId: ids[`pos-${positionKey}`],
          effectiveDate: '2024-01-02',
        },
      )
    ).createEmployee.employee.id);
  await person('kadis', '197003051995031001', 'Hendra Saputra', 'kadis');
  await person('kapus', '198002022005012004', 'Sri Wahyuni', 'kapus');
  await person('siti', '199001012015012007', 'Siti Aminah', 'staf');
  await person('yusuf', '199203152016011002', 'Yusuf Effendi', 'staf');
  await person('retired', '196205051985031003', 'Bambang Pensiunan', 'staf', 'PENSIUN');

  // Accounts linked to their employees.
  for (const [key, role] of [
    ['kadis', Role.SUPERVISOR],
    ['kapus', Role.SUPERVISOR],
    ['siti', Role.EMPLOYEE],
    ['yusuf', Role.EMPLOYEE],
  ] as const) {
    const user = await createUser(app, { roles: [role], agency: agency.agency });
    await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids[key]!, 'Employee', 'id'), user.id]);
    tokens[key] = await tokenFor(app, user);
  }

  const indicator = async (key: string, code: string, direction = 'HIGHER_IS_BETTER', aggregation = 'AVERAGE') =>
    (ids[key] = (
      await post<{ createIndicator: { indicator: { id: string } } }>(
        `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
        {
          code,
          name: code,
          direction,
          perspective: 'HASIL_KERJA',
          unit: 'PERCENT',
          aggregation,
        },
      )
    ).createIndicator.indicator.id);
  await indicator('wait', 'WAKTU-TUNGGU', 'LOWER_IS_BETTER');
  await indicator('ikm', 'IKM');
  await indicator('vaccination', 'CAKUPAN-VAKSINASI', 'HIGHER_IS_BETTER', 'LAST');
  await indicator('quality', 'KUALITAS-KERJA');
  const template = (input: Record<string, unknown>) =>
    post(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, input);
  await template({ name: 'Umum', items: [{ indicatorId: ids.quality, weight: 100, target: 85 }] });
  await template({
    name: 'Pelayanan Puskesmas',
    unitIds: [ids.pkm],
    items: [
      { indicatorId: ids.wait, weight: 30, target: 30 },
      { indicatorId: ids.ikm, weight: 30, target: 82 },
      { indicatorId: ids.vaccination, weight: 40, target: 95 },
    ],
  });
  const period = await post<{ createAppraisalPeriod: { period: { id: string } } }>(
    `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
    { name: 'Triwulan I 2025', type: 'QUARTERLY', startDate: '2025-01-01', endDate: '2025-03-31' },
  );
  ids.period = period.createAppraisalPeriod.period.id;
  await post(`mutation ($input: PeriodTransitionInput!) { startPlanning(input: $input) { period { status } } }`, {
    id: ids.period,
    version: 1,
  });
});
afterAll(() => app?.close());

describe('generating plans', () => {
  it('creates one plan per appraised employee, from the applicable template, with appraiser and superior as they are', async () => {
    const generated = await post<{
      generatePlans: { created: number; existing: number; withoutTemplate: unknown[]; withoutAppraiser: number };
    }>(
      `mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created existing withoutTemplate { name } withoutAppraiser } }`,
      { periodId: ids.period },
    );
    // The head of the agency reports to the head of region, who is not in the system: no appraiser.
    expect(generated.generatePlans).toEqual({ created: 4, existing: 0, withoutTemplate: [], withoutAppraiser: 1 });
    const list = await plans();
    expect(
      list.nodes.map((p) => [p.employee.name, p.template?.name, p.appraiser?.name ?? null, p.appraiserSuperior?.name ?? null, p.status]),
    ).toEqual([
      ['Hendra Saputra', 'Umum', null, null, 'DRAFT'],
      ['Siti Aminah', 'Pelayanan Puskesmas', 'Sri Wahyuni', 'Hendra Saputra', 'DRAFT'],
      ['Sri Wahyuni', 'Pelayanan Puskesmas', 'Hendra Saputra', null, 'DRAFT'],
      ['Yusuf Effendi', 'Pelayanan Puskesmas', 'Sri Wahyuni', 'Hendra Saputra', 'DRAFT'],
    ]);
    expect(list.nodes[1]!.targets.map((t) => [t.indicator.code, t.weight, t.target])).toEqual([
      ['WAKTU-TUNGGU', 30, 30],
      ['IKM', 30, 82],
      ['CAKUPAN-VAKSINASI', 40, 95],
    ]);
  });

  it('shows every plan to a platform administrator, and none to another agency', async () => {
    expect((await plans((await actor(app, [Role.SUPER_ADMIN])).token)).totalCount).toBe(4);
    const other = await createAgency(app, { code: 'PEMKOT-LAIN' });
    expect((await plans((await actor(app, [Role.HR_OFFICER], other.agency)).token)).totalCount).toBe(0);
  });

  it('creates nothing the second time', async () => {
    const before = await databaseFingerprint(app);
    const again = await post<{ generatePlans: { created: number; existing: number } }>(
      `mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created existing } }`,
      { periodId: ids.period },
    );
    expect(again.generatePlans).toEqual({ created: 0, existing: 4 });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('lists plans with their people and targets in a bounded number of statements', async () => {
    const small = await attempt(LIST, { filter: { periodId: { eq: ids.period } }, first: 1 });
    const large = await attempt(LIST, { filter: { periodId: { eq: ids.period } }, first: 100 });
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const cascading = `query ($filter: PerformancePlanFilter, $first: Int) { performancePlans(filter: $filter, first: $first) { nodes { id supportableTargets { id } } } }`;
    // The first plan (the head's) has no appraiser: two plans make the loader run once.
    const one = await attempt(cascading, { filter: { periodId: { eq: ids.period } }, first: 2 });
    const all = await attempt(cascading, { filter: { periodId: { eq: ids.period } }, first: 100 });
    expect(all.sqlStatements).toBe(one.sqlStatements);
  });

  it("filters plans by the predicate of their confirmed evaluation, in the list's own statements", async () => {
    // Evaluations as the appraisal leaves them: two settled with a predicate, one still a draft.
    const evaluate = (name: string, status: string, predicate: string | null) =>
      app.sql(
        `insert into evaluations (id, created_at, updated_at, agency_id, plan_id, period_id, status, behaviour_ratings, predicate)
         select gen_random_uuid(), now(), now(), p.agency_id, p.id, p.period_id, ?, '[]', ?
           from performance_plans p join employees e on e.id = p.employee_id where e.name = ?`,
        [status, predicate, name],
      );
    await evaluate('Siti Aminah', 'CONFIRMED', 'BAIK');
    await evaluate('Yusuf Effendi', 'ACKNOWLEDGED', 'SANGAT_BAIK');
    await evaluate('Sri Wahyuni', 'DRAFT', null);
    const names = async (predicate: Record<string, unknown>, first = 100) => {
      const response = await attempt<{ performancePlans: { totalCount: number; nodes: Plan[] } }>(LIST, {
        filter: { periodId: { eq: ids.period }, predicate },
        first,
      });
      expect(response.errors).toBeUndefined();
      const list = response.data!.performancePlans;
      return { names: list.nodes.map((p) => p.employee.name), total: list.totalCount, statements: response.sqlStatements };
    };
    try {
      expect(await names({ eq: 'BAIK' })).toMatchObject({ names: ['Siti Aminah'], total: 1 });
      expect(await names({ in: ['BAIK', 'SANGAT_BAIK'] })).toMatchObject({ names: ['Siti Aminah', 'Yusuf Effendi'], total: 2 });
      expect(await names({ eq: 'KURANG' })).toMatchObject({ names: [], total: 0 });
      // Combined with other conditions through and/or, like any filter field.
      expect(
        (
          await run<{ performancePlans: { totalCount: number } }>(LIST, {
            filter: { periodId: { eq: ids.period }, or: [{ predicate: { eq: 'BAIK' } }, { predicate: { eq: 'SANGAT_BAIK' } }] },
          })
        ).performancePlans.totalCount,
      ).toBe(2);
      // The same statements as without the filter, whatever the page size.
      const unfiltered = await attempt(LIST, { filter: { periodId: { eq: ids.period } }, first: 100 });
      const small = await names({ in: ['BAIK', 'SANGAT_BAIK'] }, 1);
      const large = await names({ in: ['BAIK', 'SANGAT_BAIK'] }, 100);
      expect(small.statements).toBe(unfiltered.sqlStatements);
      expect(large.statements).toBe(unfiltered.sqlStatements);
      const refused = await attempt(LIST, { filter: { predicate: { eq: 'LUAR_BIASA' } } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await app.sql(`delete from evaluations`);
    }
  });
});

describe('writing, submitting and approving a plan', () => {
  let siti: Plan;
  let kapusPlan: Plan;

  beforeAll(async () => {
    siti = await planOf('Siti Aminah');
    kapusPlan = await planOf('Sri Wahyuni');
  });

  const targets = (weights: number[], supports: (string | null)[] = []) =>
    [ids.wait, ids.ikm, ids.vaccination].map((indicatorId, i) => ({
      indicatorId,
      weight: weights[i],
      target: [25, 85, 95][i],
      supportsId: supports[i] ?? null,
    }));

  it('refuses weights that do not sum to 100, and a target that supports someone else than the appraiser', async () => {
    const before = await databaseFingerprint(app);
    const wrong = await attempt(
      SET_TARGETS,
      { input: { planId: siti.id, version: siti.version, targets: targets([30, 30, 30]) } },
      tokens.siti,
    );
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions).toMatchObject({ field: 'input.targets', weightSum: 90 });
    const yusuf = await planOf('Yusuf Effendi');
    const sideways = await attempt(
      SET_TARGETS,
      { input: { planId: siti.id, version: siti.version, targets: targets([30, 30, 40], [yusuf.targets[0]!.id]) } },
      tokens.siti,
    );
    expect(sideways.errors![0]!.extensions.field).toBe('input.targets.0.supportsId');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it("lets the employee set targets that support the appraiser's, and the appraiser see the contribution", async () => {
    // The employee sees what she may support without reading her appraiser's plan.
    const { performancePlan } = await run<{ performancePlan: { supportableTargets: { id: string }[] } }>(
      `query ($id: ID!) { performancePlan(id: $id) { supportableTargets { id } } }`,
      { id: siti.id },
      tokens.siti,
    );
    expect(performancePlan.supportableTargets.map((t) => t.id)).toEqual(kapusPlan.targets.map((t) => t.id));
    const set = await run<{ setPlanTargets: { plan: Plan } }>(
      SET_TARGETS,
      {
        input: {
          planId: siti.id,
          version: siti.version,
          targets: targets([30, 30, 40], [kapusPlan.targets[0]!.id, null, kapusPlan.targets[2]!.id]),
        },
      },
      tokens.siti,
    );
    siti = set.setPlanTargets.plan;
    expect(siti.targets.map((t) => [t.indicator.code, t.target])).toEqual([
      ['WAKTU-TUNGGU', 25],
      ['IKM', 85],
      ['CAKUPAN-VAKSINASI', 95],
    ]);
    const head = (await run<{ performancePlan: Plan }>(GET, { id: kapusPlan.id }, tokens.kapus)).performancePlan;
    expect(head.targets.map((t) => t.supportedBy!.length)).toEqual([1, 0, 1]);
    expect(head.targets[0]!.supportedBy![0]!.id).toBe(siti.targets[0]!.id);
  });

  it('is submitted by the employee, returned by the appraiser with a comment, and approved after a fix', async () => {
    expect(errorCode(await attempt(step('approvePlan'), { input: { id: siti.id, version: siti.version } }, tokens.siti))).toBe('CONFLICT');
    const submitted = await run<{ submitPlan: { plan: Plan } }>(
      step('submitPlan'),
      { input: { id: siti.id, version: siti.version } },
      tokens.siti,
    );
    expect(submitted.submitPlan.plan.status).toBe('SUBMITTED');
    const version = submitted.submitPlan.plan.version;
    // Only the appraiser approves: not the employee, not HR, not a colleague.
    for (const token of [tokens.siti, hr, tokens.yusuf]) {
      const response = await attempt(step('approvePlan'), { input: { id: siti.id, version } }, token);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(response));
    }
    const returned = await run<{ returnPlan: { plan: Plan } }>(
      step('returnPlan', 'ReturnPlanInput'),
      { input: { id: siti.id, version, comment: 'Target waktu tunggu terlalu longgar' } },
      tokens.kapus,
    );
    expect(returned.returnPlan.plan).toMatchObject({ status: 'RETURNED', returnComment: 'Target waktu tunggu terlalu longgar' });
    const fixed = await run<{ setPlanTargets: { plan: Plan } }>(
      SET_TARGETS,
      {
        input: {
          planId: siti.id,
          version: returned.returnPlan.plan.version,
          targets: siti.targets.map((t, i) => ({
            id: t.id,
            indicatorId: [ids.wait, ids.ikm, ids.vaccination][i],
            weight: t.weight,
            target: i === 0 ? 20 : t.target,
          })),
        },
      },
      tokens.siti,
    );
    // Targets kept their identity (ids), so what supports them stays linked.
    expect(fixed.setPlanTargets.plan.targets.map((t) => t.id)).toEqual(siti.targets.map((t) => t.id));
    const again = await run<{ submitPlan: { plan: Plan } }>(
      step('submitPlan'),
      { input: { id: siti.id, version: fixed.setPlanTargets.plan.version } },
      tokens.siti,
    );
    const approved = await run<{ approvePlan: { plan: Plan } }>(
      step('approvePlan'),
      { input: { id: siti.id, version: again.submitPlan.plan.version } },
      tokens.kapus,
    );
    expect(approved.approvePlan.plan).toMatchObject({ status: 'APPROVED', returnComment: null });
    const late = await attempt(
      SET_TARGETS,
      { input: { planId: siti.id, version: approved.approvePlan.plan.version, targets: targets([30, 30, 40]) } },
      tokens.siti,
    );
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it("keeps an employee out of a colleague's plan, and shows a supervisor the plans they appraise", async () => {
    expect(errorCode(await attempt(GET, { id: siti.id }, tokens.yusuf))).toBe('NOT_FOUND');
    const yusufPlan = await planOf('Yusuf Effendi');
    expect(
      errorCode(
        await attempt(
          SET_TARGETS,
          { input: { planId: yusufPlan.id, version: yusufPlan.version, targets: targets([30, 30, 40]) } },
          tokens.siti,
        ),
      ),
    ).toBe('NOT_FOUND');
    const queue = await run<{ performancePlans: { nodes: Plan[] } }>(LIST, { filter: { appraiserId: { eq: ids.kapus } } }, tokens.kapus);
    expect(queue.performancePlans.nodes.map((p) => p.employee.name)).toEqual(['Siti Aminah', 'Yusuf Effendi']);
  });
});

describe('the period and its plans', () => {
  it('starts monitoring only when every plan is approved, naming those that are not', async () => {
    const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number; nextStep: { allowed: boolean; blockers: string[] } } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version nextStep { allowed blockers } } }`,
      { id: ids.period },
    );
    expect(appraisalPeriod.nextStep).toEqual({
      allowed: false,
      blockers: ['3 plan(s) not approved yet: Hendra Saputra (DRAFT), Sri Wahyuni (DRAFT), Yusuf Effendi (DRAFT)'],
    });
    const response = await attempt(`mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { status } } }`, {
      input: { id: ids.period, version: appraisalPeriod.version },
    });
    expect(errorCode(response)).toBe('CONFLICT');
  });

  it('moves on once every plan is approved; HR approves for the head of region', async () => {
    const approve = async (name: string, author: string, appraiser: string) => {
      const plan = await planOf(name);
      const submitted = await run<{ submitPlan: { plan: Plan } }>(
        step('submitPlan'),
        { input: { id: plan.id, version: plan.version } },
        author,
      );
      const approved = await attempt<{ approvePlan: { plan: Plan } }>(
        step('approvePlan'),
        { input: { id: plan.id, version: submitted.submitPlan.plan.version } },
        appraiser,
      );
      expect(approved.errors, name).toBeUndefined();
    };
    await approve('Yusuf Effendi', tokens.yusuf!, tokens.kapus!);
    await approve('Sri Wahyuni', tokens.kapus!, tokens.kadis!);
    // The head of the agency: no appraiser in the system, so HR decides (not the head himself).
    const head = await planOf('Hendra Saputra');
    const submitted = await run<{ submitPlan: { plan: Plan } }>(step('submitPlan'), { input: { id: head.id, version: head.version } });
    expect(
      errorCode(await attempt(step('approvePlan'), { input: { id: head.id, version: submitted.submitPlan.plan.version } }, tokens.kadis)),
    ).toBe('FORBIDDEN');
    await run(step('approvePlan'), { input: { id: head.id, version: submitted.submitPlan.plan.version } });
    const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
      { id: ids.period },
    );
    const moved = await run<{ startMonitoring: { period: { status: string } } }>(
      `mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { status } } }`,
      { input: { id: ids.period, version: appraisalPeriod.version } },
    );
    expect(moved.startMonitoring.period.status).toBe('MONITORING');
  });
});

describe('realisations', () => {
  const RECORD = `mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id value periodId evidenceLinks version } } }`;
  const PROGRESS = `query ($id: ID!) { performancePlan(id: $id) { targets { id indicator { code } periodValue realizations { value period { name } } } } }`;
  let quarterPlan: Plan;

  beforeAll(async () => {
    quarterPlan = await planOf('Siti Aminah');
  });

  it('are recorded by the employee on an approved plan, with evidence, and replaced by a second record', async () => {
    const [wait] = quarterPlan.targets;
    const first = await run<{ recordRealization: { realization: { id: string; value: number; version: number } } }>(
      RECORD,
      {
        input: { targetId: wait!.id, periodId: ids.period, value: 28, evidenceLinks: ['https://drive.example.go.id/antrian-januari.pdf'] },
      },
      tokens.siti,
    );
    const second = await run<{ recordRealization: { realization: { id: string; value: number; evidenceLinks: string[] } } }>(
      RECORD,
      { input: { targetId: wait!.id, periodId: ids.period, value: 26, version: first.recordRealization.realization.version } },
      tokens.siti,
    );
    expect(second.recordRealization.realization).toMatchObject({
      id: first.recordRealization.realization.id,
      value: 26,
      evidenceLinks: ['https://drive.example.go.id/antrian-januari.pdf'],
    });
    const progress = await run<{ performancePlan: { targets: { periodValue: number | null }[] } }>(
      PROGRESS,
      { id: quarterPlan.id },
      tokens.siti,
    );
    expect(progress.performancePlan.targets.map((t) => t.periodValue)).toEqual([26, null, null]);
  });

  it('are refused from anyone but the employee or HR, or with a bad link, and change nothing', async () => {
    const before = await databaseFingerprint(app);
    const target = quarterPlan.targets[1]!.id;
    expect(errorCode(await attempt(RECORD, { input: { targetId: target, periodId: ids.period, value: 80 } }, tokens.kapus))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await attempt(RECORD, { input: { targetId: target, periodId: ids.period, value: 80 } }, tokens.yusuf))).toBe(
      'NOT_FOUND',
    );
    const link = await attempt(
      RECORD,
      { input: { targetId: target, periodId: ids.period, value: 80, evidenceLinks: ['javascript:alert(1)'] } },
      tokens.siti,
    );
    expect(errorCode(link)).toBe('BAD_USER_INPUT');
    expect(link.errors![0]!.extensions.field).toBe('input.evidenceLinks');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it("combine over a year's quarters as each indicator says: completion time averages, coverage keeps the latest", async () => {
    const year = await post<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { name: 'Tahun 2024', type: 'ANNUAL', startDate: '2024-01-01', endDate: '2024-12-31' },
    );
    const yearId = year.createAppraisalPeriod.period.id;
    const quarters = await post<{ generateSubPeriods: { periods: { id: string }[] } }>(
      `mutation ($input: GenerateSubPeriodsInput!) { generateSubPeriods(input: $input) { periods { id } } }`,
      { id: yearId, type: 'QUARTERLY' },
    );
    await post(`mutation ($input: PeriodTransitionInput!) { startPlanning(input: $input) { period { status } } }`, {
      id: yearId,
      version: 1,
    });
    await post(`mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, { periodId: yearId });
    const yearly = (await run<{ performancePlans: { nodes: Plan[] } }>(LIST, { filter: { periodId: { eq: yearId } } })).performancePlans
      .nodes;
    const appraiserOf: Record<string, string> = {
      'Hendra Saputra': hr,
      'Sri Wahyuni': tokens.kadis!,
      'Siti Aminah': tokens.kapus!,
      'Yusuf Effendi': tokens.kapus!,
    };
    for (const plan of yearly) {
      const submitted = await run<{ submitPlan: { plan: Plan } }>(step('submitPlan'), { input: { id: plan.id, version: plan.version } });
      await run(
        step('approvePlan'),
        { input: { id: plan.id, version: submitted.submitPlan.plan.version } },
        appraiserOf[plan.employee.name],
      );
    }
    const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
      { id: yearId },
    );
    await post(`mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { status } } }`, {
      id: yearId,
      version: appraisalPeriod.version,
    });

    const plan = yearly.find((p) => p.employee.name === 'Siti Aminah')!;
    const [wait, , coverage] = plan.targets;
    const values: [string, number[]][] = [
      [wait!.id, [30, 20, 28, 22]],
      [coverage!.id, [60, 75, 88, 96]],
    ];
    for (const [targetId, byQuarter] of values) {
      for (const [index, value] of byQuarter.entries()) {
        await run(RECORD, { input: { targetId, periodId: quarters.generateSubPeriods.periods[index]!.id, value } }, tokens.siti);
      }
    }
    const progress = await run<{
      performancePlan: {
        targets: { indicator: { code: string }; periodValue: number | null; realizations: { period: { name: string } }[] }[];
      };
    }>(PROGRESS, { id: plan.id }, tokens.kapus);
    // Waiting time (AVERAGE): (30 + 20 + 28 + 22) / 4 = 25. Vaccination coverage (LAST): 96.
    expect(progress.performancePlan.targets.map((t) => [t.indicator.code, t.periodValue])).toEqual([
      ['WAKTU-TUNGGU', 25],
      ['IKM', null],
      ['CAKUPAN-VAKSINASI', 96],
    ]);
    expect(progress.performancePlan.targets[0]!.realizations.map((r) => r.period.name)).toEqual([
      'Triwulan I 2024',
      'Triwulan II 2024',
      'Triwulan III 2024',
      'Triwulan IV 2024',
    ]);
    // A period that is not this plan's (nor one of its sub-periods) is refused.
    const elsewhere = await attempt(RECORD, { input: { targetId: wait!.id, periodId: ids.period, value: 1 } }, tokens.siti);
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors![0]!.extensions.field).toBe('input.periodId');
  });
});
