import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Optimistic locking of every object two people can edit: two clients read
 * version n and send their update at the same time over HTTP. Exactly one wins;
 * the other answers CONFLICT with the version that won, and changes nothing:
 * the audit trail holds one update. A new editable type is one row of EDITABLE.
 */

let app: TestApp;
let agencyId: string;
const tokens = { superAdmin: '', admin: '', hr: '', employee: '' };
const fx = { unitId: '', positionId: '', employeeId: '', indicatorId: '', programId: '', serviceId: '', periodId: '' };

// The app starts in beforeAll; the runner reaches it through this forwarder.
const { run, attempt } = runner({ gql: (...args: Parameters<TestApp['gql']>) => app.gql(...args) } as TestApp, () => tokens.hr);

/** Creates through the API and answers the new object's ID. */
async function create(mutation: string, input: Record<string, unknown>, token = tokens.hr): Promise<string> {
  const field = payloadField[mutation]!;
  const data = await run<Record<string, Record<string, { id: string }>>>(
    `mutation ($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { ${field} { id } } }`,
    { input },
    token,
  );
  return data[mutation]![field]!.id;
}
const inputType = (mutation: string) => `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
const payloadField: Record<string, string> = {
  createOrgUnit: 'orgUnit',
  createPosition: 'position',
  createEmployee: 'employee',
  createIndicator: 'indicator',
  createBehaviourValue: 'behaviourValue',
  createCriteriaTemplate: 'criteriaTemplate',
  createScoringScheme: 'scoringScheme',
  createAppraisalPeriod: 'period',
  createPublicService: 'service',
  createSurvey: 'survey',
  createTrainingProgram: 'program',
  createTrainingSession: 'session',
  createUser: 'user',
  createFollowUpRule: 'rule',
  createHoliday: 'holiday',
  createAllowanceScheme: 'scheme',
  createCeremony: 'ceremony',
  fileWorkReport: 'report',
};

interface Editable {
  /** The update mutation and the payload field holding the object. */
  mutation: string;
  payload: string;
  /** Who edits (an HR officer of the agency unless said). */
  as?: keyof typeof tokens;
  /** Makes a fresh object; answers its ID. */
  create: () => Promise<string>;
  /** A field both clients change, each to its own value. */
  field: string;
  values: [unknown, unknown];
}

let seq = 0;
const next = () => ++seq;
/** The first day of the n-th month after December 2026. */
const monthAhead = (n: number) => `${2027 + Math.floor((n - 1) / 12)}-${String(((n - 1) % 12) + 1).padStart(2, '0')}-01`;
let periodYears = 0;

const EDITABLE: Editable[] = [
  {
    mutation: 'updateAgency',
    payload: 'agency',
    as: 'superAdmin',
    create: async () => (await createAgency(app, { code: `OL-${next()}` })).id,
    field: 'name',
    values: ['Pemerintah Kota Satu', 'Pemerintah Kota Dua'],
  },
  {
    mutation: 'updateOrgUnit',
    payload: 'orgUnit',
    create: () => create('createOrgUnit', { agencyId, code: `UNIT-${next()}`, name: 'Bidang Uji', kind: 'BIDANG', parentId: fx.unitId }),
    field: 'name',
    values: ['Bidang Satu', 'Bidang Dua'],
  },
  {
    mutation: 'updatePosition',
    payload: 'position',
    create: () => create('createPosition', { unitId: fx.unitId, name: `Analis ${next()}`, grade: 9, type: 'PELAKSANA' }),
    field: 'name',
    values: ['Analis Satu', 'Analis Dua'],
  },
  {
    mutation: 'updateEmployee',
    payload: 'employee',
    create: async () => fx.employeeId,
    field: 'name',
    values: ['Siti Satu', 'Siti Dua'],
  },
  {
    mutation: 'updateIndicator',
    payload: 'indicator',
    create: () =>
      create('createIndicator', {
        agencyId,
        code: `IND-OL-${next()}`,
        name: 'Indikator Uji',
        direction: 'HIGHER_IS_BETTER',
        perspective: 'HASIL_KERJA',
        unit: 'PERCENT',
        aggregation: 'AVERAGE',
      }),
    field: 'name',
    values: ['Indikator Satu', 'Indikator Dua'],
  },
  {
    mutation: 'updateBehaviourValue',
    payload: 'behaviourValue',
    create: () =>
      create('createBehaviourValue', {
        agencyId,
        code: `NILAI_${next()}`,
        name: 'Nilai Uji',
        description: 'Nilai uji',
        guides: ['Panduan'],
      }),
    field: 'name',
    values: ['Nilai Satu', 'Nilai Dua'],
  },
  {
    mutation: 'updateCriteriaTemplate',
    payload: 'criteriaTemplate',
    create: () =>
      create('createCriteriaTemplate', {
        agencyId,
        name: `Templat ${next()}`,
        items: [{ indicatorId: fx.indicatorId, weight: 100, target: 90 }],
      }),
    field: 'name',
    values: ['Templat Satu', 'Templat Dua'],
  },
  {
    mutation: 'updateScoringScheme',
    payload: 'scoringScheme',
    create: () => create('createScoringScheme', { agencyId, name: `Skema ${next()}` }),
    field: 'name',
    values: ['Skema Satu', 'Skema Dua'],
  },
  {
    mutation: 'updateAppraisalPeriod',
    payload: 'period',
    create: () => {
      // Years of their own, in the past: a period may not end more than five years ahead, nor overlap another.
      const year = 2010 + periodYears++;
      return create('createAppraisalPeriod', {
        agencyId,
        name: `Tahun ${year}`,
        type: 'ANNUAL',
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
      });
    },
    field: 'name',
    values: ['Periode Satu', 'Periode Dua'],
  },
  {
    mutation: 'updatePublicService',
    payload: 'service',
    create: () => create('createPublicService', { unitId: fx.unitId, name: `Layanan ${next()}` }),
    field: 'name',
    values: ['Layanan Satu', 'Layanan Dua'],
  },
  {
    mutation: 'updateSurvey',
    payload: 'survey',
    create: () =>
      create('createSurvey', { serviceId: fx.serviceId, title: `Survei ${next()}`, startDate: '2030-01-01', endDate: '2030-01-31' }),
    field: 'title',
    values: ['Survei Satu', 'Survei Dua'],
  },
  {
    mutation: 'updateTrainingProgram',
    payload: 'program',
    create: () =>
      create('createTrainingProgram', {
        agencyId,
        code: `PEL-OL-${next()}`,
        title: 'Pelatihan Uji',
        competencyArea: 'TEKNIS',
        kind: 'PELATIHAN',
        mode: 'KLASIKAL',
        jpHours: 20,
      }),
    field: 'title',
    values: ['Pelatihan Satu', 'Pelatihan Dua'],
  },
  {
    mutation: 'updateTrainingSession',
    payload: 'session',
    create: () =>
      create('createTrainingSession', {
        programId: fx.programId,
        name: `Angkatan ${next()}`,
        capacity: 10,
        online: true,
        startDate: '2030-02-01',
        endDate: '2030-02-03',
      }),
    field: 'name',
    values: ['Angkatan Satu', 'Angkatan Dua'],
  },
  {
    mutation: 'updateUser',
    payload: 'user',
    as: 'admin',
    create: () =>
      create(
        'createUser',
        { agencyId, username: `akun.ol.${next()}`, displayName: 'Akun Uji', password: 'kata-sandi-yang-panjang-1', roles: ['EVALUATOR'] },
        tokens.admin,
      ),
    field: 'displayName',
    values: ['Akun Satu', 'Akun Dua'],
  },
  {
    mutation: 'updateFollowUpRule',
    payload: 'rule',
    create: () => create('createFollowUpRule', { agencyId, name: `Aturan ${next()}`, action: 'TRAINING', predicates: ['KURANG'] }),
    field: 'name',
    values: ['Aturan Satu', 'Aturan Dua'],
  },
  {
    mutation: 'updateHoliday',
    payload: 'holiday',
    create: () =>
      create('createHoliday', {
        agencyId,
        date: `2030-03-${String((next() % 28) + 1).padStart(2, '0')}`,
        kind: 'LIBUR_DAERAH',
        name: 'Libur Uji',
      }),
    field: 'name',
    values: ['Libur Satu', 'Libur Dua'],
  },
  {
    mutation: 'updateAllowanceScheme',
    payload: 'scheme',
    create: () =>
      create('createAllowanceScheme', {
        agencyId,
        // A month of its own for each, within the five years ahead a typed date may lie.
        validFrom: monthAhead(next()),
        baseAmounts: Array.from({ length: 17 }, (_, i) => 1_000_000 + i * 100_000),
      }),
    field: 'note',
    values: ['Perkada Satu', 'Perkada Dua'],
  },
  {
    mutation: 'updateCeremony',
    payload: 'ceremony',
    create: () => create('createCeremony', { agencyId, date: '2026-08-17', kind: 'UPACARA_BENDERA', name: `Upacara ${next()}` }),
    field: 'name',
    values: ['Upacara Satu', 'Upacara Dua'],
  },
  {
    mutation: 'updateWorkReport',
    payload: 'report',
    as: 'employee',
    create: () =>
      create('fileWorkReport', { date: '2026-01-05', activity: `Kegiatan ${next()}`, output: 'Dokumen', hours: 0.5 }, tokens.employee),
    field: 'activity',
    values: ['Kegiatan Satu', 'Kegiatan Dua'],
  },
];

// Two fields of updateAllowanceScheme are required on every update.
const extraInput: Record<string, Record<string, unknown>> = {
  updateAllowanceScheme: { baseAmounts: Array.from({ length: 17 }, (_, i) => 1_000_000 + i * 100_000) },
};

beforeAll(async () => {
  app = await startTestApp();
  const { agency, id } = await createAgency(app, { code: 'KUNCI' });
  agencyId = id;
  tokens.superAdmin = (await actor(app, [Role.SUPER_ADMIN])).token;
  tokens.admin = (await actor(app, [Role.AGENCY_ADMIN], agency)).token;
  tokens.hr = (await actor(app, [Role.HR_OFFICER], agency)).token;
  fx.unitId = await create('createOrgUnit', { agencyId, code: 'DINAS', name: 'Dinas Uji', kind: 'DINAS' });
  fx.positionId = await create('createPosition', { unitId: fx.unitId, name: 'Kepala Dinas', grade: 15, type: 'JPT_PRATAMA' });
  fx.employeeId = await create('createEmployee', {
    name: 'Siti Aminah',
    nip: '197203101998031002',
    employmentType: 'PNS',
    golongan: 'IV_C',
    unitId: fx.unitId,
    positionId: fx.positionId,
  });
  fx.indicatorId = await create('createIndicator', {
    agencyId,
    code: 'IND-DASAR',
    name: 'Indikator Dasar',
    direction: 'HIGHER_IS_BETTER',
    perspective: 'HASIL_KERJA',
    unit: 'PERCENT',
    aggregation: 'AVERAGE',
  });
  fx.programId = await create('createTrainingProgram', {
    agencyId,
    code: 'PEL-DASAR',
    title: 'Pelatihan Dasar',
    competencyArea: 'TEKNIS',
    kind: 'PELATIHAN',
    mode: 'KLASIKAL',
    jpHours: 20,
  });
  fx.serviceId = await create('createPublicService', { unitId: fx.unitId, name: 'Layanan Dasar' });
  fx.periodId = await create('createAppraisalPeriod', {
    agencyId,
    name: 'Tahun 2009',
    type: 'ANNUAL',
    startDate: '2009-01-01',
    endDate: '2009-12-31',
  });
  const employeeUser = await createUser(app, { roles: [Role.EMPLOYEE], agency });
  await app.sql(`update users set employee_id = ? where id = ?`, [rowId(fx.employeeId), employeeUser.id]);
  tokens.employee = await tokenFor(app, employeeUser);
}, 120_000);
afterAll(() => app?.close());

function rowId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}
const typeOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[0]!;

async function read(id: string, field: string): Promise<{ version: number; value: unknown }> {
  // Follow-up rules are not nodes: read them from the agency's list.
  if (typeOf(id) === 'FollowUpRule') {
    const data = await run<{ followUpRules: Record<string, unknown>[] }>(`{ followUpRules { id version ${field} } }`);
    const rule = data.followUpRules.find((r) => r.id === id)!;
    return { version: rule.version as number, value: rule[field] };
  }
  const data = await run<{ node: Record<string, unknown> }>(
    `query ($id: ID!) { node(id: $id) { ... on ${typeOf(id)} { version ${field} } } }`,
    {
      id,
    },
    tokens.superAdmin,
  );
  return { version: data.node.version as number, value: data.node[field] };
}

async function updatesAudited(id: string): Promise<number> {
  const [row] = await app.sql<{ n: string }>(`select count(*) as n from audit_entries where entity_id = ? and action = 'UPDATE'`, [
    rowId(id),
  ]);
  return Number(row!.n);
}

describe('a stale update is a CONFLICT, never a lost update', () => {
  it('covers every update mutation of the schema that takes a version', async () => {
    const schema = await run<{ __type: { fields: { name: string; args: { type: { ofType: { name: string } } }[] }[] } }>(
      `{ __type(name: "Mutation") { fields { name args { type { ofType { name } } } } } }`,
    );
    const withVersion: string[] = [];
    for (const field of schema.__type.fields.filter((f) => f.name.startsWith('update'))) {
      const inputName = field.args[0]!.type.ofType.name;
      const input = await run<{ __type: { inputFields: { name: string }[] } }>(
        `query ($n: String!) { __type(name: $n) { inputFields { name } } }`,
        {
          n: inputName,
        },
      );
      if (input.__type.inputFields.some((f) => f.name === 'version')) withVersion.push(field.name);
    }
    expect(EDITABLE.map((row) => row.mutation).sort()).toEqual(withVersion.sort());
  });

  it.each(EDITABLE.map((row) => [row.mutation, row] as const))('%s: two parallel updates of version n, one wins', async (_name, row) => {
    const id = await row.create();
    const start = await read(id, row.field);
    const auditedBefore = await updatesAudited(id);
    const token = tokens[row.as ?? 'hr'];
    const mutation = `mutation ($input: ${inputType(row.mutation)}!) { ${row.mutation}(input: $input) { ${row.payload} { version ${row.field} } } }`;
    const responses: GraphQLResponse[] = await Promise.all(
      row.values.map((value) =>
        attempt(mutation, { input: { id, version: start.version, [row.field]: value, ...extraInput[row.mutation] } }, token),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    const losers = responses.filter((response) => response.errors);
    expect(winners, JSON.stringify(responses.map((r) => r.errors))).toHaveLength(1);
    expect(losers.map(errorCode)).toEqual(['CONFLICT']);
    expect(losers[0]!.errors![0]!.extensions.currentVersion).toBe(start.version + 1);
    const won = (winners[0]!.data as Record<string, Record<string, Record<string, unknown>>>)[row.mutation]![row.payload]!;
    const end = await read(id, row.field);
    expect(end).toEqual({ version: start.version + 1, value: won[row.field] });
    expect(row.values).toContain(end.value);
    expect(await updatesAudited(id)).toBe(auditedBefore + 1);
  });
});

/**
 * Settings saved over a default (the set* mutations) are edited by two people
 * too. They read version 0 while the default applies; the first save makes
 * version 1. A new set* mutation with a version is one row of SETTINGS.
 */
interface Setting {
  mutation: string;
  /** Who edits (an HR officer of the agency unless said). */
  as?: keyof typeof tokens;
  /** The input that sets `value`, without the version. */
  input: (value: unknown) => Record<string, unknown>;
  /** What the first save sets, then what each of the two clients sets. */
  values: [unknown, unknown, unknown];
  /** The version and the value as they are read. */
  read: () => Promise<{ version: number; value: unknown }>;
  /** The saved row: table and condition, for its ID (audit entries). */
  row: [string, string, () => unknown[]];
}

const SETTINGS: Setting[] = [
  {
    mutation: 'setCommunitySettings',
    input: (value) => ({ agencyId, minimumSample: value }),
    values: [35, 40, 50],
    read: async () => {
      const { communitySettings } = await run<{ communitySettings: { version: number; minimumSample: number } }>(
        `query ($agencyId: ID) { communitySettings(agencyId: $agencyId) { version minimumSample } }`,
        { agencyId },
      );
      return { version: communitySettings.version, value: communitySettings.minimumSample };
    },
    row: ['community_settings', 'agency_id = ?', () => [rowId(agencyId)]],
  },
  {
    mutation: 'setDisciplineAuthority',
    as: 'admin',
    input: (value) => ({ agencyId, level: 'SEDANG', roles: value }),
    values: [['HR_OFFICER'], ['AGENCY_ADMIN'], ['AGENCY_ADMIN', 'HR_OFFICER']],
    read: async () => {
      const { disciplineAuthorities } = await run<{ disciplineAuthorities: { level: string; version: number; roles: string[] }[] }>(
        `query ($agencyId: ID) { disciplineAuthorities(agencyId: $agencyId) { level version roles } }`,
        { agencyId },
      );
      const level = disciplineAuthorities.find((row) => row.level === 'SEDANG')!;
      return { version: level.version, value: level.roles };
    },
    row: ['discipline_authorities', `agency_id = ? and level = 'SEDANG'`, () => [rowId(agencyId)]],
  },
  {
    mutation: 'setDistributionPattern',
    input: (value) => ({ agencyId, achievement: 'BAIK', constraints: [{ predicates: ['SANGAT_BAIK'], maxShare: value }] }),
    values: [0.1, 0.2, 0.3],
    read: async () => {
      const { distributionPatterns } = await run<{
        distributionPatterns: { achievement: string; version: number; national: boolean; constraints: { maxShare: number | null }[] }[];
      }>(`query ($agencyId: ID) { distributionPatterns(agencyId: $agencyId) { achievement version national constraints { maxShare } } }`, {
        agencyId,
      });
      const pattern = distributionPatterns.find((row) => row.achievement === 'BAIK')!;
      return { version: pattern.version, value: pattern.national ? null : pattern.constraints[0]!.maxShare };
    },
    row: ['distribution_patterns', `agency_id = ? and achievement = 'BAIK'`, () => [rowId(agencyId)]],
  },
  {
    mutation: 'setUnitAchievement',
    input: (value) => ({ unitId: fx.unitId, periodId: fx.periodId, achievement: value }),
    values: ['BAIK', 'ISTIMEWA', 'KURANG'],
    // Read where the console reads it (predicateDistribution lists only units with evaluations): the stored row.
    read: async () => {
      const [row] = await app.sql<{ version: number; achievement: string }>(
        `select version, achievement from unit_achievements where unit_id = ? and period_id = ?`,
        [rowId(fx.unitId), rowId(fx.periodId)],
      );
      return row ? { version: row.version, value: row.achievement } : { version: 0, value: null };
    },
    row: ['unit_achievements', 'unit_id = ? and period_id = ?', () => [rowId(fx.unitId), rowId(fx.periodId)]],
  },
];

describe('a stale save of a setting is a CONFLICT, never a lost update', () => {
  const save = (row: Setting, value: unknown, version: number) =>
    attempt(
      `mutation ($input: ${inputType(row.mutation)}!) { ${row.mutation}(input: $input) { __typename } }`,
      { input: { ...row.input(value), version } },
      tokens[row.as ?? 'hr'],
    );
  async function audited(row: Setting): Promise<{ id: string; updates: number }> {
    const [table, where, params] = row.row;
    const [saved] = await app.sql<{ id: string }>(`select id from ${table} where ${where}`, params());
    const [count] = await app.sql<{ n: string }>(`select count(*) as n from audit_entries where entity_id = ? and action = 'UPDATE'`, [
      saved!.id,
    ]);
    return { id: saved!.id, updates: Number(count!.n) };
  }

  it.each(SETTINGS.map((row) => [row.mutation, row] as const))(
    '%s: the default reads as version 0; a save based on it after someone saved, and the second of two parallel saves, are refused',
    async (_name, row) => {
      const [first, ...racing] = row.values;
      expect((await row.read()).version).toBe(0);
      expect((await save(row, first, 0)).errors).toBeUndefined();
      expect(await row.read()).toEqual({ version: 1, value: first });

      // A client that loaded the default before that save.
      const late = await save(row, racing[0], 0);
      expect(errorCode(late)).toBe('CONFLICT');
      expect(late.errors![0]!.extensions).toMatchObject({ field: 'input.version', currentVersion: 1 });
      expect(await row.read()).toEqual({ version: 1, value: first });

      // Two clients that loaded version 1 save at the same time.
      const before = await audited(row);
      const responses = await Promise.all(racing.map((value) => save(row, value, 1)));
      const losers = responses.filter((response) => response.errors);
      expect(
        responses.filter((response) => !response.errors),
        JSON.stringify(losers.map((r) => r.errors)),
      ).toHaveLength(1);
      expect(losers.map(errorCode)).toEqual(['CONFLICT']);
      expect(losers[0]!.errors![0]!.extensions.currentVersion).toBe(2);
      const end = await row.read();
      expect(end.version).toBe(2);
      expect(racing).toContainEqual(end.value);
      expect(await audited(row)).toEqual({ id: before.id, updates: before.updates + 1 });
    },
  );

  it('a save without a version is not checked (callers that write without reading first)', async () => {
    const row = SETTINGS[0]!;
    const { version } = await row.read();
    const response = await attempt(
      `mutation ($input: SetCommunitySettingsInput!) { setCommunitySettings(input: $input) { version minimumSample } }`,
      { input: row.input(60) },
    );
    expect(response.data).toEqual({ setCommunitySettings: { version: version + 1, minimumSample: 60 } });
  });

  it('removing a pattern (back to the national one) is checked too, and a pattern removed since refuses an old version', async () => {
    const row = SETTINGS.find((setting) => setting.mutation === 'setDistributionPattern')!;
    const { version } = await row.read();
    const remove = (based: number) =>
      attempt(`mutation ($input: SetDistributionPatternInput!) { setDistributionPattern(input: $input) { national version } }`, {
        input: { agencyId, achievement: 'BAIK', constraints: [], version: based },
      });
    expect(errorCode(await remove(version - 1))).toBe('CONFLICT');
    expect((await remove(version)).data).toEqual({ setDistributionPattern: { national: true, version: 0 } });
    const stale = await save(row, 0.4, version);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions.currentVersion).toBe(0);
    expect(await row.read()).toEqual({ version: 0, value: null });
  });
});
