import { ABSENCE_YEAR, type AgencyObjects } from './world.js';

/**
 * How the authorization matrix calls each operation on one object of the fixture
 * world (test/authz/world.ts). The call starts from the operation's probe (its
 * required arguments with dummy values, test/helpers/probe.ts) and changes what
 * the spec says: `vars` receives the object's global ID and the objects of the
 * agency the object belongs to, so further references (a unit, a period) come
 * from the same agency as the object under test.
 *
 * Updates and steps carry a stale `version` (999): an actor who reaches the
 * object gets CONFLICT and nothing changes, so cells do not disturb each other.
 */
export interface Spec {
  /** Kind of the object the call touches: a key of the world's `one` / `of`. */
  kind: string;
  /** Variables to set (deep-merged over the probe's); by default the ID goes to `id` or `input.id`. */
  vars?: (id: string, o: AgencyObjects) => Record<string, unknown>;
  /**
   * A list: the whole document, called once per actor; the outcome is whether
   * the object is on the answer (OK) or not (NOT_FOUND). `ids` picks the IDs
   * from the data.
   */
  list?: { document: string; ids: (data: Record<string, unknown>) => string[] };
  /** The call consumes the object: every cell gets a fresh one (test/authz/world.ts, `freshObject`). */
  fresh?: boolean;
  /** The operation checks its lifecycle on the object's own ID field: a BAD_USER_INPUT there is not a refused reference. */
  lifecycleOnId?: boolean;
}

const nodes = (field: string) => (data: Record<string, unknown>) =>
  ((data[field] as { nodes: { id: string }[] }).nodes ?? []).map((n) => n.id);
const items = (field: string) => (data: Record<string, unknown>) => (data[field] as { id: string }[]).map((n) => n.id);
const connection = (field: string, kind: string, args = '', selection = 'nodes { id }'): Spec => ({
  kind,
  list: { document: `{ ${field}(first: 100${args}) { ${selection} } }`, ids: nodes(field) },
});

const MONTH = '2026-10';
let serial = 100;
/** A fresh code or NIP per call: creations that succeed must not collide with the next cell's. */
const next = () => serial++;
const code = (prefix: string) => `${prefix}_${next()}`;
const YEAR = new Date().getFullYear();
const input = (fields: Record<string, unknown>) => ({ input: fields });
const stale = (id: string, extra: Record<string, unknown> = {}) => input({ id, version: 999, ...extra });
const byId = (kind: string): Spec => ({ kind });
const step = (kind: string, extra: (o: AgencyObjects) => Record<string, unknown> = () => ({})): Spec => ({
  kind,
  vars: (id, o) => stale(id, extra(o)),
});
/** Operations whose scope is an agency given as `agencyId` (top level or in the input). */
const agencyArg = (where: 'arg' | 'input', extra: (o: AgencyObjects) => Record<string, unknown> = () => ({})): Spec => ({
  kind: 'Agency',
  vars: (id, o) => (where === 'arg' ? { agencyId: id, ...extra(o) } : input({ agencyId: id, ...extra(o) })),
});
const forEmployee = (extra: (o: AgencyObjects) => Record<string, unknown> = () => ({}), where: 'arg' | 'input' = 'input'): Spec => ({
  kind: 'Employee',
  vars: (id, o) => (where === 'arg' ? { employeeId: id, ...extra(o) } : input({ employeeId: id, ...extra(o) })),
});
const forPeriod = (extra: (o: AgencyObjects) => Record<string, unknown> = () => ({}), where: 'arg' | 'input' = 'input'): Spec => ({
  kind: 'AppraisalPeriod',
  vars: (id, o) => (where === 'arg' ? { periodId: id, ...extra(o) } : input({ periodId: id, ...extra(o) })),
});

export const SPECS: Record<string, Spec> = {
  // Organization, users, audit.
  auditEntry: byId('AuditEntry'),
  auditEntries: connection('auditEntries', 'AuditEntry', ', filter: { entityType: { eq: "RewardType" } }'),
  agencies: connection('agencies', 'Agency'),
  agency: byId('Agency'),
  updateAgency: step('Agency'),
  deleteAgency: step('Agency'),
  orgUnit: byId('OrgUnit'),
  orgUnits: connection('orgUnits', 'OrgUnit'),
  createOrgUnit: { kind: 'OrgUnit', vars: (id) => input({ parentId: id, code: code('BARU'), name: 'Unit baru', kind: 'SEKSI' }) },
  updateOrgUnit: step('OrgUnit'),
  moveOrgUnit: step('OrgUnit', (o) => ({ parentId: o.one.ParentUnit })),
  deleteOrgUnit: step('OrgUnit'),
  importOrgUnits: agencyArg('input', () => ({ csv: 'code,name,kind,parent_code\n', dryRun: true })),
  position: byId('Position'),
  positions: connection('positions', 'Position'),
  createPosition: { kind: 'OrgUnit', vars: (id) => input({ unitId: id, name: 'Analis', type: 'PELAKSANA', grade: 7 }) },
  updatePosition: step('Position'),
  deletePosition: step('Position'),
  importPositions: agencyArg('input', () => ({ csv: 'unit_code,name,type,grade\n', dryRun: true })),
  employee: byId('Employee'),
  employees: connection('employees', 'Employee'),
  node: byId('Employee'),
  createEmployee: {
    kind: 'Position',
    vars: (id) =>
      input({ positionId: id, nip: `199505052020121${next()}`, name: 'Pegawai Baru', employmentType: 'PNS', golongan: 'III_A' }),
  },
  updateEmployee: step('Employee'),
  importEmployees: agencyArg('input', () => ({ csv: 'nip,name\n', dryRun: true })),
  user: byId('User'),
  users: connection('users', 'User'),
  createUser: agencyArg('input', () => ({
    username: `baru-${Math.random().toString(36).slice(2, 8)}`,
    displayName: 'Baru',
    password: 'kata-sandi-panjang-sekali',
    roles: ['EMPLOYEE'],
  })),
  updateUser: step('User'),
  setUserPassword: { kind: 'User', vars: (id) => input({ id, password: 'kata-sandi-baru-panjang' }) },

  // Indicators, templates, scoring, behaviour values.
  indicator: byId('Indicator'),
  indicators: connection('indicators', 'Indicator'),
  createIndicator: agencyArg('input', () => ({
    code: code('IND'),
    name: 'Indikator',
    direction: 'HIGHER_IS_BETTER',
    perspective: 'HASIL_KERJA',
    unit: 'PERCENT',
    aggregation: 'AVERAGE',
  })),
  updateIndicator: step('Indicator'),
  deleteIndicator: step('Indicator'),
  criteriaTemplate: byId('CriteriaTemplate'),
  criteriaTemplates: connection('criteriaTemplates', 'CriteriaTemplate'),
  createCriteriaTemplate: agencyArg('input', (o) => ({
    name: 'Templat baru',
    items: [{ indicatorId: o.one.Indicator, weight: 100, target: 90 }],
  })),
  updateCriteriaTemplate: step('CriteriaTemplate'),
  deleteCriteriaTemplate: step('CriteriaTemplate'),
  applicableTemplate: forEmployee((o) => ({ periodId: o.one.AppraisalPeriod }), 'arg'),
  scoringScheme: byId('ScoringScheme'),
  scoringSchemes: connection('scoringSchemes', 'ScoringScheme'),
  createScoringScheme: agencyArg('input'),
  updateScoringScheme: step('ScoringScheme'),
  behaviourValue: byId('BehaviourValue'),
  behaviourValues: connection('behaviourValues', 'BehaviourValue'),
  effectiveBehaviourValues: { kind: 'Agency', vars: (id) => ({ agencyId: id }) },
  createBehaviourValue: agencyArg('input', () => ({
    code: code('NILAI'),
    name: 'Nilai',
    description: 'Nilai instansi',
    guides: ['Panduan'],
  })),
  updateBehaviourValue: step('BehaviourValue'),
  deleteBehaviourValue: step('BehaviourValue'),

  // Periods.
  appraisalPeriod: byId('AppraisalPeriod'),
  appraisalPeriods: connection('appraisalPeriods', 'AppraisalPeriod'),
  createAppraisalPeriod: agencyArg('input', () => ({ name: 'Tahunan', type: 'ANNUAL', startDate: '2031-01-01', endDate: '2031-12-31' })),
  updateAppraisalPeriod: step('AppraisalPeriod'),
  deleteAppraisalPeriod: step('AppraisalPeriod'),
  startPlanning: step('AppraisalPeriod'),
  startMonitoring: step('AppraisalPeriod'),
  startEvaluation: step('AppraisalPeriod'),
  closePeriod: step('AppraisalPeriod'),
  reopenPeriod: step('AppraisalPeriod', () => ({ reason: 'Koreksi' })),
  generateSubPeriods: { kind: 'AppraisalPeriod', lifecycleOnId: true, vars: (id) => input({ id, type: 'MONTHLY' }) },

  // Plans, realisations, evaluations.
  performancePlan: byId('PerformancePlan'),
  performancePlans: connection('performancePlans', 'PerformancePlan'),
  generatePlans: forPeriod(),
  submitPlan: step('PerformancePlan'),
  approvePlan: step('PerformancePlan'),
  returnPlan: step('PerformancePlan', () => ({ comment: 'Perbaiki' })),
  setPlanTargets: {
    kind: 'PerformancePlan',
    vars: (id, o) => input({ planId: id, version: 999, targets: [{ indicatorId: o.one.Indicator, weight: 100, target: 90 }] }),
  },
  giveFeedback: { kind: 'PerformancePlan', vars: (id) => input({ planId: id, text: 'Pertahankan', type: 'APRESIASI' }) },
  recordRealization: { kind: 'Target', vars: (id, o) => input({ targetId: id, periodId: o.one.AppraisalPeriod, value: 85, version: 999 }) },
  deleteRealization: step('Realization'),
  refreshRealizations: forPeriod(),
  saveEvaluation: { kind: 'PerformancePlan', vars: (id) => input({ planId: id, behaviour: [], version: 999 }) },
  evaluation: byId('Evaluation'),
  confirmEvaluation: step('Evaluation'),
  reviewEvaluation: step('Evaluation', () => ({ note: 'Sudah ditinjau' })),
  acknowledgeEvaluation: step('Evaluation'),
  objectToEvaluation: step('Evaluation', () => ({ reason: 'Capaian layanan tidak dihitung lengkap' })),
  decideObjection: step('Evaluation', () => ({ decision: 'REJECTED', note: 'Penilaian tetap' })),
  confirmEvaluations: forPeriod(),
  predicateDistribution: forPeriod(() => ({}), 'arg'),
  previewScore: { kind: 'Indicator', vars: (id) => input({ lines: [{ indicatorId: id, weight: 100, target: 90, realization: 90 }] }) },
  recommendedTrainings: forEmployee((o) => ({ periodId: o.one.AppraisalPeriod }), 'arg'),
  setUnitAchievement: { kind: 'OrgUnit', vars: (id, o) => input({ unitId: id, periodId: o.one.AppraisalPeriod, achievement: 'BAIK' }) },
  publishResults: forPeriod(() => ({ includeEmployees: false })),
  analytics: { kind: 'AppraisalPeriod', vars: (id) => ({ periodIds: [id] }) },
  followUpDecisions: forPeriod(() => ({}), 'arg'),
  followUpRecommendations: forPeriod(() => ({}), 'arg'),
  followUpRules: { kind: 'FollowUpRule', list: { document: `{ followUpRules { id } }`, ids: items('followUpRules') } },
  createFollowUpRule: agencyArg('input', () => ({ name: 'Aturan', action: 'TRAINING', predicates: ['BUTUH_PERBAIKAN'] })),
  updateFollowUpRule: step('FollowUpRule'),
  dismissRecommendation: forEmployee((o) => ({ periodId: o.one.AppraisalPeriod, ruleId: o.one.FollowUpRule, reason: 'Tidak perlu' })),
  actOnRecommendation: forEmployee((o) => ({
    periodId: o.one.AppraisalPeriod,
    ruleId: o.one.FollowUpRule,
    coachingPlan: { goals: ['Disiplin'], startDate: o.line.today },
  })),
  distributionPatterns: { kind: 'Agency', vars: (id) => ({ agencyId: id }) },
  setDistributionPattern: agencyArg('input', () => ({ achievement: 'BAIK', constraints: [] })),

  // Work reports.
  workReport: byId('WorkReport'),
  workReports: connection('workReports', 'WorkReport'),
  workReportQueue: connection('workReportQueue', 'WorkReport'),
  fileWorkReport: {
    kind: 'Target',
    vars: (id, o) => input({ targetId: id, date: o.line.today, activity: 'Rapat', output: 'Notulen', hours: 1 }),
  },
  updateWorkReport: step('WorkReport'),
  deleteWorkReport: step('WorkReport'),
  approveWorkReport: step('WorkReport'),
  returnWorkReport: step('WorkReport', () => ({ comment: 'Lengkapi' })),
  commentOnWorkReport: { kind: 'WorkReport', vars: (id) => input({ reportId: id, text: 'Baik' }) },

  // Training.
  trainingProgram: byId('TrainingProgram'),
  trainingPrograms: connection('trainingPrograms', 'TrainingProgram'),
  createTrainingProgram: agencyArg('input', () => ({
    code: code('PRG'),
    title: 'Pelatihan',
    competencyArea: 'TEKNIS',
    mode: 'KLASIKAL',
    kind: 'PELATIHAN',
    jpHours: 4,
  })),
  updateTrainingProgram: step('TrainingProgram'),
  trainingSession: byId('TrainingSession'),
  trainingSessions: connection('trainingSessions', 'TrainingSession'),
  createTrainingSession: {
    kind: 'TrainingProgram',
    vars: (id) => input({ programId: id, name: 'Angkatan', capacity: 5, location: 'Aula', startDate: '2031-02-03', endDate: '2031-02-04' }),
  },
  updateTrainingSession: step('TrainingSession'),
  changeTrainingSessionStatus: step('TrainingSession', () => ({ status: 'ONGOING' })),
  enrollments: connection('enrollments', 'Enrollment'),
  enrollInTraining: forEmployee((o) => ({ sessionId: o.one.TrainingSession })),
  cancelEnrollment: step('Enrollment'),
  recordTrainingResult: step('Enrollment', () => ({ status: 'COMPLETED' })),
  trainingHours: forEmployee(() => ({ year: YEAR }), 'arg'),
  trainingCompliance: { kind: 'OrgUnit', vars: (id) => ({ unitId: id, year: YEAR, first: 10 }) },

  // Discipline, rewards, coaching.
  rewardTypes: { kind: 'RewardType', list: { document: `{ rewardTypes { id } }`, ids: items('rewardTypes') } },
  createRewardType: agencyArg('input', () => ({ code: code('PENGHARGAAN'), name: 'Penghargaan' })),
  rewards: connection('rewards', 'Reward'),
  reward: byId('Reward'),
  grantReward: forEmployee((o) => ({ rewardTypeCode: 'PIAGAM_PENGHARGAAN', grantedOn: o.line.today, reason: 'Teladan' })),
  disciplinaryCase: byId('DisciplinaryCase'),
  disciplinaryCases: connection('disciplinaryCases', 'DisciplinaryCase'),
  proposeDisciplinaryCase: forEmployee((o) => ({ article: 'Pasal 3', violation: 'Terlambat masuk kerja', violationDate: o.line.today })),
  examineDisciplinaryCase: step('DisciplinaryCase', (o) => ({
    examinedOn: o.line.today,
    examiners: ['Tim'],
    record: 'Berita acara pemeriksaan',
  })),
  decideDisciplinaryCase: step('DisciplinaryCase', (o) => ({
    decreeDate: o.line.today,
    decreeNumber: 'SK/1',
    sanctionTypeCode: 'TEGURAN_LISAN',
  })),
  activateDisciplinaryCase: step('DisciplinaryCase'),
  completeDisciplinaryCase: step('DisciplinaryCase'),
  fileSanctionAppeal: step('DisciplinaryCase', (o) => ({ filedOn: o.line.today, reason: 'Keberatan atas hukuman' })),
  decideSanctionAppeal: step('DisciplinaryCase', (o) => ({ decidedOn: o.line.today, note: 'Tetap', outcome: 'UPHELD' })),
  coachingPlans: connection('coachingPlans', 'CoachingPlan'),
  createCoachingPlan: forEmployee((o) => ({ goals: ['Disiplin'], startDate: o.line.today })),
  addCoachingSession: {
    kind: 'CoachingPlan',
    vars: (id, o) => input({ planId: id, version: 999, date: o.line.today, notes: 'Pertemuan' }),
  },
  closeCoachingPlan: step('CoachingPlan', () => ({ status: 'CANCELLED' })),
  disciplineAuthorities: { kind: 'Agency', vars: (id) => ({ agencyId: id }) },
  setDisciplineAuthority: agencyArg('input', () => ({ level: 'RINGAN', roles: ['HR_OFFICER'] })),

  // Community: services, surveys, complaints.
  publicService: byId('PublicService'),
  publicServices: connection('publicServices', 'PublicService'),
  createPublicService: { kind: 'OrgUnit', vars: (id) => input({ unitId: id, name: 'Layanan baru' }) },
  updatePublicService: step('PublicService'),
  survey: byId('Survey'),
  surveys: connection('surveys', 'Survey'),
  createSurvey: { kind: 'OrgUnit', vars: (id) => input({ unitId: id, title: 'Survei', startDate: '2031-01-01', endDate: '2031-01-31' }) },
  updateSurvey: step('Survey'),
  openSurvey: step('Survey'),
  closeSurvey: step('Survey'),
  ikm: { kind: 'OrgUnit', vars: (id) => ({ unitId: id }) },
  surveyResponses: connection('surveyResponses', 'SurveyResponse'),
  complaint: byId('Complaint'),
  complaints: connection('complaints', 'Complaint'),
  verifyComplaint: step('Complaint'),
  assignComplaint: step('Complaint', (o) => ({ unitId: o.one.OrgUnit })),
  startComplaint: step('Complaint'),
  resolveComplaint: step('Complaint', () => ({ resolution: 'Selesai' })),
  closeComplaint: step('Complaint'),
  rejectComplaint: step('Complaint', () => ({ reason: 'Bukan kewenangan' })),
  respondToComplaint: { kind: 'Complaint', vars: (id) => input({ complaintId: id, text: 'Terima kasih', isPublic: false }) },
  communitySettings: { kind: 'Agency', vars: (id) => ({ agencyId: id }) },
  setCommunitySettings: agencyArg('input', () => ({ minimumSample: 30 })),

  // Attendance.
  attendanceRecord: byId('AttendanceRecord'),
  attendanceRecords: connection('attendanceRecords', 'AttendanceRecord'),
  recordAttendance: forEmployee(() => ({ date: '2026-10-05', status: 'SAKIT' })),
  attendanceSheet: { kind: 'OrgUnit', vars: (id) => ({ unitId: id, month: MONTH }) },
  attendanceCorrections: connection('attendanceCorrections', 'AttendanceCorrection'),
  attendanceCorrectionQueue: connection('attendanceCorrectionQueue', 'AttendanceCorrection'),
  requestAttendanceCorrection: forEmployee(() => ({ date: '2026-10-06', checkOut: '16:00', reason: 'Lupa' })),
  approveAttendanceCorrection: step('AttendanceCorrection'),
  rejectAttendanceCorrection: step('AttendanceCorrection', () => ({ comment: 'Tanpa bukti' })),
  setAttendanceDeviceUser: forEmployee(() => ({ deviceUserId: null })),
  importAttendance: agencyArg('input', () => ({ csv: 'device_user_id,timestamp\n', dryRun: true })),
  markUnexcusedAbsences: { kind: 'OrgUnit', vars: (id) => input({ unitId: id, month: MONTH, dryRun: true }) },
  effectiveMinutes: forEmployee(() => ({ month: MONTH }), 'arg'),
  absenceDisciplineProposals: {
    kind: 'AbsentEmployee',
    list: {
      document: `{ absenceDisciplineProposals(year: ${ABSENCE_YEAR}) { employee { id } } }`,
      ids: (data) => (data.absenceDisciplineProposals as { employee: { id: string } }[]).map((proposal) => proposal.employee.id),
    },
  },
  actOnAbsenceProposal: forEmployee(() => ({ year: YEAR, article: 'Pasal 3', violation: 'Tidak masuk' })),
  dismissAbsenceProposal: forEmployee(() => ({ year: YEAR, reason: 'Cuti' })),
  holiday: byId('Holiday'),
  holidays: connection('holidays', 'Holiday'),
  createHoliday: agencyArg('input', () => ({ date: '2031-05-05', name: 'Libur', kind: 'LIBUR_DAERAH' })),
  updateHoliday: step('Holiday'),
  deleteHoliday: { kind: 'Holiday', fresh: true, vars: (id) => input({ id }) },
  workCalendars: connection('workCalendars', 'WorkCalendar'),
  setWorkCalendar: {
    kind: 'OrgUnit',
    vars: (id) => input({ unitId: id, version: 999, days: [{ weekday: 1, start: '07:30', end: '16:00', breakMinutes: 60 }] }),
  },
  deleteWorkCalendar: { kind: 'WorkCalendar', fresh: true, vars: (id) => input({ id }) },
  workingDays: { kind: 'OrgUnit', vars: (id) => ({ unitId: id, month: MONTH }) },
  ceremonies: connection('ceremonies', 'Ceremony'),
  ceremony: byId('Ceremony'),
  ceremonyAttendances: { kind: 'Ceremony', vars: (id) => ({ ceremonyId: id }) },
  createCeremony: agencyArg('input', () => ({ date: '2031-01-06', kind: 'APEL_PAGI', name: 'Apel pagi' })),
  updateCeremony: step('Ceremony'),
  deleteCeremony: { kind: 'Ceremony', fresh: true, vars: (id) => input({ id }) },
  recordCeremonyAttendance: {
    kind: 'Ceremony',
    vars: (id, o) => input({ ceremonyId: id, entries: [{ employeeId: o.one.Employee, status: 'EXCUSED', note: 'Dinas luar' }] }),
  },
  importCeremonyAttendance: { kind: 'Ceremony', vars: (id) => input({ ceremonyId: id, csv: 'nip,status\n' }) },

  // Allowance.
  allowanceSchemes: connection('allowanceSchemes', 'AllowanceScheme'),
  allowanceScheme: byId('AllowanceScheme'),
  allowanceSchemeAt: { kind: 'Agency', vars: (id) => ({ agencyId: id, month: MONTH }) },
  createAllowanceScheme: agencyArg('input', () => ({ validFrom: '2031-01-01', baseAmounts: Array.from({ length: 17 }, () => 1_000_000) })),
  updateAllowanceScheme: {
    kind: 'AllowanceScheme',
    vars: (id) => input({ id, version: 999, baseAmounts: Array.from({ length: 17 }, () => 1_000_000) }),
  },
  deleteAllowanceScheme: { kind: 'AllowanceScheme', vars: (id) => input({ id }) },
  allowanceSheets: connection('allowanceSheets', 'AllowanceSheet'),
  allowanceSheet: byId('AllowanceSheet'),
  allowanceBreakdown: forEmployee(() => ({ month: MONTH }), 'arg'),
  allowancePreview: forEmployee(() => ({ month: MONTH, scheme: { baseAmounts: Array.from({ length: 17 }, () => 1_000_000) } }), 'arg'),
  computeAllowances: agencyArg('input', () => ({ month: '2026-11', confirmWithoutAttendance: true })),
  verifyAllowanceSheet: step('AllowanceSheet'),
  approveAllowanceSheet: step('AllowanceSheet'),
  lockAllowanceSheet: step('AllowanceSheet'),
  addAllowanceAdjustment: {
    kind: 'AllowanceSheet',
    vars: (id, o) => input({ sheetId: id, employeeId: o.one.Employee, amount: 1000, correctsMonth: '2026-09', reason: 'Koreksi' }),
  },

  // SIASN.
  siasnExport: { ...forPeriod(() => ({ format: 'CSV', kind: 'KINERJA_PERIODIK' }), 'arg'), lifecycleOnId: true },
  pushToSiasn: forPeriod(() => ({ kind: 'KINERJA_PERIODIK' })),
  recordSiasnIds: { kind: 'Evaluation', vars: (id) => input({ kind: 'KINERJA_PERIODIK', entries: [{ sourceId: id, siasnId: 'X-1' }] }) },
  siasnImportProgress: { kind: 'SiasnImportProgress', vars: (id) => ({ key: id }) },
  importSiasnUnits: agencyArg('input', () => ({ content: '[]', dryRun: true })),
  importSiasnEmployees: agencyArg('input', () => ({ content: '[]', dryRun: true })),
  pullSiasnUnits: agencyArg('input', () => ({ dryRun: true })),
  pullSiasnEmployees: agencyArg('input', () => ({ dryRun: true })),
};
