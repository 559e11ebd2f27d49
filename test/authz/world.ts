import { randomUUID } from 'node:crypto';
import { addDays, todayInIndonesia } from '../../api/src/dates.js';
import { fromGlobalId, toGlobalId } from '../../api/src/graphql/ids.js';
import type { TestApp } from '../helpers/app.js';
import { actor, createUser, Role } from '../helpers/factories.js';
import { quarterOf, setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * The fixture world of the authorization matrix: two agencies (A, where every
 * actor but the platform administrator works, and B, out of everyone's scope but
 * the platform administrator's), each with the reporting line of
 * test/helpers/reporting-line.ts (Dinas Kesehatan > Puskesmas; Kadis > Kapus >
 * Siti, Yusuf) and one object of every kind the operations take.
 *
 * Personal objects exist for siti (the employee actor, subordinate of the
 * supervisor actor kapus), yusuf (a colleague of siti in the same unit) and kadis
 * (the superior of kapus, in the parent unit): siti's is in scope for every actor
 * of A, yusuf's is "another person" for the employee, kadis's "another unit" for
 * the supervisor. Objects that belong to one account (an import's progress key)
 * exist in A for each actor that may have them (`mine`).
 *
 * Dates follow today but never its weekday: days that must be working days are
 * picked as such (`workingDayBefore`), so the matrix gives the same answers on
 * any day (MATRIX_TODAY in test/authz/matrix.test.ts runs it as on another day).
 */

export const PEOPLE = ['siti', 'yusuf', 'kadis', 'kapus'] as const;
export type Person = (typeof PEOPLE)[number];

/** Global IDs of one agency's objects; personal kinds keyed by person. */
export interface AgencyObjects {
  agencyId: string;
  agencyCode: string;
  line: ReportingLine;
  /** Every kind: one global ID (for personal kinds, siti's). */
  one: Record<string, string>;
  /** Personal kinds: the global ID per person. */
  of: Record<string, Partial<Record<Person, string>>>;
  /** Kinds owned by one account: each actor's own (agency A only). */
  mine: Record<string, Partial<Record<Role, string>>>;
}

export interface World {
  A: AgencyObjects;
  B: AgencyObjects;
  /** Bearer tokens of the actors, all in agency A but the platform administrator. */
  tokens: Record<Role, string>;
  /** Run as someone, expecting success. */
  run: <T = Record<string, unknown>>(token: string, query: string, variables?: Record<string, unknown>) => Promise<T>;
}

export async function buildWorld(app: TestApp): Promise<World> {
  const run = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.gql<T>(query, variables, { token });
    if (response.errors) throw new Error(`${query}\n${JSON.stringify(response.errors)}`);
    return response.data!;
  };
  const A = await buildAgency(app, run);
  // NIPs are unique across the platform and both agencies are built from the same line: move A's aside.
  await app.sql(`update employees set nip = substr(nip, 1, 15) || '9' || substr(nip, 17) where agency_id = ?`, [
    (await agencyRow(app, A.agencyId)).id,
  ]);
  const B = await buildAgency(app, run);
  const agencyA = await agencyRow(app, A.agencyId);
  const tokens = {
    [Role.SUPER_ADMIN]: (await actor(app, [Role.SUPER_ADMIN], null)).token,
    [Role.AGENCY_ADMIN]: (await actor(app, [Role.AGENCY_ADMIN], agencyA)).token,
    [Role.HR_OFFICER]: A.line.tokens.hr!,
    [Role.EVALUATOR]: (await actor(app, [Role.EVALUATOR], agencyA)).token,
    [Role.SUPERVISOR]: A.line.tokens.kapus!,
    [Role.EMPLOYEE]: A.line.tokens.siti!,
  } as Record<Role, string>;
  // Import progress is read by the account that started the import only: one key per actor of A, one of B's HR.
  A.mine.SiasnImportProgress = {};
  for (const role of [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER])
    A.mine.SiasnImportProgress[role] = await importProgressKey(run, tokens[role], A.agencyId);
  B.one.SiasnImportProgress = await importProgressKey(run, B.line.tokens.hr!, B.agencyId);
  return { A, B, tokens, run };
}

/** A dry run of a unit import under a new progress key, as `token`: the key, now readable by that account only. */
async function importProgressKey(run: Run, token: string, agencyId: string): Promise<string> {
  const key = randomUUID();
  await run(token, `mutation ($input: ImportSiasnInput!) { importSiasnUnits(input: $input) { dryRun } }`, {
    input: { agencyId, content: JSON.stringify([{ Id: 'ROOT', NamaUnor: 'Pemerintah Daerah' }]), dryRun: true, progressKey: key },
  });
  return key;
}

const isWeekday = (day: string) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/** The `n`th working day (Monday to Friday; the world has no holiday in the past) before `day`. */
export function workingDayBefore(day: string, n = 1): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = addDays(current, -1);
    if (isWeekday(current)) counted++;
  }
  return current;
}

/** The year whose absences the matrix reads: the last full one, so it holds past working days on any day. */
export const ABSENCE_YEAR = Number(todayInIndonesia().slice(0, 4)) - 1;

async function agencyRow(app: TestApp, globalId: string) {
  const { Agency } = await import('../../api/src/modules/organization/agency.entity.js');
  return app.orm.em.fork().findOneOrFail(Agency, { id: fromGlobalId(globalId, 'Agency', 'id') });
}

type Run = World['run'];
const WORKING_WEEK = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 }));

async function buildAgency(app: TestApp, run: Run): Promise<AgencyObjects> {
  const line = await setUpReportingLine(app);
  const hr = line.tokens.hr!;
  const one: Record<string, string> = {};
  const of: AgencyObjects['of'] = {};
  const { today } = line;
  const personal = (kind: string, person: Person, id: string) => {
    (of[kind] ??= {})[person] = id;
    if (person === 'siti') one[kind] = id;
  };
  const post = async (token: string, name: string, type: string, input: Record<string, unknown>, pick: string) => {
    const data = await run<Record<string, Record<string, { id: string }>>>(
      token,
      `mutation ($input: ${type}!) { ${name}(input: $input) { ${pick} { id } } }`,
      { input },
    );
    return data[name]![pick]!.id;
  };
  const ids = <T>(data: { nodes: T[] }) => data.nodes;

  one.Agency = line.agencyId;
  const { agency } = await run<{ agency: { code: string } }>(hr, `query ($id: ID!) { agency(id: $id) { code } }`, { id: line.agencyId });
  const units = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(hr, `{ orgUnits(first: 50) { nodes { id code } } }`);
  for (const unit of ids(units.orgUnits)) one[unit.code === 'PKM' ? 'OrgUnit' : 'ParentUnit'] = unit.id;
  const positions = await run<{ positions: { nodes: { id: string; name: string }[] } }>(
    hr,
    `{ positions(first: 50) { nodes { id name } } }`,
  );
  one.Position = positions.positions.nodes.find((p) => p.name === 'Pengelola Layanan')!.id;
  one.Indicator = (
    await run<{ indicators: { nodes: { id: string }[] } }>(
      hr,
      `{ indicators(filter: { code: { eq: "CAKUPAN-LAYANAN" } }) { nodes { id } } }`,
    )
  ).indicators.nodes[0]!.id;
  one.CriteriaTemplate = (
    await run<{ criteriaTemplates: { nodes: { id: string }[] } }>(
      hr,
      `{ criteriaTemplates(filter: { agencyId: { isNull: false } }) { nodes { id } } }`,
    )
  ).criteriaTemplates.nodes[0]!.id;
  one.AppraisalPeriod = line.ids.quarter!;
  for (const person of PEOPLE) {
    personal('Employee', person, line.ids[person]!);
    personal('PerformancePlan', person, line.plans[person]!.id);
    personal('Target', person, line.plans[person]!.targets[0]!.id);
  }
  // An account of its own: the matrix sets its password, which ends its tokens.
  one.User = toGlobalId('User', (await createUser(app, { roles: [Role.EMPLOYEE], agency: await agencyRow(app, line.agencyId) })).id);

  // Monitoring: realisations and work reports are recorded against the agreed plans.
  await run(hr, `mutation ($input: PeriodTransitionInput!) { startMonitoring(input: $input) { period { id } } }`, {
    input: { id: one.AppraisalPeriod, version: 2 },
  });
  for (const person of PEOPLE) {
    const token = line.tokens[person]!;
    personal(
      'Realization',
      person,
      (
        await run<{ recordRealization: { realization: { id: string } } }>(
          token,
          `mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`,
          { input: { targetId: of.Target![person], periodId: one.AppraisalPeriod, value: 80 } },
        )
      ).recordRealization.realization.id,
    );
    // Today is in the quarter whatever its weekday, and hours without times are reported on any day.
    personal(
      'WorkReport',
      person,
      await post(
        token,
        'fileWorkReport',
        'FileWorkReportInput',
        { date: today, activity: 'Pelayanan', output: 'Laporan', hours: 2, targetId: of.Target![person] },
        'report',
      ),
    );
  }

  one.TrainingProgram = await post(
    hr,
    'createTrainingProgram',
    'CreateTrainingProgramInput',
    { code: 'PRG', title: 'Pelatihan Layanan', competencyArea: 'TEKNIS', mode: 'KLASIKAL', kind: 'PELATIHAN', jpHours: 8 },
    'program',
  );
  one.TrainingSession = await post(
    hr,
    'createTrainingSession',
    'CreateTrainingSessionInput',
    {
      programId: one.TrainingProgram,
      name: 'Angkatan I',
      capacity: 10,
      location: 'Aula',
      startDate: addDays(today, 30),
      endDate: addDays(today, 31),
    },
    'session',
  );
  for (const person of PEOPLE) {
    personal(
      'Enrollment',
      person,
      await post(
        hr,
        'enrollInTraining',
        'EnrollInTrainingInput',
        { sessionId: one.TrainingSession, employeeId: of.Employee![person] },
        'enrollment',
      ),
    );
    personal(
      'Reward',
      person,
      await post(
        hr,
        'grantReward',
        'GrantRewardInput',
        { employeeId: of.Employee![person], rewardTypeCode: 'PIAGAM_PENGHARGAAN', grantedOn: today, reason: 'Teladan' },
        'reward',
      ),
    );
    personal(
      'DisciplinaryCase',
      person,
      await post(
        hr,
        'proposeDisciplinaryCase',
        'ProposeDisciplinaryCaseInput',
        {
          employeeId: of.Employee![person],
          article: 'Pasal 3 huruf f',
          violation: 'Tidak masuk kerja',
          violationDate: workingDayBefore(today, 3),
        },
        'case',
      ),
    );
    personal(
      'CoachingPlan',
      person,
      await post(
        hr,
        'createCoachingPlan',
        'CreateCoachingPlanInput',
        { employeeId: of.Employee![person], goals: ['Hadir tepat waktu'], startDate: today },
        'plan',
      ),
    );
    personal(
      'AttendanceRecord',
      person,
      await post(
        hr,
        'recordAttendance',
        'RecordAttendanceInput',
        { employeeId: of.Employee![person], date: workingDayBefore(today), status: 'SAKIT', note: 'Surat dokter' },
        'record',
      ),
    );
  }
  one.PublicService = await post(
    hr,
    'createPublicService',
    'CreatePublicServiceInput',
    { unitId: one.OrgUnit, name: 'Imunisasi' },
    'service',
  );
  one.Survey = await post(
    hr,
    'createSurvey',
    'CreateSurveyInput',
    { unitId: one.OrgUnit, title: 'Survei Kepuasan', startDate: addDays(today, -10), endDate: addDays(today, 10) },
    'survey',
  );
  const submitted = await app.gql<{ submitComplaint: { trackingCode: string } }>(
    `mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { trackingCode } }`,
    {
      input: {
        agencyCode: agency.code,
        category: 'PENGADUAN',
        subject: 'Antrean lama',
        description: 'Menunggu lebih dari tiga jam di loket pendaftaran.',
        unitId: one.OrgUnit,
        employeeId: one.Employee,
      },
    },
    { headers: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 200) + 2}` } },
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  one.ComplaintTrackingCode = submitted.data!.submitComplaint.trackingCode;
  one.Complaint = (
    await run<{ complaints: { nodes: { id: string }[] } }>(hr, `query ($q: String!) { complaints(filter: { q: $q }) { nodes { id } } }`, {
      q: one.ComplaintTrackingCode,
    })
  ).complaints.nodes[0]!.id;
  one.Holiday = await post(
    hr,
    'createHoliday',
    'CreateHolidayInput',
    { date: addDays(today, 40), name: 'Hari jadi', kind: 'LIBUR_DAERAH' },
    'holiday',
  );
  one.WorkCalendar = (
    await run<{ setWorkCalendar: { calendar: { id: string } } }>(
      hr,
      `mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) { calendar { id } } }`,
      {
        input: {
          unitId: one.OrgUnit,
          days: WORKING_WEEK,
        },
      },
    )
  ).setWorkCalendar.calendar.id;
  one.BehaviourValue = await post(
    hr,
    'createBehaviourValue',
    'CreateBehaviourValueInput',
    { code: 'INOVATIF', name: 'Inovatif', description: 'Mencari cara yang lebih baik', guides: ['Mengusulkan perbaikan'] },
    'behaviourValue',
  );
  one.ScoringScheme = await post(hr, 'createScoringScheme', 'CreateScoringSchemeInput', { name: 'Skema instansi' }, 'scoringScheme');
  one.FollowUpRule = await post(
    hr,
    'createFollowUpRule',
    'CreateFollowUpRuleInput',
    { name: 'Pembinaan', action: 'COACHING', predicates: ['KURANG'] },
    'rule',
  );
  one.AllowanceScheme = await post(
    hr,
    'createAllowanceScheme',
    'CreateAllowanceSchemeInput',
    { validFrom: '2026-01-01', baseAmounts: Array.from({ length: 17 }, (_, i) => 1_000_000 + i * 50_000) },
    'scheme',
  );
  one.AllowanceSheet = await post(
    hr,
    'computeAllowances',
    'ComputeAllowancesInput',
    { month: '2026-10', confirmWithoutAttendance: true },
    'sheet',
  );
  for (const person of PEOPLE) {
    personal(
      'AttendanceCorrection',
      person,
      await post(
        line.tokens[person]!,
        'requestAttendanceCorrection',
        'RequestAttendanceCorrectionInput',
        { date: workingDayBefore(today, 2), checkOut: '16:00', reason: 'Lupa absen pulang' },
        'correction',
      ),
    );
  }
  one.RewardType = await post(
    hr,
    'createRewardType',
    'CreateRewardTypeInput',
    { code: 'TELADAN_INSTANSI', name: 'Teladan instansi' },
    'rewardType',
  );
  await evaluatePreviousQuarter(line, run, of);
  one.Evaluation = of.Evaluation!.siti!;

  // A ceremony that has taken place, with everyone's attendance.
  one.Ceremony = await post(
    hr,
    'createCeremony',
    'CreateCeremonyInput',
    { date: workingDayBefore(today), kind: 'APEL_PAGI', name: 'Apel pagi' },
    'ceremony',
  );
  await run(hr, `mutation ($input: RecordCeremonyAttendanceInput!) { recordCeremonyAttendance(input: $input) { created } }`, {
    input: { ceremonyId: one.Ceremony, entries: PEOPLE.map((person) => ({ employeeId: of.Employee![person], status: 'ATTENDED' })) },
  });

  // One citizen's answer to the survey, once open.
  await run(hr, `mutation ($input: SurveyStepInput!) { openSurvey(input: $input) { survey { id } } }`, {
    input: { id: one.Survey, version: 1 },
  });
  const address = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200) + 2}` };
  const form = await app.gql<{ surveyForm: { token: string; elements: { code: string }[] } }>(
    `query ($id: ID!) { surveyForm(id: $id) { token elements { code } } }`,
    { id: one.Survey },
    { headers: address },
  );
  if (form.errors) throw new Error(JSON.stringify(form.errors));
  const answered = await app.gql(
    `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { message } }`,
    {
      input: {
        surveyId: one.Survey,
        token: form.data!.surveyForm.token,
        answers: form.data!.surveyForm.elements.map(({ code }) => ({ element: code, value: 3 })),
      },
    },
    { headers: address },
  );
  if (answered.errors) throw new Error(JSON.stringify(answered.errors));
  one.SurveyResponse = (
    await run<{ surveyResponses: { nodes: { id: string }[] } }>(hr, `{ surveyResponses(first: 10) { nodes { id } } }`)
  ).surveyResponses.nodes[0]!.id;

  // Yusuf was absent without a word on three working days of the last full year: the first step of the ladder.
  for (let n = 1; n <= 3; n++) {
    await post(
      hr,
      'recordAttendance',
      'RecordAttendanceInput',
      { employeeId: of.Employee!.yusuf, date: workingDayBefore(`${ABSENCE_YEAR}-03-01`, n), status: 'TANPA_KETERANGAN' },
      'record',
    );
  }
  one.AbsentEmployee = of.Employee!.yusuf!;

  // Audit entries are written by the ORM's flush, not created through an operation: take the reward type's.
  const [entry] = await app.sql<{ id: string }>(`select id from audit_entries where agency_id = ? and entity_type = 'RewardType'`, [
    fromGlobalId(line.agencyId, 'Agency', 'id'),
  ]);
  one.AuditEntry = toGlobalId('AuditEntry', entry!.id);
  return { agencyId: line.agencyId, agencyCode: agency.code, line, one, of, mine: {} };
}

/**
 * The quarter before today's, taken to EVALUATION with every plan agreed by its
 * appraiser and a draft evaluation of each person saved by theirs (HR for kadis,
 * whose appraiser is not in the system).
 */
async function evaluatePreviousQuarter(line: ReportingLine, run: Run, of: AgencyObjects['of']): Promise<void> {
  const hr = line.tokens.hr!;
  const appraiser: Record<Person, string> = { kadis: hr, kapus: line.tokens.kadis!, siti: line.tokens.kapus!, yusuf: line.tokens.kapus! };
  const quarter = quarterOf(addDays(line.quarter.startDate, -1));
  const { createAppraisalPeriod } = await run<{ createAppraisalPeriod: { period: { id: string } } }>(
    hr,
    `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
    { input: { name: `Triwulan ${quarter.startDate}`, type: 'QUARTERLY', ...quarter } },
  );
  const periodId = createAppraisalPeriod.period.id;
  const step = async (mutation: string) => {
    const { appraisalPeriod } = await run<{ appraisalPeriod: { version: number } }>(
      hr,
      `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
      { id: periodId },
    );
    await run(hr, `mutation ($input: PeriodTransitionInput!) { ${mutation}(input: $input) { period { id } } }`, {
      input: { id: periodId, version: appraisalPeriod.version },
    });
  };
  await step('startPlanning');
  await run(hr, `mutation ($input: GeneratePlansInput!) { generatePlans(input: $input) { created } }`, { input: { periodId } });
  const { performancePlans } = await run<{ performancePlans: { nodes: { id: string; version: number; employeeId: string }[] } }>(
    hr,
    `query ($periodId: ID!) { performancePlans(filter: { periodId: { eq: $periodId } }) { nodes { id version employeeId } } }`,
    { periodId },
  );
  const planOf = {} as Record<Person, string>;
  for (const plan of performancePlans.nodes) {
    const person = PEOPLE.find((p) => of.Employee![p] === plan.employeeId)!;
    planOf[person] = plan.id;
    const { submitPlan } = await run<{ submitPlan: { plan: { version: number } } }>(
      hr,
      `mutation ($input: PlanStepInput!) { submitPlan(input: $input) { plan { version } } }`,
      { input: { id: plan.id, version: plan.version } },
    );
    await run(appraiser[person], `mutation ($input: PlanStepInput!) { approvePlan(input: $input) { plan { id } } }`, {
      input: { id: plan.id, version: submitPlan.plan.version },
    });
  }
  await step('startMonitoring');
  await step('startEvaluation');
  of.Evaluation = {};
  for (const person of PEOPLE) {
    const { saveEvaluation } = await run<{ saveEvaluation: { evaluation: { id: string } } }>(
      appraiser[person],
      `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { evaluation { id } } }`,
      { input: { planId: planOf[person], behaviour: [] } },
    );
    of.Evaluation[person] = saveEvaluation.evaluation.id;
  }
}

/** Days of fresh objects: years ahead, clear of the world's own, within the five years a typed date may lie ahead. */
const FRESH_FROM = `${new Date().getFullYear() + 4}-01-01`;

/** A new object of `agency` for a call that consumes it (deleting a holiday, a calendar or a ceremony). */
export async function freshObject(world: World, agency: AgencyObjects, kind: string): Promise<string> {
  const hr = agency.line.tokens.hr!;
  const n = ++freshCount;
  if (kind === 'Holiday') {
    const { createHoliday } = await world.run<{ createHoliday: { holiday: { id: string } } }>(
      hr,
      `mutation ($input: CreateHolidayInput!) { createHoliday(input: $input) { holiday { id } } }`,
      { input: { date: addDays(FRESH_FROM, n), name: `Libur ${n}`, kind: 'LIBUR_DAERAH' } },
    );
    return createHoliday.holiday.id;
  }
  if (kind === 'WorkCalendar') {
    const { createOrgUnit } = await world.run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      hr,
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { parentId: agency.one.OrgUnit, code: `KAL_${n}`, name: `Unit ${n}`, kind: 'SEKSI' } },
    );
    const { setWorkCalendar } = await world.run<{ setWorkCalendar: { calendar: { id: string } } }>(
      hr,
      `mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) { calendar { id } } }`,
      { input: { unitId: createOrgUnit.orgUnit.id, days: WORKING_WEEK } },
    );
    return setWorkCalendar.calendar.id;
  }
  if (kind === 'Ceremony') {
    const { createCeremony } = await world.run<{ createCeremony: { ceremony: { id: string } } }>(
      hr,
      `mutation ($input: CreateCeremonyInput!) { createCeremony(input: $input) { ceremony { id } } }`,
      { input: { date: addDays(FRESH_FROM, n), kind: 'APEL_SORE', name: `Apel ${n}` } },
    );
    return createCeremony.ceremony.id;
  }
  throw new Error(`no factory for a fresh ${kind}`);
}
let freshCount = 0;
