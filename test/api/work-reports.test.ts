import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/dates.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Daily work reports (laporan harian): filed by the employee, reviewed by the
 * direct supervisor (or HR), discussed in comments by both sides.
 * The line: Kadis (Hendra) > Kapus (Sri) > Siti and Yusuf.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];

interface Report {
  id: string;
  date: string;
  activity: string;
  output: string;
  hours: number;
  status: string;
  version: number;
  evidenceLinks: string[];
  reviewerName: string | null;
  reviewComment: string | null;
  employee: { name: string };
  target: { id: string } | null;
  reviewer: { name: string } | null;
  comments: { text: string; authorName: string; author: { name: string } | null }[];
}
const REPORT = `id date activity output hours status version evidenceLinks reviewerName reviewComment
  employee { name } target { id } reviewer { name } comments { text authorName author { name } }`;
const FILE = `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { ${REPORT} } } }`;
const UPDATE = `mutation ($input: UpdateWorkReportInput!) { updateWorkReport(input: $input) { report { ${REPORT} } } }`;
const DELETE = `mutation ($input: DeleteWorkReportInput!) { deleteWorkReport(input: $input) { id } }`;
const APPROVE = `mutation ($input: ApproveWorkReportInput!) { approveWorkReport(input: $input) { report { ${REPORT} } } }`;
const RETURN = `mutation ($input: ReturnWorkReportInput!) { returnWorkReport(input: $input) { report { ${REPORT} } } }`;
const COMMENT = `mutation ($input: CommentOnWorkReportInput!) { commentOnWorkReport(input: $input) { comment { id text authorName reportId } } }`;
const GET = `query ($id: ID!) { workReport(id: $id) { ${REPORT} } }`;
const LIST = `query ($filter: WorkReportFilter) { workReports(filter: $filter, first: 100, orderBy: [{ field: SUBMITTED_AT }]) { totalCount nodes { ${REPORT} } } }`;
const QUEUE = `query { workReportQueue { totalCount nodes { id employee { name } activity } } }`;

const token = (key: string) => line.tokens[key]!;
const file = async (who: string, input: Record<string, unknown>) =>
  (await run<{ fileWorkReport: { report: Report } }>(FILE, { input }, token(who))).fileWorkReport.report;
const list = async (who: string, filter: Record<string, unknown> = {}) =>
  (await run<{ workReports: { totalCount: number; nodes: Report[] } }>(LIST, { filter }, token(who))).workReports;
const auditOf = (id: string) =>
  app.sql<{ action: string; actor_name: string; operation: string }>(
    'select action, actor_name, operation from audit_entries where entity_id = ? order by occurred_at, id',
    [fromGlobalId(id, 'WorkReport', 'id')],
  );

const work = (overrides: Record<string, unknown> = {}) => ({
  date: line.today,
  activity: 'Melayani imunisasi dasar di posyandu',
  output: '24 balita diimunisasi',
  hours: 4,
  ...overrides,
});

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
});
afterAll(() => app?.close());

describe('filing', () => {
  it("files the employee's own day, linked to a target of their approved plan, with evidence, audited", async () => {
    const target = line.plans.siti!.targets[0]!.id;
    const report = await file('siti', work({ targetId: target, evidenceLinks: ['https://drive.example.go.id/posyandu.jpg'] }));
    expect(report).toMatchObject({
      date: line.today,
      hours: 4,
      status: 'SUBMITTED',
      version: 1,
      employee: { name: 'Siti Aminah' },
      target: { id: target },
      evidenceLinks: ['https://drive.example.go.id/posyandu.jpg'],
      reviewer: null,
      comments: [],
    });
    expect(await auditOf(report.id)).toEqual([
      { action: 'CREATE', actor_name: expect.stringContaining('siti-'), operation: 'fileWorkReport' },
    ]);
  });

  it('refuses bad input with the field at fault, and changes nothing', async () => {
    const before = await databaseFingerprint(app);
    const refused = async (input: Record<string, unknown>, field: string, who = 'siti') => {
      const response = await attempt(FILE, { input: work(input) }, token(who));
      expect(errorCode(response), JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions.field).toBe(field);
      return response;
    };
    await refused({ date: addDays(line.today, 1) }, 'input.date');
    await refused({ hours: 0 }, 'input.hours');
    await refused({ hours: 24.5 }, 'input.hours');
    await refused({ activity: '' }, 'input.activity');
    await refused({ evidenceLinks: ['javascript:alert(1)'] }, 'input.evidenceLinks');
    // A colleague's target, and the own target on a day its plan's period does not cover.
    await refused({ targetId: line.plans.yusuf!.targets[0]!.id }, 'input.targetId');
    await refused({ targetId: line.plans.siti!.targets[0]!.id, date: addDays(line.quarter.startDate, -1) }, 'input.targetId');
    await refused({ targetId: line.ids.siti }, 'input.targetId');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('keeps the hours of a day at 24 at most, over all the reports of that day', async () => {
    await file('siti', work({ hours: 12, activity: 'Rekap data kunjungan' }));
    const before = await databaseFingerprint(app);
    const over = await attempt(FILE, { input: work({ hours: 8.5 }) }, token('siti'));
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.extensions).toMatchObject({ field: 'input.hours', hoursReported: 16, hoursLeft: 8 });
    expect(await databaseFingerprint(app)).toBe(before);
    // Exactly 24 is allowed (however the fractions add up in floating point); another employee's day is their own.
    const last = await file('siti', work({ hours: 8, activity: 'Lembur pelaporan' }));
    // 0.1 + 16.1 + 7.8 is 24.000000000000004 in floating point, and 24 on the clock.
    const yesterday = addDays(line.today, -1);
    const day: Report[] = [];
    for (const hours of [0.1, 16.1, 7.8]) day.push(await file('siti', work({ date: yesterday, hours })));
    for (const report of day) await run(DELETE, { input: { id: report.id } }, token('siti'));
    await file('yusuf', work({ hours: 10 }));
    await run(DELETE, { input: { id: last.id, version: last.version } }, token('siti'));
  });

  it('is for employees only, and never in a closed period', async () => {
    const year = Number(line.today.slice(0, 4)) - 1;
    const { createAppraisalPeriod } = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
      `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
      { input: { name: `Triwulan I ${year}`, type: 'QUARTERLY', startDate: `${year}-01-01`, endDate: `${year}-03-31` } },
    );
    // A shortcut for the fixture: the lifecycle up to CLOSED is tested with the periods.
    await app.sql(`update appraisal_periods set status = 'CLOSED' where id = ?`, [
      fromGlobalId(createAppraisalPeriod.period.id, 'AppraisalPeriod', 'id'),
    ]);
    const before = await databaseFingerprint(app);
    expect(errorCode(await attempt(FILE, { input: work() }))).toBe('FORBIDDEN');
    const closedDay = await attempt(FILE, { input: work({ date: `${year}-02-10` }) }, token('siti'));
    expect(errorCode(closedDay)).toBe('CONFLICT');
    expect(closedDay.errors![0]!.extensions).toMatchObject({ reason: 'PERIOD_CLOSED', field: 'input.date' });
    expect(await databaseFingerprint(app)).toBe(before);
    // A day of last year outside any period may take a report.
    const late = await file('siti', work({ date: `${year}-06-10`, hours: 1 }));
    await run(DELETE, { input: { id: late.id } }, token('siti'));
  });
});

describe('who sees what', () => {
  it("shows the direct supervisor a queue of the subordinates' submitted reports, oldest first", async () => {
    const { workReportQueue } = await run<{ workReportQueue: { totalCount: number; nodes: { employee: { name: string } }[] } }>(
      QUEUE,
      {},
      token('kapus'),
    );
    expect(workReportQueue.nodes.map((r) => r.employee.name)).toEqual(['Siti Aminah', 'Siti Aminah', 'Yusuf Effendi']);
    expect(workReportQueue.totalCount).toBe(3);
    // The head of the office sees the reports (below him) but they are not in his queue: not his direct staff.
    expect((await run<{ workReportQueue: { totalCount: number } }>(QUEUE, {}, token('kadis'))).workReportQueue.totalCount).toBe(0);
    expect((await list('kadis')).totalCount).toBe(3);
  });

  it('lets an employee see only their own, and another agency nothing', async () => {
    expect((await list('yusuf')).nodes.map((r) => r.employee.name)).toEqual(['Yusuf Effendi']);
    expect((await list('outsider')).totalCount).toBe(0);
    const siti = (await list('siti')).nodes[0]!;
    expect(errorCode(await attempt(GET, { id: siti.id }, token('yusuf')))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(GET, { id: siti.id }, token('outsider')))).toBe('NOT_FOUND');
    const node = await run<{ node: { id: string } | null }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: siti.id }, token('yusuf'));
    expect(node.node).toBeNull();
  });

  it('filters by employee, status, date range and target', async () => {
    const target = line.plans.siti!.targets[0]!.id;
    expect((await list('hr', { employeeId: { eq: line.ids.siti } })).totalCount).toBe(2);
    expect((await list('hr', { targetId: { eq: target } })).nodes.map((r) => r.target?.id)).toEqual([target]);
    expect((await list('hr', { targetId: { isNull: true }, status: { eq: 'SUBMITTED' } })).totalCount).toBe(2);
    expect((await list('hr', { date: { gte: line.today, lte: line.today } })).totalCount).toBe(3);
    expect((await list('hr', { date: { lt: line.today } })).totalCount).toBe(0);
    expect((await list('hr', { q: 'posyandu' })).totalCount).toBe(2);
  });
});

describe('reviewing', () => {
  let report: Report;

  beforeAll(async () => {
    report = (await list('siti', { targetId: { isNull: false } })).nodes[0]!;
  });

  it('is refused to everyone but the direct supervisor or HR, and changes nothing', async () => {
    const before = await databaseFingerprint(app);
    const input = { id: report.id, version: report.version };
    expect(errorCode(await attempt(APPROVE, { input }, token('siti')))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(APPROVE, { input }, token('kadis')))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(APPROVE, { input }, token('yusuf')))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(APPROVE, { input }, token('outsider')))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(APPROVE, { input: { ...input, version: input.version + 1 } }, token('kapus')))).toBe('CONFLICT');
    const blank = await attempt(RETURN, { input: { ...input, comment: '  ' } }, token('kapus'));
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0]!.extensions.field).toBe('input.comment');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('returns with a comment; the employee edits and resubmits; the supervisor approves; then it is final', async () => {
    const returned = (
      await run<{ returnWorkReport: { report: Report } }>(
        RETURN,
        { input: { id: report.id, version: report.version, comment: 'Lampirkan daftar hadir posyandu' } },
        token('kapus'),
      )
    ).returnWorkReport.report;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      reviewComment: 'Lampirkan daftar hadir posyandu',
      reviewerName: 'Sri Wahyuni',
      reviewer: { name: 'Sri Wahyuni' },
    });
    expect((await run<{ workReportQueue: { totalCount: number } }>(QUEUE, {}, token('kapus'))).workReportQueue.totalCount).toBe(2);
    // Only the employee edits their report.
    const edit = { id: report.id, version: returned.version, evidenceLinks: ['https://drive.example.go.id/hadir.pdf'] };
    expect(errorCode(await attempt(UPDATE, { input: edit }, token('kapus')))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(UPDATE, { input: edit }, token('yusuf')))).toBe('NOT_FOUND');
    const resubmitted = (await run<{ updateWorkReport: { report: Report } }>(UPDATE, { input: edit }, token('siti'))).updateWorkReport
      .report;
    expect(resubmitted).toMatchObject({
      status: 'SUBMITTED',
      reviewComment: null,
      reviewer: null,
      evidenceLinks: ['https://drive.example.go.id/hadir.pdf'],
      target: report.target,
      hours: 4,
    });
    const approved = (
      await run<{ approveWorkReport: { report: Report } }>(
        APPROVE,
        { input: { id: report.id, version: resubmitted.version } },
        token('kapus'),
      )
    ).approveWorkReport.report;
    expect(approved).toMatchObject({ status: 'APPROVED', reviewerName: 'Sri Wahyuni' });

    const before = await databaseFingerprint(app);
    const at = { id: report.id, version: approved.version };
    expect(errorCode(await attempt(UPDATE, { input: { ...at, hours: 5 } }, token('siti')))).toBe('CONFLICT');
    expect(errorCode(await attempt(DELETE, { input: at }, token('siti')))).toBe('CONFLICT');
    expect(errorCode(await attempt(APPROVE, { input: at }, token('kapus')))).toBe('CONFLICT');
    expect(await databaseFingerprint(app)).toBe(before);
    expect((await auditOf(report.id)).map((e) => [e.action, e.operation])).toEqual([
      ['CREATE', 'fileWorkReport'],
      ['UPDATE', 'returnWorkReport'],
      ['UPDATE', 'updateWorkReport'],
      ['UPDATE', 'approveWorkReport'],
    ]);
  });

  it('lets HR review for the agency, recorded by name', async () => {
    const yusuf = (await list('yusuf')).nodes[0]!;
    const approved = (
      await run<{ approveWorkReport: { report: Report } }>(APPROVE, { input: { id: yusuf.id, version: yusuf.version, comment: 'Baik' } })
    ).approveWorkReport.report;
    expect(approved).toMatchObject({ status: 'APPROVED', reviewer: null, reviewerName: 'Pengguna Uji', reviewComment: 'Baik' });
    expect(errorCode(await attempt(APPROVE, { input: { id: yusuf.id, version: yusuf.version } }, token('outsider')))).toBe('NOT_FOUND');
  });
});

describe('comments', () => {
  it('are written by the employee and whoever may review, and listed in order', async () => {
    const report = (await list('siti', { status: { eq: 'SUBMITTED' } })).nodes[0]!;
    await run(COMMENT, { input: { reportId: report.id, text: 'Data sudah saya perbarui' } }, token('siti'));
    await run(COMMENT, { input: { reportId: report.id, text: 'Terima kasih, akan saya periksa' } }, token('kapus'));
    await run(COMMENT, { input: { reportId: report.id, text: 'Catatan HR' } });
    const before = await databaseFingerprint(app);
    expect(errorCode(await attempt(COMMENT, { input: { reportId: report.id, text: 'Halo' } }, token('yusuf')))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(COMMENT, { input: { reportId: report.id, text: 'Halo' } }, token('kadis')))).toBe('FORBIDDEN');
    const empty = await attempt(COMMENT, { input: { reportId: report.id, text: '' } }, token('siti'));
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0]!.extensions.field).toBe('input.text');
    expect(await databaseFingerprint(app)).toBe(before);

    const { workReport } = await run<{ workReport: Report }>(GET, { id: report.id }, token('siti'));
    expect(workReport.comments.map((c) => [c.authorName, c.author?.name ?? null, c.text])).toEqual([
      ['Siti Aminah', 'Siti Aminah', 'Data sudah saya perbarui'],
      ['Sri Wahyuni', 'Sri Wahyuni', 'Terima kasih, akan saya periksa'],
      ['Pengguna Uji', null, 'Catatan HR'],
    ]);
  });

  it('go with their report when the employee deletes it (audited one by one)', async () => {
    const report = (await list('siti', { status: { eq: 'SUBMITTED' } })).nodes[0]!;
    expect(errorCode(await attempt(DELETE, { input: { id: report.id } }, token('kapus')))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(DELETE, { input: { id: report.id, version: report.version + 1 } }, token('siti')))).toBe('CONFLICT');
    await run(DELETE, { input: { id: report.id, version: report.version } }, token('siti'));
    expect(errorCode(await attempt(GET, { id: report.id }, token('siti')))).toBe('NOT_FOUND');
    // The report and its three comments, all in the one request that deleted them.
    const deleted = await app.sql<{ entity_type: string; operation: string }>(
      `select entity_type, operation from audit_entries where action = 'DELETE' and request_id =
         (select request_id from audit_entries where entity_id = ? and action = 'DELETE') order by entity_type`,
      [fromGlobalId(report.id, 'WorkReport', 'id')],
    );
    expect(deleted.map((row) => [row.entity_type, row.operation])).toEqual([
      ['WorkReport', 'deleteWorkReport'],
      ['WorkReportComment', 'deleteWorkReport'],
      ['WorkReportComment', 'deleteWorkReport'],
      ['WorkReportComment', 'deleteWorkReport'],
    ]);
  });

  it('list reports with their people and comments in a bounded number of statements', async () => {
    const few = await attempt(`query { workReports(first: 1) { nodes { ${REPORT} } } }`);
    const many = await attempt(`query { workReports(first: 100) { nodes { ${REPORT} } } }`);
    expect(few.errors).toBeUndefined();
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });
});
