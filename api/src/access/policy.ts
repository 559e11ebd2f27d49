import { Role } from './role.js';

const { SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR, EMPLOYEE } = Role;
const EVERYONE = [SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR, EMPLOYEE] as const;
const ADMINISTRATORS = [SUPER_ADMIN, AGENCY_ADMIN] as const;
const HR = [SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER] as const;
const HR_AND_EVALUATORS = [...HR, EVALUATOR] as const;

interface Rule {
  roles: readonly Role[];
  description: string;
}

/**
 * Who may do what: the one table of permissions and the roles that hold them.
 * Every root operation names one of these (`@Allow`), services ask `may()` and
 * never compare roles, and the authorization matrix test is generated from it.
 *
 * A permission says what an actor may attempt; the scope rules in ./scope.ts and
 * each record's own rule (only the author edits a work report, only the appraiser
 * rates a plan) then decide which records it reaches. The `*.read` and `*.write`
 * permissions everyone holds are exactly that: taking part, within one's scope.
 */
export const POLICY = {
  // The platform.
  'agencies.all': { roles: [SUPER_ADMIN], description: 'Reach every agency, and national reference data.' },
  'agencies.create': { roles: [SUPER_ADMIN], description: 'Register and delete agencies.' },
  'agencies.update': { roles: ADMINISTRATORS, description: "Change an agency's own record." },
  'periods.reopen': { roles: [SUPER_ADMIN], description: 'Take a closed period back to evaluation.' },
  // Accounts and the audit trail.
  'users.manage': { roles: ADMINISTRATORS, description: 'Create, change, reset and deactivate accounts holding roles one may grant.' },
  'audit.read': { roles: ADMINISTRATORS, description: 'Read the audit trail.' },
  // Configuration and the organisation, by HR and administrators.
  'configuration.manage': {
    roles: HR,
    description: 'Indicators, criteria templates, scoring schemes, periods, calendars, ceremonies, public services and surveys.',
  },
  'organization.manage': { roles: HR, description: 'Units and positions, also by import.' },
  'employees.manage': { roles: HR, description: 'Employees and placements, also by import and from SIASN.' },
  'employees.readAgency': { roles: HR_AND_EVALUATORS, description: 'Read every employee of the agency.' },
  'employees.readBankAccount': { roles: HR, description: "Read employees' bank accounts (everyone reads their own)." },
  'team.supervise': { roles: [SUPERVISOR], description: 'Read and act on the records of the people below one, transitively.' },
  'plans.manageAgency': { roles: HR, description: 'Act on any plan of the agency: record appraisers, approve where no appraiser is set.' },
  'evaluations.manageAgency': { roles: HR, description: 'Act on any evaluation of the agency as the appraisal secretariat.' },
  'workReports.reviewAgency': { roles: HR, description: 'Review the work reports of the whole agency.' },
  'attendance.manage': { roles: HR, description: 'Enter and import attendance, device numbers, unexcused absences.' },
  'attendance.reviewAgency': { roles: HR, description: "Review the agency's attendance and decide corrections." },
  'discipline.manage': { roles: HR, description: 'Disciplinary cases, rewards, coaching, follow-up decisions, the absence ladder.' },
  'discipline.setAuthorities': { roles: ADMINISTRATORS, description: "Set who decides each level's sanctions." },
  'followUps.read': { roles: HR_AND_EVALUATORS, description: 'Read follow-up recommendations of the agency.' },
  'training.manage': { roles: HR, description: 'Training programmes, sessions, enrolments and results.' },
  'complaints.handle': { roles: HR, description: 'Assign, answer and close complaints.' },
  'community.readAgency': { roles: HR_AND_EVALUATORS, description: "Read the agency's complaints and survey responses." },
  'results.manage': { roles: HR, description: "Record units' achievements and publish results." },
  'siasn.manage': { roles: HR, description: 'Exchange data with SIASN.' },
  'allowance.manage': { roles: HR, description: 'Allowance schemes and the computation of sheets.' },
  'allowance.readAgency': { roles: HR, description: 'Read every allowance sheet and row of the agency.' },
  'allowance.verify': { roles: [SUPER_ADMIN, HR_OFFICER], description: 'Verify a computed allowance sheet.' },
  'allowance.approve': { roles: ADMINISTRATORS, description: 'Approve a verified allowance sheet.' },
  'allowance.lock': { roles: HR, description: 'Lock an approved allowance sheet for payment.' },
  'analytics.read': { roles: [...HR_AND_EVALUATORS, SUPERVISOR], description: 'Dashboards: supervisors for their subtree.' },
  'analytics.readAgency': { roles: HR_AND_EVALUATORS, description: 'Dashboards of the whole agency.' },
  'analytics.readDiscipline': { roles: [...HR, SUPERVISOR], description: 'Discipline figures on dashboards.' },
  'analytics.readSmallGroups': {
    roles: HR,
    description: 'Predicate counts of groups small enough to point at individuals (others see them suppressed).',
  },
  // Taking part: everyone, within their scope and each record's rule.
  'node.read': { roles: EVERYONE, description: 'Fetch any record by its global ID; its own kind decides whether it is within reach.' },
  'account.use': { roles: EVERYONE, description: 'Read one’s own account and change one’s password.' },
  'organization.read': { roles: EVERYONE, description: "Read agencies, units and positions within one's scope." },
  'employees.read': { roles: EVERYONE, description: "Read employees within one's scope." },
  'configuration.read': { roles: EVERYONE, description: 'Read indicators, templates, schemes, periods and calendars.' },
  'plans.read': { roles: EVERYONE, description: "Read plans, realisations and feedback within one's scope." },
  'plans.write': { roles: EVERYONE, description: 'Draft, submit, approve and rate plans as their owner or appraiser.' },
  'evaluations.read': { roles: EVERYONE, description: "Read evaluations within one's scope." },
  'evaluations.write': { roles: EVERYONE, description: 'Acknowledge, object to and decide evaluations as their owner or appraiser.' },
  'workReports.read': { roles: EVERYONE, description: "Read work reports within one's scope." },
  'workReports.write': { roles: EVERYONE, description: 'File one’s own reports, respond to one’s subordinates’.' },
  'attendance.read': { roles: EVERYONE, description: "Read attendance within one's scope." },
  'attendance.write': { roles: EVERYONE, description: 'Request attendance corrections and decide one’s subordinates’.' },
  'training.read': { roles: EVERYONE, description: "Read training within one's scope." },
  'training.write': { roles: EVERYONE, description: 'Enrol oneself or one’s subordinates.' },
  'discipline.read': { roles: EVERYONE, description: "Read cases, rewards and coaching within one's scope." },
  'discipline.write': { roles: EVERYONE, description: 'Take part in cases and coaching as supervisor or employee.' },
  'complaints.read': { roles: EVERYONE, description: "Read complaints within one's scope." },
  'complaints.write': { roles: EVERYONE, description: 'Act on complaints assigned to one.' },
  'results.read': { roles: EVERYONE, description: 'Read published results.' },
  'allowance.read': { roles: EVERYONE, description: 'Read one’s own allowance, and one’s subordinates’.' },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof POLICY;

export const PERMISSIONS = Object.keys(POLICY) as Permission[];

/** The roles an account with `roles` may grant, and so the accounts it may manage. */
const GRANTS: Record<Role, readonly Role[]> = {
  [SUPER_ADMIN]: EVERYONE,
  [AGENCY_ADMIN]: [AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR, EMPLOYEE],
  [HR_OFFICER]: [],
  [EVALUATOR]: [],
  [SUPERVISOR]: [],
  [EMPLOYEE]: [],
};

export const rolesWith = (permission: Permission): readonly Role[] => POLICY[permission].roles;

/** Whether an account holding `roles` holds the permission: the one test every check goes through. */
export const rolesHold = (roles: readonly Role[], permission: Permission): boolean =>
  rolesWith(permission).some((role) => roles.includes(role));

export const permissionsOf = (roles: readonly Role[]): Permission[] => PERMISSIONS.filter((permission) => rolesHold(roles, permission));

export const grantableBy = (roles: readonly Role[]): Role[] => EVERYONE.filter((role) => roles.some((held) => GRANTS[held].includes(role)));

/** The page that documents the permissions; `npm run schema:print` writes the table into it. */
export const PERMISSION_TABLE_FILE = 'docs/access-and-security.md';

const TABLE_START = '<!-- permissions: written by `npm run schema:print` from api/src/access/policy.ts -->';
const TABLE_END = '<!-- end of permissions -->';

/** The table of permissions in docs/access-and-security.md, so that the documentation cannot drift from the policy. */
export function permissionTable(): string {
  const header = `| Permission | ${EVERYONE.join(' | ')} | What it allows |`;
  const rule = `| --- | ${EVERYONE.map(() => ':-:').join(' | ')} | --- |`;
  const rows = PERMISSIONS.map((permission) => {
    const marks = EVERYONE.map((role) => (rolesWith(permission).includes(role) ? '✓' : ''));
    return `| \`${permission}\` | ${marks.join(' | ')} | ${POLICY[permission].description} |`;
  });
  return [TABLE_START, '<!-- prettier-ignore-start -->', header, rule, ...rows, '<!-- prettier-ignore-end -->', TABLE_END].join('\n');
}

/** `page` (the text of PERMISSION_TABLE_FILE) with its permission table replaced by the policy's. */
export function withPermissionTable(page: string): string {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${PERMISSION_TABLE_FILE} lacks the markers of the permission table (${TABLE_START})`);
  return page.slice(0, start) + permissionTable() + page.slice(end + TABLE_END.length);
}
