import type { SensitiveRecord } from '../../api/src/access/sensitive.js';
import { Role } from '../../api/src/access/role.js';

/**
 * The sensitive nested fields of the authorization matrix: every field marked
 * `@Sensitive` (api/src/access/sensitive.ts) with the record whose rule it follows.
 * test/authz/sensitive.test.ts reads the marked fields from the schema's
 * extensions, so a new one without an entry here fails, and checks each record's
 * rule per role over HTTP: on the actor's own record, a subordinate's, a
 * superior's (or a peer's) and another agency's.
 */
export const SENSITIVE_FIELDS: Record<string, SensitiveRecord> = {
  'Employee.latestPredicate': 'evaluations',
  'Employee.activeSanctions': 'discipline',
  'Employee.bankAccount': 'bankAccount',
  'PerformancePlan.evaluation': 'evaluations',
  'CoachingPlan.evaluation': 'evaluations',
  'Enrollment.score': 'training',
  'Complaint.contact': 'complaintContact',
};

/**
 * Fields whose name looks sensitive but that are not a person's record, each
 * with the reason; anything else named so must be marked. Types are listed whole
 * when every field is an aggregate or configuration.
 */
export const NOT_PERSONAL: Record<string, string> = {
  // Aggregates: the analytics rule and the small-group suppression of results/distribution.ts.
  DisciplinePanel: 'dashboard aggregate (analytics rule)',
  UnitDiscipline: 'dashboard aggregate (analytics rule)',
  UnitRankingPanel: 'dashboard aggregate, small units left out below HR',
  UnitScore: 'dashboard aggregate, small units left out below HR',
  TrendPoint: 'dashboard aggregate (analytics rule)',
  Analytics: 'dashboard (analytics rule)',
  PeriodCycleProgress: 'counts of work not done (analytics rule)',
  UnitCycleProgress: 'counts of work not done (analytics rule)',
  PredicateShare: 'counts of a distribution, suppressed for small groups below HR',
  PublishedPredicateCount: 'published results, small units suppressed',
  PublishedUnitResult: 'published results, small units suppressed',
  PublishedEmployee: 'published by name on purpose, units of 5 or more',
  // Configuration and catalogues.
  DistributionConstraint: 'configuration',
  AllowanceScheme: 'configuration',
  AllowancePredicateShare: 'configuration',
  FollowUpRule: 'configuration',
  SanctionType: 'national catalogue',
  MatrixCell: 'the national predicate matrix',
  ScorePreview: 'stateless computation over the caller’s own input',
  RecommendedTraining: 'a match score of a programme, not of a person',
  // Records reached only through roots that apply the record's rule already.
  Evaluation: 'reached only through marked fields or the scoped evaluation queries',
  BehaviourRatingEntry: 'part of an Evaluation',
  AllowanceSheet: 'allowanceSheet(s): allowance.readAgency, agency-scoped',
  AllowanceSheetRow: 'allowanceSheet (HR) or allowanceBreakdown (the allowance rule), nothing else',
  AllowanceLine: 'part of an AllowanceSheetRow',
  AllowancePreview: 'allowancePreview: allowance.manage only',
  AbsenceDisciplineProposal: 'absenceDisciplineProposals: HR only',
  AbsenceDisciplineDecision: 'HR only',
  FollowUpRecommendation: 'followUpRecommendations: followUps.read, held only by roles that read every evaluation of the agency',
  SkippedEvaluation: 'confirmEvaluations payload: HR only',
  ComplaintContact: 'reached only through Complaint.contact',
  DisciplinaryCase: 'reached through disciplinaryCases (the discipline rule) or Employee.activeSanctions',
  CoachingPlan: 'coachingPlans (the discipline rule); its evaluation is marked',
  Reward: 'evaluationId is an ID; rewards follow the employee read scope',
  PerformanceGap: 'a training need computed for the employee the caller reads',
  // Work contacts, shown to colleagues on purpose.
  'Employee.email': 'work e-mail, a contact colleagues need',
  'Employee.phone': 'work telephone, a contact colleagues need',
  'AppraisalPeriod.evaluationDueDate': 'a date of the period',
  'Complaint.hasContact': 'whether a contact exists, not the contact',
};

/** Names that point at a person's predicates, scores, money, discipline or contacts. */
export const SENSITIVE_NAME = /predicate|score|amount|salary|sanction|coaching|bankaccount|phone|email|contact|gross|^net$|evaluation$/i;

/** Who sees a record of each kind, per role and side: VALUE (shown), NULL (hidden), NOT_FOUND (person unreachable). */
export type Seen = 'VALUE' | 'NULL' | 'NOT_FOUND';
export type Side = 'own' | 'subordinate' | 'superior' | 'otherAgency';

const { SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR, EMPLOYEE } = Role;

const agencyWide = (): Partial<Record<Side, Seen>> => ({ subordinate: 'VALUE', superior: 'VALUE', otherAgency: 'NOT_FOUND' });
const personal: Record<'SUPERVISOR' | 'EMPLOYEE', Partial<Record<Side, Seen>>> = {
  // Kapus: own, Siti below, Kadis above (reached as Kapus's supervisor).
  SUPERVISOR: { own: 'VALUE', subordinate: 'VALUE', superior: 'NULL', otherAgency: 'NOT_FOUND' },
  // Siti: own, Kapus above; she has nobody below.
  EMPLOYEE: { own: 'VALUE', superior: 'NULL', otherAgency: 'NOT_FOUND' },
};

/** Per record kind with an HTTP probe, the expected outcome per role (platform administrators reach the other agency). */
export const RECORD_CELLS: Partial<Record<SensitiveRecord, Record<Role, Partial<Record<Side, Seen>>>>> = {
  evaluations: {
    [SUPER_ADMIN]: { ...agencyWide(), otherAgency: 'VALUE' },
    [AGENCY_ADMIN]: agencyWide(),
    [HR_OFFICER]: agencyWide(),
    [EVALUATOR]: agencyWide(),
    [SUPERVISOR]: personal.SUPERVISOR,
    [EMPLOYEE]: personal.EMPLOYEE,
  },
  discipline: {
    [SUPER_ADMIN]: { ...agencyWide(), otherAgency: 'VALUE' },
    [AGENCY_ADMIN]: agencyWide(),
    [HR_OFFICER]: agencyWide(),
    // Evaluators read every employee but no disciplinary record.
    [EVALUATOR]: { subordinate: 'NULL', superior: 'NULL', otherAgency: 'NOT_FOUND' },
    [SUPERVISOR]: personal.SUPERVISOR,
    [EMPLOYEE]: personal.EMPLOYEE,
  },
  bankAccount: {
    [SUPER_ADMIN]: { ...agencyWide(), otherAgency: 'VALUE' },
    [AGENCY_ADMIN]: agencyWide(),
    [HR_OFFICER]: agencyWide(),
    [EVALUATOR]: { subordinate: 'NULL', superior: 'NULL', otherAgency: 'NOT_FOUND' },
    // Only the person themself below HR: not even their supervisor.
    [SUPERVISOR]: { own: 'VALUE', subordinate: 'NULL', superior: 'NULL', otherAgency: 'NOT_FOUND' },
    [EMPLOYEE]: personal.EMPLOYEE,
  },
};
