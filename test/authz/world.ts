import { addDays } from '../../api/src/dates.js';
import { fromGlobalId, toGlobalId } from '../../api/src/graphql/ids.js';
import type { TestApp } from '../helpers/app.js';
import { actor, createUser, Role } from '../helpers/factories.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

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
 * the supervisor.
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
  return { A, B, tokens, run };
}

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
    personal(
      'WorkReport',
      person,
      await post(
        token,
        'fileWorkReport',
        'FileWorkReportInput',
        { date: line.today, activity: 'Pelayanan', output: 'Laporan', hours: 2, targetId: of.Target![person] },
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
      startDate: addDays(line.today, 30),
      endDate: addDays(line.today, 31),
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
        { employeeId: of.Employee![person], rewardTypeCode: 'PIAGAM_PENGHARGAAN', grantedOn: line.today, reason: 'Teladan' },
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
          violationDate: addDays(line.today, -3),
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
        { employeeId: of.Employee![person], goals: ['Hadir tepat waktu'], startDate: line.today },
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
        { employeeId: of.Employee![person], date: addDays(line.today, -1), status: 'SAKIT', note: 'Surat dokter' },
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
    { unitId: one.OrgUnit, title: 'Survei Kepuasan', startDate: addDays(line.today, -10), endDate: addDays(line.today, 10) },
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
    { date: addDays(line.today, 40), name: 'Hari jadi', kind: 'LIBUR_DAERAH' },
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
  one.AllowanceSheet = await post(hr, 'computeAllowances', 'ComputeAllowancesInput', { month: '2026-10' }, 'sheet');
  for (const person of PEOPLE) {
    personal(
      'AttendanceCorrection',
      person,
      await post(
        line.tokens[person]!,
        'requestAttendanceCorrection',
        'RequestAttendanceCorrectionInput',
        { date: addDays(line.today, -2), checkOut: '16:00', reason: 'Lupa absen pulang' },
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
  // Audit entries are written by the ORM's flush, not created through an operation: take the reward type's.
  const [entry] = await app.sql<{ id: string }>(`select id from audit_entries where agency_id = ? and entity_type = 'RewardType'`, [
    fromGlobalId(line.agencyId, 'Agency', 'id'),
  ]);
  one.AuditEntry = toGlobalId('AuditEntry', entry!.id);
  return { agencyId: line.agencyId, agencyCode: agency.code, line, one, of };
}

/** A new object of `agency` for a call that consumes it (deleting a holiday or a calendar). */
export async function freshObject(world: World, agency: AgencyObjects, kind: string): Promise<string> {
  const hr = agency.line.tokens.hr!;
  const n = ++freshCount;
  if (kind === 'Holiday') {
    const { createHoliday } = await world.run<{ createHoliday: { holiday: { id: string } } }>(
      hr,
      `mutation ($input: CreateHolidayInput!) { createHoliday(input: $input) { holiday { id } } }`,
      { input: { date: addDays('2032-01-01', n), name: `Libur ${n}`, kind: 'LIBUR_DAERAH' } },
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
  throw new Error(`no factory for a fresh ${kind}`);
}
let freshCount = 0;
