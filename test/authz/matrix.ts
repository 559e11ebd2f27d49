import { Role } from '../../api/src/access/role.js';

/**
 * The authorization matrix: for every root query and mutation of the schema,
 * who may call it and what each of them reaches. test/authz/matrix.test.ts reads
 * the operations from the schema itself, so a new operation without an entry
 * fails, and runs every entry over HTTP.
 *
 * roles: PUBLIC (anyone, no login), ANY (any logged-in role; the data scope
 * decides what they reach) or the roles that pass the role check; TODO where
 * not written yet (listed as pending, not checked).
 *
 * scope: for each role that passes the role check, the outcome of a call on an
 * object in the actor's scope (agency A of the fixture world, test/authz/world.ts;
 * for personal records, those of Siti, the employee actor, whom the supervisor
 * actor appraises), on one out of it (the same object in agency B) and, for the
 * supervisor and the employee, on another person's of agency A (`peer`: the
 * supervisor's own superior in the parent unit; the employee's colleague).
 * Each call is built by test/authz/requests.ts. Outcomes:
 * - OK: the call got past the scope check. No error; or BAD_USER_INPUT / CONFLICT
 *   on anything but the object's own ID (a lifecycle step out of order, the stale
 *   `version` every step is sent with, a rule checked on the reached object).
 * - NOT_FOUND: NOT_FOUND (on the object or a record reached through it), a read
 *   answering null, or a list without the object.
 * - FORBIDDEN: FORBIDDEN from the operation (not the role check's).
 * - BAD_REFERENCE: BAD_USER_INPUT naming the very field that carries the ID: the
 *   reference is refused as input, without telling whether the record exists.
 * Anything else (INTERNAL_SERVER_ERROR, a NOT_FOUND on an argument the request
 * left unset) matches no outcome and fails.
 * Reads out of scope are NOT_FOUND; writes out of scope FORBIDDEN, or NOT_FOUND
 * where the service reads the record through the actor's read scope first.
 * An in-scope FORBIDDEN is a rule finer than the scope (only the author edits a
 * work report, only the appraiser gives feedback): the module's tests say why.
 *
 * Scope NONE: the operation touches no object of an agency (the actor's own
 * account, national catalogues, stateless computations); PUBLIC operations have
 * no scope either. TODO: not written yet (listed as pending, not checked).
 */

export const PUBLIC = 'PUBLIC';
export const ANY = 'ANY';
export const TODO = 'TODO';
export const NONE = 'NONE';

export type Outcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_REFERENCE';

export interface Cell {
  inScope: Outcome;
  outOfScope: Outcome;
  /** Another person of the actor's agency: only for the supervisor and the employee, on personal records. */
  peer?: Outcome;
}

export interface MatrixEntry {
  kind: 'query' | 'mutation';
  roles: typeof PUBLIC | typeof ANY | typeof TODO | readonly Role[];
  scope: typeof TODO | typeof NONE | typeof PUBLIC | Partial<Record<Role, Cell>>;
}

const { SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR, EMPLOYEE } = Role;
const ALL = [SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR, EMPLOYEE] as const;
const STAFF = [SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER] as const;

/** `'OK NOT_FOUND'` or `'OK NOT_FOUND NOT_FOUND'`: in scope, out of scope, peer. */
const cell = (text: string): Cell => {
  const [inScope, outOfScope, peer] = text.split(' ') as Outcome[];
  return peer ? { inScope: inScope!, outOfScope: outOfScope!, peer } : { inScope: inScope!, outOfScope: outOfScope! };
};

/**
 * The usual shape: platform administrators reach both agencies, everyone else
 * reaches A (`OK`) and gets `out` on B; with `peer`, the supervisor and the
 * employee also get it on another person's record. `overrides` replace a role's cell.
 */
function scoped(
  roles: readonly Role[],
  out: Outcome,
  options: { peer?: Outcome; overrides?: Partial<Record<Role, string>> } = {},
): Partial<Record<Role, Cell>> {
  return Object.fromEntries(
    roles.map((role) => {
      const override = options.overrides?.[role];
      if (override) return [role, cell(override)];
      if (role === SUPER_ADMIN) return [role, cell('OK OK')];
      const peer = options.peer && (role === SUPERVISOR || role === EMPLOYEE) ? ` ${options.peer}` : '';
      return [role, cell(`OK ${out}${peer}`)];
    }),
  );
}
/** Agency-wide records read by everyone of the agency. */
const read = (overrides: Partial<Record<Role, string>> = {}) => scoped(ALL, 'NOT_FOUND', { overrides });
/** Personal records: also out of reach of the employee's colleague and of the supervisor's own superior. */
const personal = (overrides: Partial<Record<Role, string>> = {}) => scoped(ALL, 'NOT_FOUND', { peer: 'NOT_FOUND', overrides });
/** Roles that pass the role check of an HR operation but are refused by it, wherever the object is. */
const NOT_HR = { [EVALUATOR]: 'FORBIDDEN FORBIDDEN', [SUPERVISOR]: 'FORBIDDEN FORBIDDEN', [EMPLOYEE]: 'FORBIDDEN FORBIDDEN' };
/** Writes on agency records by HR and administrators. */
const write = (out: Outcome = 'FORBIDDEN', roles: readonly Role[] = STAFF, overrides: Partial<Record<Role, string>> = {}) =>
  scoped(roles, out, { overrides });

export const MATRIX: Record<string, MatrixEntry> = {
  acknowledgeEvaluation: { kind: 'mutation', roles: ANY, scope: personal() },
  activateDisciplinaryCase: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  actOnRecommendation: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  addCoachingSession: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  agencies: { kind: 'query', roles: ANY, scope: read() },
  agency: { kind: 'query', roles: ANY, scope: read() },
  analytics: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR, Role.SUPERVISOR],
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR], 'NOT_FOUND'),
  },
  applicableTemplate: { kind: 'query', roles: ANY, scope: personal() },
  appraisalPeriod: { kind: 'query', roles: ANY, scope: read() },
  appraisalPeriods: { kind: 'query', roles: ANY, scope: read() },
  approvePlan: { kind: 'mutation', roles: ANY, scope: personal() },
  approveWorkReport: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  assignComplaint: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  auditEntries: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN], scope: scoped([SUPER_ADMIN, AGENCY_ADMIN], 'NOT_FOUND') },
  auditEntry: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN], scope: scoped([SUPER_ADMIN, AGENCY_ADMIN], 'NOT_FOUND') },
  behaviourValue: { kind: 'query', roles: ANY, scope: read() },
  behaviourValues: { kind: 'query', roles: ANY, scope: read() },
  cancelEnrollment: { kind: 'mutation', roles: ANY, scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND' }) },
  changePassword: { kind: 'mutation', roles: ANY, scope: NONE },
  changeTrainingSessionStatus: {
    kind: 'mutation',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER],
    scope: write('NOT_FOUND'),
  },
  closeCoachingPlan: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  closeComplaint: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  closePeriod: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  closeSurvey: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  coachingPlans: { kind: 'query', roles: ANY, scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  commentOnWorkReport: { kind: 'mutation', roles: ANY, scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND' }) },
  communitySettings: { kind: 'query', roles: ANY, scope: read() },
  complaint: { kind: 'query', roles: ANY, scope: read() },
  complaints: { kind: 'query', roles: ANY, scope: read() },
  complaintStatus: { kind: 'query', roles: PUBLIC, scope: PUBLIC },
  errorReasons: { kind: 'query', roles: PUBLIC, scope: PUBLIC },
  allowancePreview: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: scoped(STAFF, 'NOT_FOUND') },
  completeDisciplinaryCase: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  confirmEvaluation: { kind: 'mutation', roles: ANY, scope: personal() },
  confirmEvaluations: { kind: 'mutation', roles: ANY, scope: read() },
  createAgency: { kind: 'mutation', roles: [Role.SUPER_ADMIN], scope: NONE },
  createAppraisalPeriod: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createBehaviourValue: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createCoachingPlan: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  createCriteriaTemplate: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createEmployee: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  createFollowUpRule: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createIndicator: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createOrgUnit: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  createPosition: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  createPublicService: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  createRewardType: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createScoringScheme: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createSurvey: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  createTrainingProgram: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  createTrainingSession: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  createUser: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN], scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]) },
  criteriaTemplate: { kind: 'query', roles: ANY, scope: read() },
  criteriaTemplates: { kind: 'query', roles: ANY, scope: read() },
  decideDisciplinaryCase: { kind: 'mutation', roles: ANY, scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  decideObjection: { kind: 'mutation', roles: ANY, scope: personal() },
  decideSanctionAppeal: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  deleteAgency: { kind: 'mutation', roles: [Role.SUPER_ADMIN], scope: write('FORBIDDEN', [SUPER_ADMIN]) },
  deleteAppraisalPeriod: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  deleteBehaviourValue: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  deleteCriteriaTemplate: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  deleteIndicator: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  deleteOrgUnit: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  deletePosition: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  deleteRealization: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  deleteWorkReport: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({
      [SUPER_ADMIN]: 'FORBIDDEN FORBIDDEN',
      [AGENCY_ADMIN]: 'FORBIDDEN NOT_FOUND',
      [HR_OFFICER]: 'FORBIDDEN NOT_FOUND',
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND',
    }),
  },
  disciplinaryCase: { kind: 'query', roles: ANY, scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  disciplinaryCases: { kind: 'query', roles: ANY, scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  disciplineAuthorities: { kind: 'query', roles: ANY, scope: read() },
  dismissRecommendation: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  distributionPatterns: { kind: 'query', roles: ANY, scope: read() },
  effectiveBehaviourValues: { kind: 'query', roles: ANY, scope: read() },
  employee: { kind: 'query', roles: ANY, scope: personal() },
  employees: { kind: 'query', roles: ANY, scope: personal() },
  enrollInTraining: { kind: 'mutation', roles: ANY, scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND' }) },
  enrollments: { kind: 'query', roles: ANY, scope: personal() },
  evaluation: { kind: 'query', roles: ANY, scope: personal() },
  examineDisciplinaryCase: { kind: 'mutation', roles: ANY, scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  fileSanctionAppeal: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  fileWorkReport: {
    kind: 'mutation',
    roles: ANY,
    scope: scoped(ALL, 'FORBIDDEN', {
      overrides: {
        [SUPER_ADMIN]: 'FORBIDDEN FORBIDDEN',
        [AGENCY_ADMIN]: 'FORBIDDEN FORBIDDEN',
        [HR_OFFICER]: 'FORBIDDEN FORBIDDEN',
        [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
        [SUPERVISOR]: 'BAD_REFERENCE BAD_REFERENCE BAD_REFERENCE',
        [EMPLOYEE]: 'OK BAD_REFERENCE BAD_REFERENCE',
      },
    }),
  },
  followUpDecisions: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR],
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  followUpRecommendations: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR],
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  followUpRules: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR],
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  generatePlans: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  generateSubPeriods: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  giveFeedback: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({
      [SUPER_ADMIN]: 'FORBIDDEN FORBIDDEN',
      [AGENCY_ADMIN]: 'FORBIDDEN NOT_FOUND',
      [HR_OFFICER]: 'FORBIDDEN NOT_FOUND',
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND',
    }),
  },
  grantReward: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  ikm: { kind: 'query', roles: ANY, scope: read() },
  importEmployees: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  importOrgUnits: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  importPositions: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  indicator: { kind: 'query', roles: ANY, scope: read() },
  indicators: { kind: 'query', roles: ANY, scope: read() },
  login: { kind: 'mutation', roles: PUBLIC, scope: PUBLIC },
  me: { kind: 'query', roles: ANY, scope: NONE },
  moveOrgUnit: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  node: { kind: 'query', roles: ANY, scope: personal() },
  objectToEvaluation: { kind: 'mutation', roles: ANY, scope: personal() },
  openSurvey: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  orgUnit: { kind: 'query', roles: ANY, scope: read() },
  orgUnits: { kind: 'query', roles: ANY, scope: read() },
  performancePlan: { kind: 'query', roles: ANY, scope: personal() },
  performancePlans: { kind: 'query', roles: ANY, scope: personal() },
  position: { kind: 'query', roles: ANY, scope: read() },
  positions: { kind: 'query', roles: ANY, scope: read() },
  predicateDistribution: { kind: 'query', roles: ANY, scope: read() },
  previewScore: { kind: 'query', roles: ANY, scope: scoped(ALL, 'BAD_REFERENCE') },
  proposeDisciplinaryCase: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  publicService: { kind: 'query', roles: ANY, scope: read() },
  publicServices: { kind: 'query', roles: ANY, scope: read() },
  publishedResults: { kind: 'query', roles: PUBLIC, scope: PUBLIC },
  publishResults: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  recommendedTrainings: { kind: 'query', roles: ANY, scope: personal() },
  recordRealization: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  recordTrainingResult: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  refreshRealizations: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  rejectComplaint: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  reopenPeriod: { kind: 'mutation', roles: [Role.SUPER_ADMIN], scope: write('FORBIDDEN', [SUPER_ADMIN]) },
  resolveComplaint: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  respondToComplaint: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  returnPlan: { kind: 'mutation', roles: ANY, scope: personal() },
  returnWorkReport: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  reviewEvaluation: { kind: 'mutation', roles: ANY, scope: personal() },
  reward: { kind: 'query', roles: ANY, scope: personal() },
  rewards: { kind: 'query', roles: ANY, scope: personal() },
  rewardTypes: { kind: 'query', roles: ANY, scope: read() },
  sanctionTypes: { kind: 'query', roles: ANY, scope: NONE },
  saveEvaluation: { kind: 'mutation', roles: ANY, scope: personal() },
  scoringScheme: { kind: 'query', roles: ANY, scope: read() },
  scoringSchemes: { kind: 'query', roles: ANY, scope: read() },
  serviceDirectory: { kind: 'query', roles: PUBLIC, scope: PUBLIC },
  setCommunitySettings: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  setDisciplineAuthority: {
    kind: 'mutation',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN],
    scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]),
  },
  setDistributionPattern: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  setPlanTargets: { kind: 'mutation', roles: ANY, scope: personal() },
  setUnitAchievement: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  setUserPassword: {
    kind: 'mutation',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN],
    scope: write('FORBIDDEN', [SUPER_ADMIN, AGENCY_ADMIN]),
  },
  startComplaint: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  startEvaluation: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  startMonitoring: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  startPlanning: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  submitComplaint: { kind: 'mutation', roles: PUBLIC, scope: PUBLIC },
  submitPlan: { kind: 'mutation', roles: ANY, scope: personal() },
  submitSurveyResponse: { kind: 'mutation', roles: PUBLIC, scope: PUBLIC },
  survey: { kind: 'query', roles: ANY, scope: read() },
  surveyForm: { kind: 'query', roles: PUBLIC, scope: PUBLIC },
  surveyResponses: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR],
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  surveys: { kind: 'query', roles: ANY, scope: read() },
  trainingCompliance: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR],
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  trainingHours: { kind: 'query', roles: ANY, scope: personal() },
  trainingProgram: { kind: 'query', roles: ANY, scope: read() },
  trainingPrograms: { kind: 'query', roles: ANY, scope: read() },
  trainingSession: { kind: 'query', roles: ANY, scope: read() },
  trainingSessions: { kind: 'query', roles: ANY, scope: read() },
  updateAgency: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN], scope: write('FORBIDDEN', [SUPER_ADMIN, AGENCY_ADMIN]) },
  updateAppraisalPeriod: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateBehaviourValue: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateCriteriaTemplate: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateEmployee: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateFollowUpRule: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateIndicator: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateOrgUnit: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updatePosition: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updatePublicService: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateScoringScheme: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateSurvey: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateTrainingProgram: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  updateTrainingSession: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  updateUser: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN], scope: write('FORBIDDEN', [SUPER_ADMIN, AGENCY_ADMIN]) },
  updateWorkReport: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({
      [SUPER_ADMIN]: 'FORBIDDEN FORBIDDEN',
      [AGENCY_ADMIN]: 'FORBIDDEN NOT_FOUND',
      [HR_OFFICER]: 'FORBIDDEN NOT_FOUND',
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND',
    }),
  },
  user: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN], scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]) },
  users: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN], scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]) },
  verifyComplaint: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  workReport: { kind: 'query', roles: ANY, scope: personal() },
  workReportQueue: {
    kind: 'query',
    roles: ANY,
    scope: personal({
      [SUPER_ADMIN]: 'NOT_FOUND NOT_FOUND',
      [AGENCY_ADMIN]: 'NOT_FOUND NOT_FOUND',
      [HR_OFFICER]: 'NOT_FOUND NOT_FOUND',
      [EVALUATOR]: 'NOT_FOUND NOT_FOUND',
      [EMPLOYEE]: 'NOT_FOUND NOT_FOUND NOT_FOUND',
    }),
  },
  workReports: { kind: 'query', roles: ANY, scope: personal() },
  absenceDisciplineProposals: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER],
    scope: scoped(STAFF, 'NOT_FOUND'),
  },
  actOnAbsenceProposal: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  approveAttendanceCorrection: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  attendanceCorrectionQueue: {
    kind: 'query',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'NOT_FOUND NOT_FOUND NOT_FOUND' }),
  },
  attendanceCorrections: { kind: 'query', roles: ANY, scope: personal() },
  attendanceRecord: { kind: 'query', roles: ANY, scope: personal() },
  attendanceRecords: { kind: 'query', roles: ANY, scope: personal() },
  attendanceSheet: { kind: 'query', roles: ANY, scope: read() },
  createHoliday: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  deleteHoliday: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  deleteWorkCalendar: {
    kind: 'mutation',
    roles: ANY,
    scope: write('FORBIDDEN', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  dismissAbsenceProposal: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  effectiveMinutes: { kind: 'query', roles: ANY, scope: personal() },
  holiday: { kind: 'query', roles: ANY, scope: read() },
  holidays: { kind: 'query', roles: ANY, scope: read() },
  importAttendance: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  importSiasnEmployees: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  importSiasnUnits: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  markUnexcusedAbsences: {
    kind: 'mutation',
    roles: ANY,
    scope: write('FORBIDDEN', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  pullSiasnEmployees: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  pullSiasnUnits: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  pushToSiasn: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  recordAttendance: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
    }),
  },
  recordSiasnIds: { kind: 'mutation', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write() },
  rejectAttendanceCorrection: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  requestAttendanceCorrection: {
    kind: 'mutation',
    roles: ANY,
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  setAttendanceDeviceUser: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
    }),
  },
  setWorkCalendar: {
    kind: 'mutation',
    roles: ANY,
    scope: write('FORBIDDEN', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  siasnExport: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: write('NOT_FOUND') },
  siasnSyncStatus: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: NONE },
  updateHoliday: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  workCalendars: { kind: 'query', roles: ANY, scope: read() },
  workingDays: { kind: 'query', roles: ANY, scope: read() },
  allowanceSchemes: { kind: 'query', roles: ANY, scope: read() },
  allowanceScheme: { kind: 'query', roles: ANY, scope: read() },
  allowanceSchemeAt: { kind: 'query', roles: ANY, scope: read() },
  // The agency's sheets are HR's; everyone else reads their own rows through allowanceBreakdown.
  allowanceSheets: { kind: 'query', roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER], scope: scoped(STAFF, 'NOT_FOUND') },
  allowanceSheet: {
    kind: 'query',
    roles: ANY,
    scope: read({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [SUPERVISOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'NOT_FOUND NOT_FOUND' }),
  },
  allowanceBreakdown: { kind: 'query', roles: ANY, scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  createAllowanceScheme: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  updateAllowanceScheme: {
    kind: 'mutation',
    roles: ANY,
    scope: write('FORBIDDEN', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  deleteAllowanceScheme: {
    kind: 'mutation',
    roles: ANY,
    scope: write('FORBIDDEN', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  computeAllowances: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  verifyAllowanceSheet: {
    kind: 'mutation',
    roles: ANY,
    scope: scoped(ALL, 'NOT_FOUND', {
      overrides: {
        [AGENCY_ADMIN]: 'FORBIDDEN NOT_FOUND',
        [HR_OFFICER]: 'OK NOT_FOUND',
        [EVALUATOR]: 'NOT_FOUND NOT_FOUND',
        [SUPERVISOR]: 'NOT_FOUND NOT_FOUND',
        [EMPLOYEE]: 'NOT_FOUND NOT_FOUND',
      },
    }),
  },
  approveAllowanceSheet: {
    kind: 'mutation',
    roles: ANY,
    scope: scoped(ALL, 'NOT_FOUND', {
      overrides: {
        [AGENCY_ADMIN]: 'OK NOT_FOUND',
        [HR_OFFICER]: 'FORBIDDEN NOT_FOUND',
        [EVALUATOR]: 'NOT_FOUND NOT_FOUND',
        [SUPERVISOR]: 'NOT_FOUND NOT_FOUND',
        [EMPLOYEE]: 'NOT_FOUND NOT_FOUND',
      },
    }),
  },
  lockAllowanceSheet: {
    kind: 'mutation',
    roles: ANY,
    scope: scoped(ALL, 'NOT_FOUND', {
      overrides: {
        [AGENCY_ADMIN]: 'OK NOT_FOUND',
        [HR_OFFICER]: 'OK NOT_FOUND',
        [EVALUATOR]: 'NOT_FOUND NOT_FOUND',
        [SUPERVISOR]: 'NOT_FOUND NOT_FOUND',
        [EMPLOYEE]: 'NOT_FOUND NOT_FOUND',
      },
    }),
  },
  addAllowanceAdjustment: {
    kind: 'mutation',
    roles: ANY,
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  // Progress is the importing account's own: even a platform administrator reads no one else's.
  siasnImportProgress: {
    kind: 'query',
    roles: [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER],
    scope: scoped(STAFF, 'NOT_FOUND', { overrides: { [SUPER_ADMIN]: 'OK NOT_FOUND' } }),
  },
  ceremonies: { kind: 'query', roles: ANY, scope: read() },
  ceremony: { kind: 'query', roles: ANY, scope: read() },
  ceremonyAttendances: { kind: 'query', roles: ANY, scope: read() },
  createCeremony: { kind: 'mutation', roles: ANY, scope: write('NOT_FOUND', ALL, NOT_HR) },
  deleteCeremony: { kind: 'mutation', roles: ANY, scope: write('FORBIDDEN', ALL, NOT_HR) },
  importCeremonyAttendance: { kind: 'mutation', roles: ANY, scope: write('FORBIDDEN', ALL, NOT_HR) },
  recordCeremonyAttendance: { kind: 'mutation', roles: ANY, scope: write('FORBIDDEN', ALL, NOT_HR) },
  updateCeremony: { kind: 'mutation', roles: ANY, scope: write('FORBIDDEN', ALL, NOT_HR) },
};
