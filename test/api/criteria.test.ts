import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/** The indicator catalogue, behaviour values and criteria templates: what administrators configure. */

let app: TestApp;
let admin: string;
let otherAdmin: string;
let platform: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const ids: Record<string, string> = {};

const CREATE_INDICATOR = `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id code agencyId } } }`;
const CREATE_TEMPLATE = `mutation ($input: CreateCriteriaTemplateInput!) {
  createCriteriaTemplate(input: $input) { newRevision criteriaTemplate { id revision version mainWeight items { weight indicator { code } } } }
}`;
const UPDATE_TEMPLATE = `mutation ($input: UpdateCriteriaTemplateInput!) {
  updateCriteriaTemplate(input: $input) { newRevision criteriaTemplate { id revision current frozen version items { weight target indicator { code } } } }
}`;
const RESOLVE = `query ($employeeId: ID!, $periodId: ID!) {
  applicableTemplate(employeeId: $employeeId, periodId: $periodId) { template { id name revision } reason considered tiedWith { name } matchedUnit { code } matchedPositionType }
}`;

async function indicator(key: string, input: Record<string, unknown>) {
  const data = await run<{ createIndicator: { indicator: { id: string } } }>(CREATE_INDICATOR, {
    input: { perspective: 'HASIL_KERJA', aggregation: 'AVERAGE', direction: 'HIGHER_IS_BETTER', unit: 'PERCENT', ...input },
  });
  ids[key] = data.createIndicator.indicator.id;
}

async function template(key: string, input: Record<string, unknown>) {
  const data = await run<{ createCriteriaTemplate: { criteriaTemplate: { id: string } } }>(CREATE_TEMPLATE, { input });
  ids[key] = data.createCriteriaTemplate.criteriaTemplate.id;
}

async function unit(key: string, input: Record<string, unknown>) {
  const data = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
    `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
    { input },
  );
  ids[key] = data.createOrgUnit.orgUnit.id;
}

async function employee(key: string, nip: string, unitKey: string, type: string) {
  const position = await run<{ createPosition: { position: { id: string } } }>(
    `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
    { input: { unitId: ids[unitKey], name: `Jabatan ${key}`, type, grade: 7 } },
  );
  const data = await run<{ createEmployee: { employee: { id: string } } }>(
    `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
    {
      input: { nip, name: `Pegawai ${key}`, employmentType: 'PNS', golongan: 'III_A', positionId: position.createPosition.position.id },
    },
  );
  ids[key] = data.createEmployee.employee.id;
}

const items = (...weights: [string, number][]) => weights.map(([key, weight]) => ({ indicatorId: ids[key], weight, target: 90 }));

beforeAll(async () => {
  app = await startTestApp();
  agency = await createAgency(app, { code: 'PEMKOT-TEBINGTINGGI' });
  const other = await createAgency(app, { code: 'PEMKOT-LAIN' });
  admin = (await actor(app, [Role.AGENCY_ADMIN], agency.agency)).token;
  otherAdmin = (await actor(app, [Role.AGENCY_ADMIN], other.agency)).token;
  platform = (await actor(app, [Role.SUPER_ADMIN])).token;
  ({ run, attempt } = runner(app, () => admin));
  ids.other = other.id;

  await unit('dinkes', { agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' });
  await unit('pkm', { parentId: ids.dinkes, code: 'PKM-RAMBUNG', name: 'Puskesmas Rambung', kind: 'PUSKESMAS' });
  await unit('setda', { agencyId: agency.id, code: 'SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT' });
  await indicator('time', { code: 'WAKTU-LAYANAN', name: 'Waktu penyelesaian layanan', direction: 'LOWER_IS_BETTER', unit: 'MINUTES' });
  await indicator('accuracy', { code: 'AKURASI-DATA', name: 'Akurasi data' });
  await indicator('quality', { code: 'KUALITAS-KERJA', name: 'Kualitas kerja', unit: 'SCORE' });
  await indicator('vaccination', { code: 'CAKUPAN-VAKSIN', name: 'Cakupan vaksinasi' });
  await indicator('range', { code: 'STOK-OBAT', name: 'Persediaan obat (hari)', direction: 'TARGET_RANGE', unit: 'DAYS' });
});
afterAll(() => app?.close());

describe('indicator catalogue', () => {
  it('keeps codes unique within an agency, and national indicators to platform administrators', async () => {
    const twice = await attempt(CREATE_INDICATOR, {
      input: {
        code: 'WAKTU-LAYANAN',
        name: 'Lagi',
        perspective: 'LAYANAN',
        unit: 'MINUTES',
        direction: 'LOWER_IS_BETTER',
        aggregation: 'AVERAGE',
      },
    });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0]!.extensions.field).toBe('input.code');
    // The same code in another agency is another indicator.
    const elsewhere = await attempt(
      CREATE_INDICATOR,
      {
        input: {
          code: 'WAKTU-LAYANAN',
          name: 'Waktu layanan',
          perspective: 'LAYANAN',
          unit: 'MINUTES',
          direction: 'LOWER_IS_BETTER',
          aggregation: 'AVERAGE',
        },
      },
      otherAdmin,
    );
    expect(elsewhere.errors).toBeUndefined();
    const national = await attempt(
      CREATE_INDICATOR,
      {
        input: {
          code: 'IKM',
          name: 'Indeks Kepuasan Masyarakat',
          perspective: 'LAYANAN',
          unit: 'SCORE',
          direction: 'HIGHER_IS_BETTER',
          aggregation: 'AVERAGE',
          dataSource: 'SURVEY',
        },
      },
      platform,
    );
    expect(national.data!.createIndicator).toMatchObject({ indicator: { code: 'IKM', agencyId: null } });
    ids.ikm = (national.data as { createIndicator: { indicator: { id: string } } }).createIndicator.indicator.id;
    expect(
      errorCode(
        await attempt(`mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { id } } }`, {
          input: { id: ids.ikm, version: 1, name: 'Diubah' },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it("lists the national indicators and the agency's own, never another agency's", async () => {
    const codes = async (token: string) =>
      (
        await run<{ indicators: { nodes: { code: string; agencyId: string | null }[] } }>(
          `{ indicators(first: 100) { nodes { code agencyId } } }`,
          {},
          token,
        )
      ).indicators.nodes;
    const mine = await codes(admin);
    expect(mine.map((i) => i.code)).toContain('IKM');
    expect(mine.filter((i) => i.code === 'WAKTU-LAYANAN').map((i) => i.agencyId)).toEqual([agency.id]);
    expect(errorCode(await attempt(`query ($id: ID!) { indicator(id: $id) { code } }`, { id: ids.time }, otherAdmin))).toBe('NOT_FOUND');
  });
});

describe('behaviour values (BerAKHLAK)', () => {
  it('provides the seven national values, which an agency may reword for itself', async () => {
    const effective = async (token: string) =>
      (
        await run<{ effectiveBehaviourValues: { code: string; description: string; guides: string[]; isNational: boolean }[] }>(
          `{ effectiveBehaviourValues { code description guides isNational } }`,
          {},
          token,
        )
      ).effectiveBehaviourValues;
    const national = await effective(admin);
    expect(national.map((v) => v.code)).toEqual([
      'BERORIENTASI_PELAYANAN',
      'AKUNTABEL',
      'KOMPETEN',
      'HARMONIS',
      'LOYAL',
      'ADAPTIF',
      'KOLABORATIF',
    ]);
    expect(national.every((v) => v.guides.length === 3 && v.isNational)).toBe(true);

    await run(`mutation ($input: CreateBehaviourValueInput!) { createBehaviourValue(input: $input) { behaviourValue { id } } }`, {
      input: {
        code: 'AKUNTABEL',
        name: 'Akuntabel',
        description: 'Bertanggung jawab atas kepercayaan masyarakat Tebingtinggi.',
        guides: ['Hadir tepat waktu', 'Melaporkan pekerjaan setiap hari', 'Tidak menyalahgunakan kewenangan'],
      },
    });
    const reworded = await effective(admin);
    expect(reworded).toHaveLength(7);
    expect(reworded[1]).toMatchObject({
      code: 'AKUNTABEL',
      isNational: false,
      guides: ['Hadir tepat waktu', 'Melaporkan pekerjaan setiap hari', 'Tidak menyalahgunakan kewenangan'],
    });
    // Another agency still sees the national wording.
    expect((await effective(otherAdmin))[1]!.isNational).toBe(true);
  });
});

describe('criteria templates', () => {
  it('refuses main weights that do not sum to exactly 100, naming the sum, and writes nothing', async () => {
    const before = await databaseFingerprint(app);
    const response = await attempt(CREATE_TEMPLATE, {
      input: { name: 'Templat salah', items: items(['time', 40], ['accuracy', 30], ['quality', 20]) },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions).toMatchObject({
      field: 'input.items',
      weightSum: 90,
      reason: 'WEIGHTS_NOT_100',
      params: { total: 90 },
      fields: [{ field: 'input.items', reason: 'WEIGHTS_NOT_100', params: { total: 90 } }],
    });
    expect(response.errors![0]!.message).toContain('sum to 90, not 100');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('accepts decimal weights that sum to 100, and additional results outside the sum', async () => {
    const data = await run<{ createCriteriaTemplate: { criteriaTemplate: { mainWeight: number; items: unknown[] } } }>(CREATE_TEMPLATE, {
      input: {
        name: 'Templat desimal',
        active: false,
        items: [
          ...items(['time', 33.3], ['accuracy', 33.3], ['quality', 33.4]),
          { indicatorId: ids.vaccination, weight: 5, category: 'TAMBAHAN' },
        ],
      },
    });
    expect(data.createCriteriaTemplate.criteriaTemplate.mainWeight).toBeCloseTo(100, 9);
    expect(data.createCriteriaTemplate.criteriaTemplate.items).toHaveLength(4);
  });

  it('checks each item: duplicates, target ranges, weights of main results', async () => {
    const response = await attempt(CREATE_TEMPLATE, {
      input: {
        name: 'Templat banyak salah',
        items: [
          { indicatorId: ids.time, weight: 50 },
          { indicatorId: ids.time, weight: 50 },
          { indicatorId: ids.range, weight: 0, target: 10 },
          { indicatorId: ids.accuracy, weight: 0, target: 1, targetMax: 2 },
        ],
      },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const fields = (response.errors![0]!.extensions.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['input.items.1.indicatorId', 'input.items.2.targetMax', 'input.items.2.weight', 'input.items.3.targetMax']),
    );
  });
});

describe('template resolution: the most specific template wins', () => {
  let period: string;

  beforeAll(async () => {
    await template('t-all', { name: 'Umum', items: items(['quality', 100]) });
    await template('t-pelaksana', { name: 'Pelaksana', positionTypes: ['PELAKSANA'], items: items(['accuracy', 100]) });
    await template('t-dinkes', { name: 'Dinas Kesehatan', unitIds: [ids.dinkes], items: items(['vaccination', 100]) });
    await template('t-pkm', { name: 'Puskesmas Rambung', unitIds: [ids.pkm], items: items(['time', 60], ['vaccination', 40]) });
    await template('t-dinkes-pelaksana', {
      name: 'Pelaksana Dinas Kesehatan',
      unitIds: [ids.dinkes],
      positionTypes: ['PELAKSANA', 'FUNGSIONAL'],
      items: items(['accuracy', 50], ['vaccination', 50]),
    });
    await employee('pkm-staff', '199001012015012007', 'pkm', 'PELAKSANA');
    await employee('dinkes-staff', '199102022016011003', 'dinkes', 'PELAKSANA');
    await employee('dinkes-head', '198003032005011002', 'dinkes', 'PENGAWAS');
    await employee('setda-staff', '199204042017012001', 'setda', 'PELAKSANA');
    await employee('setda-head', '198105052006041004', 'setda', 'ADMINISTRATOR');
    const created = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Tahun 2025', type: 'ANNUAL', startDate: '2025-01-01', endDate: '2025-12-31' } },
    );
    period = created.createAppraisalPeriod.period.id;
  });

  it.each([
    ['pkm-staff', 'Puskesmas Rambung', 'a deeper unit beats a shallower unit with a position type'],
    ['dinkes-staff', 'Pelaksana Dinas Kesehatan', 'at the same unit, naming the position type wins'],
    ['dinkes-head', 'Dinas Kesehatan', 'a unit template beats a position-type template'],
    ['setda-staff', 'Pelaksana', 'a position-type template beats the agency-wide one'],
    ['setda-head', 'Umum', 'the agency-wide template when nothing more specific matches'],
  ])('%s gets "%s": %s', async (employeeKey, expected) => {
    const data = await run<{ applicableTemplate: { template: { name: string }; reason: string; considered: number } }>(RESOLVE, {
      employeeId: ids[employeeKey],
      periodId: period,
    });
    expect(data.applicableTemplate.template.name).toBe(expected);
    expect(data.applicableTemplate.reason).toContain(expected);
    // The inactive "Templat desimal" is not a candidate.
    expect(data.applicableTemplate.considered).toBe(5);
  });

  it('looks at the placement the employee had at the end of the period', async () => {
    const position = async (unitKey: string) =>
      (
        await run<{ createPosition: { position: { id: string } } }>(
          `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
          { input: { unitId: ids[unitKey], name: `Staf ${unitKey}`, type: 'PELAKSANA', grade: 6 } },
        )
      ).createPosition.position.id;
    const created = await run<{ createEmployee: { employee: { id: string } } }>(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
      {
        input: {
          nip: '199306062018011005',
          name: 'Pegawai Mutasi',
          employmentType: 'PNS',
          golongan: 'II_C',
          positionId: await position('setda'),
          effectiveDate: '2025-01-02',
        },
      },
    );
    const id = created.createEmployee.employee.id;
    await run(`mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`, {
      input: { id, version: 1, positionId: await position('pkm'), effectiveDate: '2026-02-01', reason: 'Mutasi' },
    });
    const in2025 = await run<{ applicableTemplate: { template: { name: string } } }>(RESOLVE, { employeeId: id, periodId: period });
    expect(in2025.applicableTemplate.template.name).toBe('Pelaksana');
    const later = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Tahun 2026', type: 'ANNUAL', startDate: '2026-01-01', endDate: '2026-12-31' } },
    );
    const in2026 = await run<{ applicableTemplate: { template: { name: string } } }>(RESOLVE, {
      employeeId: id,
      periodId: later.createAppraisalPeriod.period.id,
    });
    expect(in2026.applicableTemplate.template.name).toBe('Puskesmas Rambung');
  });

  it('explains the match', async () => {
    const data = await run<{ applicableTemplate: { reason: string; matchedUnit: { code: string }; matchedPositionType: string } }>(
      RESOLVE,
      {
        employeeId: ids['dinkes-staff'],
        periodId: period,
      },
    );
    expect(data.applicableTemplate).toMatchObject({ matchedUnit: { code: 'DINKES' }, matchedPositionType: 'PELAKSANA' });
    expect(data.applicableTemplate.reason).toMatch(/names the unit Dinas Kesehatan and .*position type PELAKSANA/);
  });
});

describe('template versions', () => {
  const PERIOD_TEMPLATES = `query ($id: ID!) { appraisalPeriod(id: $id) { status templates { id name revision } } }`;

  it('changes a template in place until a period adopts it, then writes a new revision and leaves the adopted one as it was', async () => {
    await template('versioned', {
      name: 'Templat Sekretariat',
      unitIds: [ids.setda],
      positionTypes: ['ADMINISTRATOR'],
      items: items(['quality', 60], ['accuracy', 40]),
    });
    const inPlace = await run<{
      updateCriteriaTemplate: { newRevision: boolean; criteriaTemplate: { id: string; revision: number; version: number } };
    }>(UPDATE_TEMPLATE, { input: { id: ids.versioned, version: 1, name: 'Templat Sekretariat Daerah' } });
    expect(inPlace.updateCriteriaTemplate).toMatchObject({
      newRevision: false,
      criteriaTemplate: { id: ids.versioned, revision: 1, version: 2 },
    });

    const period = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Semester I 2025', type: 'SEMESTER', startDate: '2025-01-01', endDate: '2025-06-30' } },
    );
    const periodId = period.createAppraisalPeriod.period.id;
    await run(`mutation ($input: PeriodTransitionInput!) { startPlanning(input: $input) { period { status } } }`, {
      input: { id: periodId, version: 1 },
    });
    const adopted = await run<{ appraisalPeriod: { templates: { id: string }[] } }>(PERIOD_TEMPLATES, { id: periodId });
    expect(adopted.appraisalPeriod.templates.map((t) => t.id)).toContain(ids.versioned);
    // Adoption froze it (one more version).

    const edited = await run<{
      updateCriteriaTemplate: {
        newRevision: boolean;
        criteriaTemplate: { id: string; revision: number; current: boolean; items: { weight: number; indicator: { code: string } }[] };
      };
    }>(UPDATE_TEMPLATE, { input: { id: ids.versioned, version: 3, items: items(['quality', 50], ['accuracy', 50]) } });
    const revision2 = edited.updateCriteriaTemplate.criteriaTemplate;
    expect(edited.updateCriteriaTemplate.newRevision).toBe(true);
    expect(revision2).toMatchObject({ revision: 2, current: true });
    expect(revision2.id).not.toBe(ids.versioned);
    expect(revision2.items.map((i) => i.weight)).toEqual([50, 50]);

    // Revision 1 is untouched and still the period's; the superseded revision cannot be edited.
    const old = await run<{
      criteriaTemplate: {
        revision: number;
        current: boolean;
        frozen: boolean;
        items: { weight: number }[];
        revisions: { revision: number }[];
      };
    }>(`query ($id: ID!) { criteriaTemplate(id: $id) { revision current frozen items { weight } revisions { revision } } }`, {
      id: ids.versioned,
    });
    expect(old.criteriaTemplate).toMatchObject({
      revision: 1,
      current: false,
      frozen: true,
      items: [{ weight: 60 }, { weight: 40 }],
      revisions: [{ revision: 2 }, { revision: 1 }],
    });
    const stale = await attempt(UPDATE_TEMPLATE, { input: { id: ids.versioned, version: 4, name: 'Lagi' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toContain('superseded by revision 2');

    // The running period resolves to the revision it adopted; a new DRAFT period to the latest.
    const inPeriod = await run<{ applicableTemplate: { template: { revision: number } } }>(RESOLVE, {
      employeeId: ids['setda-head'],
      periodId,
    });
    expect(inPeriod.applicableTemplate.template.revision).toBe(1);
    const draft = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Semester II 2025', type: 'SEMESTER', startDate: '2025-07-01', endDate: '2025-12-31' } },
    );
    const later = await run<{ applicableTemplate: { template: { revision: number } } }>(RESOLVE, {
      employeeId: ids['setda-head'],
      periodId: draft.createAppraisalPeriod.period.id,
    });
    expect(later.applicableTemplate.template.revision).toBe(2);

    // An adopted revision cannot be deleted either.
    const removal = await attempt(`mutation ($input: DeleteCriteriaTemplateInput!) { deleteCriteriaTemplate(input: $input) { id } }`, {
      input: { id: ids.versioned },
    });
    expect(errorCode(removal)).toBe('CONFLICT');
  });

  it('refuses to change what an adopted indicator measures', async () => {
    const version = (
      await run<{ indicator: { version: number } }>(`query ($id: ID!) { indicator(id: $id) { version } }`, { id: ids.quality })
    ).indicator.version;
    const response = await attempt(`mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { id } } }`, {
      input: { id: ids.quality, version, direction: 'LOWER_IS_BETTER' },
    });
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0]!.extensions.field).toBe('input.direction');
  });

  it('keeps templates of another agency out of reach', async () => {
    expect(errorCode(await attempt(`query ($id: ID!) { criteriaTemplate(id: $id) { name } }`, { id: ids['t-all'] }, otherAdmin))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await attempt(UPDATE_TEMPLATE, { input: { id: ids['t-all'], version: 1, name: 'Diambil' } }, otherAdmin))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('listing cost', () => {
  it('lists templates with their items and indicators in a bounded number of statements, whatever the page size', async () => {
    const LIST = `query ($first: Int) { criteriaTemplates(first: $first, filter: { current: { eq: true } }) { totalCount nodes { name mainWeight units { code } items { weight indicator { code agency { code } } } } } }`;
    const small = await attempt<{ criteriaTemplates: { nodes: unknown[] } }>(LIST, { first: 2 });
    const large = await attempt<{ criteriaTemplates: { nodes: { items: unknown[] }[] } }>(LIST, { first: 100 });
    expect(large.data!.criteriaTemplates.nodes.length).toBeGreaterThan(5);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('lists periods with their scheme, parent and children in a bounded number of statements', async () => {
    const LIST = `query ($first: Int) { appraisalPeriods(first: $first) { nodes { name scoringScheme { name } parent { name } children { name } agency { code } } } }`;
    const small = await attempt(LIST, { first: 1 });
    const large = await attempt<{ appraisalPeriods: { nodes: unknown[] } }>(LIST, { first: 100 });
    expect(large.data!.appraisalPeriods.nodes.length).toBeGreaterThan(1);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
