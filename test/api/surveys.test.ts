import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/dates.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/** Satisfaction surveys: preparation by HR, the public form and its guards, and the IKM of PermenPANRB 14/2017. */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let pkm: string;

const CREATE = `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id version status elements { code name question } } } }`;
const OPEN = `mutation ($input: SurveyStepInput!) { openSurvey(input: $input) { survey { id version status } } }`;
const FORM = `query ($id: ID!) { surveyForm(id: $id) { surveyId title unitName elements { code name } scale { value label } staff { id name } token tokenExpiresAt } }`;
const SUBMIT = `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { message submittedOn } }`;
const IKM = `query ($surveyId: ID, $unitId: ID, $periodId: ID) { ikm(surveyId: $surveyId, unitId: $unitId, periodId: $periodId) {
  respondents minimumSample belowMinimumSample weightedValue ikm ikmRounded category categoryLabel elements { code average weight } } }`;

type Survey = { id: string; version: number; status: string; elements: { code: string }[] };
type Form = { surveyForm: { token: string; elements: { code: string }[]; staff: { id: string; name: string }[] } };

/** A request from the public: no token, from `address` (the test server trusts X-Forwarded-For from loopback, as behind a local proxy). */
const anonymous = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, address = '198.51.100.1') =>
  app.gql<T>(query, variables, { headers: { 'x-forwarded-for': address } });

async function openSurvey(title: string, extra: Record<string, unknown> = {}): Promise<Survey> {
  const created = (
    await run<{ createSurvey: { survey: Survey } }>(CREATE, {
      input: { unitId: pkm, title, startDate: addDays(line.today, -10), endDate: addDays(line.today, 10), ...extra },
    })
  ).createSurvey.survey;
  return (await run<{ openSurvey: { survey: Survey } }>(OPEN, { input: { id: created.id, version: created.version } })).openSurvey.survey;
}

const form = async (surveyId: string, address?: string) => {
  const response = await anonymous<Form>(FORM, { id: surveyId }, address);
  expect(response.errors).toBeUndefined();
  return response.data!.surveyForm;
};
const allAnswers = (values: number[]) => values.map((value, i) => ({ element: `U${i + 1}`, value }));
const submit = async (surveyId: string, input: Record<string, unknown>, address = '198.51.100.1') => {
  const { token } = await form(surveyId, address);
  return anonymous(SUBMIT, { input: { surveyId, token, answers: allAnswers([3, 3, 3, 3, 3, 3, 3, 3, 3]), ...input } }, address);
};

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
  const { orgUnits } = await run<{ orgUnits: { nodes: { id: string }[] } }>(
    `{ orgUnits(filter: { code: { eq: "PKM" } }) { nodes { id } } }`,
  );
  pkm = orgUnits.nodes[0]!.id;
});
afterAll(() => app?.close());

describe('preparing a survey', () => {
  it('starts with the nine standard elements of PermenPANRB 14/2017, editable while DRAFT', async () => {
    const { createSurvey } = await run<{ createSurvey: { survey: Survey & { elements: { name: string }[] } } }>(CREATE, {
      input: { unitId: pkm, title: 'SKM Puskesmas', startDate: line.today, endDate: addDays(line.today, 30) },
    });
    expect(createSurvey.survey.status).toBe('DRAFT');
    expect(createSurvey.survey.elements.map((e) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(createSurvey.survey.elements[6]!.name).toBe('Perilaku Pelaksana');
    const { updateSurvey } = await run<{ updateSurvey: { survey: { elements: { code: string; question: string }[] } } }>(
      `mutation ($input: UpdateSurveyInput!) { updateSurvey(input: $input) { survey { elements { code question } } } }`,
      {
        input: {
          id: createSurvey.survey.id,
          version: createSurvey.survey.version,
          elements: [{ code: 'U1', name: 'Persyaratan', question: 'Apakah persyaratan berobat mudah dipenuhi?' }],
        },
      },
    );
    expect(updateSurvey.survey.elements).toEqual([{ code: 'U1', question: 'Apakah persyaratan berobat mudah dipenuhi?' }]);
    const audit = await app.sql<{ action: string }>(`select action from audit_entries where entity_type = 'Survey' order by occurred_at`);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('refuses bad input with the field, in a transaction that leaves nothing behind', async () => {
    const before = await databaseFingerprint(app);
    const backwards = await attempt(CREATE, {
      input: { unitId: pkm, title: 'SKM', startDate: line.today, endDate: addDays(line.today, -1) },
    });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0]!.extensions.field).toBe('input.endDate');
    const twice = await attempt(CREATE, {
      input: {
        unitId: pkm,
        title: 'SKM',
        startDate: line.today,
        endDate: line.today,
        elements: [
          { code: 'U1', name: 'A', question: 'A?' },
          { code: 'U1', name: 'B', question: 'B?' },
        ],
      },
    });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.elements.1.code' });
    const nameless = await attempt(CREATE, { input: { title: 'SKM', startDate: line.today, endDate: line.today } });
    expect(nameless.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('is for administrators and HR of the agency: others are FORBIDDEN to write and do not find it', async () => {
    const survey = await openSurvey('SKM lingkup');
    const input = { unitId: pkm, title: 'SKM', startDate: line.today, endDate: line.today };
    expect(errorCode(await attempt(CREATE, { input }, line.tokens.siti))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(CREATE, { input }, line.tokens.outsider))).toBe('FORBIDDEN');
    const close = `mutation ($input: SurveyStepInput!) { closeSurvey(input: $input) { survey { status } } }`;
    expect(errorCode(await attempt(close, { input: { id: survey.id, version: survey.version } }, line.tokens.outsider))).toBe('FORBIDDEN');
    const read = `query ($id: ID!) { survey(id: $id) { id } }`;
    expect(errorCode(await attempt(read, { id: survey.id }, line.tokens.outsider))).toBe('NOT_FOUND');
    expect((await run<{ survey: { id: string } }>(read, { id: survey.id }, line.tokens.siti)).survey.id).toBe(survey.id);
    const ikm = await attempt(IKM, { surveyId: survey.id }, line.tokens.outsider);
    expect(errorCode(ikm)).toBe('NOT_FOUND');
  });
});

describe('the public form', () => {
  it('is served without login for an open survey only, with a token and the unit’s staff', async () => {
    const draft = (
      await run<{ createSurvey: { survey: Survey } }>(CREATE, {
        input: { unitId: pkm, title: 'Belum dibuka', startDate: line.today, endDate: line.today },
      })
    ).createSurvey.survey;
    expect(errorCode(await anonymous(FORM, { id: draft.id }))).toBe('NOT_FOUND');
    const survey = await openSurvey('SKM Rawat Jalan');
    const served = await form(survey.id);
    expect(served.elements).toHaveLength(9);
    expect(served.token.split('.')).toHaveLength(3);
    expect(served.staff.map((s) => s.name).sort()).toEqual(['Siti Aminah', 'Sri Wahyuni', 'Yusuf Effendi']);
    const later = await openSurvey('Nanti', { startDate: addDays(line.today, 1) });
    expect((await anonymous(FORM, { id: later.id })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SURVEY_NOT_OPEN' });
  });
});

describe('submitting a response', () => {
  let survey: Survey;
  beforeAll(async () => {
    survey = await openSurvey('SKM Pelayanan KIA');
  });

  it('stores a complete response with its optional profile, comment and the employee who served', async () => {
    const { staff } = await form(survey.id, '198.51.100.7');
    const response = await submit(
      survey.id,
      {
        ageBand: 'AGE_30_39',
        gender: 'FEMALE',
        education: 'SMA',
        occupation: 'WIRAUSAHA',
        comment: 'Petugas ramah.\nAntrean agak lama.',
        servedById: staff[0]!.id,
      },
      '198.51.100.7',
    );
    expect(response.errors).toBeUndefined();
    const { surveyResponses } = await run<{
      surveyResponses: { nodes: { answers: number[]; comment: string; gender: string; servedBy: { name: string } }[] };
    }>(`query ($id: ID!) { surveyResponses(filter: { surveyId: { eq: $id } }) { nodes { answers comment gender servedBy { name } } } }`, {
      id: survey.id,
    });
    expect(surveyResponses.nodes).toEqual([
      {
        answers: [3, 3, 3, 3, 3, 3, 3, 3, 3],
        comment: 'Petugas ramah.\nAntrean agak lama.',
        gender: 'FEMALE',
        servedBy: { name: staff[0]!.name },
      },
    ]);
    // Colleagues do not read what citizens said about whom.
    const colleague = await attempt(`{ surveyResponses { nodes { comment } } }`, {}, line.tokens.siti);
    expect(errorCode(colleague)).toBe('FORBIDDEN');
    const [entry] = await app.sql<{ actor_name: string; changes: Record<string, { after: unknown }> }>(
      `select actor_name, changes from audit_entries where entity_type = 'SurveyResponse'`,
    );
    expect(entry!.actor_name).toBe('system');
    expect(entry!.changes.clientHash!.after).toBe('[redacted]');
  });

  it.each([
    ['a missing answer', { answers: allAnswers([3, 3, 3, 3, 3, 3, 3, 3]) }, 'input.answers'],
    ['an answer off the scale', { answers: allAnswers([3, 3, 3, 3, 5, 3, 3, 3, 3]) }, 'input.answers.4.value'],
    [
      'an unknown element',
      { answers: [...allAnswers([3, 3, 3, 3, 3, 3, 3, 3, 3]), { element: 'U10', value: 2 }] },
      'input.answers.9.element',
    ],
    ['a comment over 1,000 characters', { comment: 'a'.repeat(1001) }, 'input.comment'],
    ['a control character', { comment: 'halo\u0007' }, 'input.comment'],
    ['an employee of another agency', { servedById: 'RW1wbG95ZWU6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw' }, 'input.servedById'],
  ])('refuses %s (BAD_USER_INPUT) and stores nothing', async (_label, input, field) => {
    const before = await databaseFingerprint(app);
    const response = await submit(survey.id, input, '198.51.100.20');
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses as the one who served an employee of the agency outside the surveyed unit and the units below it', async () => {
    const before = await databaseFingerprint(app);
    // The head of the health office works in the unit above the puskesmas: not among the form's staff.
    const response = await submit(survey.id, { servedById: line.ids.kadis }, '198.51.100.21');
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.servedById', reason: 'NOT_A_CHOICE' });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('needs a valid token for this survey, and spends it', async () => {
    const other = await openSurvey('SKM lain');
    const before = await databaseFingerprint(app);
    const foreign = await form(other.id);
    const answers = allAnswers([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    const wrong = await anonymous(SUBMIT, { input: { surveyId: survey.id, token: foreign.token, answers } }, '198.51.100.30');
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    const forged = await anonymous(SUBMIT, { input: { surveyId: survey.id, token: 'abc.def.ghi', answers } }, '198.51.100.30');
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(app)).toBe(before);

    const { token } = await form(survey.id, '198.51.100.30');
    expect((await anonymous(SUBMIT, { input: { surveyId: survey.id, token, answers } }, '198.51.100.30')).errors).toBeUndefined();
    const spent = await databaseFingerprint(app);
    const again = await anonymous(
      SUBMIT,
      { input: { surveyId: survey.id, token, answers: allAnswers([1, 1, 1, 1, 1, 1, 1, 1, 1]) } },
      '198.51.100.31',
    );
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOKEN_USED', field: 'input.token' });
    expect(await databaseFingerprint(app)).toBe(spent);
  });

  it('refuses the same answers and comment from the same address within a day (DUPLICATE), not from another', async () => {
    const input = { answers: allAnswers([2, 3, 2, 3, 2, 3, 2, 3, 2]), comment: 'Ruang tunggu panas' };
    expect((await submit(survey.id, input, '198.51.100.40')).errors).toBeUndefined();
    const before = await databaseFingerprint(app);
    const duplicate = await submit(survey.id, input, '198.51.100.40');
    expect(duplicate.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    expect(await databaseFingerprint(app)).toBe(before);
    expect((await submit(survey.id, { ...input, comment: 'Ruang tunggu sangat panas' }, '198.51.100.40')).errors).toBeUndefined();
    expect((await submit(survey.id, input, '198.51.100.41')).errors).toBeUndefined();
  });

  it('limits the responses per address and hour to the agency’s setting (TOO_MANY_REQUESTS), counted in PostgreSQL', async () => {
    await run(`mutation { setCommunitySettings(input: { submissionsPerHour: 3 }) { submissionsPerHour } }`);
    const limited = await openSurvey('SKM terbatas');
    for (let i = 1; i <= 3; i++) expect((await submit(limited.id, { comment: `ke-${i}` }, '198.51.100.50')).errors).toBeUndefined();
    const before = await databaseFingerprint(app);
    const fourth = await submit(limited.id, { comment: 'ke-4' }, '198.51.100.50');
    expect(fourth.errors![0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(fourth.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await databaseFingerprint(app)).toBe(before);
    expect((await submit(limited.id, { comment: 'ke-4' }, '198.51.100.51')).errors).toBeUndefined();
    const [row] = await app.sql<{ count: number }>(`select sum(count)::int as count from public_rate_limits where key like ?`, [
      `survey:%`,
    ]);
    expect(row!.count).toBeGreaterThanOrEqual(4);
    await run(`mutation { setCommunitySettings(input: { submissionsPerHour: 20 }) { submissionsPerHour } }`);
  });

  it('takes nothing once closed', async () => {
    const closing = await openSurvey('SKM ditutup');
    const { token } = await form(closing.id);
    await run(`mutation ($input: SurveyStepInput!) { closeSurvey(input: $input) { survey { status } realizationsUpdated } }`, {
      input: { id: closing.id, version: closing.version },
    });
    const late = await anonymous(SUBMIT, { input: { surveyId: closing.id, token, answers: allAnswers([4, 4, 4, 4, 4, 4, 4, 4, 4]) } });
    expect(late.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SURVEY_NOT_OPEN' });
  });
});

describe('the IKM', () => {
  /** The four respondents of docs/domain.md#ikm: element averages 3.25, 3.00, 2.75, 3.50, 3.25, 3.50, 3.75, 3.00, 3.25. */
  const RESPONDENTS = [
    [4, 3, 3, 4, 4, 4, 4, 3, 4],
    [3, 3, 3, 4, 3, 4, 4, 3, 3],
    [3, 3, 3, 3, 3, 3, 4, 3, 3],
    [3, 3, 2, 3, 3, 3, 3, 3, 3],
  ];
  let survey: Survey;
  beforeAll(async () => {
    const { orgUnits } = await run<{ orgUnits: { nodes: { id: string }[] } }>(
      `{ orgUnits(filter: { code: { eq: "DINKES" } }) { nodes { id } } }`,
    );
    const created = (
      await run<{ createSurvey: { survey: Survey } }>(CREATE, {
        input: { unitId: orgUnits.nodes[0]!.id, title: 'SKM Dinas', startDate: addDays(line.today, -3), endDate: line.today },
      })
    ).createSurvey.survey;
    survey = (await run<{ openSurvey: { survey: Survey } }>(OPEN, { input: { id: created.id, version: created.version } })).openSurvey
      .survey;
    for (const [i, values] of RESPONDENTS.entries()) {
      expect((await submit(survey.id, { answers: allAnswers(values) }, `192.0.2.${i + 1}`)).errors).toBeUndefined();
    }
  });

  it('reproduces the worked example of docs/domain.md#ikm: 3.25, IKM 81.25, B (Baik)', async () => {
    const { ikm } = await run<{ ikm: Record<string, unknown> & { elements: { code: string; average: number; weight: number }[] } }>(IKM, {
      surveyId: survey.id,
    });
    expect(ikm.elements.map((e) => e.average)).toEqual([3.25, 3, 2.75, 3.5, 3.25, 3.5, 3.75, 3, 3.25]);
    expect(ikm.elements[0]!.weight).toBeCloseTo(1 / 9, 12);
    expect(ikm).toMatchObject({ respondents: 4, weightedValue: 3.25, ikm: 81.25, ikmRounded: 81.25, category: 'B', categoryLabel: 'Baik' });
    // Four respondents are below the default minimum sample (30).
    expect(ikm).toMatchObject({ minimumSample: 30, belowMinimumSample: true });
  });

  it('flags the sample against the survey’s own minimum, or the agency’s', async () => {
    const update = `mutation ($input: UpdateSurveyInput!) { updateSurvey(input: $input) { survey { version minimumSample ownMinimumSample } } }`;
    const own = await run<{ updateSurvey: { survey: { version: number; minimumSample: number; ownMinimumSample: boolean } } }>(update, {
      input: { id: survey.id, version: survey.version, minimumSample: 4 },
    });
    expect(own.updateSurvey.survey).toMatchObject({ minimumSample: 4, ownMinimumSample: true });
    expect((await run<{ ikm: { belowMinimumSample: boolean } }>(IKM, { surveyId: survey.id })).ikm.belowMinimumSample).toBe(false);
    await run(update, { input: { id: survey.id, version: own.updateSurvey.survey.version, minimumSample: null } });
    await run(`mutation { setCommunitySettings(input: { minimumSample: 5 }) { minimumSample } }`);
    expect((await run<{ ikm: { minimumSample: number; belowMinimumSample: boolean } }>(IKM, { surveyId: survey.id })).ikm).toMatchObject({
      minimumSample: 5,
      belowMinimumSample: true,
    });
    await run(`mutation { setCommunitySettings(input: { minimumSample: 30 }) { minimumSample } }`);
  });

  it('of a unit over a period counts every survey of the unit answered in it', async () => {
    const { orgUnits } = await run<{ orgUnits: { nodes: { id: string }[] } }>(
      `{ orgUnits(filter: { code: { eq: "DINKES" } }) { nodes { id } } }`,
    );
    const { ikm } = await run<{ ikm: { respondents: number; ikm: number; category: string } }>(IKM, {
      unitId: orgUnits.nodes[0]!.id,
      periodId: line.ids.quarter,
    });
    expect(ikm).toMatchObject({ respondents: 4, ikm: 81.25, category: 'B' });
    expect(errorCode(await attempt(IKM, { unitId: orgUnits.nodes[0]!.id }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await attempt(IKM, { unitId: orgUnits.nodes[0]!.id, surveyId: survey.id }))).toBe('BAD_USER_INPUT');
  });

  it('lists surveys with their unit and counts in the same number of statements for few or many', async () => {
    const query = `query ($first: Int) { surveys(first: $first) { nodes { id title unit { name } service { name } responseCount minimumSample } } }`;
    const few = await app.gql(query, { first: 2 }, { token: line.tokens.hr });
    const many = await app.gql(query, { first: 50 }, { token: line.tokens.hr });
    expect(few.errors).toBeUndefined();
    expect((many.data as { surveys: { nodes: unknown[] } }).surveys.nodes.length).toBeGreaterThan(5);
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });
});
