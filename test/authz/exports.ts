import { Role } from '../../api/src/access/role.js';

/**
 * Export routes per role: the HTTP status of every file route for each role,
 * on the object in the actor's scope (agency A: siti's plan, the quarter, the
 * October allowance sheet) and on the same object of agency B. Lists have no
 * object: one status, and their rows come from the scoped list operations the
 * matrix checks. test/authz/matrix.test.ts reads the routes from the router, so
 * a route without an entry here fails.
 */
const { SUPER_ADMIN, AGENCY_ADMIN, HR_OFFICER, EVALUATOR, SUPERVISOR, EMPLOYEE } = Role;

type Statuses = Record<Role, [inScope: number, outOfScope: number] | number>;
const every = (status: number): Statuses => ({
  [SUPER_ADMIN]: status,
  [AGENCY_ADMIN]: status,
  [HR_OFFICER]: status,
  [EVALUATOR]: status,
  [SUPERVISOR]: status,
  [EMPLOYEE]: status,
});

const hrOnly: Statuses = {
  [SUPER_ADMIN]: [200, 200],
  [AGENCY_ADMIN]: [200, 404],
  [HR_OFFICER]: [200, 404],
  [EVALUATOR]: [404, 404],
  [SUPERVISOR]: [404, 404],
  [EMPLOYEE]: [404, 404],
};

export const EXPORT_ROUTES: Record<
  string,
  { object: 'PerformancePlan' | 'AppraisalPeriod' | 'AllowanceSheet' | null; statuses: Statuses }
> = {
  '/exports/employees.xlsx': { object: null, statuses: every(200) },
  '/exports/performancePlans.xlsx': { object: null, statuses: every(200) },
  '/exports/enrollments.xlsx': { object: null, statuses: every(200) },
  '/exports/disciplinaryCases.xlsx': { object: null, statuses: every(200) },
  '/exports/complaints.xlsx': { object: null, statuses: every(200) },
  // The world's plan is not evaluated yet: whoever reaches it is told so (CONFLICT), the others NOT_FOUND.
  '/exports/plans/:id/evaluation.pdf': {
    object: 'PerformancePlan',
    statuses: {
      [SUPER_ADMIN]: [409, 409],
      [AGENCY_ADMIN]: [409, 404],
      [HR_OFFICER]: [409, 404],
      [EVALUATOR]: [409, 404],
      [SUPERVISOR]: [409, 404],
      [EMPLOYEE]: [409, 404],
    },
  },
  // Employees see no unit figures; a platform administrator, of no agency, names the unit (`unitId`).
  '/exports/periods/:id/report.pdf': {
    object: 'AppraisalPeriod',
    statuses: {
      [SUPER_ADMIN]: [400, 400],
      [AGENCY_ADMIN]: [200, 404],
      [HR_OFFICER]: [200, 404],
      [EVALUATOR]: [200, 404],
      [SUPERVISOR]: [200, 404],
      [EMPLOYEE]: [403, 403],
    },
  },
  // Sheets are read by HR and administrators only; to anyone else a sheet does not exist.
  '/exports/allowance-sheets/:id/sheet.xlsx': { object: 'AllowanceSheet', statuses: hrOnly },
  '/exports/allowance-sheets/:id/sheet.pdf': { object: 'AllowanceSheet', statuses: hrOnly },
};
