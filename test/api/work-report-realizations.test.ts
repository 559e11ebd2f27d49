import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * A target whose indicator takes its values from daily work reports: each
 * approval recounts the approved reports linked to it in the quarter.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
const FILE = `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id version } } }`;
const REVIEW = (name: string) =>
  `mutation ($input: ${name === 'approveWorkReport' ? 'Approve' : 'Return'}WorkReportInput!) { ${name}(input: $input) { report { status } } }`;
const PROGRESS = `query ($id: ID!) { performancePlan(id: $id) { targets { indicator { code } periodValue realizations { value source note } } } }`;
type Progress = {
  performancePlan: {
    targets: { indicator: { code: string }; periodValue: number | null; realizations: { value: number; source: string; note: string }[] }[];
  };
};

const file = async (targetIndex: number, hours: number) =>
  (
    await run<{ fileWorkReport: { report: { id: string; version: number } } }>(
      FILE,
      {
        input: {
          date: line.today,
          activity: 'Verifikasi data layanan',
          output: 'Data terverifikasi',
          hours,
          targetId: line.plans.siti!.targets[targetIndex]!.id,
        },
      },
      line.tokens.siti,
    )
  ).fileWorkReport.report;
const review = (name: string, report: { id: string; version: number }, comment?: string) =>
  run(REVIEW(name), { input: { id: report.id, version: report.version, ...(comment ? { comment } : {}) } }, line.tokens.kapus);
const quality = async () =>
  (await run<Progress>(PROGRESS, { id: line.plans.siti!.id }, line.tokens.siti)).performancePlan.targets.find(
    (t) => t.indicator.code === 'KUALITAS-KERJA',
  )!;

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run } = runner(app, () => line.tokens.hr!));
  const { indicators } = await run<{ indicators: { nodes: { id: string; version: number }[] } }>(
    `{ indicators(filter: { code: { eq: "KUALITAS-KERJA" } }) { nodes { id version } } }`,
  );
  await run(`mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { dataSource } } }`, {
    input: { id: indicators.nodes[0]!.id, version: indicators.nodes[0]!.version, dataSource: 'WORK_REPORTS' },
  });
  const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
    `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
    { id: line.ids.quarter },
  );
  await run(`mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { status } } }`, {
    input: { id: line.ids.quarter, version: appraisalPeriod.version },
  });
});
afterAll(() => app?.close());

describe('realisations from daily work reports', () => {
  it('count the approved reports linked to the target, recounted at each approval', async () => {
    const first = await file(1, 3);
    const second = await file(1, 2);
    const returned = await file(1, 1);
    const elsewhere = await file(0, 1);
    expect((await quality()).realizations).toEqual([]);

    await review('approveWorkReport', first);
    expect((await quality()).realizations).toEqual([{ value: 1, source: 'WORK_REPORTS', note: '1 approved daily report(s)' }]);
    await review('returnWorkReport', returned, 'Lampirkan bukti kegiatan');
    await review('approveWorkReport', second);
    await review('approveWorkReport', elsewhere);
    const target = await quality();
    expect(target.realizations).toEqual([{ value: 2, source: 'WORK_REPORTS', note: '2 approved daily report(s)' }]);
    expect(target.periodValue).toBe(2);
    // The other target's indicator is recorded by hand: a linked report fills nothing in.
    const coverage = (await run<Progress>(PROGRESS, { id: line.plans.siti!.id }, line.tokens.siti)).performancePlan.targets[0]!;
    expect(coverage.realizations).toEqual([]);
  });
});
