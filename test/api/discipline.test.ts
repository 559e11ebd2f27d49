import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInIndonesia } from '../../api/src/dates.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { addWorkingDays, sanctionEndDate } from '../../api/src/modules/discipline/sanction-rules.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Discipline (PP 94/2021), rewards and coaching (issue 6).
 *
 * Dinas Kependudukan: Kadis (head) > Kabid (head of division) > Rina and Tono (staff).
 * Kadis, Kabid and Rina have accounts; HR, an agency administrator and an evaluator
 * of the agency; HR of another agency.
 */

let app: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const today = todayInIndonesia();

const CASE = `id status version examiners effectiveFrom endDate decreeNumber appealKind appealOutcome
  sanctionType { code level } originalSanctionType { code } employee { name }`;
type Case = {
  id: string;
  status: string;
  version: number;
  effectiveFrom: string | null;
  endDate: string | null;
  appealKind: string | null;
  appealOutcome: string | null;
  sanctionType: { code: string; level: string } | null;
  originalSanctionType: { code: string } | null;
};
const m = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { case { ${CASE} } } }`;
const act = async (name: string, input: string, args: Record<string, unknown>, who = 'hr') =>
  (await run<Record<string, { case: Case }>>(m(name, input), { input: args }, tokens[who]))[name]!.case;
const tryAct = (name: string, input: string, args: Record<string, unknown>, who = 'hr') =>
  attempt(m(name, input), { input: args }, tokens[who]);

const propose = (employee: string, who = 'hr') =>
  act(
    'proposeDisciplinaryCase',
    'ProposeDisciplinaryCaseInput',
    {
      employeeId: ids[employee],
      violation: 'Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja',
      violationDate: addDays(today, -60),
      article: 'PP 94/2021 Pasal 4 huruf f',
    },
    who,
  );
const examine = (record: Case, examiners: string[], who = 'hr') =>
  act(
    'examineDisciplinaryCase',
    'ExamineDisciplinaryCaseInput',
    {
      id: record.id,
      version: record.version,
      examinedOn: addDays(today, -50),
      examiners,
      record: 'Berita acara pemeriksaan: pegawai mengakui.',
    },
    who,
  );
const decideInput = (record: Case, sanctionTypeCode: string, decreeDate: string, extra: Record<string, unknown> = {}) => ({
  id: record.id,
  version: record.version,
  sanctionTypeCode,
  decreeNumber: `800/${record.id.slice(0, 4)}/BKPSDM`,
  decreeDate,
  ...extra,
});
const GRANT = `mutation ($input: GrantRewardInput!) { grantReward(input: $input) { reward { id rewardType { code } employee { name } } } }`;
const grant = (employee: string, rewardTypeCode: string) =>
  attempt(GRANT, {
    input: {
      employeeId: ids[employee],
      rewardTypeCode,
      grantedOn: today,
      decreeNumber: 'SK/PENGHARGAAN/01',
      reason: 'Kinerja sangat baik',
    },
  });

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'PEMKOT-DISIPLIN' });
  tokens.hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  tokens.admin = (await actor(app, [Role.AGENCY_ADMIN], agency.agency)).token;
  tokens.evaluator = (await actor(app, [Role.EVALUATOR], agency.agency)).token;
  tokens.outsider = (await actor(app, [Role.HR_OFFICER], (await createAgency(app)).agency)).token;
  ({ run, attempt } = runner(app, () => tokens.hr!));
  const post = async <T>(mutation: string, type: string, input: Record<string, unknown>, pick: (data: T) => string) =>
    pick(
      await run<T>(
        `mutation ($input: ${type}!) { ${mutation}(input: $input) { ${mutation.replace(/^create/, '').replace(/^./, (c) => c.toLowerCase())} { id } } }`,
        { input },
      ),
    );
  const unit = await post<{ createOrgUnit: { orgUnit: { id: string } } }>(
    'createOrgUnit',
    'CreateOrgUnitInput',
    { agencyId: agency.id, code: 'DISDUKCAPIL', name: 'Dinas Kependudukan', kind: 'DINAS' },
    (d) => d.createOrgUnit.orgUnit.id,
  );
  const position = (input: Record<string, unknown>) =>
    post<{ createPosition: { position: { id: string } } }>(
      'createPosition',
      'CreatePositionInput',
      { unitId: unit, ...input },
      (d) => d.createPosition.position.id,
    );
  const kadisPos = await position({ name: 'Kepala Dinas', type: 'JPT_PRATAMA', grade: 14 });
  const kabidPos = await position({ name: 'Kepala Bidang Pelayanan', type: 'ADMINISTRATOR', grade: 11, superiorId: kadisPos });
  const stafPos = await position({ name: 'Pengadministrasi Kependudukan', type: 'PELAKSANA', grade: 6, superiorId: kabidPos });
  const people: [string, string, string, string, Role | null][] = [
    ['kadis', '197003051995031001', 'Hendra Saputra', kadisPos, Role.SUPERVISOR],
    ['kabid', '198002022005012004', 'Sri Wahyuni', kabidPos, Role.SUPERVISOR],
    ['rina', '199001012015012007', 'Rina Marlina', stafPos, Role.EMPLOYEE],
    ['tono', '198805052010011003', 'Tono Sugiarto', stafPos, null],
  ];
  for (const [key, nip, name, positionId, role] of people) {
    ids[key] = await post<{ createEmployee: { employee: { id: string } } }>(
      'createEmployee',
      'CreateEmployeeInput',
      { nip, name, employmentType: 'PNS', golongan: 'III_B', positionId, effectiveDate: '2024-01-02' },
      (d) => d.createEmployee.employee.id,
    );
    if (!role) continue;
    const user = await createUser(app, { roles: [role], agency: agency.agency });
    await app.sql('update users set employee_id = ? where id = ?', [fromGlobalId(ids[key]!, 'Employee', 'id'), user.id]);
    tokens[key] = await tokenFor(app, user);
  }
});
afterAll(() => app?.close());

describe('sanction catalogue', () => {
  it('holds the types of PP 94/2021 art. 8 with their levels, durations, cuts and SIASN codes', async () => {
    const { sanctionTypes } = await run<{ sanctionTypes: Record<string, unknown>[] }>(
      `{ sanctionTypes { code level durationMonths allowanceCutPercent permanent siasnCode } }`,
      {},
      tokens.rina,
    );
    expect(sanctionTypes.map((t) => Object.values(t))).toEqual([
      ['TEGURAN_LISAN', 'RINGAN', null, null, false, '1'],
      ['TEGURAN_TERTULIS', 'RINGAN', null, null, false, '2'],
      ['PERNYATAAN_TIDAK_PUAS', 'RINGAN', null, null, false, '3'],
      ['POTONGAN_TUKIN_25_6', 'SEDANG', 6, 25, false, '23'],
      ['POTONGAN_TUKIN_25_9', 'SEDANG', 9, 25, false, '24'],
      ['POTONGAN_TUKIN_25_12', 'SEDANG', 12, 25, false, '25'],
      ['PENURUNAN_JABATAN', 'BERAT', 12, null, false, '27'],
      ['PEMBEBASAN_JABATAN', 'BERAT', 12, null, false, '28'],
      ['PEMBERHENTIAN', 'BERAT', null, null, true, '10'],
    ]);
  });
});

describe('case lifecycle', () => {
  let cut: Case;
  const decree = addDays(today, -40);
  const effective = addWorkingDays(decree, 15);

  it('goes PROPOSED -> EXAMINED -> DECIDED -> ACTIVE, the end computed from the type, effective from the 15th working day', async () => {
    const proposed = await propose('rina');
    expect(proposed.status).toBe('PROPOSED');
    expect(errorCode(await tryAct('activateDisciplinaryCase', 'CaseStepInput', { id: proposed.id, version: proposed.version }))).toBe(
      'CONFLICT',
    );
    const examined = await examine(proposed, ['Sri Wahyuni']);
    expect(examined.status).toBe('EXAMINED');

    const before = await databaseFingerprint(app);
    const unknown = await tryAct('decideDisciplinaryCase', 'DecideDisciplinaryCaseInput', decideInput(examined, 'SKORSING', decree));
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sanctionTypeCode' });
    const early = await tryAct(
      'decideDisciplinaryCase',
      'DecideDisciplinaryCaseInput',
      decideInput(examined, 'POTONGAN_TUKIN_25_12', decree, { effectiveFrom: addDays(decree, -1) }),
    );
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    expect(await databaseFingerprint(app)).toBe(before);

    const decided = await act(
      'decideDisciplinaryCase',
      'DecideDisciplinaryCaseInput',
      decideInput(examined, 'POTONGAN_TUKIN_25_12', decree),
    );
    expect(decided).toMatchObject({
      status: 'DECIDED',
      sanctionType: { code: 'POTONGAN_TUKIN_25_12', level: 'SEDANG' },
      effectiveFrom: effective,
      endDate: sanctionEndDate(effective, { durationMonths: 12, permanent: false }),
    });
    cut = await act('activateDisciplinaryCase', 'CaseStepInput', { id: decided.id, version: decided.version });
    expect(cut.status).toBe('ACTIVE');
    const notYet = await tryAct('completeDisciplinaryCase', 'CaseStepInput', { id: cut.id, version: cut.version });
    expect(notYet.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', endDate: cut.endDate });
  });

  it('shows the sanction in force on the employee to HR, the employee and their supervisors only (batched)', async () => {
    const SANCTIONS = `query ($id: ID!) { employee(id: $id) { activeSanctions { sanctionType { code } endDate } } }`;
    for (const who of ['hr', 'rina', 'kabid', 'kadis']) {
      const { employee } = await run<{ employee: { activeSanctions: unknown[] } }>(SANCTIONS, { id: ids.rina }, tokens[who]);
      expect(employee.activeSanctions, who).toEqual([{ sanctionType: { code: 'POTONGAN_TUKIN_25_12' }, endDate: cut.endDate }]);
    }
    // The evaluation team sees the employee, not their cases: neither the sanction nor a claim that there is none.
    expect(
      (await run<{ employee: { activeSanctions: unknown[] | null } }>(SANCTIONS, { id: ids.rina }, tokens.evaluator)).employee
        .activeSanctions,
    ).toBeNull();
    expect(errorCode(await attempt(`query ($id: ID!) { disciplinaryCase(id: $id) { id } }`, { id: cut.id }, tokens.evaluator))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await attempt(`query ($id: ID!) { disciplinaryCase(id: $id) { id } }`, { id: cut.id }, tokens.outsider))).toBe(
      'NOT_FOUND',
    );
    // One statement for all employees of a page, whatever their number.
    const LIST = `query ($first: Int) { employees(first: $first, orderBy: [{ field: NAME }]) { nodes { name activeSanctions { sanctionType { code } } } } }`;
    const two = await attempt(LIST, { first: 2 });
    const four = await attempt(LIST, { first: 4 });
    expect(four.sqlStatements).toBe(two.sqlStatements);
  });

  it('blocks rewards that need a clean record, naming the sanction, and lets others through', async () => {
    const before = await databaseFingerprint(app);
    const blocked = await grant('rina', 'ASN_BERPRESTASI');
    expect(blocked.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SANCTION_ON_RECORD', blockingCaseIds: [cut.id] });
    expect(blocked.errors![0]!.message).toContain('Pemotongan tunjangan kinerja 25% selama 12 bulan');
    expect(errorCode(await grant('rina', 'SATYALANCANA_KARYA_SATYA_10'))).toBe('CONFLICT');
    expect(await databaseFingerprint(app)).toBe(before);
    expect((await grant('rina', 'PIAGAM_PENGHARGAAN')).errors).toBeUndefined();
    // Tono: TMT CPNS January 2010, clean.
    expect((await grant('tono', 'SATYALANCANA_KARYA_SATYA_10')).errors).toBeUndefined();
    expect((await grant('tono', 'SATYALANCANA_KARYA_SATYA_20')).errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SERVICE_TOO_SHORT',
    });
    expect(
      errorCode(
        await attempt(
          GRANT,
          { input: { employeeId: ids.tono, rewardTypeCode: 'PIAGAM_PENGHARGAAN', grantedOn: today, reason: 'Tepat waktu' } },
          tokens.kadis,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('takes an objection within 14 working days, and a changed sanction gets its end computed again', async () => {
    const late = await tryAct(
      'fileSanctionAppeal',
      'FileSanctionAppealInput',
      { id: cut.id, version: cut.version, filedOn: today, reason: 'Saya sakit dan punya surat dokter' },
      'rina',
    );
    expect(late.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.filedOn',
      deadline: addWorkingDays(decree, 14),
    });
    const wrongKind = await tryAct(
      'fileSanctionAppeal',
      'FileSanctionAppealInput',
      {
        id: cut.id,
        version: cut.version,
        kind: 'BANDING_ADMINISTRATIF',
        filedOn: addWorkingDays(decree, 5),
        reason: 'Saya sakit dan punya surat dokter',
      },
      'rina',
    );
    expect(wrongKind.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    const filed = await act(
      'fileSanctionAppeal',
      'FileSanctionAppealInput',
      { id: cut.id, version: cut.version, filedOn: addWorkingDays(decree, 5), reason: 'Saya sakit dan punya surat dokter' },
      'rina',
    );
    expect(filed.appealKind).toBe('KEBERATAN');
    // Deciding it is HR's record of the superior's decision, not the employee's.
    const step = {
      id: filed.id,
      version: filed.version,
      outcome: 'CHANGED',
      decidedOn: addWorkingDays(decree, 20),
      note: 'Sebagian alasan diterima',
      sanctionTypeCode: 'POTONGAN_TUKIN_25_6',
    };
    expect(errorCode(await tryAct('decideSanctionAppeal', 'DecideSanctionAppealInput', step, 'rina'))).toBe('FORBIDDEN');
    const changed = await act('decideSanctionAppeal', 'DecideSanctionAppealInput', step);
    expect(changed).toMatchObject({
      status: 'ACTIVE',
      appealOutcome: 'CHANGED',
      sanctionType: { code: 'POTONGAN_TUKIN_25_6' },
      originalSanctionType: { code: 'POTONGAN_TUKIN_25_12' },
      endDate: sanctionEndDate(effective, { durationMonths: 6, permanent: false }),
    });
    expect(errorCode(await tryAct('decideSanctionAppeal', 'DecideSanctionAppealInput', { ...step, version: changed.version }))).toBe(
      'CONFLICT',
    );
  });

  it('needs a team for a severe sanction; dismissal never ends and is appealed to the board, which may annul it', async () => {
    const examined = await examine(await propose('tono'), ['Sri Wahyuni']);
    const decree = addDays(today, -3);
    // HR does not decide severe sanctions by default; the administrator (for the head of agency) does, after a team examination.
    expect(
      errorCode(await tryAct('decideDisciplinaryCase', 'DecideDisciplinaryCaseInput', decideInput(examined, 'PEMBERHENTIAN', decree))),
    ).toBe('FORBIDDEN');
    const noTeam = await tryAct(
      'decideDisciplinaryCase',
      'DecideDisciplinaryCaseInput',
      decideInput(examined, 'PEMBERHENTIAN', decree),
      'admin',
    );
    expect(noTeam.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXAMINATION_TEAM_REQUIRED' });
    const byTeam = await examine(examined, ['Sri Wahyuni', 'Inspektorat: Budi Hartono', 'BKPSDM: Dewi Lestari']);
    const dismissed = await act(
      'decideDisciplinaryCase',
      'DecideDisciplinaryCaseInput',
      decideInput(byTeam, 'PEMBERHENTIAN', decree),
      'admin',
    );
    expect(dismissed).toMatchObject({ status: 'DECIDED', endDate: null, effectiveFrom: addWorkingDays(decree, 15) });
    const appealed = await act('fileSanctionAppeal', 'FileSanctionAppealInput', {
      id: dismissed.id,
      version: dismissed.version,
      filedOn: today,
      reason: 'Pemeriksaan tidak memberi kesempatan membela diri',
    });
    expect(appealed.appealKind).toBe('BANDING_ADMINISTRATIF');
    const annulled = await act('decideSanctionAppeal', 'DecideSanctionAppealInput', {
      id: appealed.id,
      version: appealed.version,
      outcome: 'ANNULLED',
      decidedOn: today,
      note: 'Putusan BPASN: dibatalkan',
    });
    expect(annulled.status).toBe('ANNULLED');
    // An annulled sanction is no obstacle to a reward.
    expect((await grant('tono', 'ASN_BERPRESTASI')).errors).toBeUndefined();
  });
});

describe('authority per level', () => {
  it('lets the direct supervisor decide a light sanction, not a moderate one until the agency says so', async () => {
    const { disciplineAuthorities } = await run<{ disciplineAuthorities: unknown[] }>(
      `{ disciplineAuthorities { level roles supervisorLevels isDefault } }`,
    );
    expect(disciplineAuthorities).toEqual([
      { level: 'RINGAN', roles: ['AGENCY_ADMIN', 'HR_OFFICER'], supervisorLevels: 2, isDefault: true },
      { level: 'SEDANG', roles: ['AGENCY_ADMIN', 'HR_OFFICER'], supervisorLevels: null, isDefault: true },
      { level: 'BERAT', roles: ['AGENCY_ADMIN'], supervisorLevels: null, isDefault: true },
    ]);
    // The employee does not report on themself; their supervisor does.
    expect(
      errorCode(
        await tryAct(
          'proposeDisciplinaryCase',
          'ProposeDisciplinaryCaseInput',
          { employeeId: ids.rina, violation: 'Terlambat masuk kerja berulang kali', violationDate: today, article: 'PP 94/2021 Pasal 4' },
          'rina',
        ),
      ),
    ).toBe('FORBIDDEN');
    const light = await examine(await propose('rina', 'kabid'), ['Sri Wahyuni'], 'kabid');
    const reprimand = await act(
      'decideDisciplinaryCase',
      'DecideDisciplinaryCaseInput',
      decideInput(light, 'TEGURAN_TERTULIS', today, { effectiveFrom: today }),
      'kabid',
    );
    expect(reprimand).toMatchObject({ status: 'DECIDED', effectiveFrom: today, endDate: today });
    // An objection granted revokes it.
    const objected = await act(
      'fileSanctionAppeal',
      'FileSanctionAppealInput',
      { id: reprimand.id, version: reprimand.version, filedOn: today, reason: 'Keterlambatan karena banjir' },
      'rina',
    );
    const revoked = await act('decideSanctionAppeal', 'DecideSanctionAppealInput', {
      id: objected.id,
      version: objected.version,
      outcome: 'ANNULLED',
      decidedOn: today,
      note: 'Keberatan diterima',
    });
    expect(revoked.status).toBe('REVOKED');

    const moderate = await examine(await propose('rina', 'kabid'), ['Sri Wahyuni'], 'kabid');
    const input = decideInput(moderate, 'POTONGAN_TUKIN_25_9', today);
    expect(errorCode(await tryAct('decideDisciplinaryCase', 'DecideDisciplinaryCaseInput', input, 'kabid'))).toBe('FORBIDDEN');
    const SET = `mutation ($input: SetDisciplineAuthorityInput!) { setDisciplineAuthority(input: $input) { level roles supervisorLevels isDefault } }`;
    expect(errorCode(await attempt(SET, { input: { level: 'SEDANG', roles: ['HR_OFFICER'], supervisorLevels: 1 } }))).toBe('FORBIDDEN');
    const set = await run<{ setDisciplineAuthority: unknown }>(
      SET,
      { input: { level: 'SEDANG', roles: ['AGENCY_ADMIN'], supervisorLevels: 1 } },
      tokens.admin,
    );
    expect(set.setDisciplineAuthority).toEqual({ level: 'SEDANG', roles: ['AGENCY_ADMIN'], supervisorLevels: 1, isDefault: false });
    // Now HR may not, the direct supervisor may; the head of the office (two levels up) may not.
    expect(errorCode(await tryAct('decideDisciplinaryCase', 'DecideDisciplinaryCaseInput', input))).toBe('FORBIDDEN');
    expect(errorCode(await tryAct('decideDisciplinaryCase', 'DecideDisciplinaryCaseInput', input, 'kadis'))).toBe('FORBIDDEN');
    expect((await act('decideDisciplinaryCase', 'DecideDisciplinaryCaseInput', input, 'kabid')).sanctionType).toEqual({
      code: 'POTONGAN_TUKIN_25_9',
      level: 'SEDANG',
    });
  });

  it('shows each their cases: the employee their own, supervisors those below them, the evaluation team none', async () => {
    const LIST = `{ disciplinaryCases(first: 50) { totalCount nodes { employee { name } } } }`;
    const count = async (who: string) =>
      (await run<{ disciplinaryCases: { totalCount: number } }>(LIST, {}, tokens[who])).disciplinaryCases.totalCount;
    expect(await count('hr')).toBe(4);
    expect(await count('kadis')).toBe(4);
    expect(await count('rina')).toBe(3);
    expect(await count('evaluator')).toBe(0);
    expect(await count('outsider')).toBe(0);
  });
});

describe('coaching', () => {
  it('plans goals with a mentor, records meetings and closes with an outcome', async () => {
    const CREATE = `mutation ($input: CreateCoachingPlanInput!) { createCoachingPlan(input: $input) { plan { id version endDate status mentor { name } goals } } }`;
    const { createCoachingPlan } = await run<{ createCoachingPlan: { plan: { id: string; version: number; endDate: string } } }>(CREATE, {
      input: {
        employeeId: ids.rina,
        goals: ['Hadir tepat waktu setiap hari', 'Menyelesaikan layanan KTP dalam 30 menit'],
        mentorId: ids.kabid,
        startDate: '2026-01-05',
      },
    });
    expect(createCoachingPlan.plan).toMatchObject({ endDate: '2026-07-04', status: 'ACTIVE', mentor: { name: 'Sri Wahyuni' } });
    const SESSION = `mutation ($input: AddCoachingSessionInput!) { addCoachingSession(input: $input) { plan { version sessions { date notes } } } }`;
    const plan = createCoachingPlan.plan;
    expect(
      errorCode(
        await attempt(
          SESSION,
          { input: { planId: plan.id, version: plan.version, date: '2026-02-02', notes: 'Saya sudah berusaha' } },
          tokens.rina,
        ),
      ),
    ).toBe('FORBIDDEN');
    const outside = await attempt(
      SESSION,
      { input: { planId: plan.id, version: plan.version, date: '2026-08-01', notes: 'Evaluasi bulanan' } },
      tokens.kabid,
    );
    expect(outside.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const met = await run<{ addCoachingSession: { plan: { version: number; sessions: unknown[] } } }>(
      SESSION,
      { input: { planId: plan.id, version: plan.version, date: '2026-02-02', notes: 'Evaluasi bulanan: kehadiran membaik' } },
      tokens.kabid,
    );
    expect(met.addCoachingSession.plan.sessions).toEqual([{ date: '2026-02-02', notes: 'Evaluasi bulanan: kehadiran membaik' }]);
    const CLOSE = `mutation ($input: CloseCoachingPlanInput!) { closeCoachingPlan(input: $input) { plan { status outcome } } }`;
    const version = met.addCoachingSession.plan.version;
    expect((await attempt(CLOSE, { input: { id: plan.id, version, status: 'COMPLETED' } })).errors![0]!.extensions).toMatchObject({
      field: 'input.outcome',
    });
    expect(
      (
        await run<{ closeCoachingPlan: unknown }>(CLOSE, {
          input: { id: plan.id, version, status: 'COMPLETED', outcome: 'IMPROVED', note: 'Target tercapai' },
        })
      ).closeCoachingPlan,
    ).toEqual({
      plan: { status: 'COMPLETED', outcome: 'IMPROVED' },
    });
    expect(
      (await run<{ coachingPlans: { totalCount: number } }>(`{ coachingPlans { totalCount } }`, {}, tokens.rina)).coachingPlans.totalCount,
    ).toBe(1);
    expect(
      (await run<{ coachingPlans: { totalCount: number } }>(`{ coachingPlans { totalCount } }`, {}, tokens.evaluator)).coachingPlans
        .totalCount,
    ).toBe(0);
  });
});

describe('audit', () => {
  it('records each step of a case with its operation', async () => {
    const rows = await app.sql<{ operation: string }>(
      `select distinct operation from audit_entries where entity_type = 'DisciplinaryCase' order by operation`,
    );
    expect(rows.map((row) => row.operation)).toEqual(
      expect.arrayContaining([
        'proposeDisciplinaryCase',
        'examineDisciplinaryCase',
        'decideDisciplinaryCase',
        'activateDisciplinaryCase',
        'fileSanctionAppeal',
        'decideSanctionAppeal',
      ]),
    );
  });
});
