import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Missed ceremonies (apel / upacara) in the allowance, computed by hand.
 * October 2026: 22 working days, 07:30-16:00 Monday to Friday, 300 effective
 * minutes a day (6,600), every employee with the full minutes. Scheme version 1
 * pays class 7 2,750,000 (1,000,000 + 7 x 250,000) and keeps the default
 * ceremony rule: 1.5 % (150 basis points) per missed required ceremony, at most
 * 4.5 % (450) a month; lines rounded down to the rupiah.
 *
 * Ceremonies: 1 Oct flag ceremony (agency), 5 Oct morning assembly of Bidang A
 * and below, 12, 19, 26 and 28 Oct agency-wide, 20 Oct an optional one.
 */

let app: TestApp;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const ceremonies: Record<string, { id: string; version: number }> = {};
let agencyId: string;
const units: Record<string, string> = {};
const nips: Record<string, string> = {};

const CREATE = `mutation ($input: CreateCeremonyInput!) { createCeremony(input: $input) { ceremony { id version date kind name required unitId } } }`;
const RECORD = `mutation ($input: RecordCeremonyAttendanceInput!) { recordCeremonyAttendance(input: $input) { created updated unchanged } }`;
const IMPORT = `mutation ($input: ImportCeremonyAttendanceInput!) { importCeremonyAttendance(input: $input) { created updated unchanged } }`;
const COMPUTE = `mutation ($input: ComputeAllowancesInput!) { computeAllowances(input: $input) { sheet { id rowCount totalNet } } }`;
const ROWS = `query ($id: ID!) { allowanceSheet(id: $id) { rows { name gross net lines { rule quantity basisPoints amount } } } }`;
const LIST = `query ($id: ID!, $first: Int) { ceremonyAttendances(ceremonyId: $id, first: $first) { totalCount nodes { status source employee { fullName nip } } } }`;

type Row = { name: string; gross: number; net: number; lines: { rule: string; quantity: number; basisPoints: number; amount: number }[] };

const agencyRow = () => fromGlobalId(agencyId, 'Agency', 'id');

async function unit(key: string, code: string, name: string, parentId?: string) {
  units[key] = (
    await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { agencyId, code, name, kind: 'BIDANG', parentId } },
    )
  ).createOrgUnit.orgUnit.id;
}

async function employee(key: string, nip: string, name: string, unitKey: string) {
  const positionId = (
    await run<{ createPosition: { position: { id: string } } }>(
      `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
      { input: { unitId: units[unitKey], name: `Pelaksana ${name}`, type: 'PELAKSANA', grade: 7 } },
    )
  ).createPosition.position.id;
  ids[key] = (
    await run<{ createEmployee: { employee: { id: string } } }>(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
      { input: { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId, effectiveDate: '2024-01-02' } },
    )
  ).createEmployee.employee.id;
  nips[key] = nip;
  const rowId = fromGlobalId(ids[key]!, 'Employee', 'id');
  await app.sql(
    `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours, evidence_links, status, submitted_at, minutes)
     values (gen_random_uuid(), now(), now(), 1, ?, ?, '2026-10-15', 'Pelayanan', 'Terlayani', 110, '{}', 'APPROVED', now(), 6600)`,
    [agencyRow(), rowId],
  );
}

async function ceremony(key: string, date: string, kind: string, name: string, extra: Record<string, unknown> = {}) {
  const created = (
    await run<{ createCeremony: { ceremony: { id: string; version: number } } }>(CREATE, { input: { date, kind, name, ...extra } })
  ).createCeremony.ceremony;
  ceremonies[key] = created;
}

const entry = (key: string, status: string, note?: string) => ({ employeeId: ids[key], status, note });
const record = (key: string, entries: ReturnType<typeof entry>[]) => run(RECORD, { input: { ceremonyId: ceremonies[key]!.id, entries } });

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'BKPSDM-APEL' });
  agencyId = agency.id;
  tokens.hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  tokens.outsider = (await actor(app, [Role.HR_OFFICER], (await createAgency(app, { code: 'LAIN-APEL' })).agency)).token;
  ({ run, attempt } = runner(app, () => tokens.hr!));

  await unit('a', 'BID-A', 'Bidang A');
  await unit('a1', 'SUB-A1', 'Subbidang A1', units.a);
  await unit('b', 'BID-B', 'Bidang B');
  await employee('ani', '199001012015012007', 'Ani Apel', 'a');
  await employee('budi', '199002022015011008', 'Budi Bolos', 'a1');
  await employee('citra', '199003032015012009', 'Citra Cuti', 'b');
  await employee('dedi', '199004042015011010', 'Dedi Datang', 'b');
  await employee('eko', '199005052015011011', 'Eko Ekstra', 'b');
  const user = await createUser(app, { roles: [Role.EMPLOYEE], agency: agency.agency, username: 'ani-apel' });
  await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids.ani!, 'Employee', 'id'), user.id]);
  tokens.ani = await tokenFor(app, user);

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
}, 240_000);
afterAll(() => app?.close());

describe('ceremonies', () => {
  it('are kept by HR, for the agency or a unit subtree, audited', async () => {
    await ceremony('c1', '2026-10-01', 'UPACARA_BENDERA', 'Upacara Hari Kesaktian Pancasila');
    await ceremony('c2', '2026-10-05', 'APEL_PAGI', 'Apel pagi Bidang A', { unitId: units.a });
    await ceremony('c3', '2026-10-12', 'APEL_PAGI', 'Apel pagi');
    await ceremony('c4', '2026-10-19', 'APEL_PAGI', 'Apel pagi');
    await ceremony('c5', '2026-10-20', 'LAINNYA', 'Apel siaga', { required: false });
    await ceremony('c6', '2026-10-26', 'APEL_PAGI', 'Apel pagi');
    await ceremony('c7', '2026-10-28', 'UPACARA_BENDERA', 'Upacara Hari Sumpah Pemuda');
    const { ceremonies: list } = await run<{ ceremonies: { totalCount: number; nodes: { name: string; unitId: string | null }[] } }>(
      `{ ceremonies(filter: { date: { gte: "2026-10-01", lte: "2026-10-31" }, required: true }) { totalCount nodes { name unitId } } }`,
    );
    expect(list.totalCount).toBe(6);
    expect(list.nodes.find((c) => c.name === 'Apel pagi Bidang A')?.unitId).toBe(units.a);

    const updated = await run<{ updateCeremony: { ceremony: { name: string; version: number } } }>(
      `mutation ($input: UpdateCeremonyInput!) { updateCeremony(input: $input) { ceremony { name version } } }`,
      { input: { id: ceremonies.c3!.id, version: ceremonies.c3!.version, name: 'Apel pagi Senin' } },
    );
    expect(updated.updateCeremony.ceremony.name).toBe('Apel pagi Senin');
    const stale = await attempt(`mutation ($input: UpdateCeremonyInput!) { updateCeremony(input: $input) { ceremony { id } } }`, {
      input: { id: ceremonies.c3!.id, version: ceremonies.c3!.version, name: 'Lagi' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const audit = await app.sql<{ action: string }>(`select action from audit_entries where entity_id = ? order by occurred_at, id`, [
      fromGlobalId(ceremonies.c3!.id, 'Ceremony', 'id'),
    ]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('refuse employees (FORBIDDEN) and other agencies (NOT_FOUND to read, FORBIDDEN to write), changing nothing', async () => {
    expect(errorCode(await attempt(CREATE, { input: { date: '2026-10-30', kind: 'APEL_PAGI', name: 'Apel' } }, tokens.ani))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await attempt(`query ($id: ID!) { ceremony(id: $id) { id } }`, { id: ceremonies.c1!.id }, tokens.outsider))).toBe(
      'NOT_FOUND',
    );
    const del = await attempt(
      `mutation ($input: DeleteCeremonyInput!) { deleteCeremony(input: $input) { id } }`,
      { input: { id: ceremonies.c1!.id } },
      tokens.outsider,
    );
    expect(errorCode(del)).toBe('FORBIDDEN');
    const [{ n }] = (await app.sql<{ n: string }>(`select count(*) as n from ceremonies where agency_id = ?`, [agencyRow()])) as [
      { n: string },
    ];
    expect(Number(n)).toBe(7);
  });
});

describe('attendance at a ceremony', () => {
  it('is all or nothing: one employee outside the unit subtree and nothing is recorded', async () => {
    const response = await attempt(RECORD, {
      input: { ceremonyId: ceremonies.c2!.id, entries: [entry('ani', 'ABSENT'), entry('citra', 'ABSENT')] },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions.field).toBe('input.entries.1.employeeId');
    const [{ n }] = (await app.sql<{ n: string }>(`select count(*) as n from ceremony_attendances`)) as [{ n: string }];
    expect(Number(n)).toBe(0);
  });

  it('is not recorded before the ceremony takes place', async () => {
    await ceremony('future', '2027-01-04', 'APEL_PAGI', 'Apel awal tahun');
    const response = await attempt(RECORD, { input: { ceremonyId: ceremonies.future!.id, entries: [entry('ani', 'ATTENDED')] } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions.field).toBe('input.ceremonyId');
  });

  it('is recorded by hand and by import; the same file twice changes nothing', async () => {
    // Ani misses 1 and 5 October; Budi (in Subbidang A1, below Bidang A) misses five.
    await record('c1', [entry('ani', 'ABSENT'), entry('budi', 'ABSENT'), entry('citra', 'ABSENT'), entry('dedi', 'ATTENDED')]);
    await record('c2', [entry('ani', 'ABSENT'), entry('budi', 'ATTENDED')]);
    await record('c3', [entry('budi', 'ABSENT'), entry('citra', 'ABSENT')]);
    await record('c4', [entry('budi', 'ABSENT')]);
    await record('c5', [entry('citra', 'ABSENT')]);
    await record('c6', [entry('budi', 'ABSENT'), entry('citra', 'EXCUSED', 'Dinas luar kota')]);

    const csv = (rows: string[]) => ['nip,status,note', ...rows].join('\n');
    const bad = await attempt(IMPORT, {
      input: { ceremonyId: ceremonies.c7!.id, csv: csv([`${nips.budi},ABSENT,`, '199912312020121001,ABSENT,', `${nips.dedi},MAYBE,`]) },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.rowErrors).toEqual([
      expect.objectContaining({ row: 3, column: 'nip' }),
      expect.objectContaining({ row: 4, column: 'status' }),
    ]);
    const file = csv([`${nips.budi},ABSENT,`, `${nips.dedi},tidak hadir,`, `${nips.ani},HADIR,`, `${nips.citra},izin,Sakit`]);
    const first = await run<{ importCeremonyAttendance: { created: number; unchanged: number } }>(IMPORT, {
      input: { ceremonyId: ceremonies.c7!.id, csv: file },
    });
    expect(first.importCeremonyAttendance).toMatchObject({ created: 4, unchanged: 0 });
    const again = await run<{ importCeremonyAttendance: { created: number; updated: number; unchanged: number } }>(IMPORT, {
      input: { ceremonyId: ceremonies.c7!.id, csv: file },
    });
    expect(again.importCeremonyAttendance).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const sources = await app.sql<{ status: string; source: string }>(
      `select status, source from ceremony_attendances where ceremony_id = ? order by status`,
      [fromGlobalId(ceremonies.c7!.id, 'Ceremony', 'id')],
    );
    expect(sources).toEqual([
      { status: 'ATTENDED', source: 'IMPORT' },
      { status: 'ABSENT', source: 'IMPORT' },
      { status: 'ABSENT', source: 'IMPORT' },
      { status: 'EXCUSED', source: 'IMPORT' },
    ]);
  });

  it('lists HR the whole ceremony and an employee only themself, statements independent of the page size', async () => {
    const small = await attempt<{ ceremonyAttendances: { nodes: unknown[] } }>(LIST, { id: ceremonies.c1!.id, first: 1 });
    const large = await attempt<{ ceremonyAttendances: { totalCount: number; nodes: unknown[] } }>(LIST, {
      id: ceremonies.c1!.id,
      first: 10,
    });
    expect(large.data?.ceremonyAttendances.totalCount).toBe(4);
    expect(large.data?.ceremonyAttendances.nodes).toHaveLength(4);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const own = await attempt<{ ceremonyAttendances: { nodes: { employee: { fullName: string } }[] } }>(
      LIST,
      { id: ceremonies.c1!.id },
      tokens.ani,
    );
    expect(own.data?.ceremonyAttendances.nodes.map((n) => n.employee.fullName)).toEqual(['Ani Apel']);
  });
});

describe('the allowance', () => {
  let sheetId: string;
  it('deducts each missed required ceremony as its own line, capped, never twice with an absence or leave', async () => {
    // Citra is on leave on 1 October and absent without excuse on 12 October: those days deduct as such, not as ceremonies.
    await run(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { id } } }`, {
      input: { employeeId: ids.citra, date: '2026-10-01', status: 'CUTI' },
    });
    await run(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { id } } }`, {
      input: { employeeId: ids.citra, date: '2026-10-12', status: 'TANPA_KETERANGAN' },
    });
    // Dedi is 15 minutes late on 5 October (TL1) and misses 28 October.
    await run(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { record { id } } }`, {
      input: { employeeId: ids.dedi, date: '2026-10-05', status: 'HADIR', checkIn: '07:45', checkOut: '16:05' },
    });
    const { computeAllowances } = await run<{ computeAllowances: { sheet: { id: string; rowCount: number; totalNet: number } } }>(COMPUTE, {
      input: { month: '2026-10' },
    });
    sheetId = computeAllowances.sheet.id;
    const rows = Object.fromEntries(
      (await run<{ allowanceSheet: { rows: Row[] } }>(ROWS, { id: sheetId })).allowanceSheet.rows.map((r) => [r.name, r]),
    );
    // Ani: 2 x 1.5 % = 3 % of 2,750,000 = 82,500.
    expect(rows['Ani Apel']).toEqual({
      name: 'Ani Apel',
      gross: 2_750_000,
      lines: [{ rule: 'UPACARA', quantity: 2, basisPoints: 300, amount: 82_500 }],
      net: 2_667_500,
    });
    // Budi: 5 missed (1, 12, 19, 26, 28 Oct), 7.5 % capped at 4.5 % = 123,750.
    expect(rows['Budi Bolos']).toMatchObject({
      lines: [{ rule: 'UPACARA', quantity: 5, basisPoints: 450, amount: 123_750 }],
      net: 2_626_250,
    });
    // Citra: 1 Oct on leave (excused, paid in full), 12 Oct the unexcused day (5 % = 137,500), 20 Oct optional, 26 and 28 Oct excused.
    expect(rows['Citra Cuti']).toMatchObject({
      lines: [{ rule: 'TANPA_KETERANGAN', quantity: 1, basisPoints: 500, amount: 137_500 }],
      net: 2_612_500,
    });
    // Dedi: TL1 0.5 % = 13,750, then one ceremony 1.5 % = 41,250.
    expect(rows['Dedi Datang']).toMatchObject({
      lines: [
        { rule: 'TL1', quantity: 1, basisPoints: 50, amount: 13_750 },
        { rule: 'UPACARA', quantity: 1, basisPoints: 150, amount: 41_250 },
      ],
      net: 2_695_000,
    });
    expect(rows['Eko Ekstra']).toMatchObject({ lines: [], net: 2_750_000 });
    expect(computeAllowances.sheet).toMatchObject({
      rowCount: 5,
      totalNet: 2_667_500 + 2_626_250 + 2_612_500 + 2_695_000 + 2_750_000,
    });
  });

  it('follows the scheme version: its own percentage and cap', async () => {
    await run(`mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) { scheme { id } } }`, {
      input: {
        agencyId,
        validFrom: '2026-11-01',
        baseAmounts: Array.from({ length: 17 }, (_, i) => 1_000_000 + (i + 1) * 250_000),
        ceremonyBasisPoints: 200,
        ceremonyCapBasisPoints: 10_000,
      },
    });
    await ceremony('n1', '2026-11-02', 'APEL_PAGI', 'Apel pagi November');
    await record('n1', [entry('budi', 'ABSENT')]);
    const { computeAllowances } = await run<{ computeAllowances: { sheet: { id: string } } }>(COMPUTE, {
      input: { month: '2026-11', confirmWithoutAttendance: true },
    });
    const rows = (await run<{ allowanceSheet: { rows: Row[] } }>(ROWS, { id: computeAllowances.sheet.id })).allowanceSheet.rows;
    // 2 % of 2,750,000 = 55,000 (November has no approved minutes yet: a PRODUKTIVITAS line comes first).
    const budi = rows.find((r) => r.name === 'Budi Bolos')!;
    expect(budi.lines.map((l) => l.rule)).toEqual(['PRODUKTIVITAS', 'UPACARA']);
    expect(budi.lines[1]).toEqual({ rule: 'UPACARA', quantity: 1, basisPoints: 200, amount: 55_000 });
    const bad = await attempt(`mutation ($input: CreateAllowanceSchemeInput!) { createAllowanceScheme(input: $input) { scheme { id } } }`, {
      input: { agencyId, validFrom: '2026-12-01', baseAmounts: Array.from({ length: 17 }, () => 1), ceremonyCapBasisPoints: 20_000 },
    });
    expect(bad.errors?.[0]?.extensions.field).toBe('input.ceremonyCapBasisPoints');
  });

  it('computes in the same number of statements for more employees with more missed ceremonies', async () => {
    const compute = async () => {
      const response = await attempt<{ computeAllowances: { sheet: { rowCount: number } } }>(COMPUTE, { input: { month: '2026-10' } });
      expect(response.errors).toBeUndefined();
      return { statements: response.sqlStatements, rows: response.data!.computeAllowances.sheet.rowCount };
    };
    const small = await compute();
    for (let i = 0; i < 4; i++) {
      await employee(`extra${i}`, `19910${i + 1}0${i + 1}2016011${String(i + 20).padStart(3, '0')}`, `Pegawai ${i}`, 'b');
      await record('c3', [entry(`extra${i}`, 'ABSENT')]);
      await record('c4', [entry(`extra${i}`, 'ABSENT')]);
    }
    const large = await compute();
    expect(large.rows).toBe(small.rows + 4);
    expect(large.statements).toBe(small.statements);
    const rows = (await run<{ allowanceSheet: { rows: Row[] } }>(ROWS, { id: sheetId })).allowanceSheet.rows;
    expect(rows.find((r) => r.name === 'Pegawai 0')?.lines).toEqual([{ rule: 'UPACARA', quantity: 2, basisPoints: 300, amount: 82_500 }]);
  });
});
