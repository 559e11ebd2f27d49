import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateEmployeeInput, EmployeeFilter, UpdateEmployeeInput } from '../gql/graphql.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

const CreateUnit = graphql(`
  mutation CreateUnitForEmployees($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      orgUnit {
        id
      }
    }
  }
`);
const CreatePosition = graphql(`
  mutation CreatePositionForEmployees($input: CreatePositionInput!) {
    createPosition(input: $input) {
      position {
        id
      }
    }
  }
`);
const CreateEmployee = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
        id
        nip
        nipFormatted
        fullName
        birthDate
        gender
        tmtCpns
        appointmentYear
        employmentType
        golongan
        unitId
        positionId
        version
      }
    }
  }
`);
const UpdateEmployee = graphql(`
  mutation UpdateEmployee($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      employee {
        id
        version
        positionId
      }
    }
  }
`);
const EmployeeDetail = graphql(`
  query EmployeeDetail($id: ID!) {
    employee(id: $id) {
      name
      supervisor {
        name
      }
      assignments {
        validFrom
        validTo
        reason
        golongan
        position {
          name
        }
        supervisor {
          name
        }
      }
    }
  }
`);
const Employees = graphql(`
  query Employees($filter: EmployeeFilter, $first: Int) {
    employees(filter: $filter, first: $first, orderBy: [{ field: NIP }]) {
      totalCount
      nodes {
        nip
        name
        unit {
          code
        }
        position {
          name
        }
        supervisor {
          name
        }
      }
    }
  }
`);

type Loose<T> = { [K in keyof T]?: unknown } & Record<string, unknown>;

/** A valid PNS NIP from its parts: birth date, TMT CPNS, gender digit, sequence. */
const nip = (birth: string, tmt: string, gender: 1 | 2, sequence: number) => `${birth}${tmt}${gender}${String(sequence).padStart(3, '0')}`;

let app: TestApp;
let admin: string;
let agency: Awaited<ReturnType<typeof createAgency>>;
let other: Awaited<ReturnType<typeof createAgency>>;
const ids: Record<string, string> = {};

const create = (input: Loose<CreateEmployeeInput>, token = admin) =>
  app.gql(CreateEmployee, { input: input as CreateEmployeeInput }, { token });
const update = (input: Loose<UpdateEmployeeInput>, token = admin) =>
  app.gql(UpdateEmployee, { input: input as UpdateEmployeeInput }, { token });
const detail = (id: string, token = admin) => app.gql(EmployeeDetail, { id }, { token });
const list = (filter: EmployeeFilter, first = 100, token = admin) => app.gql(Employees, { filter, first }, { token });

async function employee(key: string, input: Loose<CreateEmployeeInput>) {
  const response = await create({ employmentType: 'PNS', golongan: 'III_A', ...input });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  ids[key] = response.data!.createEmployee.employee.id;
  return response.data!.createEmployee.employee;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  agency = await createAgency(app, { code: 'PEMKOT-TEBINGTINGGI' });
  other = await createAgency(app, { code: 'PEMKOT-LAINNYA' });
  const unit = async (key: string, input: Record<string, unknown>) => {
    const response = await app.gql(CreateUnit, { input: input as never }, { token: admin });
    ids[key] = response.data!.createOrgUnit.orgUnit.id;
  };
  await unit('dinkes', { agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' });
  await unit('seksi', { parentId: ids.dinkes, code: 'DINKES-IMUN', name: 'Seksi Imunisasi', kind: 'SEKSI' });
  await unit('lain', { agencyId: other.id, code: 'LAIN', name: 'Dinas Lain', kind: 'DINAS' });
  const position = async (key: string, input: Record<string, unknown>) => {
    const response = await app.gql(CreatePosition, { input: input as never }, { token: admin });
    expect(response.errors).toBeUndefined();
    ids[`pos-${key}`] = response.data!.createPosition.position.id;
  };
  await position('kadis', { unitId: ids.dinkes, name: 'Kepala Dinas', type: 'JPT_PRATAMA', grade: 14 });
  await position('kabid', { unitId: ids.dinkes, superiorId: ids['pos-kadis'], name: 'Kepala Bidang', type: 'ADMINISTRATOR', grade: 11 });
  await position('kasi', { unitId: ids.seksi, superiorId: ids['pos-kabid'], name: 'Kepala Seksi', type: 'PENGAWAS', grade: 9 });
  await position('staf', { unitId: ids.seksi, superiorId: ids['pos-kasi'], name: 'Pengelola Data', type: 'PELAKSANA', grade: 6 });
  await employee('kadis', {
    nip: nip('19700305', '199503', 1, 1),
    name: 'Ahmad Fauzi',
    frontTitle: 'dr.',
    backTitle: 'M.Kes.',
    positionId: ids['pos-kadis'],
    golongan: 'IV_B',
  });
  await employee('kabid', {
    nip: nip('19750611', '200003', 2, 2),
    name: 'Rina Marlina',
    backTitle: 'S.K.M.',
    positionId: ids['pos-kabid'],
    golongan: 'IV_A',
  });
  // The Kepala Seksi position is vacant: the staff member's supervisor is the Kepala Bidang.
  await employee('staf', {
    nip: nip('19900101', '201501', 2, 7),
    name: 'Dewi Lestari',
    positionId: ids['pos-staf'],
    golongan: 'II_C',
    effectiveDate: '2024-01-02',
  });
});
afterAll(() => app?.close());

describe('registering employees', () => {
  it('validates the NIP and derives birth date, gender and start of service from it', async () => {
    const created = await employee('worked-example', {
      nip: '19800117 200501 2 003',
      name: 'Siti Rahma',
      frontTitle: 'Ns.',
      backTitle: 'S.Kep.',
      unitId: ids.seksi,
    });
    expect(created).toMatchObject({
      nip: '198001172005012003',
      nipFormatted: '19800117 200501 2 003',
      fullName: 'Ns. Siti Rahma, S.Kep.',
      birthDate: '1980-01-17',
      gender: 'FEMALE',
      tmtCpns: '2005-01',
      appointmentYear: null,
      unitId: ids.seksi,
    });
  });

  it('registers a PPPK from the NI PPPK, with a grade instead of a golongan', async () => {
    const created = await employee('pppk', {
      nip: '199203152021031001',
      employmentType: 'PPPK',
      golongan: null,
      pppkGrade: 'IX',
      name: 'Budi Santoso',
      unitId: ids.seksi,
    });
    expect(created).toMatchObject({ birthDate: '1992-03-15', gender: 'MALE', appointmentYear: 2021, tmtCpns: null, golongan: null });
  });

  it.each([
    ['too short', '19800117200501200', 'NOT_18_DIGITS', 'DIGIT_COUNT'],
    ['letters', '1980011720050120AB', 'NOT_18_DIGITS', 'NON_DIGITS'],
    ['a birth date that does not exist', nip('19800230', '200501', 2, 3), 'INVALID_BIRTH_DATE', 'BIRTH_DATE_NOT_A_DAY'],
    ['a TMT month 13', nip('19800117', '200513', 2, 3), 'INVALID_TMT', 'TMT_MONTH'],
    ['a TMT in the future', nip('19800117', '209901', 2, 3), 'TMT_IN_FUTURE', 'TMT_IN_FUTURE'],
    ['a start of service before 18', nip('19800117', '199701', 2, 3), 'TOO_YOUNG_AT_TMT', 'TOO_YOUNG_AT_TMT'],
    ['gender digit 3', nip('19800117', '200501', 3 as 1, 3), 'INVALID_GENDER', 'GENDER_DIGIT'],
    ['sequence 000', nip('19800117', '200501', 2, 0), 'INVALID_SEQUENCE', 'SEQUENCE_ZERO'],
  ])('refuses a NIP with %s, on input.nip, changing nothing', async (_label, value, problem, detail) => {
    const before = await databaseFingerprint(app);
    const response = await create({ nip: value, employmentType: 'PNS', golongan: 'III_A', name: 'Salah Nip', unitId: ids.seksi });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('input.nip');
    expect(response.errors![0]!.extensions.nipProblems).toContain(problem);
    expect(response.errors![0]!.extensions).toMatchObject({
      reason: 'INVALID_NIP',
      fields: [{ field: 'input.nip', reason: 'INVALID_NIP' }],
    });
    // The params say which part is wrong and why, so that a client can say it in its language.
    const params = response.errors![0]!.extensions.params as { part: string; detail: string };
    expect(params.detail).toBe(detail);
    expect(params.part).toMatch(/^(LENGTH|BIRTH_DATE|TMT|GENDER|SEQUENCE)$/);
    expect((response.errors![0]!.extensions.fields as { params: unknown }[])[0]!.params).toEqual(params);
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses a duplicate NIP and a rank that does not fit the employment type', async () => {
    const duplicate = await create({
      nip: nip('19700305', '199503', 1, 1),
      employmentType: 'PNS',
      golongan: 'III_A',
      name: 'Kembar',
      unitId: ids.seksi,
    });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors![0]!.extensions).toMatchObject({ field: 'input.nip', reason: 'DUPLICATE' });
    expect(duplicate.errors![0]!.message).toContain('already registered');
    const noRank = await create({ nip: nip('19850505', '201001', 1, 9), employmentType: 'PNS', name: 'Tanpa Golongan', unitId: ids.seksi });
    expect(noRank.errors![0]!.extensions.field).toBe('input.golongan');
    const crossAgency = await create({
      nip: nip('19850505', '201001', 1, 9),
      employmentType: 'PNS',
      golongan: 'III_B',
      name: 'Salah Jabatan',
      unitId: ids.lain,
      positionId: ids['pos-kasi'],
    });
    expect(crossAgency.errors![0]!.extensions.field).toBe('input.positionId');
  });
});

describe('supervisors and placement history', () => {
  it('derives the supervisor from the position tree, skipping a vacant position', async () => {
    const staff = (await detail(ids.staf!)).data!.employee;
    expect(staff.supervisor!.name).toBe('Rina Marlina');
    expect(staff.assignments).toHaveLength(1);
    expect(staff.assignments[0]).toMatchObject({
      validFrom: '2024-01-02',
      validTo: null,
      supervisor: { name: 'Rina Marlina' },
      position: { name: 'Pengelola Data' },
    });
    expect((await detail(ids.kadis!)).data!.employee.supervisor).toBeNull();
  });

  it('keeps every change of position, supervisor or rank as an effective-dated record', async () => {
    const kasi = await employee('kasi', {
      nip: nip('19820909', '200801', 1, 4),
      name: 'Hendra Gunawan',
      positionId: ids['pos-kasi'],
      golongan: 'III_C',
      effectiveDate: '2025-01-06',
    });
    expect((await detail(ids.staf!)).data!.employee.supervisor!.name).toBe('Hendra Gunawan');

    // Promotion in rank from 1 April 2025.
    const promoted = await update({ id: ids.staf, version: 1, golongan: 'II_D', effectiveDate: '2025-04-01', reason: 'Kenaikan pangkat' });
    expect(promoted.errors).toBeUndefined();
    // An acting supervisor (PLT) from 1 July 2025.
    const acting = await update({ id: ids.staf, version: 2, supervisorOverrideId: ids.kadis, effectiveDate: '2025-07-01', reason: 'PLT' });
    expect(acting.errors).toBeUndefined();
    // A name correction is not a placement change.
    expect((await update({ id: ids.staf, version: 3, name: 'Dewi Lestari Putri' })).errors).toBeUndefined();

    const history = (await detail(ids.staf!)).data!.employee.assignments;
    expect(history.map((a) => [a.validFrom, a.validTo, a.golongan, a.supervisor?.name])).toEqual([
      ['2025-07-01', null, 'II_D', 'Ahmad Fauzi'],
      ['2025-04-01', '2025-06-30', 'II_D', 'Hendra Gunawan'],
      // Recorded when Hendra took up the Kepala Seksi position above her.
      ['2025-01-06', '2025-03-31', 'II_C', 'Hendra Gunawan'],
      ['2024-01-02', '2025-01-05', 'II_C', 'Rina Marlina'],
    ]);
    expect((await detail(ids.staf!)).data!.employee.supervisor!.name).toBe('Ahmad Fauzi');
    expect(kasi.version).toBe(1);
  });

  it('refuses a change effective before the current placement began', async () => {
    const response = await update({ id: ids.staf, version: 4, golongan: 'III_A', effectiveDate: '2025-06-01' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('input.effectiveDate');
  });
});

describe('employee lists', () => {
  it('finds employees by NIP (with or without spaces), by name and by unit subtree', async () => {
    expect((await list({ q: '19800117 2005' })).data!.employees.nodes.map((e) => e.name)).toEqual(['Siti Rahma']);
    expect((await list({ q: 'marlina' })).data!.employees.nodes.map((e) => e.name)).toEqual(['Rina Marlina']);
    const inSection = await list({ inUnitSubtree: ids.seksi });
    expect(inSection.data!.employees.nodes.map((e) => e.name).sort()).toEqual([
      'Budi Santoso',
      'Dewi Lestari Putri',
      'Hendra Gunawan',
      'Siti Rahma',
    ]);
    expect((await list({ inUnitSubtree: ids.dinkes })).data!.employees.totalCount).toBe(6);
  });

  it('a page of 100 employees with unit, position and supervisor costs a bounded number of statements, whatever its size', async () => {
    const token = admin;
    const extra: Promise<unknown>[] = [];
    for (let i = 1; i <= 100; i++) {
      extra.push(
        create(
          {
            nip: nip('19950101', '202001', ((i % 2) + 1) as 1, 100 + i),
            employmentType: 'PNS',
            golongan: 'II_A',
            name: `Pegawai ${i}`,
            positionId: ids['pos-staf'],
          },
          token,
        ),
      );
    }
    const results = (await Promise.all(extra)) as { errors?: { message: string }[] }[];
    expect(
      results
        .flatMap((r) => r.errors ?? [])
        .map((e) => e.message)
        .slice(0, 3),
    ).toEqual([]);
    // The same kind of rows in both pages, so only the size differs.
    const staff = { positionId: { eq: ids['pos-staf'] }, name: { startsWith: 'Pegawai' } };
    const small = await list(staff, 3);
    const large = await list(staff, 100);
    expect(large.data!.employees.nodes).toHaveLength(100);
    expect(large.data!.employees.nodes.every((e) => e.supervisor?.name === 'Hendra Gunawan' && e.unit.code === 'DINKES-IMUN')).toBe(true);
    // Token, page, count, units, positions (the supervisor walk reads the same loader), then the holders of the
    // superior positions, and superior positions not loaded yet, once per level of the tree walked.
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(large.sqlStatements).toBe(6);
  });
});

describe('reporting lines of people', () => {
  const Lines = graphql(`
    query ReportingLines($id: ID!) {
      employee(id: $id) {
        subordinates {
          name
        }
        supervisorChain {
          name
        }
      }
    }
  `);
  const lines = async (key: string) => (await app.gql(Lines, { id: ids[key]! }, { token: admin })).data!.employee;

  it('lists direct subordinates, by the same rule that derives supervisors', async () => {
    // Dewi reports to the Kepala Dinas by override (PLT); the Kepala Bidang reports to him by position.
    expect((await lines('kadis')).subordinates.map((e) => e.name)).toEqual(['Dewi Lestari Putri', 'Rina Marlina']);
    expect((await lines('kabid')).subordinates.map((e) => e.name)).toEqual(['Hendra Gunawan']);
    const kasi = (await lines('kasi')).subordinates.map((e) => e.name);
    expect(kasi).toHaveLength(100);
    expect(kasi.every((name) => name.startsWith('Pegawai'))).toBe(true);
  });

  it('walks the supervisor chain up to the head', async () => {
    expect((await lines('staf')).supervisorChain.map((e) => e.name)).toEqual(['Ahmad Fauzi']);
    expect((await lines('kasi')).supervisorChain.map((e) => e.name)).toEqual(['Rina Marlina', 'Ahmad Fauzi']);
    expect((await lines('kadis')).supervisorChain).toEqual([]);
  });
});

describe('employee ordering', () => {
  it('sorts by rank, highest first, with employees without a golongan (PPPK) last', async () => {
    const response = await app.gql<{ employees: { nodes: { golongan: string | null }[] } }>(
      `{ employees(first: 500, orderBy: [{ field: GOLONGAN, direction: DESC }]) { nodes { golongan } } }`,
      {},
      { token: admin },
    );
    const ranks = response.data!.employees.nodes.map((e) => e.golongan);
    expect(ranks[0]).toBe('IV_B');
    expect(ranks.at(-1)).toBeNull();
    expect(ranks.indexOf(null)).toBe(ranks.length - 1);
  });
});

describe('access to employees', () => {
  const names = async (token: string) =>
    (await list({}, 500, token))
      .data!.employees.nodes.map((e) => e.name)
      .filter((n) => !n.startsWith('Pegawai'))
      .sort();

  it('HR officers of another agency: reads NOT_FOUND and empty lists, writes FORBIDDEN', async () => {
    const hr = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
    expect(errorCode(await detail(ids.staf!, hr))).toBe('NOT_FOUND');
    expect((await list({}, 100, hr)).data!.employees.totalCount).toBe(0);
    expect(errorCode(await update({ id: ids.staf, version: 4, name: 'Diubah' }, hr))).toBe('FORBIDDEN');
  });

  it('links accounts to employees of their own agency, one account per employee', async () => {
    const link = (input: Record<string, unknown>) =>
      app.gql<{ createUser: { user: { employeeId: string | null } } }>(
        `mutation L($input: CreateUserInput!) { createUser(input: $input) { user { employeeId } } }`,
        { input: { displayName: 'Akun Pegawai', password: 'rahasia-panjang', roles: ['EMPLOYEE'], ...input } },
        { token: admin },
      );
    const linked = await link({ username: 'siti.rahma', agencyId: agency.id, employeeId: ids['worked-example'] });
    expect(linked.data!.createUser.user.employeeId).toBe(ids['worked-example']);
    const twice = await link({ username: 'siti.kedua', agencyId: agency.id, employeeId: ids['worked-example'] });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0]!.extensions.field).toBe('input.employeeId');
    const elsewhere = await link({ username: 'siti.lain', agencyId: other.id, employeeId: ids.pppk });
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
  });

  it("evaluators read their agency's employees but change nothing", async () => {
    const evaluator = (await actor(app, [Role.EVALUATOR], agency.agency)).token;
    expect((await detail(ids.staf!, evaluator)).data!.employee.name).toBe('Dewi Lestari Putri');
    expect((await list({}, 500, evaluator)).data!.employees.totalCount).toBeGreaterThan(100);
    expect(errorCode(await update({ id: ids.staf, version: 4, name: 'Diubah' }, evaluator))).toBe('FORBIDDEN');
    const elsewhere = (await actor(app, [Role.EVALUATOR], other.agency)).token;
    expect(errorCode(await detail(ids.staf!, elsewhere))).toBe('NOT_FOUND');
  });

  it('a supervisor sees themself and everyone below their position, transitively; an employee only themself', async () => {
    const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
    const kabid = await actor(app, [Role.SUPERVISOR], agency.agency);
    await app.sql(`update users set employee_id = ? where id = ?`, [rowId(ids.kabid!), kabid.user.id]);
    // Below the Kepala Bidang: the Kepala Seksi and, through that position, the staff (and the 100 Pegawai).
    expect(await names(kabid.token)).toEqual(['Dewi Lestari Putri', 'Hendra Gunawan', 'Rina Marlina']);
    expect((await list({}, 500, kabid.token)).data!.employees.totalCount).toBe(103);
    expect(errorCode(await detail(ids.kadis!, kabid.token))).toBe('NOT_FOUND');
    expect(errorCode(await detail(ids['worked-example']!, kabid.token))).toBe('NOT_FOUND');

    // The Kepala Dinas supervises Dewi by override (PLT) as well as everyone below.
    const kadis = await actor(app, [Role.SUPERVISOR], agency.agency);
    await app.sql(`update users set employee_id = ? where id = ?`, [rowId(ids.kadis!), kadis.user.id]);
    expect(await names(kadis.token)).toEqual(['Ahmad Fauzi', 'Dewi Lestari Putri', 'Hendra Gunawan', 'Rina Marlina']);

    const employee = await actor(app, [Role.EMPLOYEE], agency.agency);
    await app.sql(`update users set employee_id = ? where id = ?`, [rowId(ids.staf!), employee.user.id]);
    expect(await names(employee.token)).toEqual(['Dewi Lestari Putri']);
    expect(errorCode(await detail(ids.kabid!, employee.token))).toBe('NOT_FOUND');
    expect(errorCode(await update({ id: ids.staf, version: 4, name: 'Diubah' }, employee.token))).toBe('FORBIDDEN');

    // Without a linked employee, a supervisor or employee account sees nobody.
    const unlinked = (await actor(app, [Role.SUPERVISOR], agency.agency)).token;
    expect((await list({}, 10, unlinked)).data!.employees.totalCount).toBe(0);
    const node = await app.gql(`query N($id: ID!) { node(id: $id) { id } }`, { id: ids.staf }, { token: unlinked });
    expect(node.data).toEqual({ node: null });
  });
});
