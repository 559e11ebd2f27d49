import type { Permission } from '../../api/src/access/policy.js';
import { Role } from '../../api/src/access/role.js';

/**
 * The authorization matrix: for every root query and mutation of the schema,
 * who may call it and what each of them reaches. test/authz/matrix.test.ts reads
 * the operations from the schema itself, so a new operation without an entry
 * fails, and runs every entry over HTTP.
 *
 * access: PUBLIC (anyone, no login) or the permission the operation names. The
 * roles that pass the role check are those api/src/access/policy.ts gives that
 * permission: the matrix test checks the schema declares the same permission, and
 * that exactly those roles get through.
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
  /** PUBLIC, or the permission the operation names (api/src/access/policy.ts decides which roles hold it). */
  access: typeof PUBLIC | Permission;
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
  acknowledgeEvaluation: { kind: 'mutation', access: 'evaluations.write', scope: personal() },
  activateDisciplinaryCase: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  actOnRecommendation: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  addCoachingSession: {
    kind: 'mutation',
    access: 'discipline.write',
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  agencies: { kind: 'query', access: 'organization.read', scope: read() },
  agency: { kind: 'query', access: 'organization.read', scope: read() },
  analytics: {
    kind: 'query',
    access: 'analytics.read',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR], 'NOT_FOUND'),
  },
  applicableTemplate: { kind: 'query', access: 'configuration.read', scope: personal() },
  appraisalPeriod: { kind: 'query', access: 'configuration.read', scope: read() },
  appraisalPeriods: { kind: 'query', access: 'configuration.read', scope: read() },
  approvePlan: { kind: 'mutation', access: 'plans.write', scope: personal() },
  approveWorkReport: {
    kind: 'mutation',
    access: 'workReports.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  assignComplaint: { kind: 'mutation', access: 'complaints.handle', scope: write() },
  auditEntries: { kind: 'query', access: 'audit.read', scope: scoped([SUPER_ADMIN, AGENCY_ADMIN], 'NOT_FOUND') },
  auditEntry: { kind: 'query', access: 'audit.read', scope: scoped([SUPER_ADMIN, AGENCY_ADMIN], 'NOT_FOUND') },
  behaviourValue: { kind: 'query', access: 'configuration.read', scope: read() },
  behaviourValues: { kind: 'query', access: 'configuration.read', scope: read() },
  cancelEnrollment: { kind: 'mutation', access: 'training.write', scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND' }) },
  changePassword: { kind: 'mutation', access: 'account.use', scope: NONE },
  changeTrainingSessionStatus: {
    kind: 'mutation',
    access: 'training.manage',
    scope: write('NOT_FOUND'),
  },
  closeCoachingPlan: {
    kind: 'mutation',
    access: 'discipline.write',
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  closeComplaint: { kind: 'mutation', access: 'complaints.handle', scope: write() },
  closePeriod: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  closeSurvey: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  coachingPlans: { kind: 'query', access: 'discipline.read', scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  commentOnWorkReport: { kind: 'mutation', access: 'workReports.write', scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND' }) },
  communitySettings: { kind: 'query', access: 'configuration.read', scope: read() },
  complaint: { kind: 'query', access: 'complaints.read', scope: read() },
  complaints: { kind: 'query', access: 'complaints.read', scope: read() },
  complaintStatus: { kind: 'query', access: PUBLIC, scope: PUBLIC },
  errorReasons: { kind: 'query', access: PUBLIC, scope: PUBLIC },
  allowancePreview: { kind: 'query', access: 'allowance.readAgency', scope: scoped(STAFF, 'NOT_FOUND') },
  completeDisciplinaryCase: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  confirmEvaluation: { kind: 'mutation', access: 'evaluations.write', scope: personal() },
  confirmEvaluations: { kind: 'mutation', access: 'evaluations.write', scope: read() },
  createAgency: { kind: 'mutation', access: 'agencies.create', scope: NONE },
  createAppraisalPeriod: { kind: 'mutation', access: 'configuration.manage', scope: write('NOT_FOUND') },
  createBehaviourValue: { kind: 'mutation', access: 'configuration.manage', scope: write('NOT_FOUND') },
  createCoachingPlan: {
    kind: 'mutation',
    access: 'discipline.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  createCriteriaTemplate: { kind: 'mutation', access: 'configuration.manage', scope: write('NOT_FOUND') },
  createEmployee: { kind: 'mutation', access: 'employees.manage', scope: write() },
  createFollowUpRule: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  createIndicator: { kind: 'mutation', access: 'configuration.manage', scope: write('NOT_FOUND') },
  createOrgUnit: { kind: 'mutation', access: 'organization.manage', scope: write() },
  createPosition: { kind: 'mutation', access: 'organization.manage', scope: write() },
  createPublicService: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  createRewardType: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  createScoringScheme: { kind: 'mutation', access: 'configuration.manage', scope: write('NOT_FOUND') },
  createSurvey: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  createTrainingProgram: { kind: 'mutation', access: 'training.manage', scope: write('NOT_FOUND') },
  createTrainingSession: { kind: 'mutation', access: 'training.manage', scope: write() },
  createUser: { kind: 'mutation', access: 'users.manage', scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]) },
  criteriaTemplate: { kind: 'query', access: 'configuration.read', scope: read() },
  criteriaTemplates: { kind: 'query', access: 'configuration.read', scope: read() },
  decideDisciplinaryCase: { kind: 'mutation', access: 'discipline.write', scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  decideObjection: { kind: 'mutation', access: 'evaluations.write', scope: personal() },
  decideSanctionAppeal: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  deleteAgency: { kind: 'mutation', access: 'agencies.create', scope: write('FORBIDDEN', [SUPER_ADMIN]) },
  deleteAppraisalPeriod: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  deleteBehaviourValue: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  deleteCriteriaTemplate: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  deleteIndicator: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  deleteOrgUnit: { kind: 'mutation', access: 'organization.manage', scope: write() },
  deletePosition: { kind: 'mutation', access: 'organization.manage', scope: write() },
  deleteRealization: {
    kind: 'mutation',
    access: 'plans.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  deleteWorkReport: {
    kind: 'mutation',
    access: 'workReports.write',
    scope: personal({
      [SUPER_ADMIN]: 'FORBIDDEN FORBIDDEN',
      [AGENCY_ADMIN]: 'FORBIDDEN NOT_FOUND',
      [HR_OFFICER]: 'FORBIDDEN NOT_FOUND',
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND',
    }),
  },
  disciplinaryCase: { kind: 'query', access: 'discipline.read', scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  disciplinaryCases: { kind: 'query', access: 'discipline.read', scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  disciplineAuthorities: { kind: 'query', access: 'discipline.read', scope: read() },
  dismissRecommendation: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  distributionPatterns: { kind: 'query', access: 'results.read', scope: read() },
  effectiveBehaviourValues: { kind: 'query', access: 'configuration.read', scope: read() },
  employee: { kind: 'query', access: 'employees.read', scope: personal() },
  employees: { kind: 'query', access: 'employees.read', scope: personal() },
  enrollInTraining: { kind: 'mutation', access: 'training.write', scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND' }) },
  enrollments: { kind: 'query', access: 'training.read', scope: personal() },
  evaluation: { kind: 'query', access: 'evaluations.read', scope: personal() },
  examineDisciplinaryCase: { kind: 'mutation', access: 'discipline.write', scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  fileSanctionAppeal: {
    kind: 'mutation',
    access: 'discipline.write',
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  fileWorkReport: {
    kind: 'mutation',
    access: 'workReports.write',
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
    access: 'followUps.read',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  followUpRecommendations: {
    kind: 'query',
    access: 'followUps.read',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  followUpRules: {
    kind: 'query',
    access: 'followUps.read',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  generatePlans: { kind: 'mutation', access: 'plans.manageAgency', scope: write() },
  generateSubPeriods: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  giveFeedback: {
    kind: 'mutation',
    access: 'plans.write',
    scope: personal({
      [SUPER_ADMIN]: 'FORBIDDEN FORBIDDEN',
      [AGENCY_ADMIN]: 'FORBIDDEN NOT_FOUND',
      [HR_OFFICER]: 'FORBIDDEN NOT_FOUND',
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND',
    }),
  },
  grantReward: { kind: 'mutation', access: 'discipline.manage', scope: write('NOT_FOUND') },
  ikm: { kind: 'query', access: 'configuration.read', scope: read() },
  importEmployees: { kind: 'mutation', access: 'employees.manage', scope: write('NOT_FOUND') },
  importOrgUnits: { kind: 'mutation', access: 'organization.manage', scope: write('NOT_FOUND') },
  importPositions: { kind: 'mutation', access: 'organization.manage', scope: write('NOT_FOUND') },
  indicator: { kind: 'query', access: 'configuration.read', scope: read() },
  indicators: { kind: 'query', access: 'configuration.read', scope: read() },
  login: { kind: 'mutation', access: PUBLIC, scope: PUBLIC },
  me: { kind: 'query', access: 'account.use', scope: NONE },
  moveOrgUnit: { kind: 'mutation', access: 'organization.manage', scope: write() },
  node: { kind: 'query', access: 'node.read', scope: personal() },
  objectToEvaluation: { kind: 'mutation', access: 'evaluations.write', scope: personal() },
  openSurvey: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  orgUnit: { kind: 'query', access: 'organization.read', scope: read() },
  orgUnits: { kind: 'query', access: 'organization.read', scope: read() },
  performancePlan: { kind: 'query', access: 'plans.read', scope: personal() },
  performancePlans: { kind: 'query', access: 'plans.read', scope: personal() },
  position: { kind: 'query', access: 'organization.read', scope: read() },
  positions: { kind: 'query', access: 'organization.read', scope: read() },
  // The analytics rule (issue 20): employees are refused at the role check.
  predicateDistribution: {
    kind: 'query',
    access: 'analytics.read',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR], 'NOT_FOUND'),
  },
  previewScore: { kind: 'query', access: 'configuration.read', scope: scoped(ALL, 'BAD_REFERENCE') },
  proposeDisciplinaryCase: {
    kind: 'mutation',
    access: 'discipline.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  publicService: { kind: 'query', access: 'configuration.read', scope: read() },
  publicServices: { kind: 'query', access: 'configuration.read', scope: read() },
  publishedResults: { kind: 'query', access: PUBLIC, scope: PUBLIC },
  publishResults: { kind: 'mutation', access: 'results.manage', scope: write('NOT_FOUND') },
  recommendedTrainings: { kind: 'query', access: 'training.read', scope: personal() },
  recordRealization: {
    kind: 'mutation',
    access: 'plans.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  recordTrainingResult: { kind: 'mutation', access: 'training.manage', scope: write('NOT_FOUND') },
  refreshRealizations: { kind: 'mutation', access: 'complaints.handle', scope: write('NOT_FOUND') },
  rejectComplaint: { kind: 'mutation', access: 'complaints.handle', scope: write() },
  reopenPeriod: { kind: 'mutation', access: 'periods.reopen', scope: write('FORBIDDEN', [SUPER_ADMIN]) },
  resolveComplaint: {
    kind: 'mutation',
    access: 'complaints.write',
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  respondToComplaint: {
    kind: 'mutation',
    access: 'complaints.write',
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  returnPlan: { kind: 'mutation', access: 'plans.write', scope: personal() },
  returnWorkReport: {
    kind: 'mutation',
    access: 'workReports.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  reviewEvaluation: { kind: 'mutation', access: 'evaluations.write', scope: personal() },
  reward: { kind: 'query', access: 'discipline.read', scope: personal() },
  rewards: { kind: 'query', access: 'discipline.read', scope: personal() },
  rewardTypes: { kind: 'query', access: 'discipline.read', scope: read() },
  sanctionTypes: { kind: 'query', access: 'discipline.read', scope: NONE },
  saveEvaluation: { kind: 'mutation', access: 'evaluations.write', scope: personal() },
  scoringScheme: { kind: 'query', access: 'configuration.read', scope: read() },
  scoringSchemes: { kind: 'query', access: 'configuration.read', scope: read() },
  serviceDirectory: { kind: 'query', access: PUBLIC, scope: PUBLIC },
  setCommunitySettings: { kind: 'mutation', access: 'configuration.manage', scope: write('NOT_FOUND') },
  setDisciplineAuthority: {
    kind: 'mutation',
    access: 'discipline.setAuthorities',
    scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]),
  },
  setDistributionPattern: { kind: 'mutation', access: 'results.manage', scope: write('NOT_FOUND') },
  setPlanTargets: { kind: 'mutation', access: 'plans.write', scope: personal() },
  setUnitAchievement: { kind: 'mutation', access: 'results.manage', scope: write('NOT_FOUND') },
  setUserPassword: {
    kind: 'mutation',
    access: 'users.manage',
    scope: write('FORBIDDEN', [SUPER_ADMIN, AGENCY_ADMIN]),
  },
  startComplaint: {
    kind: 'mutation',
    access: 'complaints.write',
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND',
      [EMPLOYEE]: 'FORBIDDEN NOT_FOUND',
    }),
  },
  startEvaluation: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  startMonitoring: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  startPlanning: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  submitComplaint: { kind: 'mutation', access: PUBLIC, scope: PUBLIC },
  submitPlan: { kind: 'mutation', access: 'plans.write', scope: personal() },
  submitSurveyResponse: { kind: 'mutation', access: PUBLIC, scope: PUBLIC },
  survey: { kind: 'query', access: 'configuration.read', scope: read() },
  surveyForm: { kind: 'query', access: PUBLIC, scope: PUBLIC },
  surveyResponses: {
    kind: 'query',
    access: 'community.readAgency',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  surveys: { kind: 'query', access: 'configuration.read', scope: read() },
  trainingCompliance: {
    kind: 'query',
    access: 'employees.readAgency',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR], 'NOT_FOUND'),
  },
  trainingHours: { kind: 'query', access: 'training.read', scope: personal() },
  trainingProgram: { kind: 'query', access: 'training.read', scope: read() },
  trainingPrograms: { kind: 'query', access: 'training.read', scope: read() },
  trainingSession: { kind: 'query', access: 'training.read', scope: read() },
  trainingSessions: { kind: 'query', access: 'training.read', scope: read() },
  updateAgency: { kind: 'mutation', access: 'agencies.update', scope: write('FORBIDDEN', [SUPER_ADMIN, AGENCY_ADMIN]) },
  updateAppraisalPeriod: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  updateBehaviourValue: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  updateCriteriaTemplate: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  updateEmployee: { kind: 'mutation', access: 'employees.manage', scope: write() },
  updateFollowUpRule: { kind: 'mutation', access: 'discipline.manage', scope: write() },
  updateIndicator: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  updateOrgUnit: { kind: 'mutation', access: 'organization.manage', scope: write() },
  updatePosition: { kind: 'mutation', access: 'organization.manage', scope: write() },
  updatePublicService: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  updateScoringScheme: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  updateSurvey: { kind: 'mutation', access: 'configuration.manage', scope: write() },
  updateTrainingProgram: { kind: 'mutation', access: 'training.manage', scope: write() },
  updateTrainingSession: { kind: 'mutation', access: 'training.manage', scope: write('NOT_FOUND') },
  updateUser: { kind: 'mutation', access: 'users.manage', scope: write('FORBIDDEN', [SUPER_ADMIN, AGENCY_ADMIN]) },
  updateWorkReport: {
    kind: 'mutation',
    access: 'workReports.write',
    scope: personal({
      [SUPER_ADMIN]: 'FORBIDDEN FORBIDDEN',
      [AGENCY_ADMIN]: 'FORBIDDEN NOT_FOUND',
      [HR_OFFICER]: 'FORBIDDEN NOT_FOUND',
      [EVALUATOR]: 'FORBIDDEN NOT_FOUND',
      [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND',
    }),
  },
  user: { kind: 'query', access: 'users.manage', scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]) },
  users: { kind: 'query', access: 'users.manage', scope: write('NOT_FOUND', [SUPER_ADMIN, AGENCY_ADMIN]) },
  verifyComplaint: { kind: 'mutation', access: 'complaints.handle', scope: write() },
  workReport: { kind: 'query', access: 'workReports.read', scope: personal() },
  workReportQueue: {
    kind: 'query',
    access: 'workReports.read',
    scope: personal({
      [SUPER_ADMIN]: 'NOT_FOUND NOT_FOUND',
      [AGENCY_ADMIN]: 'NOT_FOUND NOT_FOUND',
      [HR_OFFICER]: 'NOT_FOUND NOT_FOUND',
      [EVALUATOR]: 'NOT_FOUND NOT_FOUND',
      [EMPLOYEE]: 'NOT_FOUND NOT_FOUND NOT_FOUND',
    }),
  },
  workReports: { kind: 'query', access: 'workReports.read', scope: personal() },
  absenceDisciplineProposals: {
    kind: 'query',
    access: 'discipline.manage',
    scope: scoped(STAFF, 'NOT_FOUND'),
  },
  actOnAbsenceProposal: { kind: 'mutation', access: 'discipline.manage', scope: write() },
  approveAttendanceCorrection: {
    kind: 'mutation',
    access: 'attendance.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  attendanceCorrectionQueue: {
    kind: 'query',
    access: 'attendance.read',
    scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'NOT_FOUND NOT_FOUND NOT_FOUND' }),
  },
  attendanceCorrections: { kind: 'query', access: 'attendance.read', scope: personal() },
  attendanceRecord: { kind: 'query', access: 'attendance.read', scope: personal() },
  attendanceRecords: { kind: 'query', access: 'attendance.read', scope: personal() },
  attendanceSheet: { kind: 'query', access: 'attendance.read', scope: read() },
  createHoliday: {
    kind: 'mutation',
    access: 'configuration.manage',
    scope: write('NOT_FOUND'),
  },
  deleteHoliday: {
    kind: 'mutation',
    access: 'configuration.manage',
    scope: write('NOT_FOUND'),
  },
  deleteWorkCalendar: {
    kind: 'mutation',
    access: 'configuration.manage',
    scope: write('FORBIDDEN'),
  },
  dismissAbsenceProposal: { kind: 'mutation', access: 'discipline.manage', scope: write() },
  effectiveMinutes: { kind: 'query', access: 'workReports.read', scope: personal() },
  holiday: { kind: 'query', access: 'configuration.read', scope: read() },
  holidays: { kind: 'query', access: 'configuration.read', scope: read() },
  importAttendance: {
    kind: 'mutation',
    access: 'attendance.write',
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  importSiasnEmployees: { kind: 'mutation', access: 'siasn.manage', scope: write('NOT_FOUND') },
  importSiasnUnits: { kind: 'mutation', access: 'siasn.manage', scope: write('NOT_FOUND') },
  markUnexcusedAbsences: {
    kind: 'mutation',
    access: 'attendance.write',
    scope: write('FORBIDDEN', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN',
    }),
  },
  pullSiasnEmployees: { kind: 'mutation', access: 'siasn.manage', scope: write('NOT_FOUND') },
  pullSiasnUnits: { kind: 'mutation', access: 'siasn.manage', scope: write('NOT_FOUND') },
  pushToSiasn: { kind: 'mutation', access: 'siasn.manage', scope: write('NOT_FOUND') },
  recordAttendance: {
    kind: 'mutation',
    access: 'attendance.write',
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
    }),
  },
  recordSiasnIds: { kind: 'mutation', access: 'siasn.manage', scope: write() },
  rejectAttendanceCorrection: {
    kind: 'mutation',
    access: 'attendance.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [EMPLOYEE]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  requestAttendanceCorrection: {
    kind: 'mutation',
    access: 'attendance.write',
    scope: personal({ [EVALUATOR]: 'FORBIDDEN NOT_FOUND', [SUPERVISOR]: 'FORBIDDEN NOT_FOUND NOT_FOUND' }),
  },
  setAttendanceDeviceUser: {
    kind: 'mutation',
    access: 'attendance.write',
    scope: write('NOT_FOUND', ALL, {
      [EVALUATOR]: 'FORBIDDEN FORBIDDEN',
      [SUPERVISOR]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
      [EMPLOYEE]: 'FORBIDDEN FORBIDDEN FORBIDDEN',
    }),
  },
  setWorkCalendar: {
    kind: 'mutation',
    access: 'configuration.manage',
    scope: write('FORBIDDEN'),
  },
  siasnExport: { kind: 'query', access: 'siasn.manage', scope: write('NOT_FOUND') },
  siasnSyncStatus: { kind: 'query', access: 'siasn.manage', scope: NONE },
  updateHoliday: {
    kind: 'mutation',
    access: 'configuration.manage',
    scope: write('NOT_FOUND'),
  },
  workCalendars: { kind: 'query', access: 'configuration.read', scope: read() },
  workingDays: { kind: 'query', access: 'configuration.read', scope: read() },
  allowanceSchemes: { kind: 'query', access: 'allowance.read', scope: read() },
  allowanceScheme: { kind: 'query', access: 'allowance.read', scope: read() },
  allowanceSchemeAt: { kind: 'query', access: 'allowance.read', scope: read() },
  // The agency's sheets are HR's; everyone else reads their own rows through allowanceBreakdown.
  allowanceSheets: { kind: 'query', access: 'allowance.readAgency', scope: scoped(STAFF, 'NOT_FOUND') },
  allowanceSheet: {
    kind: 'query',
    access: 'allowance.read',
    scope: read({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND', [SUPERVISOR]: 'NOT_FOUND NOT_FOUND', [EMPLOYEE]: 'NOT_FOUND NOT_FOUND' }),
  },
  allowanceBreakdown: { kind: 'query', access: 'allowance.read', scope: personal({ [EVALUATOR]: 'NOT_FOUND NOT_FOUND' }) },
  createAllowanceScheme: {
    kind: 'mutation',
    access: 'allowance.manage',
    scope: write('NOT_FOUND'),
  },
  updateAllowanceScheme: {
    kind: 'mutation',
    access: 'allowance.manage',
    scope: write('FORBIDDEN'),
  },
  deleteAllowanceScheme: {
    kind: 'mutation',
    access: 'allowance.manage',
    scope: write('FORBIDDEN'),
  },
  computeAllowances: {
    kind: 'mutation',
    access: 'allowance.manage',
    scope: write('NOT_FOUND'),
  },
  verifyAllowanceSheet: {
    kind: 'mutation',
    access: 'allowance.verify',
    scope: scoped([SUPER_ADMIN, HR_OFFICER], 'NOT_FOUND'),
  },
  approveAllowanceSheet: {
    kind: 'mutation',
    access: 'allowance.approve',
    scope: scoped([SUPER_ADMIN, AGENCY_ADMIN], 'NOT_FOUND'),
  },
  lockAllowanceSheet: {
    kind: 'mutation',
    access: 'allowance.lock',
    scope: scoped(STAFF, 'NOT_FOUND'),
  },
  addAllowanceAdjustment: {
    kind: 'mutation',
    access: 'allowance.manage',
    scope: write('NOT_FOUND'),
  },
  // Progress is the importing account's own: even a platform administrator reads no one else's.
  siasnImportProgress: {
    kind: 'query',
    access: 'siasn.manage',
    scope: scoped(STAFF, 'NOT_FOUND', { overrides: { [SUPER_ADMIN]: 'OK NOT_FOUND' } }),
  },
  ceremonies: { kind: 'query', access: 'attendance.read', scope: read() },
  ceremony: { kind: 'query', access: 'attendance.read', scope: read() },
  ceremonyAttendances: { kind: 'query', access: 'attendance.read', scope: read() },
  createCeremony: { kind: 'mutation', access: 'attendance.write', scope: write('NOT_FOUND', ALL, NOT_HR) },
  deleteCeremony: { kind: 'mutation', access: 'attendance.write', scope: write('FORBIDDEN', ALL, NOT_HR) },
  importCeremonyAttendance: { kind: 'mutation', access: 'attendance.write', scope: write('FORBIDDEN', ALL, NOT_HR) },
  recordCeremonyAttendance: { kind: 'mutation', access: 'attendance.write', scope: write('FORBIDDEN', ALL, NOT_HR) },
  updateCeremony: { kind: 'mutation', access: 'attendance.write', scope: write('FORBIDDEN', ALL, NOT_HR) },
};

/**
 * Subscriptions, over WebSocket: the permission each names. Who receives which
 * event (only records within the subscriber's reach, and nothing once the
 * subscriber's token ends, a change of roles included) is proven over two API
 * processes by test/api/subscriptions.test.ts.
 */
export const SUBSCRIPTIONS: Record<string, { access: Permission }> = {
  feedbackReceived: { access: 'plans.read' },
  workReportFiled: { access: 'workReports.read' },
};
