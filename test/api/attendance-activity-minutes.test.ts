import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Activity minutes on daily work reports: a start and end time (or a duration),
 * within working hours unless overtime, never overlapping another report of
 * the same person; approved minutes against the month's target.
 * November 2026: Monday 2 ... Saturday 7; 21 weekdays; default hours 07:30-16:00.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];

interface Report {
  id: string;
  version: number;
  hours: number;
  minutes: number;
  startTime: string | null;
  endTime: string | null;
  overtime: boolean;
}
const FIELDS = 'id version hours minutes startTime endTime overtime';
const FILE = `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { ${FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdateWorkReportInput!) { updateWorkReport(input: $input) { report { ${FIELDS} } } }`;
const APPROVE = `mutation ($input: ApproveWorkReportInput!) { approveWorkReport(input: $input) { report { status } } }`;
const EFFECTIVE = `query ($employeeId: ID!, $month: String!) { effectiveMinutes(employeeId: $employeeId, month: $month) {
  employeeId month approvedMinutes overtimeMinutes targetMinutes effectiveMinutes shareBasisPoints } }`;

const work = (input: Record<string, unknown>) => ({
  activity: 'Pelayanan pasien rawat jalan',
  output: 'Pasien terlayani',
  date: '2026-11-02',
  ...input,
});
const file = async (input: Record<string, unknown>, who = 'siti') =>
  (await run<{ fileWorkReport: { report: Report } }>(FILE, { input: work(input) }, line.tokens[who])).fileWorkReport.report;
const refused = async (input: Record<string, unknown>, field: string, mutation = FILE) => {
  const response = await attempt(mutation, { input: mutation === FILE ? work(input) : input }, line.tokens.siti);
  expect(errorCode(response), JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0]?.extensions.field).toBe(field);
  return response;
};

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
});
afterAll(() => app?.close());

let morning: Report;

describe('filing with times', () => {
  it('still takes a duration in hours, as before', async () => {
    const report = await file({ hours: 1.5, date: '2026-11-03' });
    expect(report).toMatchObject({ hours: 1.5, minutes: 90, startTime: null, endTime: null, overtime: false });
  });

  it('derives the hours and minutes from a start and end time', async () => {
    morning = await file({ startTime: '08:00', endTime: '10:30' });
    expect(morning).toMatchObject({ hours: 2.5, minutes: 150, startTime: '08:00:00', endTime: '10:30:00' });
    // Touching is not overlapping.
    expect(await file({ startTime: '10:30', endTime: '12:00' })).toMatchObject({ minutes: 90 });
  });

  it('refuses a report overlapping another of the same person, outside working hours, or inconsistent, and changes nothing', async () => {
    const before = await databaseFingerprint(app);
    await refused({ startTime: '10:00', endTime: '11:00' }, 'input.startTime');
    await refused({ startTime: '07:00', endTime: '07:45' }, 'input.startTime');
    await refused({ startTime: '15:00', endTime: '16:30' }, 'input.endTime');
    await refused({ startTime: '13:00', endTime: '12:30' }, 'input.endTime');
    await refused({ startTime: '13:00' }, 'input.endTime');
    await refused({ startTime: '13:00', endTime: '14:00', hours: 2 }, 'input.hours');
    await refused({}, 'input.hours');
    // A Saturday is not a working day on the default week.
    await refused({ date: '2026-11-07', startTime: '08:00', endTime: '10:00' }, 'input.startTime');
    expect(await databaseFingerprint(app)).toBe(before);
    // Another person's report at the same time is no overlap.
    expect(await file({ startTime: '10:00', endTime: '11:00' }, 'yusuf')).toMatchObject({ minutes: 60 });
  });

  it('lets overtime claim time outside working hours and on a day off, still without overlap', async () => {
    expect(await file({ startTime: '15:30', endTime: '18:00', overtime: true })).toMatchObject({ minutes: 150, overtime: true });
    await refused({ startTime: '17:00', endTime: '19:00', overtime: true }, 'input.startTime');
    expect(await file({ date: '2026-11-07', startTime: '08:00', endTime: '10:00', overtime: true })).toMatchObject({ minutes: 120 });
  });

  it('checks a change like a new report', async () => {
    await refused({ id: morning.id, version: morning.version, startTime: '11:00', endTime: '11:30' }, 'input.startTime', UPDATE);
    await refused({ id: morning.id, version: morning.version, hours: 3 }, 'input.hours', UPDATE);
    const { updateWorkReport } = await run<{ updateWorkReport: { report: Report } }>(
      UPDATE,
      { input: { id: morning.id, version: morning.version, startTime: '07:30' } },
      line.tokens.siti,
    );
    expect(updateWorkReport.report).toMatchObject({ minutes: 180, hours: 3, startTime: '07:30:00', endTime: '10:30:00' });
    // Clearing the times keeps the report as a duration.
    const { updateWorkReport: plain } = await run<{ updateWorkReport: { report: Report } }>(
      UPDATE,
      { input: { id: morning.id, version: updateWorkReport.report.version, startTime: null, endTime: null } },
      line.tokens.siti,
    );
    expect(plain.report).toMatchObject({ minutes: 180, hours: 3, startTime: null });
    morning = plain.report;
  });
});

describe('effective minutes of a month', () => {
  it('counts approved minutes only, against the target of the calendar', async () => {
    const { workReports } = await run<{ workReports: { nodes: { id: string; version: number; minutes: number }[] } }>(
      `query ($id: ID!) { workReports(filter: { employeeId: { eq: $id } }, first: 50) { nodes { id version minutes } } }`,
      { id: line.ids.siti },
    );
    // Approve all but the 90-minute duration of the 3rd.
    const approved = workReports.nodes.filter((r) => r.id !== workReports.nodes.find((n) => n.minutes === 90 && n.id !== morning.id)?.id);
    for (const report of approved) await run(APPROVE, { input: { id: report.id, version: report.version } }, line.tokens.kapus);
    const approvedMinutes = approved.reduce((sum, r) => sum + r.minutes, 0);
    const { effectiveMinutes } = await run<{ effectiveMinutes: Record<string, number> }>(
      EFFECTIVE,
      { employeeId: line.ids.siti, month: '2026-11' },
      line.tokens.siti,
    );
    expect(effectiveMinutes).toMatchObject({
      approvedMinutes,
      overtimeMinutes: 270,
      targetMinutes: 21 * 450,
      effectiveMinutes: approvedMinutes,
      shareBasisPoints: Math.floor((approvedMinutes * 10000) / (21 * 450)),
    });
  });

  it('caps the minutes at the target', async () => {
    await run(`mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) { calendar { id } } }`, {
      input: {
        days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 })),
        targetMinutesPerDay: 10,
      },
    });
    const { effectiveMinutes } = await run<{ effectiveMinutes: Record<string, number> }>(
      EFFECTIVE,
      { employeeId: line.ids.siti, month: '2026-11' },
      line.tokens.kapus,
    );
    expect(effectiveMinutes).toMatchObject({ targetMinutes: 210, effectiveMinutes: 210, shareBasisPoints: 10000 });
    expect(effectiveMinutes.approvedMinutes).toBeGreaterThan(210);
  });

  it('is the employee’s own, their supervisors’ and HR’s to read', async () => {
    expect(errorCode(await attempt(EFFECTIVE, { employeeId: line.ids.siti, month: '2026-11' }, line.tokens.yusuf))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(EFFECTIVE, { employeeId: line.ids.siti, month: '2026-11' }, line.tokens.outsider))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(EFFECTIVE, { employeeId: line.ids.siti, month: 'November' }))).toBe('BAD_USER_INPUT');
    const { effectiveMinutes } = await run<{ effectiveMinutes: { approvedMinutes: number } }>(EFFECTIVE, {
      employeeId: line.ids.yusuf,
      month: '2026-11',
    });
    expect(effectiveMinutes.approvedMinutes).toBe(0);
  });
});
