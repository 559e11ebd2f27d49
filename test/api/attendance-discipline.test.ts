import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Unexcused absence days counted per year against the PP 94/2021 ladder: a step
 * reached is a proposal, HR opens a disciplinary case from it or dismisses it,
 * and the next step is proposed once reached. Never a sanction by itself.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let pkm: string;

interface Proposal {
  employee: { name: string };
  unexcusedDays: number;
  longestRun: number;
  dates: string[];
  fromDays: number;
  sanctionTypeCode: string;
  reason: string;
}
const PROPOSALS = `query ($year: Int!) { absenceDisciplineProposals(year: $year) {
  employee { name } unexcusedDays longestRun dates fromDays sanctionTypeCode reason } }`;
const ACT = `mutation ($input: ActOnAbsenceProposalInput!) { actOnAbsenceProposal(input: $input) {
  decision { outcome fromDays sanctionTypeCode unexcusedDays decidedBy disciplinaryCaseId } disciplinaryCase { id status violation violationDate article } } }`;
const DISMISS = `mutation ($input: DismissAbsenceProposalInput!) { dismissAbsenceProposal(input: $input) { decision { outcome reason fromDays } disciplinaryCase { id } } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { id status } } }`;

const proposals = async (year = 2026, token = line.tokens.hr!) =>
  (await run<{ absenceDisciplineProposals: Proposal[] }>(PROPOSALS, { year }, token)).absenceDisciplineProposals;
const absent = (employeeId: string, date: string) => run(RECORD, { input: { employeeId, date, status: 'TANPA_KETERANGAN' } });

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
  const { orgUnits } = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(`query { orgUnits { nodes { id code } } }`);
  pkm = orgUnits.nodes.find((u) => u.code === 'PKM')!.id;
});
afterAll(() => app?.close());

describe('the ladder', () => {
  it('proposes nothing below 3 days, and an oral reprimand at the third', async () => {
    await absent(line.ids.siti!, '2026-03-02');
    await absent(line.ids.siti!, '2026-03-04');
    // An excused day does not count.
    await run(RECORD, { input: { employeeId: line.ids.siti, date: '2026-03-05', status: 'SAKIT' } });
    expect(await proposals()).toEqual([]);
    await absent(line.ids.siti!, '2026-03-09');
    const [proposal, ...others] = await proposals();
    expect(others).toEqual([]);
    expect(proposal).toMatchObject({
      employee: { name: 'Siti Aminah' },
      unexcusedDays: 3,
      longestRun: 1,
      dates: ['2026-03-02', '2026-03-04', '2026-03-09'],
      fromDays: 3,
      sanctionTypeCode: 'TEGURAN_LISAN',
    });
    expect(await proposals(2025)).toEqual([]);
  });

  it('is for HR: employees and supervisors do not see it, another agency not this one’s', async () => {
    expect(errorCode(await attempt(PROPOSALS, { year: 2026 }, line.tokens.siti))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(PROPOSALS, { year: 2026 }, line.tokens.kapus))).toBe('FORBIDDEN');
    expect(await proposals(2026, line.tokens.outsider)).toEqual([]);
    const before = await databaseFingerprint(app);
    expect(errorCode(await attempt(ACT, { input: { employeeId: line.ids.siti, year: 2026 } }, line.tokens.outsider))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(ACT, { input: { employeeId: line.ids.yusuf, year: 2026 } }))).toBe('CONFLICT');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('opens a proposed disciplinary case when HR acts, and does not propose the same step again', async () => {
    const { actOnAbsenceProposal } = await run<{
      actOnAbsenceProposal: {
        decision: { outcome: string; fromDays: number; sanctionTypeCode: string; disciplinaryCaseId: string };
        disciplinaryCase: { id: string; status: string; violation: string; violationDate: string; article: string };
      };
    }>(ACT, { input: { employeeId: line.ids.siti, year: 2026 } });
    expect(actOnAbsenceProposal.decision).toMatchObject({ outcome: 'ACTED', fromDays: 3, sanctionTypeCode: 'TEGURAN_LISAN' });
    expect(actOnAbsenceProposal.disciplinaryCase).toMatchObject({ status: 'PROPOSED', violationDate: '2026-03-09' });
    expect(actOnAbsenceProposal.disciplinaryCase.violation).toContain('3 hari kerja');
    expect(actOnAbsenceProposal.decision.disciplinaryCaseId).toBe(actOnAbsenceProposal.disciplinaryCase.id);
    // No sanction was imposed: the case waits for its examination.
    const [{ n }] = (await app.sql<{ n: string }>(`select count(*) as n from disciplinary_cases where sanction_type_id is not null`)) as [
      { n: string },
    ];
    expect(Number(n)).toBe(0);
    expect(await proposals()).toEqual([]);
    expect(errorCode(await attempt(ACT, { input: { employeeId: line.ids.siti, year: 2026 } }))).toBe('CONFLICT');
  });

  it('proposes the next step once reached; a dismissal needs a reason', async () => {
    await absent(line.ids.siti!, '2026-03-10');
    const [next] = await proposals();
    expect(next).toMatchObject({ unexcusedDays: 4, longestRun: 2, fromDays: 4, sanctionTypeCode: 'TEGURAN_TERTULIS' });
    const bare = await attempt(DISMISS, { input: { employeeId: line.ids.siti, year: 2026, reason: '' } });
    expect(errorCode(bare)).toBe('BAD_USER_INPUT');
    const { dismissAbsenceProposal } = await run<{
      dismissAbsenceProposal: { decision: { outcome: string; reason: string }; disciplinaryCase: null };
    }>(DISMISS, {
      input: { employeeId: line.ids.siti, year: 2026, reason: 'Sudah dibina langsung oleh atasan' },
    });
    expect(dismissAbsenceProposal).toMatchObject({ decision: { outcome: 'DISMISSED' }, disciplinaryCase: null });
    expect(await proposals()).toEqual([]);
  });
});

describe('marking the days nobody punched', () => {
  it('fills the past working days without a record of a unit with TANPA_KETERANGAN, which the ladder counts as a run', async () => {
    const mark = `mutation ($input: MarkUnexcusedAbsencesInput!) { markUnexcusedAbsences(input: $input) { created dryRun } }`;
    expect(errorCode(await attempt(mark, { input: { unitId: pkm, month: '2026-05' } }, line.tokens.kapus))).toBe('FORBIDDEN');
    const before = await databaseFingerprint(app);
    // May 2026 has 21 weekdays; Sri, Siti and Yusuf work in the puskesmas.
    const dry = await run<{ markUnexcusedAbsences: { created: number } }>(mark, { input: { unitId: pkm, month: '2026-05', dryRun: true } });
    expect(dry.markUnexcusedAbsences.created).toBe(63);
    expect(await databaseFingerprint(app)).toBe(before);
    await absent(line.ids.yusuf!, '2026-05-04');
    const done = await run<{ markUnexcusedAbsences: { created: number } }>(mark, { input: { unitId: pkm, month: '2026-05' } });
    expect(done.markUnexcusedAbsences.created).toBe(62);
    const again = await run<{ markUnexcusedAbsences: { created: number } }>(mark, { input: { unitId: pkm, month: '2026-05' } });
    expect(again.markUnexcusedAbsences.created).toBe(0);

    // Punches imported afterwards prove a day wrong.
    const csv = ['nip,timestamp', '198002022005012004,2026-05-04 07:20:00', '198002022005012004,2026-05-04 16:01:00'].join('\n');
    await run(`mutation ($input: ImportAttendanceInput!) { importAttendance(input: $input) { updated } }`, { input: { csv } });
    const all = await proposals();
    const sri = all.find((p) => p.employee.name === 'Sri Wahyuni')!;
    // 20 days, 10 or more of them in a row: dismissal is what the ladder calls for; HR decides.
    expect(sri).toMatchObject({ unexcusedDays: 20, fromDays: 28, sanctionTypeCode: 'PEMBERHENTIAN' });
    expect(sri.longestRun).toBeGreaterThanOrEqual(10);
    expect(sri.dates).not.toContain('2026-05-04');
  });
});
