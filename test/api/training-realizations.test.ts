import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/dates.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * A target measured by TRAINING counts the trainings the employee completed in
 * the (sub-)period, recounted when a result is recorded.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
const PROGRESS = `query ($id: ID!) { performancePlan(id: $id) { targets { indicator { code } realizations { value source note } } } }`;
type Progress = {
  performancePlan: { targets: { indicator: { code: string }; realizations: { value: number; source: string; note: string }[] }[] };
};

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run } = runner(app, () => line.tokens.hr!));
  const { indicators } = await run<{ indicators: { nodes: { id: string; version: number }[] } }>(
    `{ indicators(filter: { code: { eq: "KUALITAS-KERJA" } }) { nodes { id version } } }`,
  );
  await run(`mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { dataSource } } }`, {
    input: { id: indicators.nodes[0]!.id, version: indicators.nodes[0]!.version, dataSource: 'TRAINING' },
  });
  const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
    `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
    {
      id: line.ids.quarter,
    },
  );
  await run(`mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { status } } }`, {
    input: { id: line.ids.quarter, version: appraisalPeriod.version },
  });
});
afterAll(() => app?.close());

describe('realisations from training', () => {
  it('count the trainings completed in the period, once a result is recorded', async () => {
    const program = await run<{ createTrainingProgram: { program: { id: string } } }>(
      `mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id } } }`,
      {
        input: {
          code: 'PELAYANAN-PRIMA',
          title: 'Pelayanan Prima',
          competencyArea: 'TEKNIS',
          mode: 'KLASIKAL',
          kind: 'BIMTEK',
          jpHours: 16,
        },
      },
    );
    // A day that has passed inside the quarter (the quarter's first day when today is that day: the session is then closed by hand).
    const day = addDays(line.today, -1) >= line.quarter.startDate ? addDays(line.today, -1) : line.today;
    const session = await run<{ createTrainingSession: { session: { id: string; version: number } } }>(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { session { id version } } }`,
      {
        input: {
          programId: program.createTrainingProgram.program.id,
          name: 'Kelas 1',
          location: 'Aula BKPSDM',
          capacity: 10,
          startDate: day,
          endDate: day,
        },
      },
    );
    if (day === line.today) {
      await run(
        `mutation ($input: ChangeTrainingSessionStatusInput!) { changeTrainingSessionStatus(input: $input) { session { status } } }`,
        {
          input: {
            id: session.createTrainingSession.session.id,
            version: session.createTrainingSession.session.version,
            status: 'COMPLETED',
          },
        },
      );
    }
    const enrolled = await run<{ enrollInTraining: { enrollment: { id: string; version: number } } }>(
      `mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id version } } }`,
      { input: { sessionId: session.createTrainingSession.session.id, employeeId: line.ids.siti } },
    );
    const quality = async () =>
      (await run<Progress>(PROGRESS, { id: line.plans.siti!.id })).performancePlan.targets.find(
        (t) => t.indicator.code === 'KUALITAS-KERJA',
      )!;
    expect((await quality()).realizations).toEqual([]);
    await run(`mutation ($input: RecordTrainingResultInput!) { recordTrainingResult(input: $input) { enrollment { status } } }`, {
      input: { id: enrolled.enrollInTraining.enrollment.id, version: enrolled.enrollInTraining.enrollment.version, status: 'COMPLETED' },
    });
    expect((await quality()).realizations).toEqual([{ value: 1, source: 'TRAINING', note: '1 training(s) completed, 16 JP' }]);
  });
});
