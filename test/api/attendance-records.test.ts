import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Attendance records: the fingerprint-machine import (first and last punch of a
 * day, all or nothing, idempotent), minutes late and leaving early from the
 * calendar, the month grid, scope, and the correction flow.
 * The line: Kadis (Hendra, DINKES) > Kapus (Sri, PKM) > Siti and Yusuf (PKM).
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let pkm: string;

const NIP = { kadis: '197003051995031001', kapus: '198002022005012004', siti: '199001012015012007', yusuf: '199203152016011002' };
const IMPORT = `mutation ($input: ImportAttendanceInput!) { importAttendance(input: $input) { rows days created updated unchanged dryRun } }`;
const RECORD = `id date checkIn checkOut status workingDay lateMinutes earlyLeaveMinutes source note employee { name }`;
const LIST = `query ($filter: AttendanceRecordFilter, $first: Int) {
  attendanceRecords(filter: $filter, first: $first, orderBy: [{ field: DATE }, { field: EMPLOYEE_NAME }]) { totalCount nodes { ${RECORD} } } }`;
const SHEET = `query ($unitId: ID!, $month: String!) { attendanceSheet(unitId: $unitId, month: $month) {
  month days { date weekday holiday }
  rows { employee { name } workingDays targetMinutes unrecordedDays statusCounts { status days } lateMinutes earlyLeaveMinutes
         missingCheckIns missingCheckOuts records { date status checkIn checkOut } } } }`;
const REQUEST = `mutation ($input: RequestAttendanceCorrectionInput!) { requestAttendanceCorrection(input: $input) {
  correction { id version status date checkIn checkOut attendanceStatus reason requestedByName employee { name } } } }`;
const APPROVE = `mutation ($input: DecideAttendanceCorrectionInput!) { approveAttendanceCorrection(input: $input) {
  correction { id status decidedByName decidedById } record { ${RECORD} } } }`;
const REJECT = `mutation ($input: DecideAttendanceCorrectionInput!) { rejectAttendanceCorrection(input: $input) {
  correction { id status decisionComment } record { id } } }`;
const QUEUE = `query { attendanceCorrectionQueue { totalCount nodes { id date employee { name } } } }`;

interface AttendanceRow {
  id: string;
  date: string;
  checkIn: string | null;
  checkOut: string | null;
  status: string;
  workingDay: boolean;
  lateMinutes: number | null;
  earlyLeaveMinutes: number | null;
  source: string;
  note: string | null;
  employee: { name: string };
}
const csv = (...rows: string[]) => ['nip,device_user_id,timestamp', ...rows].join('\n');
const importFile = (file: string, extra: Record<string, unknown> = {}, token = line.tokens.hr!) =>
  attempt<{ importAttendance: { rows: number; days: number; created: number; updated: number; unchanged: number; dryRun: boolean } }>(
    IMPORT,
    { input: { csv: file, ...extra } },
    token,
  );
const list = async (who: string, filter: Record<string, unknown> = {}) =>
  (await run<{ attendanceRecords: { totalCount: number; nodes: AttendanceRow[] } }>(LIST, { filter, first: 100 }, line.tokens[who]))
    .attendanceRecords;
const recordOf = async (name: string, date: string) =>
  (await list('hr', { date: { eq: date } })).nodes.find((r) => r.employee.name === name);

// March 2026: Monday 2 to Friday 6, Saturday 7; default hours 07:30-16:00 (Friday 16:30).
const FILE = csv(
  `${NIP.siti},,2026-03-02 07:25:10`,
  `${NIP.siti},,2026-03-02 12:01:00`,
  `${NIP.siti},,2026-03-02 16:05:00`,
  `${NIP.siti},,2026-03-02 16:05:00`,
  `${NIP.siti},,03/03/2026 07:45:00`,
  `${NIP.siti},,03/03/2026 15:30:00`,
  `${NIP.yusuf},,2026-03-02 16:10:00`,
  `${NIP.yusuf},,2026-03-07 09:00:00`,
  `,7001,2026-03-02 08:01:00`,
  `,7001,2026-03-02 15:59:00`,
);

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
  const { orgUnits } = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(`query { orgUnits { nodes { id code } } }`);
  pkm = orgUnits.nodes.find((u) => u.code === 'PKM')!.id;
  await run(
    `mutation ($input: SetAttendanceDeviceUserInput!) { setAttendanceDeviceUser(input: $input) { deviceUser { deviceUserId employee { name } } } }`,
    {
      input: { employeeId: line.ids.kapus, deviceUserId: '7001' },
    },
  );
});
afterAll(() => app?.close());

describe('importing a fingerprint-machine export', () => {
  it('refuses the whole file with every problem by row: unknown NIP, unknown device user, bad timestamp, no one named', async () => {
    const before = await databaseFingerprint(app);
    const response = await importFile(
      csv(
        `${NIP.siti},,2026-03-02 07:25:10`,
        `199912312020121001,,2026-03-02 07:30:00`,
        `,9999,2026-03-02 07:30:00`,
        `${NIP.yusuf},,2026-03-02 7 pagi`,
        `,,2026-03-02 07:30:00`,
        `${NIP.yusuf},,2099-01-01 07:30:00`,
        `${NIP.siti},7001,2026-03-02 07:30:00`,
      ),
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('input.csv');
    const report = (response.errors![0]!.extensions.rowErrors as { row: number; column: string }[]).map((e) => `${e.row}:${e.column}`);
    expect(report).toEqual(['3:nip', '4:device_user_id', '5:timestamp', '6:nip', '7:timestamp', '8:device_user_id']);
    // The good row was not written either.
    expect(await databaseFingerprint(app)).toBe(before);
    const other = await importFile(csv(`${NIP.siti},,2026-03-02 07:25:10`), {}, line.tokens.outsider);
    expect((other.errors![0]!.extensions.rowErrors as { column: string }[])[0]!.column).toBe('nip');
    expect(errorCode(await importFile(FILE, {}, line.tokens.siti))).toBe('FORBIDDEN');
  });

  it('reports a dry run without writing anything', async () => {
    const before = await databaseFingerprint(app);
    const response = await importFile(FILE, { dryRun: true });
    expect(response.data?.importAttendance).toEqual({ rows: 10, days: 5, created: 5, updated: 0, unchanged: 0, dryRun: true });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('keeps the first and last punch of each day, with minutes late and leaving early from the calendar', async () => {
    const response = await importFile(FILE);
    expect(response.errors).toBeUndefined();
    expect(response.data?.importAttendance).toEqual({ rows: 10, days: 5, created: 5, updated: 0, unchanged: 0, dryRun: false });
    expect(await recordOf('Siti Aminah', '2026-03-02')).toMatchObject({
      checkIn: '07:25:10',
      checkOut: '16:05:00',
      status: 'HADIR',
      lateMinutes: 0,
      earlyLeaveMinutes: 0,
      source: 'IMPORT',
      workingDay: true,
    });
    expect(await recordOf('Siti Aminah', '2026-03-03')).toMatchObject({
      checkIn: '07:45:00',
      checkOut: '15:30:00',
      lateMinutes: 15,
      earlyLeaveMinutes: 30,
    });
    // A single afternoon punch is a check-out: the missing check-in stays empty, for the allowance to weigh.
    expect(await recordOf('Yusuf Effendi', '2026-03-02')).toMatchObject({
      checkIn: null,
      checkOut: '16:10:00',
      lateMinutes: null,
      earlyLeaveMinutes: 0,
    });
    expect(await recordOf('Yusuf Effendi', '2026-03-07')).toMatchObject({ checkIn: '09:00:00', workingDay: false, lateMinutes: 0 });
    // Found by the device user number; one minute past both boundaries.
    expect(await recordOf('Sri Wahyuni', '2026-03-02')).toMatchObject({
      checkIn: '08:01:00',
      checkOut: '15:59:00',
      lateMinutes: 31,
      earlyLeaveMinutes: 1,
    });
  });

  it('changes nothing when the same file is imported again, and merges a later file’s earlier punch', async () => {
    const before = await databaseFingerprint(app);
    const again = await importFile(FILE);
    expect(again.data?.importAttendance).toEqual({ rows: 10, days: 5, created: 0, updated: 0, unchanged: 5, dryRun: false });
    expect(await databaseFingerprint(app)).toBe(before);
    const [{ n }] = (await app.sql<{ n: string }>('select count(*) as n from attendance_records')) as [{ n: string }];
    expect(Number(n)).toBe(5);

    const later = await importFile(csv(`${NIP.yusuf},,2026-03-02 07:35:00`, `${NIP.yusuf},,2026-03-02 07:36:00`));
    expect(later.data?.importAttendance).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await recordOf('Yusuf Effendi', '2026-03-02')).toMatchObject({
      checkIn: '07:35:00',
      checkOut: '16:10:00',
      lateMinutes: 5,
      earlyLeaveMinutes: 0,
    });
  });
});

describe('reading records', () => {
  it('shows an employee their own records only, a supervisor their subtree, HR the agency, another agency nothing', async () => {
    expect((await list('siti')).nodes.every((r) => r.employee.name === 'Siti Aminah')).toBe(true);
    expect((await list('siti')).totalCount).toBe(2);
    expect(new Set((await list('kapus')).nodes.map((r) => r.employee.name))).toEqual(
      new Set(['Siti Aminah', 'Yusuf Effendi', 'Sri Wahyuni']),
    );
    expect((await list('kadis')).totalCount).toBe(5);
    expect((await list('hr')).totalCount).toBe(5);
    expect((await list('outsider')).totalCount).toBe(0);
    const yusufs = (await list('hr', { employeeId: { eq: line.ids.yusuf } })).nodes[0]!;
    const get = `query ($id: ID!) { attendanceRecord(id: $id) { id } }`;
    expect(errorCode(await attempt(get, { id: yusufs.id }, line.tokens.siti))).toBe('NOT_FOUND');
    expect((await run<{ attendanceRecord: { id: string } }>(get, { id: yusufs.id }, line.tokens.kapus)).attendanceRecord.id).toBe(
      yusufs.id,
    );
  });

  it('filters by unit subtree, month and status', async () => {
    const { orgUnits } = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(`query { orgUnits { nodes { id code } } }`);
    const dinkes = orgUnits.nodes.find((u) => u.code === 'DINKES')!.id;
    expect((await list('hr', { inUnitSubtree: pkm })).totalCount).toBe(5);
    expect((await list('hr', { inUnitSubtree: dinkes })).totalCount).toBe(5);
    expect((await list('hr', { month: '2026-03', status: { eq: 'HADIR' } })).totalCount).toBe(5);
    expect((await list('hr', { month: '2026-04' })).totalCount).toBe(0);
  });

  it('lists in a number of statements that does not grow with the page', async () => {
    const small = await app.gql(LIST, { filter: {}, first: 1 }, { token: line.tokens.hr });
    const large = await app.gql(LIST, { filter: {}, first: 100 }, { token: line.tokens.hr });
    expect(small.errors).toBeUndefined();
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // The grid: the same statements for the puskesmas (3 employees) as for the whole office (4).
    const { orgUnits } = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(`query { orgUnits { nodes { id code } } }`);
    const dinkes = orgUnits.nodes.find((u) => u.code === 'DINKES')!.id;
    const sheetSmall = await app.gql(SHEET, { unitId: pkm, month: '2026-03' }, { token: line.tokens.hr });
    const sheetLarge = await app.gql(SHEET, { unitId: dinkes, month: '2026-03' }, { token: line.tokens.hr });
    expect(sheetSmall.errors).toBeUndefined();
    expect((sheetLarge.data as { attendanceSheet: { rows: unknown[] } }).attendanceSheet.rows).toHaveLength(4);
    expect(sheetLarge.sqlStatements).toBe(sheetSmall.sqlStatements);
    expect(sheetSmall.sqlStatements).toBeLessThanOrEqual(9);
  });

  it('gives a unit’s month as a grid with each employee’s figures', async () => {
    const { attendanceSheet } = await run<{
      attendanceSheet: {
        days: { date: string; weekday: number }[];
        rows: {
          employee: { name: string };
          workingDays: number;
          targetMinutes: number;
          unrecordedDays: string[];
          statusCounts: { status: string; days: number }[];
          lateMinutes: number;
          earlyLeaveMinutes: number;
          missingCheckIns: number;
          records: { date: string }[];
        }[];
      };
    }>(SHEET, { unitId: pkm, month: '2026-03' });
    expect(attendanceSheet.days).toHaveLength(31);
    expect(attendanceSheet.rows.map((r) => r.employee.name)).toEqual(['Siti Aminah', 'Sri Wahyuni', 'Yusuf Effendi']);
    const siti = attendanceSheet.rows[0]!;
    expect(siti).toMatchObject({ workingDays: 22, targetMinutes: 22 * 450, lateMinutes: 15, earlyLeaveMinutes: 30, missingCheckIns: 0 });
    expect(siti.statusCounts).toEqual([{ status: 'HADIR', days: 2 }]);
    expect(siti.unrecordedDays).toHaveLength(20);
    expect(siti.unrecordedDays).not.toContain('2026-03-02');
    // The Saturday punch is recorded but is not a working day.
    expect(attendanceSheet.rows[2]!.records.map((r) => r.date)).toEqual(['2026-03-02', '2026-03-07']);
    expect(attendanceSheet.rows[2]!.unrecordedDays).toHaveLength(21);
    // Siti sees only her own row.
    const own = await run<{ attendanceSheet: { rows: { employee: { name: string } }[] } }>(
      SHEET,
      { unitId: pkm, month: '2026-03' },
      line.tokens.siti,
    );
    expect(own.attendanceSheet.rows.map((r) => r.employee.name)).toEqual(['Siti Aminah']);
  });

  it('lets HR record a day by hand, and nobody else', async () => {
    const input = { employeeId: line.ids.yusuf, date: '2026-03-04', status: 'SAKIT', note: 'Surat dokter' };
    const mutation = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { ${RECORD} } } }`;
    expect(errorCode(await attempt(mutation, { input }, line.tokens.kapus))).toBe('FORBIDDEN');
    const { recordAttendance } = await run<{ recordAttendance: { record: AttendanceRow } }>(mutation, { input });
    expect(recordAttendance.record).toMatchObject({ status: 'SAKIT', source: 'MANUAL', lateMinutes: 0, checkIn: null });
  });
});

describe('corrections', () => {
  let forgotten: { id: string; version: number };

  it('the employee asks to correct a forgotten punch; the record waits for the decision', async () => {
    const { requestAttendanceCorrection } = await run<{
      requestAttendanceCorrection: { correction: { id: string; version: number; status: string; requestedByName: string } };
    }>(
      REQUEST,
      {
        input: {
          date: '2026-03-03',
          checkOut: '16:00',
          reason: 'Lupa absen pulang, mesin antre',
          evidenceLink: 'https://drive.example.go.id/foto.jpg',
        },
      },
      line.tokens.siti,
    );
    expect(requestAttendanceCorrection.correction).toMatchObject({ status: 'PENDING', requestedByName: 'Siti Aminah' });
    forgotten = { id: requestAttendanceCorrection.correction.id, version: requestAttendanceCorrection.correction.version };
    expect(await recordOf('Siti Aminah', '2026-03-03')).toMatchObject({ checkOut: '15:30:00' });
    const twice = await attempt(REQUEST, { input: { date: '2026-03-03', checkOut: '16:00', reason: 'Sekali lagi' } }, line.tokens.siti);
    expect(errorCode(twice)).toBe('CONFLICT');
    const nothing = await attempt(REQUEST, { input: { date: '2026-03-03', reason: 'Tanpa isi' } }, line.tokens.siti);
    expect(nothing.errors?.[0]?.extensions.field).toBe('input.status');
    // Someone else's record: only HR asks on another's behalf.
    expect(
      errorCode(
        await attempt(
          REQUEST,
          { input: { employeeId: line.ids.siti, date: '2026-03-03', status: 'IZIN', reason: 'Bukan saya' } },
          line.tokens.yusuf,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('sits in the direct supervisor’s queue, not higher up; nobody decides their own', async () => {
    const queue = await run<{ attendanceCorrectionQueue: { nodes: { id: string }[] } }>(QUEUE, {}, line.tokens.kapus);
    expect(queue.attendanceCorrectionQueue.nodes.map((c) => c.id)).toEqual([forgotten.id]);
    expect(
      (await run<{ attendanceCorrectionQueue: { totalCount: number } }>(QUEUE, {}, line.tokens.kadis)).attendanceCorrectionQueue.totalCount,
    ).toBe(0);
    expect(
      (await run<{ attendanceCorrectionQueue: { totalCount: number } }>(QUEUE, {}, line.tokens.hr)).attendanceCorrectionQueue.totalCount,
    ).toBe(1);
    expect(errorCode(await attempt(APPROVE, { input: forgotten }, line.tokens.siti))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(APPROVE, { input: forgotten }, line.tokens.kadis))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(APPROVE, { input: forgotten }, line.tokens.yusuf))).toBe('NOT_FOUND');
  });

  it('on approval changes the record; the original stays in the audit trail', async () => {
    const { approveAttendanceCorrection } = await run<{
      approveAttendanceCorrection: { correction: { status: string; decidedByName: string; decidedById: string }; record: AttendanceRow };
    }>(APPROVE, { input: forgotten }, line.tokens.kapus);
    expect(approveAttendanceCorrection.correction).toMatchObject({
      status: 'APPROVED',
      decidedByName: 'Sri Wahyuni',
      decidedById: line.ids.kapus,
    });
    expect(approveAttendanceCorrection.record).toMatchObject({
      checkIn: '07:45:00',
      checkOut: '16:00:00',
      earlyLeaveMinutes: 0,
      lateMinutes: 15,
      source: 'MANUAL',
    });
    const audit = await app.sql<{ action: string; changes: { checkOut?: { before: string; after: string } } }>(
      `select action, changes from audit_entries where entity_type = 'AttendanceRecord' and entity_id = ? order by occurred_at`,
      [fromGlobalId(approveAttendanceCorrection.record.id, 'AttendanceRecord', 'id')],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1]!.changes.checkOut).toEqual({ before: '15:30:00', after: '16:00:00' });
    expect(errorCode(await attempt(APPROVE, { input: { ...forgotten, version: forgotten.version + 1 } }, line.tokens.kapus))).toBe(
      'CONFLICT',
    );
    // A later import leaves the corrected day alone.
    const again = await importFile(FILE);
    expect(again.data?.importAttendance).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await recordOf('Siti Aminah', '2026-03-03')).toMatchObject({ checkOut: '16:00:00' });
  });

  it('turns a day without record into an official trip when HR approves what HR asked on the employee’s behalf', async () => {
    const { requestAttendanceCorrection } = await run<{
      requestAttendanceCorrection: { correction: { id: string; version: number; requestedByName: string } };
    }>(REQUEST, {
      input: { employeeId: line.ids.yusuf, date: '2026-03-05', status: 'DINAS_LUAR', reason: 'Surat tugas ke dinas provinsi' },
    });
    const { approveAttendanceCorrection } = await run<{ approveAttendanceCorrection: { record: AttendanceRow } }>(APPROVE, {
      input: { id: requestAttendanceCorrection.correction.id, version: requestAttendanceCorrection.correction.version },
    });
    expect(approveAttendanceCorrection.record).toMatchObject({
      date: '2026-03-05',
      status: 'DINAS_LUAR',
      lateMinutes: 0,
      earlyLeaveMinutes: 0,
      source: 'MANUAL',
    });
  });

  it('rejection needs a reason and leaves the record as it was', async () => {
    const { requestAttendanceCorrection } = await run<{ requestAttendanceCorrection: { correction: { id: string; version: number } } }>(
      REQUEST,
      { input: { date: '2026-03-02', checkIn: '07:00', reason: 'Datang lebih awal' } },
      line.tokens.siti,
    );
    const input = { id: requestAttendanceCorrection.correction.id, version: requestAttendanceCorrection.correction.version };
    const bare = await attempt(REJECT, { input }, line.tokens.kapus);
    expect(bare.errors?.[0]?.extensions.field).toBe('input.comment');
    const { rejectAttendanceCorrection } = await run<{
      rejectAttendanceCorrection: { correction: { status: string; decisionComment: string } };
    }>(REJECT, { input: { ...input, comment: 'Mesin mencatat 07:25' } }, line.tokens.kapus);
    expect(rejectAttendanceCorrection.correction).toMatchObject({ status: 'REJECTED', decisionComment: 'Mesin mencatat 07:25' });
    expect(await recordOf('Siti Aminah', '2026-03-02')).toMatchObject({ checkIn: '07:25:10' });
    const mine = await run<{ attendanceCorrections: { totalCount: number } }>(
      `query { attendanceCorrections { totalCount } }`,
      {},
      line.tokens.siti,
    );
    expect(mine.attendanceCorrections.totalCount).toBe(2);
  });
});
