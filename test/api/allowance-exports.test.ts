import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The allowance sheet of October 2026 as files, read back and compared with
 * the sheet's figures. 22 working days, full minutes for everyone; class 7
 * pays 2,750,000 and class 9 3,250,000. Budi is 15 minutes late once (TL1
 * 0.5 % = 13,750) and misses a check-in once (TL4 1.5 % = 41,250); Citra misses
 * a required ceremony (UPACARA 1.5 % = 41,250). Rina (HR) computes and
 * verifies, Kepala (agency administrator) approves.
 */

let app: TestApp;
let run: ReturnType<typeof runner>['run'];
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let agencyId: string;
let agencyRecord: Parameters<typeof actor>[2];
let unitId: string;
let sheetId: string;

type Row = { nip: string; name: string; grade: number; gross: number; net: number; lines: { rule: string; amount: number }[] };
let rows: Row[];

async function download(path: string, token: string) {
  const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

async function pdfText(body: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

async function employee(key: string, nip: string, name: string, grade: number) {
  const positionId = (
    await run<{ createPosition: { position: { id: string } } }>(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
      { input: { unitId, name: `Jabatan ${name}`, type: grade > 8 ? 'ADMINISTRATOR' : 'PELAKSANA', grade } },
    )
  ).createPosition.position.id;
  ids[key] = (
    await run<{ createEmployee: { employee: { id: string } } }>(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
      { input: { nip, name, employmentType: 'PNS', golongan: 'III_C', positionId, effectiveDate: '2024-01-02' } },
    )
  ).createEmployee.employee.id;
  await app.sql(
    `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours, evidence_links, status, submitted_at, minutes)
     values (gen_random_uuid(), now(), now(), 1, ?, ?, '2026-10-15', 'Pelayanan', 'Terlayani', 110, '{}', 'APPROVED', now(), 6600)`,
    [fromGlobalId(agencyId, 'Agency', 'id'), fromGlobalId(ids[key]!, 'Employee', 'id')],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'BKPSDM-XLS', name: 'Pemerintah Kota Contoh' });
  agencyId = agency.id;
  agencyRecord = agency.agency;
  const hr = await actor(app, [Role.HR_OFFICER], agency.agency);
  const admin = await actor(app, [Role.AGENCY_ADMIN], agency.agency);
  tokens.hr = hr.token;
  tokens.admin = admin.token;
  tokens.outsider = (await actor(app, [Role.HR_OFFICER], (await createAgency(app, { code: 'LAIN-XLS' })).agency)).token;
  tokens.employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
  ({ run } = runner(app, () => tokens.hr!));

  unitId = (
    await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code: 'BKD', name: 'Badan Kepegawaian Daerah', kind: 'BADAN' } },
    )
  ).createOrgUnit.orgUnit.id;
  await employee('kepala', '197501012000031001', 'Kepala Badan', 9);
  await employee('rina', '198802022012012002', 'Rina Pengelola', 7);
  await employee('budi', '199003032015011003', 'Budi Telat', 7);
  await employee('citra', '199104042015012004', 'Citra Absen', 7);
  await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids.rina!, 'Employee', 'id'), hr.user.id]);
  await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids.kepala!, 'Employee', 'id'), admin.user.id]);

  await run(`mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) { calendar { id } } }`, {
    input: {
      agencyId,
      targetMinutesPerDay: 300,
      days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 })),
    },
  });
  await run(`mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) { scheme { id } } }`, {
    input: { agencyId, validFrom: '2026-01-01', baseAmounts: Array.from({ length: 17 }, (_, i) => 1_000_000 + (i + 1) * 250_000) },
  });
  const attend = (key: string, date: string, checkIn: string | undefined, checkOut: string) =>
    run(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { id } } }`, {
      input: { employeeId: ids[key], date, status: 'HADIR', checkIn, checkOut },
    });
  await attend('budi', '2026-10-05', '07:45', '16:00');
  await attend('budi', '2026-10-06', undefined, '16:00');
  const ceremony = (
    await run<{ createCeremony: { ceremony: { id: string } } }>(
      `mutation ($input: CreateCeremonyInput!) { createCeremony(input: $input) { ceremony { id } } }`,
      { input: { date: '2026-10-28', kind: 'UPACARA_BENDERA', name: 'Upacara Hari Sumpah Pemuda' } },
    )
  ).createCeremony.ceremony.id;
  await run(`mutation ($input: RecordCeremonyAttendanceInput!) { recordCeremonyAttendance(input: $input) { created } }`, {
    input: { ceremonyId: ceremony, entries: [{ employeeId: ids.citra, status: 'ABSENT' }] },
  });

  // Where Budi's allowance is paid: the sheet's last column.
  const { employee: budi } = await run<{ employee: { version: number } }>(`query ($id: ID!) { employee(id: $id) { version } }`, {
    id: ids.budi,
  });
  await run(`mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`, {
    input: { id: ids.budi, version: budi.version, bankAccount: '  Bank Sumut 1234567890 ' },
  });

  const computed = await run<{ computeAllowances: { sheet: { id: string; version: number } } }>(
    `mutation ($input: ComputeAllowancesInput!) { computeAllowances(input: $input) { sheet { id version } } }`,
    { input: { month: '2026-10' } },
  );
  sheetId = computed.computeAllowances.sheet.id;
  const step = (name: string) => `mutation ($input: AllowanceSheetTransitionInput!) { ${name}(input: $input) { sheet { version } } }`;
  const verified = await run<{ verifyAllowanceSheet: { sheet: { version: number } } }>(step('verifyAllowanceSheet'), {
    input: { id: sheetId, version: computed.computeAllowances.sheet.version },
  });
  await run(step('approveAllowanceSheet'), { input: { id: sheetId, version: verified.verifyAllowanceSheet.sheet.version } }, tokens.admin);
  rows = (
    await run<{ allowanceSheet: { rows: Row[] } }>(
      `query ($id: ID!) { allowanceSheet(id: $id) { rows { nip name grade gross net lines { rule amount } } } }`,
      { id: sheetId },
    )
  ).allowanceSheet.rows;
}, 240_000);
afterAll(() => app?.close());

describe('the sheet as XLSX', () => {
  it('has the header, a column per deduction rule, every row as the sheet has it, totals and signatories', async () => {
    const { response, body } = await download(`/exports/allowance-sheets/${sheetId}/sheet.xlsx`, tokens.hr!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('tpp-2026-10.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => (cells[number - 1] = (row.values as unknown[]).slice(1)));
    const flat = Array.from(cells, (r) => Array.from(r ?? [], (v) => v ?? null));
    expect(flat[0]![0]).toBe('DAFTAR PEMBAYARAN TAMBAHAN PENGHASILAN PEGAWAI (TPP)');
    const label = (text: string) => flat.find((r) => r[0] === text)?.[2];
    expect(label('Instansi')).toBe('Pemerintah Kota Contoh');
    expect(label('Unit kerja')).toBe('Semua unit kerja');
    expect(label('Bulan')).toBe('Oktober 2026 (2026-10)');
    expect(label('Versi skema TPP')).toBe(1);
    expect(label('Status')).toBe('Disetujui');

    const headerIndex = flat.findIndex((r) => r[0] === 'No');
    expect(flat[headerIndex]).toEqual([
      'No',
      'Unit kerja',
      'NIP',
      'Nama',
      'Pangkat/golongan',
      'Kelas jabatan',
      'TPP bruto',
      'TL1',
      'TL4',
      'Tidak ikut apel/upacara',
      'Jumlah potongan',
      'TPP netto',
      'Nomor rekening',
    ]);
    const body_ = flat.slice(headerIndex + 1, headerIndex + 1 + rows.length);
    const amountOf = (row: Row, rule: string) => row.lines.filter((l) => l.rule === rule).reduce((sum, l) => sum + l.amount, 0) || 0;
    body_.forEach((cellsOfRow, i) => {
      const row = rows[i]!;
      expect(cellsOfRow.slice(0, 12)).toEqual([
        i + 1,
        'Badan Kepegawaian Daerah',
        row.nip,
        row.name,
        'Penata (III/c)',
        row.grade,
        row.gross,
        amountOf(row, 'TL1'),
        amountOf(row, 'TL4'),
        amountOf(row, 'UPACARA'),
        row.gross - row.net,
        row.net,
      ]);
    });
    // The figures by hand.
    const byName = Object.fromEntries(body_.map((r) => [r[3], r]));
    expect(byName['Budi Telat']!.slice(6, 12)).toEqual([2_750_000, 13_750, 41_250, 0, 55_000, 2_695_000]);
    expect(byName['Citra Absen']!.slice(6, 12)).toEqual([2_750_000, 0, 0, 41_250, 41_250, 2_708_750]);
    expect(byName['Kepala Badan']!.slice(6, 12)).toEqual([3_250_000, 0, 0, 0, 0, 3_250_000]);
    expect(byName['Budi Telat']![12]).toBe('Bank Sumut 1234567890');
    expect(byName['Citra Absen']![12] ?? '').toBe('');
    const totals = flat[headerIndex + 1 + rows.length]!;
    expect(totals.slice(1, 12)).toEqual(['JUMLAH', null, null, null, null, 11_500_000, 13_750, 41_250, 41_250, 96_250, 11_403_750]);
    const after = flat.slice(headerIndex + 2 + rows.length).flat();
    expect(after).toEqual(expect.arrayContaining(['Disiapkan oleh (pengelola kepegawaian)', 'Rina Pengelola', 'NIP 198802022012012002']));
    expect(after).toEqual(expect.arrayContaining(['Disetujui oleh kepala instansi', 'Kepala Badan', 'NIP 197501012000031001']));
  });

  it('answers in English and for one unit on request', async () => {
    const { body } = await download(`/exports/allowance-sheets/${sheetId}/sheet.xlsx?lang=en&unitId=${unitId}`, tokens.hr!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const values: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toEqual(expect.arrayContaining(['Unit', 'Badan Kepegawaian Daerah', 'Missed ceremonies', 'Net', 'TOTAL', 'Approved']));
  });
});

describe('the sheet as PDF', () => {
  it('holds the same figures and the signature block with the names the workflow recorded', async () => {
    const { response, body } = await download(`/exports/allowance-sheets/${sheetId}/sheet.pdf`, tokens.admin!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(body);
    expect(text).toContain('DAFTAR PEMBAYARAN TAMBAHAN PENGHASILAN PEGAWAI (TPP)');
    expect(text).toContain('PEMERINTAH KOTA CONTOH');
    expect(text).toContain('Oktober 2026');
    for (const row of rows) {
      expect(text).toContain(row.nip);
      expect(text).toContain(row.net.toLocaleString('id-ID'));
    }
    expect(text).toContain('2.695.000');
    expect(text).toContain('11.403.750');
    expect(text).toContain('Diverifikasi oleh');
    expect(text).toContain('Rina Pengelola');
    expect(text).toContain('NIP 197501012000031001');
    const english = await pdfText((await download(`/exports/allowance-sheets/${sheetId}/sheet.pdf?lang=en`, tokens.hr!)).body);
    expect(english).toContain('PERFORMANCE ALLOWANCE (TPP) PAYMENT SHEET');
    expect(english).toContain('11,403,750');
  });
});

describe('scope', () => {
  it('gives another agency and an employee 404 and no file', async () => {
    for (const token of [tokens.outsider!, tokens.employee!]) {
      for (const kind of ['xlsx', 'pdf']) {
        const { response, body } = await download(`/exports/allowance-sheets/${sheetId}/sheet.${kind}`, token);
        expect(response.status).toBe(404);
        expect(JSON.parse(body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
      }
    }
    const anonymous = await fetch(`${app.url}/exports/allowance-sheets/${sheetId}/sheet.xlsx`);
    expect(anonymous.status).toBe(401);
  });
});

describe('the bank account', () => {
  it('is read by HR and by the employee, and is null for anyone else', async () => {
    const query = `query ($id: ID!) { employee(id: $id) { bankAccount } }`;
    const evaluator = await actor(app, [Role.EVALUATOR], agencyRecord);
    const own = await actor(app, [Role.EMPLOYEE], agencyRecord);
    await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids.budi!, 'Employee', 'id'), own.user.id]);
    const read = async (token: string) =>
      (await app.gql<{ employee: { bankAccount: string | null } }>(query, { id: ids.budi }, { token })).data?.employee;
    expect(await read(tokens.hr!)).toEqual({ bankAccount: 'Bank Sumut 1234567890' });
    expect(await read(own.token)).toEqual({ bankAccount: 'Bank Sumut 1234567890' });
    expect(await read(evaluator.token)).toEqual({ bankAccount: null });
  });
});
