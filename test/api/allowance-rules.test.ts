import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The allowance rules as regions set them, every figure computed by hand here.
 *
 * October 2026 has 22 working days (Thursday 1 ... Friday 30, no holidays in this database); the agency works
 * Monday to Friday with a target of 300 effective minutes a day: 6,600 minutes. Class 7 pays G = 3,333,337
 * (an odd amount, so that every rounding shows).
 *
 * Budi (class 7): 5,000 approved minutes of 6,600, so the minutes share is exactly 5,000 / 6,600 = 25/33
 * (0.757575...; as whole basis points it would be 0.7575 and lose rupiah); 15 and 30 minutes late once each
 * (TL1, 2 days x 0.5 % = 1 %); one unexcused day (5 %).
 * Rina (class 7): placed from Thursday 15 October, so 12 of the 22 working days (15, 16, 19-23, 26-30);
 * 3,600 minutes = 12 x 300, her whole target; no attendance recorded.
 * Sari (class 7): placed from 16 November, after October.
 */

let app: TestApp;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const ids: Record<string, string> = {};
let hr: string;
let agencyId: string;
let agencyRowId: string;
let unitId: string;
let positionId: string;

const G = 3_333_337;
const BASE_AMOUNTS = Array.from({ length: 17 }, (_, i) => (i === 6 ? G : 1_000_000 + (i + 1) * 250_000));
const LINE = 'rule quantity basisPoints amount base baseAmount numerator denominator';
const PREVIEW = `query ($employeeId: ID!, $month: String!, $scheme: AllowanceSchemeRulesInput!) {
  allowancePreview(employeeId: $employeeId, month: $month, scheme: $scheme) {
    gross net lines { ${LINE} } workingDays paidDays missingDays predicate predicateSource } }`;
const COMPUTE = `mutation ($input: ComputeAllowancesInput!) { computeAllowances(input: $input) {
  sheet { id version rowCount totalGross totalNet warnings { code count } } } }`;
const ROWS = `query ($id: ID!) { allowanceSheet(id: $id) { totalNet rows { name gross net lines { ${LINE} }
  workingDays paidDays missingDays predicate predicateSource } } }`;
const SCHEME = `mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) {
  scheme { id unexcusedBase ceremonyBase missingPredicate missingAttendance lateBands { code base } } } }`;

type Line = { rule: string; quantity: number; basisPoints: number; amount: number; base: string | null; baseAmount: number | null };
type Preview = {
  gross: number;
  net: number;
  lines: Line[];
  workingDays: number;
  paidDays: number;
  missingDays: number;
  predicate: string | null;
  predicateSource: string | null;
};
type Sheet = {
  id: string;
  version: number;
  rowCount: number;
  totalGross: number;
  totalNet: number;
  warnings: { code: string; count: number }[];
};

const band = (code: string, fromMinutes: number, toMinutes: number | null, basisPoints: number, base: string) => ({
  code,
  fromMinutes,
  toMinutes,
  basisPoints,
  capBasisPoints: 10_000,
  base,
});
const lateBands = (base: string) => [
  band('TL1', 1, 30, 50, base),
  band('TL2', 31, 60, 100, base),
  band('TL3', 61, 90, 125, base),
  band('TL4', 91, null, 150, base),
];

/** Scheme B, the one the agency keeps: attendance deductions of the discipline component, rounded half up. */
const SCHEME_B = {
  baseAmounts: BASE_AMOUNTS,
  lateBands: lateBands('DISCIPLINE'),
  unexcusedBase: 'DISCIPLINE',
  rounding: 'HALF_UP',
};

async function employee(key: string, nip: string, name: string, effectiveDate: string) {
  ids[key] = (
    await run<{ createEmployee: { employee: { id: string } } }>(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
      { input: { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId, effectiveDate } },
    )
  ).createEmployee.employee.id;
}
const rowId = (key: string) => fromGlobalId(ids[key]!, 'Employee', 'id');

async function minutes(key: string, total: number) {
  await app.sql(
    `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours, evidence_links, status, submitted_at, minutes)
     values (gen_random_uuid(), now(), now(), 1, ?, ?, '2026-10-20', 'Pelayanan', 'Terlayani', ?, '{}', 'APPROVED', now(), ?)`,
    [agencyRowId, rowId(key), total / 60, total],
  );
}

const preview = async (key: string, scheme: Record<string, unknown>) => {
  const response = await attempt<{ allowancePreview: Preview | null }>(PREVIEW, { employeeId: ids[key], month: '2026-10', scheme });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.allowancePreview!;
};
const counts = async () =>
  app.sql<{ schemes: string; sheets: string; rows: string }>(
    `select (select count(*) from allowance_schemes) as schemes, (select count(*) from allowance_sheets) as sheets,
            (select count(*) from allowance_rows) as rows`,
  );

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'BKPSDM-RULES', name: 'Pemerintah Kota Aturan' });
  agencyId = agency.id;
  agencyRowId = fromGlobalId(agencyId, 'Agency', 'id');
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));
  unitId = (
    await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'BID-R', name: 'Bidang Aturan', kind: 'BIDANG' } },
    )
  ).createOrgUnit.orgUnit.id;
  positionId = (
    await run<{ createPosition: { position: { id: string } } }>(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
      { input: { unitId, name: 'Pengelola Data', type: 'PELAKSANA', grade: 7 } },
    )
  ).createPosition.position.id;
  await employee('budi', '199002022015012008', 'Budi Aturan', '2024-01-02');
  await employee('rina', '199003032015012009', 'Rina Baru', '2026-10-15');
  await employee('sari', '199004042015012010', 'Sari Nanti', '2026-11-16');
  await run(`mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) { calendar { id } } }`, {
    input: {
      agencyId,
      targetMinutesPerDay: 300,
      days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 })),
    },
  });
  const attend = (date: string, status: string, checkIn?: string) =>
    run(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { id } } }`, {
      input: { employeeId: ids.budi, date, status, checkIn, checkOut: checkIn ? '16:00' : undefined },
    });
  await attend('2026-10-05', 'HADIR', '07:45');
  await attend('2026-10-06', 'HADIR', '08:00');
  await attend('2026-10-07', 'TANPA_KETERANGAN');
  await minutes('budi', 5_000);
  await minutes('rina', 3_600);
  // Budi's last confirmed predicate: BUTUH_PERBAIKAN for the third quarter, which ended before October.
  await app.sql(
    `with period as (
       insert into appraisal_periods (id, created_at, updated_at, agency_id, name, type, start_date, end_date, scoring_scheme_id, status)
       select gen_random_uuid(), now(), now(), ?, 'Triwulan III 2026', 'QUARTERLY', '2026-07-01', '2026-09-30', id, 'CLOSED'
         from scoring_schemes order by created_at limit 1 returning id),
     plan as (
       insert into performance_plans (id, created_at, updated_at, agency_id, period_id, employee_id, unit_id, status)
       select gen_random_uuid(), now(), now(), ?, period.id, ?, ?, 'APPROVED' from period returning id, period_id)
     insert into evaluations (id, created_at, updated_at, agency_id, plan_id, period_id, status, behaviour_ratings, predicate, confirmed_at)
     select gen_random_uuid(), now(), now(), ?, plan.id, plan.period_id, 'CONFIRMED', '[]', 'BUTUH_PERBAIKAN', now() from plan`,
    [agencyRowId, agencyRowId, rowId('budi'), fromGlobalId(unitId, 'OrgUnit', 'id'), agencyRowId],
  );
}, 240_000);
afterAll(() => app?.close());

describe('the base of each deduction and the rounding, to the rupiah', () => {
  it('case A, today’s default: every percentage of the whole allowance, each amount rounded down', async () => {
    // discipline = floor(3,333,337 x 40 %) = floor(1,333,334.8) = 1,333,334; productivity = 3,333,337 - 1,333,334 = 2,000,003.
    // earned = floor(2,000,003 x 25/33) = floor(50,000,075 / 33) = 1,515,153 (33 x 1,515,153 = 50,000,049, 26 left);
    //   PRODUKTIVITAS = 2,000,003 - 1,515,153 = 484,850 (through 0.7575 it would pay 1,515,002: a line of 485,001).
    // TL1 1 % of the whole: floor(33,333.37) = 33,333. Unexcused 5 % of the whole: floor(166,666.85) = 166,666.
    // net = 3,333,337 - 484,850 - 33,333 - 166,666 = 2,648,488.
    const a = await preview('budi', { baseAmounts: BASE_AMOUNTS });
    expect(a.lines).toEqual([
      expect.objectContaining({ rule: 'PRODUKTIVITAS', amount: 484_850, base: 'PRODUCTIVITY', baseAmount: 2_000_003, basisPoints: 2424 }),
      expect.objectContaining({ rule: 'TL1', quantity: 2, basisPoints: 100, amount: 33_333, base: 'WHOLE', baseAmount: G }),
      expect.objectContaining({ rule: 'TANPA_KETERANGAN', quantity: 1, basisPoints: 500, amount: 166_666, base: 'WHOLE', baseAmount: G }),
    ]);
    // The unpaid fraction of productivity, exactly: 1 - 25/33 = 8/33.
    expect(a.lines[0]).toMatchObject({ numerator: 8, denominator: 33 });
    expect(a.net).toBe(2_648_488);
  });

  it('case B: attendance deductions of the discipline component, rounded half up', async () => {
    // discipline = round(1,333,334.8) = 1,333,335; productivity = 3,333,337 - 1,333,335 = 2,000,002.
    // earned = round(2,000,002 x 25/33) = round(50,000,050 / 33 = 1,515,153.03) = 1,515,153; PRODUKTIVITAS = 484,849.
    // TL1 1 % of 1,333,335 = 13,333.35 -> 13,333. Unexcused 5 % of 1,333,335 = 66,666.75 -> 66,667.
    // net = 3,333,337 - 484,849 - 13,333 - 66,667 = 2,768,488.
    const b = await preview('budi', SCHEME_B);
    expect(b.lines).toEqual([
      expect.objectContaining({ rule: 'PRODUKTIVITAS', amount: 484_849, baseAmount: 2_000_002 }),
      expect.objectContaining({ rule: 'TL1', amount: 13_333, base: 'DISCIPLINE', baseAmount: 1_333_335 }),
      expect.objectContaining({ rule: 'TANPA_KETERANGAN', amount: 66_667, base: 'DISCIPLINE', baseAmount: 1_333_335 }),
    ]);
    expect(b.net).toBe(2_768_488);
  });

  it('case C: 30/70, late arrival of the discipline component, unexcused days of the productivity component, rounded down', async () => {
    // discipline = floor(3,333,337 x 30 %) = floor(1,000,001.1) = 1,000,001; productivity = 2,333,336.
    // earned = floor(2,333,336 x 25/33) = floor(58,333,400 / 33 = 1,767,678.78) = 1,767,678; PRODUKTIVITAS = 565,658.
    // TL1 1 % of 1,000,001 = 10,000.01 -> 10,000. Unexcused 5 % of 2,333,336 = 116,666.8 -> 116,666 (taken from the
    // 1,767,678 earned). net = 3,333,337 - 565,658 - 10,000 - 116,666 = 2,641,013.
    const c = await preview('budi', {
      baseAmounts: BASE_AMOUNTS,
      disciplineWeight: 30,
      productivityWeight: 70,
      lateBands: lateBands('DISCIPLINE'),
      unexcusedBase: 'PRODUCTIVITY',
    });
    expect(c.lines).toEqual([
      expect.objectContaining({ rule: 'PRODUKTIVITAS', amount: 565_658, baseAmount: 2_333_336 }),
      expect.objectContaining({ rule: 'TL1', amount: 10_000, base: 'DISCIPLINE', baseAmount: 1_000_001 }),
      expect.objectContaining({ rule: 'TANPA_KETERANGAN', amount: 116_666, base: 'PRODUCTIVITY', baseAmount: 2_333_336 }),
    ]);
    expect(c.net).toBe(2_641_013);
  });
});

describe('a month without an evaluation (productivity by predicate, other rules as case A)', () => {
  const predicateScheme = (missingPredicate: string) => ({ baseAmounts: BASE_AMOUNTS, productivityMode: 'PREDICATE', missingPredicate });

  it('PAY: the predicate share is paid, and the row says it was paid without an evaluation', async () => {
    // No PRODUKTIVITAS line: net = 3,333,337 - 33,333 - 166,666 = 3,133,338.
    const pay = await preview('budi', predicateScheme('PAY'));
    expect(pay).toMatchObject({ net: 3_133_338, predicate: null, predicateSource: 'PAID_WITHOUT_EVALUATION' });
    expect(pay.lines.map((l) => l.rule)).toEqual(['TL1', 'TANPA_KETERANGAN']);
  });

  it('WITHHOLD: the productivity component is not paid', async () => {
    // PRODUKTIVITAS = the whole 2,000,003; net = 3,333,337 - 2,000,003 - 33,333 - 166,666 = 1,133,335.
    const withheld = await preview('budi', predicateScheme('WITHHOLD'));
    expect(withheld).toMatchObject({ net: 1_133_335, predicateSource: 'WITHHELD' });
    expect(withheld.lines[0]).toMatchObject({ rule: 'PRODUKTIVITAS', amount: 2_000_003, numerator: 1, denominator: 1 });
  });

  it('LAST_CONFIRMED: the predicate of the third quarter, BUTUH_PERBAIKAN at 80 %', async () => {
    // earned = floor(2,000,003 x 80 %) = floor(1,600,002.4) = 1,600,002; PRODUKTIVITAS = 400,001;
    // net = 3,333,337 - 400,001 - 33,333 - 166,666 = 2,733,337.
    const last = await preview('budi', predicateScheme('LAST_CONFIRMED'));
    expect(last).toMatchObject({ net: 2_733_337, predicate: 'BUTUH_PERBAIKAN', predicateSource: 'LAST_CONFIRMED' });
    expect(last.lines[0]).toMatchObject({ rule: 'PRODUKTIVITAS', amount: 400_001, basisPoints: 2000 });
  });
});

describe('placements', () => {
  it('pays a placement starting mid-month pro rata by working days; a day without attendance counts as the scheme says', async () => {
    // Scheme B (half up): placed = round(3,333,337 x 12/22 = 1,818,183.82) = 1,818,184; PENEMPATAN = 3,333,337 - 1,818,184
    // = 1,515,153, the fraction 10/22 = 5/11. Her 3,600 minutes are her target for 12 days: productivity in full.
    const rina = await preview('rina', SCHEME_B);
    expect(rina).toMatchObject({ gross: G, net: 1_818_184, workingDays: 22, paidDays: 12, missingDays: 12 });
    expect(rina.lines).toEqual([
      expect.objectContaining({ rule: 'PENEMPATAN', quantity: 10, amount: 1_515_153, base: 'WHOLE', numerator: 5, denominator: 11 }),
    ]);
    // Days without attendance as unexcused: 12 x 5 % = 60 % of the discipline component, round(1,818,184 x 40 %) =
    // round(727,273.6) = 727,274: 60 % = 436,364.4 -> 436,364; net = 1,818,184 - 436,364 = 1,381,820.
    const strict = await preview('rina', { ...SCHEME_B, missingAttendance: 'UNEXCUSED' });
    expect(strict.lines[1]).toMatchObject({ rule: 'TANPA_KETERANGAN', quantity: 12, basisPoints: 6000, amount: 436_364 });
    expect(strict.net).toBe(1_381_820);
  });

  it('pays nothing for a month before the placement starts', async () => {
    const response = await attempt<{ allowancePreview: Preview | null }>(PREVIEW, {
      employeeId: ids.sari,
      month: '2026-10',
      scheme: SCHEME_B,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.allowancePreview).toBeNull();
  });
});

describe('the October sheet under scheme B', () => {
  let october: Sheet;

  it('is the sum of its rows, each stating its bases and pro-rata days', async () => {
    const created = await run<{ createAllowanceScheme: { scheme: Record<string, unknown> } }>(SCHEME, {
      input: { agencyId, validFrom: '2026-01-01', ...SCHEME_B },
    });
    // Unstated settings keep today's meaning.
    expect(created.createAllowanceScheme.scheme).toMatchObject({
      unexcusedBase: 'DISCIPLINE',
      ceremonyBase: 'WHOLE',
      missingPredicate: 'PAY',
      missingAttendance: 'PRESENT',
    });
    october = (await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, { input: { month: '2026-10' } })).computeAllowances.sheet;
    // Budi 2,768,488 (case B) + Rina 1,818,184 = 4,586,672; Sari is not on it.
    expect(october).toMatchObject({
      rowCount: 2,
      totalGross: 2 * G,
      totalNet: 4_586_672,
      warnings: [
        { code: 'PRO_RATA', count: 1 },
        { code: 'NOT_PLACED', count: 1 },
      ],
    });
    const { allowanceSheet } = await run<{
      allowanceSheet: { rows: (Preview & { name: string })[] };
    }>(ROWS, { id: october.id });
    const byName = Object.fromEntries(allowanceSheet.rows.map((r) => [r.name, r]));
    expect(byName['Budi Aturan']).toMatchObject({ net: 2_768_488, workingDays: 22, paidDays: 22, predicateSource: null });
    expect(byName['Budi Aturan']!.lines.map((l) => [l.rule, l.base])).toEqual([
      ['PRODUKTIVITAS', 'PRODUCTIVITY'],
      ['TL1', 'DISCIPLINE'],
      ['TANPA_KETERANGAN', 'DISCIPLINE'],
    ]);
    expect(byName['Rina Baru']).toMatchObject({ net: 1_818_184, workingDays: 22, paidDays: 12 });
    expect(Object.keys(byName)).not.toContain('Sari Nanti');
  });

  it('gives the same rupiah in the XLSX and the PDF', async () => {
    const download = async (kind: string) => {
      const response = await fetch(`${app.url}/exports/allowance-sheets/${october.id}/sheet.${kind}`, {
        headers: { authorization: `Bearer ${hr}` },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')) as unknown as ArrayBuffer);
    const values = (workbook.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    const net = values.find((row) => row.includes('TPP netto'))!.indexOf('TPP netto');
    const total = values.find((row) => row[1] === 'JUMLAH')!;
    const nets = values.filter((row) => typeof row[0] === 'number').map((row) => row[net] as number);
    expect(nets.sort((x, y) => x - y)).toEqual([1_818_184, 2_768_488]);
    expect(total[net]).toBe(4_586_672);
    // Total deductions: 2 x 3,333,337 - 4,586,672 = 2,080,002; Rina's PENEMPATAN column 1,515,153.
    expect(total).toContain(2_080_002);
    expect(total).toContain(1_515_153);
    const parser = new PDFParse({ data: new Uint8Array(await download('pdf')) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    for (const figure of ['4.586.672', '2.768.488', '1.818.184', '1.515.153', '2.080.002']) expect(text).toContain(figure);
  });
});

describe('a month without attendance', () => {
  it('is refused until confirmed, then computed with the warning', async () => {
    const before = await counts();
    const refused = await attempt(COMPUTE, { input: { month: '2026-11' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_ATTENDANCE_DATA',
      field: 'input.confirmWithoutAttendance',
    });
    expect(await counts()).toEqual(before);
    const { computeAllowances } = await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, {
      input: { month: '2026-11', confirmWithoutAttendance: true },
    });
    // November 2026 has 21 working days; Sari, placed from Monday 16, works 11 of them (16-20, 23-27, 30).
    expect(computeAllowances.sheet.rowCount).toBe(3);
    expect(computeAllowances.sheet.warnings).toEqual([
      { code: 'NO_ATTENDANCE_DATA', count: 0 },
      { code: 'PRO_RATA', count: 1 },
    ]);
    const { allowanceSheet } = await run<{ allowanceSheet: { rows: (Preview & { name: string })[] } }>(ROWS, {
      id: computeAllowances.sheet.id,
    });
    const sari = allowanceSheet.rows.find((r) => r.name === 'Sari Nanti')!;
    // round(3,333,337 x 11/21 = 36,666,707 / 21 = 1,746,033.67) = 1,746,034 payable; PENEMPATAN = 3,333,337 - 1,746,034 = 1,587,303.
    expect(sari).toMatchObject({ workingDays: 21, paidDays: 11, missingDays: 11 });
    expect(sari.lines[0]).toMatchObject({ rule: 'PENEMPATAN', quantity: 10, amount: 1_587_303, numerator: 10, denominator: 21 });
  });
});

describe('bad rules', () => {
  it('refuses a base the scheme has no component for, naming the field, and changes nothing', async () => {
    const before = await counts();
    const noDiscipline = await attempt(SCHEME, {
      input: { agencyId, validFrom: '2027-01-01', baseAmounts: BASE_AMOUNTS, disciplineWeight: 0, unexcusedBase: 'DISCIPLINE' },
    });
    expect(noDiscipline.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unexcusedBase',
      reason: 'NOT_ONE_OF',
    });
    const unknown = await attempt(SCHEME, {
      input: { agencyId, validFrom: '2027-01-01', baseAmounts: BASE_AMOUNTS, lateBands: lateBands('KONDISI_KERJA') },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lateBands.0.base' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a negative percentage, naming the field, and changes nothing', async () => {
    const before = await counts();
    const negative = await attempt(SCHEME, {
      input: { agencyId, validFrom: '2027-01-01', baseAmounts: BASE_AMOUNTS, unexcusedDayBasisPoints: -500 },
    });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unexcusedDayBasisPoints' });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });
});

describe('the December sheet under a predicate scheme', () => {
  it('states on each row where its predicate came from, and counts the rows without an evaluation', async () => {
    await run(SCHEME, {
      input: { agencyId, validFrom: '2026-12-01', ...SCHEME_B, productivityMode: 'PREDICATE', missingPredicate: 'LAST_CONFIRMED' },
    });
    const { computeAllowances } = await run<{ computeAllowances: { sheet: Sheet } }>(COMPUTE, {
      input: { month: '2026-12', confirmWithoutAttendance: true },
    });
    // discipline = round(3,333,337 x 40 %) = 1,333,335; productivity = 2,000,002 (scheme B rounds half up).
    // Budi, last confirmed BUTUH_PERBAIKAN (80 %): earned round(1,600,001.6) = 1,600,002, PRODUKTIVITAS 400,000, net 2,933,337.
    // Rina and Sari, no evaluation ever: withheld, PRODUKTIVITAS 2,000,002, net 1,333,335 each.
    // Total 2,933,337 + 2 x 1,333,335 = 5,600,007.
    expect(computeAllowances.sheet).toMatchObject({
      rowCount: 3,
      totalNet: 5_600_007,
      warnings: [
        { code: 'NO_ATTENDANCE_DATA', count: 0 },
        { code: 'NO_EVALUATION', count: 3 },
      ],
    });
    const { allowanceSheet } = await run<{ allowanceSheet: { rows: (Preview & { name: string })[] } }>(ROWS, {
      id: computeAllowances.sheet.id,
    });
    const byName = Object.fromEntries(allowanceSheet.rows.map((r) => [r.name, r]));
    expect(byName['Budi Aturan']).toMatchObject({ net: 2_933_337, predicate: 'BUTUH_PERBAIKAN', predicateSource: 'LAST_CONFIRMED' });
    expect(byName['Rina Baru']).toMatchObject({ net: 1_333_335, predicate: null, predicateSource: 'WITHHELD' });
    expect(byName['Sari Nanti']).toMatchObject({ net: 1_333_335, predicateSource: 'WITHHELD' });
  });
});
