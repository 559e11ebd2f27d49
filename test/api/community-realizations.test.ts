import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/dates.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Targets whose indicator takes its values from surveys (the IKM of the unit)
 * or complaints (verified complaints concerning the employee or their unit) are
 * filled in by the system, never by hand, while the period records.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let units: Record<string, string>;

const PROGRESS = `query ($id: ID!) { performancePlan(id: $id) { targets { id indicator { code } periodValue realizations { value source note } } } }`;
type Target = {
  id: string;
  indicator: { code: string };
  periodValue: number | null;
  realizations: { value: number; source: string; note: string }[];
};
const targetOf = async (who: string, code: string) =>
  (await run<{ performancePlan: { targets: Target[] } }>(PROGRESS, { id: line.plans[who]!.id })).performancePlan.targets.find(
    (t) => t.indicator.code === code,
  )!;

const setSource = async (code: string, dataSource: string) => {
  const { indicators } = await run<{ indicators: { nodes: { id: string; version: number }[] } }>(
    `query ($code: String!) { indicators(filter: { code: { eq: $code } }) { nodes { id version } } }`,
    { code },
  );
  await run(`mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { dataSource } } }`, {
    input: { id: indicators.nodes[0]!.id, version: indicators.nodes[0]!.version, dataSource },
  });
};

async function surveyWithResponses(values: number[][]) {
  const created = await run<{ createSurvey: { survey: { id: string; version: number } } }>(
    `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id version } } }`,
    { input: { unitId: units.PKM, title: 'SKM Puskesmas', startDate: line.quarter.startDate, endDate: addDays(line.today, 5) } },
  );
  const opened = await run<{ openSurvey: { survey: { id: string; version: number } } }>(
    `mutation ($input: SurveyStepInput!) { openSurvey(input: $input) { survey { id version } } }`,
    { input: { id: created.createSurvey.survey.id, version: created.createSurvey.survey.version } },
  );
  const survey = opened.openSurvey.survey;
  for (const [i, answers] of values.entries()) {
    const headers = { 'x-forwarded-for': `192.0.2.${i + 10}` };
    const form = await app.gql<{ surveyForm: { token: string } }>(
      `query ($id: ID!) { surveyForm(id: $id) { token } }`,
      { id: survey.id },
      { headers },
    );
    const submitted = await app.gql(
      `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { submittedOn } }`,
      {
        input: {
          surveyId: survey.id,
          token: form.data!.surveyForm.token,
          answers: answers.map((value, j) => ({ element: `U${j + 1}`, value })),
        },
      },
      { headers },
    );
    expect(submitted.errors).toBeUndefined();
  }
  return survey;
}

const closeSurvey = (survey: { id: string; version: number }) =>
  run<{ closeSurvey: { realizationsUpdated: number } }>(
    `mutation ($input: SurveyStepInput!) { closeSurvey(input: $input) { realizationsUpdated } }`,
    { input: { id: survey.id, version: survey.version } },
  );

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
  await setSource('KUALITAS-KERJA', 'SURVEY');
  await setSource('CAKUPAN-LAYANAN', 'COMPLAINTS');
  const { orgUnits } = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(`{ orgUnits { nodes { id code } } }`);
  units = Object.fromEntries(orgUnits.nodes.map((u) => [u.code, u.id]));
});
afterAll(() => app?.close());

describe('realisations from surveys and complaints', () => {
  it('wait for the period to record: a survey closed while planning fills nothing in', async () => {
    const survey = await surveyWithResponses([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    expect((await closeSurvey(survey)).closeSurvey.realizationsUpdated).toBe(0);
    expect((await targetOf('siti', 'KUALITAS-KERJA')).realizations).toEqual([]);
  });

  it('take the IKM of the unit, or of its nearest ancestor with responses, when HR refreshes or a survey closes', async () => {
    const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
      {
        id: line.ids.quarter,
      },
    );
    await run(`mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { status } } }`, {
      input: { id: line.ids.quarter, version: appraisalPeriod.version },
    });
    const refreshed = await run<{ refreshRealizations: { realizationsUpdated: number } }>(
      `mutation ($input: RefreshRealizationsInput!) { refreshRealizations(input: $input) { realizationsUpdated } }`,
      { input: { periodId: line.ids.quarter } },
    );
    expect(refreshed.refreshRealizations.realizationsUpdated).toBeGreaterThan(0);
    // One respondent answering 4 everywhere so far: IKM 100 (A) for the puskesmas staff.
    expect((await targetOf('siti', 'KUALITAS-KERJA')).realizations).toEqual([
      { value: 100, source: 'SURVEY', note: 'IKM 100.00 (A, Sangat Baik) from 1 response(s)' },
    ]);
    // The head of the health office's unit has no survey of its own, nor do the units above it.
    expect((await targetOf('kadis', 'KUALITAS-KERJA')).realizations).toEqual([]);

    // A second survey adds three respondents; closing it recounts: (4x9 + 3x9 + 3x9 + 2x9) / 4 / 9 = 3 -> IKM 75 (C).
    const second = await surveyWithResponses([
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
    ]);
    expect((await closeSurvey(second)).closeSurvey.realizationsUpdated).toBe(3);
    const quality = await targetOf('yusuf', 'KUALITAS-KERJA');
    expect(quality.realizations).toEqual([{ value: 75, source: 'SURVEY', note: 'IKM 75.00 (C, Kurang Baik) from 4 response(s)' }]);
    expect(quality.periodValue).toBe(75);
  });

  it('count the verified complaints concerning the employee, or their unit without naming anyone', async () => {
    const file = async (extra: Record<string, unknown>, address: string) => {
      const { agencies } = await run<{ agencies: { nodes: { code: string }[] } }>(`{ agencies { nodes { code } } }`);
      const response = await app.gql<{ submitComplaint: { trackingCode: string } }>(
        `mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { trackingCode } }`,
        {
          input: {
            agencyCode: agencies.nodes[0]!.code,
            category: 'PENGADUAN',
            subject: `Keluhan ${address}`,
            description: 'Pelayanan di loket kurang memuaskan hari ini.',
            ...extra,
          },
        },
        { headers: { 'x-forwarded-for': address } },
      );
      expect(response.errors).toBeUndefined();
      const { complaints } = await run<{ complaints: { nodes: { id: string; version: number }[] } }>(
        `query ($q: String!) { complaints(filter: { q: $q }) { nodes { id version } } }`,
        { q: response.data!.submitComplaint.trackingCode },
      );
      return complaints.nodes[0]!;
    };
    const verify = (c: { id: string; version: number }) =>
      run<{ verifyComplaint: { complaint: { id: string; version: number } } }>(
        `mutation ($input: VerifyComplaintInput!) { verifyComplaint(input: $input) { complaint { id version } } }`,
        { input: { id: c.id, version: c.version } },
      );
    const aboutSiti = await file({ employeeId: line.ids.siti }, '198.18.0.1');
    const aboutUnit = await file({ unitId: units.PKM }, '198.18.0.2');
    await file({ employeeId: line.ids.yusuf }, '198.18.0.3'); // never verified: not counted
    // HR's refresh found none so far.
    expect((await targetOf('siti', 'CAKUPAN-LAYANAN')).realizations).toEqual([
      { value: 0, source: 'COMPLAINTS', note: '0 verified complaint(s) received' },
    ]);

    const verified = await verify(aboutSiti);
    expect((await targetOf('siti', 'CAKUPAN-LAYANAN')).realizations).toEqual([
      { value: 1, source: 'COMPLAINTS', note: '1 verified complaint(s) received' },
    ]);
    await verify(aboutUnit);
    expect((await targetOf('siti', 'CAKUPAN-LAYANAN')).realizations[0]!.value).toBe(2);
    expect((await targetOf('yusuf', 'CAKUPAN-LAYANAN')).realizations[0]!.value).toBe(1);

    // Rejected after verification: no longer counted.
    await run(`mutation ($input: RejectComplaintInput!) { rejectComplaint(input: $input) { complaint { status } } }`, {
      input: { id: verified.verifyComplaint.complaint.id, version: verified.verifyComplaint.complaint.version, reason: 'Laporan ganda' },
    });
    expect((await targetOf('siti', 'CAKUPAN-LAYANAN')).realizations[0]!.value).toBe(1);
  });

  it('are not entered or deleted by hand, and only HR refreshes them', async () => {
    const target = await targetOf('siti', 'CAKUPAN-LAYANAN');
    const manual = await attempt(
      `mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`,
      { input: { targetId: target.id, periodId: line.ids.quarter, value: 0 } },
      line.tokens.siti,
    );
    expect(manual.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SYSTEM_FED' });
    const refresh = `mutation ($input: RefreshRealizationsInput!) { refreshRealizations(input: $input) { realizationsUpdated } }`;
    expect(errorCode(await attempt(refresh, { input: { periodId: line.ids.quarter } }, line.tokens.siti))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(refresh, { input: { periodId: line.ids.quarter } }, line.tokens.outsider))).toBe('NOT_FOUND');
    // Nothing changed since: a refresh rewrites nothing.
    expect(
      (await run<{ refreshRealizations: { realizationsUpdated: number } }>(refresh, { input: { periodId: line.ids.quarter } }))
        .refreshRealizations.realizationsUpdated,
    ).toBe(0);
  });
});
