import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { confirmAll, periodInEvaluation, rate, type PlanOfPeriod } from './evaluated-periods.js';
import { actor, createAgency, createUser, Role, tokenFor } from './factories.js';
import { parseGlobalId } from '../../api/src/graphql/ids.js';
import { runner } from './gql-run.js';

/**
 * A small agency for the dashboard figures, every one of them worked out by hand (test/api/analytics.test.ts).
 *
 * Units: Dinas Kesehatan (DINKES) > Puskesmas (PKM); Disdukcapil (DISDUK).
 * Employees (all active PNS, no positions, so HR appraises them):
 *   DINKES: Hendra (the supervisor, his account linked to him)
 *   PKM:    Putri, Rudi, Sari, and Tono (placed after the plans were made: no plan anywhere)
 *   DISDUK: Wati, Yogi
 * Template: IND-A weight 60 target 100, IND-B weight 40 target 50 (higher is better),
 * so achievement A = a, B = 2b and score = 0.6 A + 0.4 B for realisations a, b.
 *
 *   Q1 2025        a    b    A    B   score  predicate
 *   Hendra        110   50  110  100  106    BAIK
 *   Putri         100   60  100  120  108    SANGAT_BAIK
 *   Rudi           90   45   90   90   90    BAIK
 *   Sari           80   40   80   80   80    BUTUH_PERBAIKAN
 *   Wati          100   50  100  100  100    BAIK
 *   Yogi           70   35   70   70   70    KURANG
 *
 *   Q2 2025
 *   Hendra        100   50  100  100  100    BAIK
 *   Putri         120   60  120  120  120    SANGAT_BAIK
 *   Rudi          100   50  100  100  100    BAIK
 *   Sari           90   45   90   90   90    BAIK
 *   Wati          110   55  110  110  110    SANGAT_BAIK
 *   Yogi          (not evaluated: the evaluation is pending)
 *
 * HR records PKM's achievement in Q2 as BAIK, whose pattern asks for at least one
 * BUTUH_PERBAIKAN or KURANG: PKM has none, so it deviates.
 */

export interface AnalyticsFixture {
  /** Global IDs: units (dinkes, pkm, disduk), employees by first name, periods q1 and q2. */
  ids: Record<string, string>;
  /** Bearer tokens: hr, supervisor (Hendra), evaluator, employee, outsider (HR of another agency). */
  tokens: Record<string, string>;
  /** Login names, for the console: hr and supervisor. */
  usernames: Record<string, string>;
}

const PEOPLE: [key: string, unit: string, nip: string, name: string][] = [
  ['hendra', 'dinkes', '197003051995031001', 'Hendra Saputra'],
  ['putri', 'pkm', '198501012010012001', 'Putri Lestari'],
  ['rudi', 'pkm', '198602022010011002', 'Rudi Hartono'],
  ['sari', 'pkm', '198703032010012003', 'Sari Wulandari'],
  ['wati', 'disduk', '198804042010012004', 'Wati Susanti'],
  ['yogi', 'disduk', '198905052010011005', 'Yogi Pratama'],
];
const Q1: Record<string, [number, number, string]> = {
  'Hendra Saputra': [110, 50, 'BAIK'],
  'Putri Lestari': [100, 60, 'SANGAT_BAIK'],
  'Rudi Hartono': [90, 45, 'BAIK'],
  'Sari Wulandari': [80, 40, 'BUTUH_PERBAIKAN'],
  'Wati Susanti': [100, 50, 'BAIK'],
  'Yogi Pratama': [70, 35, 'KURANG'],
};
const Q2: Record<string, [number, number, string]> = {
  'Hendra Saputra': [100, 50, 'BAIK'],
  'Putri Lestari': [120, 60, 'SANGAT_BAIK'],
  'Rudi Hartono': [100, 50, 'BAIK'],
  'Sari Wulandari': [90, 45, 'BAIK'],
  'Wati Susanti': [110, 55, 'SANGAT_BAIK'],
};

/** The row key behind a global ID, for the rows written directly. */
const row = (id: string) => parseGlobalId(id)!.id;

export async function buildAnalyticsFixture(app: TestApp): Promise<AnalyticsFixture> {
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const usernames: Record<string, string> = { hr: 'hr.analitik', supervisor: 'hendra.analitik' };
  const agency = await createAgency(app, { code: 'PEMKAB-ANALITIK' });
  const agencyRowId = agency.agency.id;
  const hrUser = await createUser(app, { roles: [Role.HR_OFFICER], agency: agency.agency, username: usernames.hr });
  await app.sql(`update users set display_name = 'Sinta HR' where id = ?`, [hrUser.id]);
  const hr = await tokenFor(app, hrUser);
  tokens.hr = hr;
  const { run } = runner(app, () => hr);
  async function evaluate(periodId: string, plans: PlanOfPeriod[], table: Record<string, [number, number, string]>) {
    for (const plan of plans) {
      const entry = table[plan.employee.name];
      if (!entry) continue;
      const [a, b, predicate] = entry;
      await rate(run, periodId, plan, { values: { 'IND-A': a, 'IND-B': b }, behaviour: [], predicate });
    }
    return confirmAll(run, periodId);
  }

  tokens.evaluator = (await actor(app, [Role.EVALUATOR], agency.agency)).token;
  tokens.employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
  const other = await createAgency(app, { code: 'PEMKAB-LAIN' });
  tokens.outsider = (await actor(app, [Role.HR_OFFICER], other.agency)).token;

  const unit = async (key: string, input: Record<string, unknown>) =>
    (ids[key] = (
      await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
        `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
        { input },
      )
    ).createOrgUnit.orgUnit.id);
  await unit('dinkes', { agencyId: agency.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS' });
  await unit('pkm', { parentId: ids.dinkes, code: 'PKM', name: 'Puskesmas Sukamaju', kind: 'PUSKESMAS' });
  await unit('disduk', { agencyId: agency.id, code: 'DISDUK', name: 'Disdukcapil', kind: 'DINAS' });
  const employee = async (key: string, unitKey: string, nip: string, name: string) =>
    (ids[key] = (
      await run<{ createEmployee: { employee: { id: string } } }>(
        `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
        { input: { nip, name, employmentType: 'PNS', golongan: 'III_A', unitId: ids[unitKey], effectiveDate: '2024-01-02' } },
      )
    ).createEmployee.employee.id);
  for (const [key, unitKey, nip, name] of PEOPLE) await employee(key, unitKey, nip, name);
  const supervisor = await createUser(app, { roles: [Role.SUPERVISOR], agency: agency.agency, username: usernames.supervisor });
  await app.sql('update users set employee_id = ? where id = ?', [row(ids.hendra!), supervisor.id]);
  tokens.supervisor = await tokenFor(app, supervisor);

  const indicator = async (code: string) =>
    (
      await run<{ createIndicator: { indicator: { id: string } } }>(
        `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
        {
          input: {
            code,
            name: `Indikator ${code}`,
            direction: 'HIGHER_IS_BETTER',
            perspective: 'HASIL_KERJA',
            unit: 'COUNT',
            aggregation: 'SUM',
          },
        },
      )
    ).createIndicator.indicator.id;
  const a = await indicator('IND-A');
  const b = await indicator('IND-B');
  await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
    input: {
      name: 'Umum',
      items: [
        { indicatorId: a, weight: 60, target: 100 },
        { indicatorId: b, weight: 40, target: 50 },
      ],
    },
  });

  const q1 = await periodInEvaluation(run, { name: 'Triwulan I 2025', startDate: '2025-01-01', endDate: '2025-03-31' });
  const q2 = await periodInEvaluation(run, { name: 'Triwulan II 2025', startDate: '2025-04-01', endDate: '2025-06-30' });
  ids.q1 = q1.periodId;
  ids.q2 = q2.periodId;
  expect(await evaluate(q1.periodId, q1.plans, Q1)).toBe(6);
  expect(await evaluate(q2.periodId, q2.plans, Q2)).toBe(5);
  await run(`mutation ($input: SetUnitAchievementInput!) { setUnitAchievement(input: $input) { unitAchievement { achievement } } }`, {
    input: { unitId: ids.pkm, periodId: ids.q2, achievement: 'BAIK' },
  });
  // Placed after the plans were made: active, without a plan in either period.
  await employee('tono', 'pkm', '199006062015011006', 'Tono Wibowo');

  // Training 2025: Putri 24 JP, Rudi 12 JP, Wati 20 JP (exactly the minimum).
  const program = (
    await run<{ createTrainingProgram: { program: { id: string } } }>(
      `mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id } } }`,
      {
        input: { code: 'PL-LAYANAN', title: 'Pelayanan Prima', competencyArea: 'TEKNIS', mode: 'KLASIKAL', kind: 'PELATIHAN', jpHours: 24 },
      },
    )
  ).createTrainingProgram.program.id;
  const session = (
    await run<{ createTrainingSession: { session: { id: string } } }>(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { session { id } } }`,
      {
        input: {
          programId: program,
          name: 'Pelayanan Prima 2025',
          startDate: '2025-05-12',
          endDate: '2025-05-14',
          capacity: 10,
          location: 'Aula',
        },
      },
    )
  ).createTrainingSession.session.id;
  for (const [key, jpEarned] of [
    ['putri', 24],
    ['rudi', 12],
    ['wati', 20],
  ] as const) {
    const { enrollInTraining } = await run<{ enrollInTraining: { enrollment: { id: string; version: number } } }>(
      `mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id version } } }`,
      { input: { sessionId: session, employeeId: ids[key] } },
    );
    await run(`mutation ($input: RecordTrainingResultInput!) { recordTrainingResult(input: $input) { enrollment { id } } }`, {
      input: { id: enrollInTraining.enrollment.id, version: enrollInTraining.enrollment.version, status: 'COMPLETED', jpEarned },
    });
  }

  // IKM: a survey of PKM's outpatient service; two respondents answered 4 and 3 to all nine elements in May 2025.
  const service = (
    await run<{ createPublicService: { service: { id: string } } }>(
      `mutation ($input: CreatePublicServiceInput!) { createPublicService(input: $input) { service { id } } }`,
      { input: { unitId: ids.pkm, name: 'Rawat Jalan' } },
    )
  ).createPublicService.service.id;
  const survey = (
    await run<{ createSurvey: { survey: { id: string } } }>(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`,
      { input: { serviceId: service, title: 'SKM Rawat Jalan 2025', startDate: '2025-05-01', endDate: '2025-05-31' } },
    )
  ).createSurvey.survey.id;
  // Citizens answer through the public form on the day itself; these answers are dated in the past, so written directly.
  for (const [value, hash] of [
    [4, 'r1'],
    [3, 'r2'],
  ] as const) {
    await app.sql(
      `insert into survey_responses (id, created_at, updated_at, version, survey_id, agency_id, answers, submitted_on, client_hash)
       values (gen_random_uuid(), now(), now(), 1, ?, ?, ?::jsonb, '2025-05-20', ?)`,
      [row(survey), agencyRowId, JSON.stringify(Array(9).fill(value)), hash],
    );
  }

  // Complaints (received in the past, so written directly): PKM one resolved in 5 days and one open past its
  // deadline; DISDUK one resolved in 3 days, and one received in 2024 (outside the periods).
  const complaint = async (code: string, unitKey: string, receivedOn: string, status: string, dueDate: string, resolvedAt: string | null) =>
    app.sql(
      `insert into complaints (id, created_at, updated_at, version, agency_id, tracking_code, channel, category, subject, description,
         unit_id, status, received_on, due_date, resolved_at)
       values (gen_random_uuid(), now(), now(), 1, ?, ?, 'WEB', 'PENGADUAN', 'Antrean lama', 'Menunggu terlalu lama.', ?, ?, ?, ?, ?)`,
      [agencyRowId, code, row(ids[unitKey]!), status, receivedOn, dueDate, resolvedAt],
    );
  await complaint('ADU-0001', 'pkm', '2025-04-02', 'RESOLVED', '2025-04-09', '2025-04-07T10:00:00+07:00');
  await complaint('ADU-0002', 'pkm', '2025-05-10', 'IN_PROGRESS', '2025-05-20', null);
  await complaint('ADU-0003', 'disduk', '2025-02-03', 'RESOLVED', '2025-02-10', '2025-02-06T15:30:00+07:00');
  await complaint('ADU-0004', 'disduk', '2024-12-30', 'IN_PROGRESS', '2025-01-08', null);

  // Sanctions (decided in the past): Sari a 6-month allowance cut in force on 30 June 2025; Yogi a written
  // reprimand on 30 June itself; Rudi a reprimand in February, over by then. Rewards: Putri in May 2025; Wati in 2024.
  const sanction = async (key: string, code: string, from: string, to: string) =>
    app.sql(
      `insert into disciplinary_cases (id, created_at, updated_at, version, agency_id, employee_id, status, violation, violation_date, article,
         proposed_by, proposed_at, examiners, sanction_type_id, decree_number, decree_date, effective_from, end_date)
       select gen_random_uuid(), now(), now(), 1, ?, ?, 'ACTIVE', 'Tidak masuk kerja', ?, 'Pasal 4', 'HR', now(), '{}', st.id, 'SK/1', ?, ?, ?
         from sanction_types st where st.code = ?`,
      [agencyRowId, row(ids[key]!), from, from, from, to, code],
    );
  await sanction('sari', 'POTONGAN_TUKIN_25_6', '2025-03-01', '2025-08-31');
  await sanction('yogi', 'TEGURAN_TERTULIS', '2025-06-30', '2025-06-30');
  await sanction('rudi', 'TEGURAN_LISAN', '2025-02-03', '2025-02-03');
  const reward = async (key: string, day: string) =>
    app.sql(
      `insert into rewards (id, created_at, updated_at, version, agency_id, employee_id, reward_type_id, granted_on, reason)
       select gen_random_uuid(), now(), now(), 1, ?, ?, rt.id, ?, 'Target layanan tercapai' from reward_types rt where rt.code = 'PIAGAM_PENGHARGAAN'`,
      [agencyRowId, row(ids[key]!), day],
    );
  await reward('putri', '2025-05-02');
  await reward('wati', '2024-11-01');

  // Daily reports in Q2 (13 weeks, 1 April to 30 June): Putri twice a week (26, each approved 2 hours after
  // submission), Wati once a week (13, approved after 5 hours). Written directly: the API takes only recent days.
  const reports = async (key: string, first: string, hours: number) =>
    app.sql(
      `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours,
         minutes, overtime, evidence_links, status, submitted_at, reviewer_name, reviewed_at)
       select gen_random_uuid(), now(), now(), 1, ?, ?, d::date, 'Pelayanan', 'Layanan selesai', 4, 240, false, '{}', 'APPROVED',
              (d::date + time '16:00') at time zone 'Asia/Jakarta', 'Atasan',
              (d::date + time '16:00') at time zone 'Asia/Jakarta' + make_interval(hours => ?)
         from generate_series(?::date, '2025-06-30'::date, interval '7 days') as d`,
      [agencyRowId, row(ids[key]!), hours, first],
    );
  await reports('putri', '2025-04-01', 2);
  await reports('putri', '2025-04-02', 2);
  await reports('wati', '2025-04-03', 5);
  return { ids, tokens, usernames };
}
