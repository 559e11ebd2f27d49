import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, errorCode, startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { agreePlans, evaluatePlans } from '../helpers/cycle.js';
import { runner } from '../helpers/gql-run.js';

/** Appraisal periods: shape, overlap, sub-periods, the lifecycle and the read-only closed period. */

let app: TestApp;
let admin: string;
let platform: string;
let otherHr: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];

interface Period {
  id: string;
  name: string;
  status: string;
  version: number;
  startDate: string;
  endDate: string;
}
const FIELDS = 'id name status version startDate endDate';
const CREATE = `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { ${FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdateAppraisalPeriodInput!) { updateAppraisalPeriod(input: $input) { period { ${FIELDS} } } }`;
const DELETE = `mutation ($input: DeleteAppraisalPeriodInput!) { deleteAppraisalPeriod(input: $input) { id } }`;
const GENERATE = `mutation ($input: GenerateSubPeriodsInput!) { generateSubPeriods(input: $input) { created periods { ${FIELDS} } } }`;
const GET = `query ($id: ID!) { appraisalPeriod(id: $id) { ${FIELDS} nextStep { to mutation allowed blockers } history { fromStatus toStatus reason actorName } } }`;
const STEPS = ['startPlanning', 'startMonitoring', 'startEvaluation', 'closePeriod'] as const;
const step = (mutation: string) => `mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { ${FIELDS} } } }`;
const REOPEN = `mutation ($input: ReopenPeriodInput!) { reopenPeriod(input: $input) { period { ${FIELDS} } } }`;

async function create(input: Record<string, unknown>): Promise<Period> {
  return (await run<{ createAppraisalPeriod: { period: Period } }>(CREATE, { input })).createAppraisalPeriod.period;
}
async function get(id: string) {
  return (
    await run<{
      appraisalPeriod: Period & {
        nextStep: { to: string; mutation: string; allowed: boolean; blockers: string[] } | null;
        history: { fromStatus: string; toStatus: string; reason: string | null; actorName: string }[];
      };
    }>(GET, { id })
  ).appraisalPeriod;
}
async function move(id: string, mutation: string, token = admin): Promise<GraphQLResponse<Record<string, { period: Period }>>> {
  // Monitoring needs every plan approved, closing every plan evaluated (the one employee heads the agency: HR acts as appraiser).
  const { status } = await get(id);
  if (mutation === 'startMonitoring' && status === 'PLANNING') await agreePlans(run, id);
  if (mutation === 'closePeriod' && status === 'EVALUATION') await evaluatePlans(run, id);
  const { version } = await get(id);
  return attempt<Record<string, { period: Period }>>(step(mutation), { input: { id, version } }, token);
}

beforeAll(async () => {
  app = await startTestApp();
  agency = await createAgency(app, { code: 'PEMKAB-ACEH-BARAT-DAYA' });
  const other = await createAgency(app, { code: 'PEMKOT-LAIN' });
  admin = (await actor(app, [Role.AGENCY_ADMIN], agency.agency)).token;
  platform = (await actor(app, [Role.SUPER_ADMIN])).token;
  otherHr = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
  ({ run, attempt } = runner(app, () => admin));
  const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
    `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
    { input: { agencyId: agency.id, code: 'SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT' } },
  );
  await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
    input: {
      nip: '197003051995031001',
      name: 'Teuku Iskandar',
      employmentType: 'PNS',
      golongan: 'IV_C',
      unitId: unit.createOrgUnit.orgUnit.id,
    },
  });
});
afterAll(() => app?.close());

describe('period shape', () => {
  it('refuses a period of the same type overlapping another, naming it, and writes nothing', async () => {
    await create({ name: 'Triwulan I 2024', type: 'QUARTERLY', startDate: '2024-01-01', endDate: '2024-03-31' });
    const before = await databaseFingerprint(app);
    const overlap = await attempt(CREATE, {
      input: { name: 'Triwulan geser', type: 'QUARTERLY', startDate: '2024-03-31', endDate: '2024-06-29' },
    });
    expect(errorCode(overlap)).toBe('BAD_USER_INPUT');
    expect(overlap.errors![0]!.extensions.field).toBe('input.startDate');
    expect(overlap.errors![0]!.message).toContain('Triwulan I 2024');
    expect(await databaseFingerprint(app)).toBe(before);
    // Another type may cover the same days; the next quarter may start the day after.
    await create({ name: 'Maret 2024', type: 'MONTHLY', startDate: '2024-03-01', endDate: '2024-03-31' });
    await create({ name: 'Triwulan II 2024', type: 'QUARTERLY', startDate: '2024-04-01', endDate: '2024-06-30' });
  });

  it('backs the overlap rule with a database constraint', async () => {
    const [row] = await app.sql<{ agency_id: string; scoring_scheme_id: string }>(
      `select agency_id, scoring_scheme_id from appraisal_periods limit 1`,
    );
    await expect(
      app.sql(
        `insert into appraisal_periods (id, created_at, updated_at, agency_id, name, type, start_date, end_date, scoring_scheme_id)
         values (gen_random_uuid(), now(), now(), ?, 'Selundupan', 'QUARTERLY', '2024-02-01', '2024-04-30', ?)`,
        [row!.agency_id, row!.scoring_scheme_id],
      ),
    ).rejects.toThrow(/appraisal_periods_no_overlap/);
  });

  it('answers overlapping periods created at the same time with one period and refusals, never an internal error', async () => {
    for (const year of [2011, 2012, 2013, 2014, 2015]) {
      const input = { name: `Tahunan ${year}`, type: 'ANNUAL', startDate: `${year}-01-01`, endDate: `${year}-12-31` };
      const answers = await Promise.all(
        [admin, admin, platform, platform].map((token) => attempt(CREATE, { input: { ...input, agencyId: agency.id } }, token)),
      );
      const codes = answers.map((answer) => errorCode(answer) ?? 'OK');
      expect(
        codes.filter((code) => code === 'OK'),
        codes.join(),
      ).toHaveLength(1);
      // The others are refused by the service's overlap check or, racing past it, by the database constraint.
      for (const code of codes.filter((c) => c !== 'OK')) expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(code);
      const rows = await app.sql(`select id from appraisal_periods where name = ?`, [input.name]);
      expect(rows).toHaveLength(1);
    }
  });

  it('refuses dates in the wrong order, a quarter of a year, and a sub-period outside its year', async () => {
    const backwards = await attempt(CREATE, {
      input: { name: 'Terbalik', type: 'MONTHLY', startDate: '2023-05-31', endDate: '2023-05-01' },
    });
    expect(backwards.errors![0]!.extensions.field).toBe('input.endDate');
    const long = await attempt(CREATE, {
      input: { name: 'Triwulan panjang', type: 'QUARTERLY', startDate: '2023-01-01', endDate: '2023-12-31' },
    });
    expect(long.errors![0]!.message).toContain('at most 92 days');
    const farAway = await attempt(CREATE, {
      input: { name: 'Salah ketik', type: 'ANNUAL', startDate: '9999-01-01', endDate: '9999-12-31' },
    });
    expect(farAway.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate', reason: 'DATE_TOO_LATE' });
    const year = await create({ name: 'Tahun 2023', type: 'ANNUAL', startDate: '2023-01-01', endDate: '2023-12-31' });
    const outside = await attempt(CREATE, {
      input: { name: 'Luar', type: 'MONTHLY', startDate: '2024-12-01', endDate: '2024-12-31', parentId: year.id },
    });
    expect(errorCode(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors![0]!.message).toContain('inside Tahun 2023');
  });

  it('generates the quarters and months of a year, once', async () => {
    const year = await create({ name: 'Tahun 2025', type: 'ANNUAL', startDate: '2025-01-01', endDate: '2025-12-31' });
    const quarters = await run<{ generateSubPeriods: { created: number; periods: Period[] } }>(GENERATE, {
      input: { id: year.id, type: 'QUARTERLY' },
    });
    expect(quarters.generateSubPeriods.created).toBe(4);
    expect(quarters.generateSubPeriods.periods.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Triwulan I 2025', '2025-01-01', '2025-03-31'],
      ['Triwulan II 2025', '2025-04-01', '2025-06-30'],
      ['Triwulan III 2025', '2025-07-01', '2025-09-30'],
      ['Triwulan IV 2025', '2025-10-01', '2025-12-31'],
    ]);
    const again = await run<{ generateSubPeriods: { created: number; periods: Period[] } }>(GENERATE, {
      input: { id: year.id, type: 'QUARTERLY' },
    });
    expect(again.generateSubPeriods.created).toBe(0);
    expect(again.generateSubPeriods.periods.map((p) => p.id)).toEqual(quarters.generateSubPeriods.periods.map((p) => p.id));
    const months = await run<{ generateSubPeriods: { created: number; periods: Period[] } }>(GENERATE, {
      input: { id: year.id, type: 'MONTHLY' },
    });
    expect(months.generateSubPeriods.periods.map((p) => p.name)).toEqual([
      'Januari 2025',
      'Februari 2025',
      'Maret 2025',
      'April 2025',
      'Mei 2025',
      'Juni 2025',
      'Juli 2025',
      'Agustus 2025',
      'September 2025',
      'Oktober 2025',
      'November 2025',
      'Desember 2025',
    ]);
    expect(months.generateSubPeriods.periods[1]).toMatchObject({ startDate: '2025-02-01', endDate: '2025-02-28' });
  });
});

describe('lifecycle', () => {
  let year: Period;
  let quarter: Period;

  beforeAll(async () => {
    year = await create({ name: 'Tahun 2022', type: 'ANNUAL', startDate: '2022-01-01', endDate: '2022-12-31' });
    quarter = await create({
      name: 'Triwulan I 2022',
      type: 'QUARTERLY',
      startDate: '2022-01-01',
      endDate: '2022-03-31',
      parentId: year.id,
    });
  });

  it('refuses steps out of order, saying which step comes next', async () => {
    const response = await move(year.id, 'startMonitoring');
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0]!.message).toContain('its next step is PLANNING (startPlanning)');
    // The status in the params, with the enum it belongs to, so that a client can say it in words.
    expect(response.errors![0]!.extensions).toMatchObject({
      reason: 'STATE_CONFLICT',
      field: 'input.id',
      params: { status: 'DRAFT', statusType: 'PeriodStatus' },
    });
    expect(errorCode(await move(year.id, 'closePeriod'))).toBe('CONFLICT');
  });

  it('will not plan without a criteria template, and says so before anyone tries', async () => {
    expect((await get(year.id)).nextStep).toEqual({
      to: 'PLANNING',
      mutation: 'startPlanning',
      allowed: false,
      blockers: ['the agency has no active criteria template; create one first'],
    });
    const response = await move(year.id, 'startPlanning');
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0]!.extensions.blockers).toEqual(['the agency has no active criteria template; create one first']);

    const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
      `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          code: 'KUALITAS',
          name: 'Kualitas kerja',
          perspective: 'HASIL_KERJA',
          unit: 'SCORE',
          direction: 'HIGHER_IS_BETTER',
          aggregation: 'AVERAGE',
        },
      },
    );
    await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
      input: { name: 'Umum', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 80 }] },
    });
    expect((await get(year.id)).nextStep!.allowed).toBe(true);
  });

  it('plans a quarter only once its year is planning', async () => {
    const response = await move(quarter.id, 'startPlanning');
    expect(response.errors![0]!.extensions.blockers).toEqual(['the annual period Tahun 2022 is still DRAFT; start its planning first']);
    expect((await move(year.id, 'startPlanning')).errors).toBeUndefined();
    expect((await move(quarter.id, 'startPlanning')).errors).toBeUndefined();
  });

  it('starts monitoring only once plans exist', async () => {
    const quiet = await create({ name: 'Semester I 2029', type: 'SEMESTER', startDate: '2029-01-01', endDate: '2029-06-30' });
    expect((await move(quiet.id, 'startPlanning')).errors).toBeUndefined();
    const { version } = await get(quiet.id);
    const response = await attempt(step('startMonitoring'), { input: { id: quiet.id, version } });
    expect(response.errors![0]!.extensions.blockers).toEqual(['no performance plan has been generated yet (generatePlans)']);
    const deleted = await attempt(DELETE, { input: { id: quiet.id } });
    expect(deleted.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'WRONG_STATUS',
      params: { status: 'PLANNING', statusType: 'PeriodStatus' },
    });
  });

  it('opens evaluation only in the closing week of the period', async () => {
    const future = await create({ name: 'Tahun 2030', type: 'ANNUAL', startDate: '2030-01-01', endDate: '2030-12-31' });
    expect((await move(future.id, 'startPlanning')).errors).toBeUndefined();
    expect((await move(future.id, 'startMonitoring')).errors).toBeUndefined();
    const early = await move(future.id, 'startEvaluation');
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0]!.extensions.blockers).toEqual(['evaluation opens on 2030-12-24, in the closing week of the period']);
  });

  it('closes a year only after its sub-periods, and keeps the history of every step', async () => {
    for (const mutation of ['startMonitoring', 'startEvaluation']) {
      expect((await move(year.id, mutation)).errors).toBeUndefined();
      expect((await move(quarter.id, mutation)).errors).toBeUndefined();
    }
    const blocked = await move(year.id, 'closePeriod');
    expect(blocked.errors![0]!.extensions.blockers).toEqual(['sub-periods not closed yet: Triwulan I 2022']);
    expect((await move(quarter.id, 'closePeriod')).errors).toBeUndefined();
    expect((await move(year.id, 'closePeriod')).data!.closePeriod!.period.status).toBe('CLOSED');
    const closed = await get(year.id);
    expect(closed.nextStep).toBeNull();
    expect(closed.history.map((h) => `${h.fromStatus}>${h.toStatus}`)).toEqual([
      'DRAFT>PLANNING',
      'PLANNING>MONITORING',
      'MONITORING>EVALUATION',
      'EVALUATION>CLOSED',
    ]);
  });

  it('makes a closed period read-only for every mutation that touches it', async () => {
    const closed = await get(year.id);
    const before = await databaseFingerprint(app);
    const attempts: [string, GraphQLResponse][] = [
      ['update', await attempt(UPDATE, { input: { id: year.id, version: closed.version, name: 'Diubah' } })],
      [
        'update by platform admin',
        await attempt(UPDATE, { input: { id: year.id, version: closed.version, evaluationDueDate: '2023-01-31' } }, platform),
      ],
      ['delete', await attempt(DELETE, { input: { id: year.id } })],
      ['generate', await attempt(GENERATE, { input: { id: year.id, type: 'MONTHLY' } })],
      [
        'new sub-period',
        await attempt(CREATE, {
          input: { name: 'Juli 2022', type: 'MONTHLY', startDate: '2022-07-01', endDate: '2022-07-31', parentId: year.id },
        }),
      ],
      ...(await Promise.all(STEPS.map(async (mutation) => [mutation, await move(year.id, mutation)] as [string, GraphQLResponse]))),
    ];
    for (const [what, response] of attempts) {
      expect(errorCode(response), what).toBe('CONFLICT');
      expect(response.errors![0]!.message, what).toContain('closed');
    }
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('is reopened only by a platform administrator, with a reason kept in its history', async () => {
    const { version } = await get(year.id);
    expect(errorCode(await attempt(REOPEN, { input: { id: year.id, version, reason: 'Koreksi data penilaian' } }))).toBe('FORBIDDEN');
    const short = await attempt(REOPEN, { input: { id: year.id, version, reason: 'salah' } }, platform);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.extensions.field).toBe('input.reason');
    const reopened = await run<{ reopenPeriod: { period: Period } }>(
      REOPEN,
      { input: { id: year.id, version, reason: 'Koreksi nilai keberatan yang dikabulkan' } },
      platform,
    );
    expect(reopened.reopenPeriod.period.status).toBe('EVALUATION');
    expect((await get(year.id)).history.at(-1)).toMatchObject({
      fromStatus: 'CLOSED',
      toStatus: 'EVALUATION',
      reason: 'Koreksi nilai keberatan yang dikabulkan',
    });
    const audit = await app.sql<{ action: string }>(
      `select action from audit_entries where entity_type = 'PeriodTransition' and changes->'reason'->>'after' = 'Koreksi nilai keberatan yang dikabulkan'`,
    );
    expect(audit).toEqual([{ action: 'CREATE' }]);
    // Open again: ordinary changes are allowed.
    expect(
      (await attempt(UPDATE, { input: { id: year.id, version: version + 1, evaluationDueDate: '2023-01-31' } })).errors,
    ).toBeUndefined();
  });
});

describe('the scoring scheme of a closed period', () => {
  it('stays as it was: a later edit makes a new revision', async () => {
    const scheme = await run<{ createScoringScheme: { scoringScheme: { id: string; version: number } } }>(
      `mutation ($input: CreateScoringSchemeInput!) { createScoringScheme(input: $input) { scoringScheme { id version } } }`,
      { input: { name: 'Skema Aceh Barat Daya', aboveFrom: 105 } },
    );
    const schemeId = scheme.createScoringScheme.scoringScheme.id;
    const UPDATE_SCHEME = `mutation ($input: UpdateScoringSchemeInput!) { updateScoringScheme(input: $input) { newRevision scoringScheme { id revision aboveFrom version } } }`;
    const inPlace = await run<{ updateScoringScheme: { newRevision: boolean; scoringScheme: { id: string; aboveFrom: number } } }>(
      UPDATE_SCHEME,
      {
        input: { id: schemeId, version: 1, aboveFrom: 108 },
      },
    );
    expect(inPlace.updateScoringScheme).toMatchObject({ newRevision: false, scoringScheme: { id: schemeId, aboveFrom: 108 } });

    const period = await create({
      name: 'Triwulan I 2021',
      type: 'QUARTERLY',
      startDate: '2021-01-01',
      endDate: '2021-03-31',
      scoringSchemeId: schemeId,
    });
    for (const mutation of STEPS) expect((await move(period.id, mutation)).errors, mutation).toBeUndefined();

    const version = (
      await run<{ scoringScheme: { version: number } }>(`query ($id: ID!) { scoringScheme(id: $id) { version } }`, { id: schemeId })
    ).scoringScheme.version;
    const edited = await run<{
      updateScoringScheme: { newRevision: boolean; scoringScheme: { id: string; revision: number; aboveFrom: number } };
    }>(UPDATE_SCHEME, {
      input: { id: schemeId, version, aboveFrom: 115 },
    });
    expect(edited.updateScoringScheme).toMatchObject({ newRevision: true, scoringScheme: { revision: 2, aboveFrom: 115 } });
    const closed = await run<{ appraisalPeriod: { scoringScheme: { id: string; aboveFrom: number; frozen: boolean } } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { scoringScheme { id aboveFrom frozen } } }`,
      { id: period.id },
    );
    expect(closed.appraisalPeriod.scoringScheme).toEqual({ id: schemeId, aboveFrom: 108, frozen: true });
  });
});

describe('access to periods', () => {
  it('hides periods of other agencies (NOT_FOUND) and refuses changes to them (FORBIDDEN)', async () => {
    const period = await create({ name: 'Januari 2026', type: 'MONTHLY', startDate: '2026-01-01', endDate: '2026-01-31' });
    expect(errorCode(await attempt(GET, { id: period.id }, otherHr))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(UPDATE, { input: { id: period.id, version: 1, name: 'Diambil' } }, otherHr))).toBe('FORBIDDEN');
    const listed = await run<{ appraisalPeriods: { totalCount: number } }>(`{ appraisalPeriods { totalCount } }`, {}, otherHr);
    expect(listed.appraisalPeriods.totalCount).toBe(0);
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
    expect(errorCode(await attempt(UPDATE, { input: { id: period.id, version: 1, name: 'Diambil' } }, employee))).toBe('FORBIDDEN');
  });
});
