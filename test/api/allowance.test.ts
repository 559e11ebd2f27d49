import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The allowance of a small unit, computed by hand. October 2026 has 22 working
 * days (Thursday 1 ... Friday 30, no holidays in this database); the agency
 * works 07:30-16:00 Monday to Friday with a target of 300 effective minutes a
 * day: 6,600 minutes. Scheme version 1 (from January 2026) pays class 7
 * 2,750,000 and class 9 3,250,000 (1,000,000 + 250,000 x class); discipline 40 %,
 * productivity 60 %; TL1-TL4 / PSW1-PSW4 0.5, 1, 1.25, 1.5 % a day; lines
 * rounded down to the rupiah.
 */

let app: TestApp;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let agencyId: string;
let unitId: string;
let staffPosition: string;

const amounts = (step: number) => Array.from({ length: 17 }, (_, i) => 1_000_000 + (i + 1) * step);
const SCHEME = `mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) { scheme { id schemeVersion validFrom disciplineWeight productivityWeight } } }`;
const COMPUTE = `mutation ($input: ComputeAllowancesInput!) { computeAllowances(input: $input) { sheet { id version status schemeVersion rowCount totalGross totalNet } } }`;
const ROWS = `query ($id: ID!) { allowanceSheet(id: $id) { id version status totalNet rows { employeeId name unitName grade gross net lines { rule quantity basisPoints amount } } } }`;
const BREAKDOWN = `query ($employeeId: ID!, $month: String!) { allowanceBreakdown(employeeId: $employeeId, month: $month) {
  month sheetStatus schemeVersion gross net lines { rule quantity basisPoints amount } } }`;
const step = (name: string) =>
  `mutation ($input: AllowanceSheetTransitionInput!) { ${name}(input: $input) { sheet { id version status } } }`;

type Sheet = { id: string; version: number; status: string; schemeVersion: number; rowCount: number; totalGross: number; totalNet: number };
type Row = {
  employeeId: string;
  name: string;
  gross: number;
  net: number;
  lines: { rule: string; quantity: number; basisPoints: number; amount: number }[];
};

async function employee(key: string, nip: string, name: string, positionId: string, role: Role = Role.EMPLOYEE) {
  ids[key] = (
    await run<{ createEmployee: { employee: { id: string } } }>(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
      { input: { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId, effectiveDate: '2024-01-02' } },
    )
  ).createEmployee.employee.id;
  const user = await createUser(app, { roles: [role], agency: (await agencyRow()) as never, username: `${key}-${agencyId.slice(-6)}` });
  await app.sql('update users set employee_id = ? where id = ?', [rowId(key), user.id]);
  tokens[key] = await tokenFor(app, user);
}
let agencyEntity: unknown;
const agencyRow = async () => agencyEntity;
const rowId = (key: string) => fromGlobalId(ids[key]!, 'Employee', 'id');

async function attendance(key: string, date: string, status: string, checkIn?: string, checkOut?: string) {
  await run(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { id } } }`, {
    input: { employeeId: ids[key], date, status, checkIn, checkOut },
  });
}

/** Approved activity minutes of a month, written as the work-report module stores them. */
async function minutes(key: string, date: string, total: number) {
  await app.sql(
    `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours, evidence_links, status, submitted_at, minutes)
     values (gen_random_uuid(), now(), now(), 1, ?, ?, ?, 'Pelayanan', 'Terlayani', ?, '{}', 'APPROVED', now(), ?)`,
    [fromGlobalId(agencyId, 'Agency', 'id'), rowId(key), date, total / 60, total],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'BKPSDM-TPP' });
  agencyEntity = agency.agency;
  agencyId = agency.id;
  tokens.hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  tokens.admin = (await actor(app, [Role.AGENCY_ADMIN], agency.agency)).token;
  tokens.outsider = (await actor(app, [Role.HR_OFFICER, Role.SUPERVISOR], (await createAgency(app, { code: 'LAIN-TPP' })).agency)).token;
  ({ run, attempt } = runner(app, () => tokens.hr!));

  unitId = (
    await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'BID-1', name: 'Bidang Pelayanan', kind: 'BIDANG' } },
    )
  ).createOrgUnit.orgUnit.id;
  const position = async (name: string, type: string, grade: number, superiorId?: string) =>
    (
      await run<{ createPosition: { position: { id: string } } }>(
        `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
        { input: { unitId, name, type, grade, superiorId } },
      )
    ).createPosition.position.id;
  const head = await position('Kepala Bidang', 'ADMINISTRATOR', 9);
  staffPosition = await position('Pengelola Layanan', 'PELAKSANA', 7, head);
  await employee('head', '198002022005011004', 'Citra Kepala', head, Role.SUPERVISOR);
  await employee('clean', '199001012015012007', 'Ani Tepat', staffPosition);
  await employee('late', '199002022015012008', 'Budi Telat', staffPosition);
  await employee('leave', '199004042015012010', 'Dewi Cuti', staffPosition);
  await employee('short', '199005052015012011', 'Eko Kurang', staffPosition);

  await run(`mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) { calendar { id } } }`, {
    input: {
      agencyId,
      targetMinutesPerDay: 300,
      days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 })),
    },
  });
  await run(SCHEME, { input: { agencyId, validFrom: '2026-01-01', baseAmounts: amounts(250_000), note: 'Perkada 1/2026' } });

  // Budi: late 15 and 30 minutes (TL1), 31 (TL2), 91 (TL4), no check-in (TL4); leaves 60 minutes early once (PSW2).
  await attendance('late', '2026-10-05', 'HADIR', '07:45', '16:30');
  await attendance('late', '2026-10-06', 'HADIR', '08:00', '16:30');
  await attendance('late', '2026-10-07', 'HADIR', '08:01', '16:30');
  await attendance('late', '2026-10-08', 'HADIR', '09:01', '16:30');
  await attendance('late', '2026-10-09', 'HADIR', undefined, '16:30');
  await attendance('late', '2026-10-12', 'HADIR', '07:30', '15:00');
  // Dewi: a week of leave (5 of 22 days).
  for (const day of ['19', '20', '21', '22', '23']) await attendance('leave', `2026-10-${day}`, 'CUTI');
  // Minutes: the target for all but Dewi (6,600 x 17 / 22 = 5,100 for her) and Eko (half).
  for (const key of ['head', 'clean', 'late']) await minutes(key, '2026-10-15', 6_600);
  await minutes('leave', '2026-10-15', 5_100);
  await minutes('short', '2026-10-15', 3_300);
  // The head of the unit: POTONGAN_TUKIN_25_6 decided, effective 1 September 2026 for six months.
  await app.sql(
    `insert into disciplinary_cases (id, created_at, updated_at, version, agency_id, employee_id, status, violation, violation_date, article,
       proposed_by, proposed_at, examiners, sanction_type_id, decree_number, decree_date, effective_from, end_date)
     select gen_random_uuid(), now(), now(), 1, ?, ?, 'DECIDED', 'Tidak masuk kerja', '2026-07-01', 'Pasal 4', 'Atasan', now(), '{}', id,
       'SK-1/2026', '2026-08-10', '2026-09-01', '2027-02-28' from sanction_types where code = 'POTONGAN_TUKIN_25_6'`,
    [fromGlobalId(agencyId, 'Agency', 'id'), rowId('head')],
  );
}, 240_000);
afterAll(() => app?.close());

let october: Sheet;
const rowsOf = async (id: string) => (await run<{ allowanceSheet: { rows: Row[] } }>(ROWS, { id })).allowanceSheet.rows;
const byName = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.name, r]));

describe('schemes', () => {
  it('refuses weights that do not add up to 100, naming the field, and changes nothing', async () => {
    const response = await attempt(SCHEME, {
      input: { agencyId, validFrom: '2026-06-01', baseAmounts: amounts(1), disciplineWeight: 50, productivityWeight: 40 },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions.field).toBe('input.productivityWeight');
    const bad = await attempt(SCHEME, { input: { agencyId, validFrom: '2026-06-15', baseAmounts: amounts(1) } });
    expect(bad.errors?.[0]?.extensions.field).toBe('input.validFrom');
    const { allowanceSchemes } = await run<{ allowanceSchemes: { totalCount: number } }>(`{ allowanceSchemes { totalCount } }`);
    expect(allowanceSchemes.totalCount).toBe(1);
  });

  it('lets only HR and administrators keep schemes', async () => {
    const response = await attempt(SCHEME, { input: { validFrom: '2026-06-01', baseAmounts: amounts(1) } }, tokens.clean);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});

describe('computing October by hand', () => {
  it('gives every employee their row, to the rupiah', async () => {
    october = (await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, { input: { month: '2026-10' } })).computeAllowances.sheet;
    expect(october).toMatchObject({ status: 'DRAFT', schemeVersion: 1, rowCount: 5 });
    const rows = byName(await rowsOf(october.id));
    // Clean: the whole class-7 amount.
    expect(rows['Ani Tepat']).toMatchObject({ gross: 2_750_000, net: 2_750_000, lines: [] });
    // Late: TL1 2 x 0.5 % = 1 % = 27,500; TL2 1 % = 27,500; TL4 2 x 1.5 % = 3 % = 82,500; PSW2 1 % = 27,500.
    expect(rows['Budi Telat']).toMatchObject({
      gross: 2_750_000,
      lines: [
        { rule: 'TL1', quantity: 2, basisPoints: 100, amount: 27_500 },
        { rule: 'TL2', quantity: 1, basisPoints: 100, amount: 27_500 },
        { rule: 'TL4', quantity: 2, basisPoints: 300, amount: 82_500 },
        { rule: 'PSW2', quantity: 1, basisPoints: 100, amount: 27_500 },
      ],
      net: 2_585_000,
    });
    // Sanction: class 9 3,250,000, 25 % = 812,500.
    expect(rows['Citra Kepala']).toMatchObject({
      gross: 3_250_000,
      lines: [{ rule: 'POTONGAN_TUKIN_25_6', quantity: 1, basisPoints: 2500, amount: 812_500 }],
      net: 2_437_500,
    });
    // Leave: paid in full; the leave days leave the minutes target (5,100 reached).
    expect(rows['Dewi Cuti']).toMatchObject({ gross: 2_750_000, lines: [], net: 2_750_000 });
    // Too few minutes: 3,300 of 6,600 = 50 % of the productivity component (60 % of 2,750,000 = 1,650,000).
    expect(rows['Eko Kurang']).toMatchObject({
      gross: 2_750_000,
      lines: [{ rule: 'PRODUKTIVITAS', quantity: 3300, basisPoints: 5000, amount: 825_000 }],
      net: 1_925_000,
    });
    const total = 2_750_000 + 2_585_000 + 2_437_500 + 2_750_000 + 1_925_000;
    expect(october).toMatchObject({ totalGross: 4 * 2_750_000 + 3_250_000, totalNet: total });
  });

  it('recomputes a draft to the same rows', async () => {
    const before = await rowsOf(october.id);
    const again = (await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, { input: { month: '2026-10' } })).computeAllowances.sheet;
    expect(again.id).toBe(october.id);
    expect(await rowsOf(october.id)).toEqual(before);
    october = again;
  });
});

describe('allowancePreview', () => {
  const PREVIEW = `query ($employeeId: ID!, $month: String!, $scheme: AllowanceSchemeRulesInput!) {
    allowancePreview(employeeId: $employeeId, month: $month, scheme: $scheme) {
      employeeId month grade gross net lines { rule quantity basisPoints amount }
      workingDays presentDays statusDays { status days } effectiveMinutes targetMinutes } }`;
  type Preview = Row & {
    workingDays: number;
    presentDays: number;
    statusDays: { status: string; days: number }[];
    effectiveMinutes: number;
    targetMinutes: number;
  };
  const preview = (key: string, scheme: Record<string, unknown>, token = tokens.hr!) =>
    attempt<{ allowancePreview: Preview | null }>(PREVIEW, { employeeId: ids[key], month: '2026-10', scheme }, token);
  const counts = async () =>
    app.sql<{ rows: string; sheets: string; schemes: string; audit: string }>(
      `select (select count(*) from allowance_rows) as rows, (select count(*) from allowance_sheets) as sheets,
              (select count(*) from allowance_schemes) as schemes, (select count(*) from audit_entries) as audit`,
    );

  it("gives each employee's row of the sheet computed with the same scheme, and writes nothing", async () => {
    const before = await counts();
    const rows = await rowsOf(october.id);
    for (const row of rows) {
      const key = Object.keys(ids).find((k) => ids[k] === row.employeeId)!;
      const response = await preview(key, { baseAmounts: amounts(250_000) });
      expect(response.errors).toBeUndefined();
      expect(response.data!.allowancePreview).toMatchObject({ gross: row.gross, net: row.net, lines: row.lines, month: '2026-10' });
    }
    // The facts it rests on: Budi's 22 working days, all present; Dewi's five days of leave.
    expect((await preview('late', { baseAmounts: amounts(250_000) })).data!.allowancePreview).toMatchObject({
      workingDays: 22,
      presentDays: 6,
      effectiveMinutes: 6_600,
      targetMinutes: 6_600,
    });
    expect((await preview('leave', { baseAmounts: amounts(250_000) })).data!.allowancePreview!.statusDays).toContainEqual({
      status: 'CUTI',
      days: 5,
    });
    expect(await counts()).toEqual(before);
    expect(await rowsOf(october.id)).toEqual(rows);
  });

  it('applies rules not saved yet', async () => {
    // 50/50: Eko's productivity component is 1,375,000, half of it not earned: 687,500.
    const response = await preview('short', { baseAmounts: amounts(250_000), disciplineWeight: 50, productivityWeight: 50 });
    expect(response.data!.allowancePreview).toMatchObject({
      gross: 2_750_000,
      lines: [{ rule: 'PRODUKTIVITAS', quantity: 3300, basisPoints: 5000, amount: 687_500 }],
      net: 2_062_500,
    });
    // TL1 at 1 % a day: Budi's two TL1 days cost 2 % = 55,000 instead of 27,500.
    const late = await preview('late', {
      baseAmounts: amounts(250_000),
      lateBands: [
        { code: 'TL1', fromMinutes: 1, toMinutes: 30, basisPoints: 100, capBasisPoints: 10_000 },
        { code: 'TL2', fromMinutes: 31, toMinutes: 60, basisPoints: 100, capBasisPoints: 10_000 },
        { code: 'TL4', fromMinutes: 61, toMinutes: null, basisPoints: 150, capBasisPoints: 10_000 },
      ],
    });
    expect(late.data!.allowancePreview!.lines[0]).toEqual({ rule: 'TL1', quantity: 2, basisPoints: 200, amount: 55_000 });
    expect(late.data!.allowancePreview!.net).toBe(2_585_000 - 27_500);
  });

  it('names the wrong field of the rules', async () => {
    const response = await preview('late', { baseAmounts: amounts(250_000), disciplineWeight: 50, productivityWeight: 40 });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions.field).toBe('scheme.productivityWeight');
  });

  it("is for HR and administrators of the employee's agency only", async () => {
    expect(errorCode(await preview('late', { baseAmounts: amounts(250_000) }, tokens.outsider!))).toBe('NOT_FOUND');
    expect(errorCode(await preview('late', { baseAmounts: amounts(250_000) }, tokens.late!))).toBe('FORBIDDEN');
    expect((await preview('late', { baseAmounts: amounts(250_000) }, tokens.admin!)).data?.allowancePreview?.net).toBe(2_585_000);
  });
});

describe('scheme versions', () => {
  it('computes each month with the version valid then', async () => {
    const v2 = await run<{ createAllowanceScheme: { scheme: { schemeVersion: number } } }>(SCHEME, {
      input: { agencyId, validFrom: '2026-11-01', baseAmounts: amounts(300_000) },
    });
    expect(v2.createAllowanceScheme.scheme.schemeVersion).toBe(2);
    const oct = (await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, { input: { month: '2026-10' } })).computeAllowances.sheet;
    expect(oct).toMatchObject({ schemeVersion: 1, totalGross: 4 * 2_750_000 + 3_250_000 });
    october = oct;
    const nov = (
      await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, { input: { month: '2026-11', confirmWithoutAttendance: true } })
    ).computeAllowances.sheet;
    // Version 2: class 7 = 1,000,000 + 7 x 300,000 = 3,100,000; class 9 = 3,700,000.
    expect(nov).toMatchObject({ schemeVersion: 2, totalGross: 4 * 3_100_000 + 3_700_000 });
    const { allowanceSchemeAt } = await run<{ allowanceSchemeAt: { schemeVersion: number } }>(
      `{ allowanceSchemeAt(month: "2026-10") { schemeVersion } }`,
    );
    expect(allowanceSchemeAt.schemeVersion).toBe(1);
  });
});

describe('workflow', () => {
  it('goes DRAFT -> VERIFIED (HR) -> APPROVED (agency administrator) -> LOCKED, each by its role', async () => {
    const input = () => ({ input: { id: october.id, version: october.version } });
    // An employee is refused by the permission check before any sheet is looked up.
    expect(errorCode(await attempt(step('verifyAllowanceSheet'), input(), tokens.clean))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(step('approveAllowanceSheet'), input()))).toBe('FORBIDDEN');
    let sheet = (await run<{ verifyAllowanceSheet: { sheet: Sheet } }>(step('verifyAllowanceSheet'), input())).verifyAllowanceSheet.sheet;
    expect(sheet.status).toBe('VERIFIED');
    october = { ...october, ...sheet };
    expect(errorCode(await attempt(step('approveAllowanceSheet'), input()))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(step('lockAllowanceSheet'), input()))).toBe('CONFLICT');
    sheet = (await run<{ approveAllowanceSheet: { sheet: Sheet } }>(step('approveAllowanceSheet'), input(), tokens.admin))
      .approveAllowanceSheet.sheet;
    expect(sheet.status).toBe('APPROVED');
    october = { ...october, ...sheet };
    sheet = (await run<{ lockAllowanceSheet: { sheet: Sheet } }>(step('lockAllowanceSheet'), input())).lockAllowanceSheet.sheet;
    expect(sheet.status).toBe('LOCKED');
    october = { ...october, ...sheet };
    const audit = await app.sql<{ n: string }>(`select count(*) as n from audit_entries where entity_id = ?`, [
      fromGlobalId(october.id, 'AllowanceSheet', 'id'),
    ]);
    expect(Number(audit[0]!.n)).toBeGreaterThanOrEqual(4);
  });

  it('never changes a locked sheet; a correction is an adjustment row of a later month', async () => {
    const before = await rowsOf(october.id);
    await minutes('short', '2026-10-16', 3_300);
    const again = await attempt(COMPUTE, { input: { month: '2026-10' } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorCode(await attempt(step('verifyAllowanceSheet'), { input: { id: october.id, version: october.version } }))).toBe(
      'CONFLICT',
    );
    expect(await rowsOf(october.id)).toEqual(before);

    const nov = (
      await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, { input: { month: '2026-11', confirmWithoutAttendance: true } })
    ).computeAllowances.sheet;
    const adjusted = await run<{ addAllowanceAdjustment: { sheet: Sheet } }>(
      `mutation ($input: AddAllowanceAdjustmentInput!) { addAllowanceAdjustment(input: $input) { sheet { totalNet rowCount } } }`,
      {
        input: {
          sheetId: nov.id,
          employeeId: ids.short,
          correctsMonth: '2026-10',
          amount: 825_000,
          reason: 'Laporan harian disetujui terlambat',
        },
      },
    );
    expect(adjusted.addAllowanceAdjustment.sheet).toMatchObject({ rowCount: 6, totalNet: nov.totalNet + 825_000 });
    // Recomputing the draft keeps the adjustment.
    const recomputed = (
      await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, { input: { month: '2026-11', confirmWithoutAttendance: true } })
    ).computeAllowances.sheet;
    expect(recomputed).toMatchObject({ rowCount: 6, totalNet: nov.totalNet + 825_000 });
  });
});

describe('allowanceBreakdown', () => {
  const breakdown = (key: string, token: string) =>
    attempt<{ allowanceBreakdown: Row[] }>(BREAKDOWN, { employeeId: ids[key], month: '2026-10' }, token);

  it('shows employees their own month, line by line', async () => {
    const response = await breakdown('late', tokens.late!);
    expect(response.data?.allowanceBreakdown).toEqual([
      expect.objectContaining({ sheetStatus: 'LOCKED', schemeVersion: 1, gross: 2_750_000, net: 2_585_000 }),
    ]);
    expect(errorCode(await breakdown('clean', tokens.late!))).toBe('NOT_FOUND');
  });

  it('shows supervisors those below them and HR the agency, nobody outside', async () => {
    expect((await breakdown('short', tokens.head!)).data?.allowanceBreakdown[0]).toMatchObject({ net: 1_925_000 });
    expect((await breakdown('head', tokens.hr!)).data?.allowanceBreakdown[0]).toMatchObject({ net: 2_437_500 });
    expect(errorCode(await breakdown('clean', tokens.outsider!))).toBe('NOT_FOUND');
  });
});

describe('statements', () => {
  it('computes a month in the same number of SQL statements for 6 and for 12 employees', async () => {
    const recompute = async () => {
      const response = await attempt<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, {
        input: { month: '2026-11', confirmWithoutAttendance: true },
      });
      expect(response.errors).toBeUndefined();
      return { statements: response.sqlStatements, rows: response.data!.computeAllowances.sheet.rowCount };
    };
    // Both measured runs change the totals, so both write the sheet and its audit entry.
    await employee('extraA', '199112122016011019', 'Pegawai A', staffPosition);
    const small = await recompute();
    for (let i = 0; i < 6; i++)
      await employee(`extra${i}`, `19910${i + 1}0${i + 1}2016011${String(i + 20).padStart(3, '0')}`, `Pegawai ${i}`, staffPosition);
    const large = await recompute();
    expect(large.rows).toBe(small.rows + 6);
    expect(large.statements).toBe(small.statements);
  });
});
