import { usePermissions } from 'react-admin';

/**
 * What the signed-in actor may do, in one place: the named permissions of the API's access policy
 * (api/src/access/policy.ts), which the console loads at sign-in (`me { permissions }`, kept in the
 * session; authProvider.getPermissions returns them). Every root operation of the API names one of
 * them (`@Allow`), so a screen, menu entry or button is offered exactly when the actor holds the
 * permission of the operation it calls. Roles are data here (account forms, discipline settings),
 * never a reason to show something.
 */
export const PERMISSIONS = [
  'agencies.all',
  'agencies.create',
  'agencies.update',
  'periods.reopen',
  'users.manage',
  'audit.read',
  'configuration.manage',
  'organization.manage',
  'employees.manage',
  'employees.readAgency',
  'employees.readBankAccount',
  'team.supervise',
  'plans.manageAgency',
  'evaluations.manageAgency',
  'workReports.reviewAgency',
  'attendance.manage',
  'attendance.reviewAgency',
  'discipline.manage',
  'discipline.setAuthorities',
  'followUps.read',
  'training.manage',
  'complaints.handle',
  'community.readAgency',
  'results.manage',
  'siasn.manage',
  'allowance.manage',
  'allowance.readAgency',
  'allowance.verify',
  'allowance.approve',
  'allowance.lock',
  'analytics.read',
  'analytics.readAgency',
  'analytics.readDiscipline',
  'analytics.readSmallGroups',
  'node.read',
  'account.use',
  'organization.read',
  'employees.read',
  'configuration.read',
  'plans.read',
  'plans.write',
  'evaluations.read',
  'evaluations.write',
  'workReports.read',
  'workReports.write',
  'attendance.read',
  'attendance.write',
  'training.read',
  'training.write',
  'discipline.read',
  'discipline.write',
  'complaints.read',
  'complaints.write',
  'results.read',
  'allowance.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** The permissions react-admin hands over (`usePermissions`, the resources' render function), as a list. */
export const permissionList = (permissions: unknown): string[] => (Array.isArray(permissions) ? permissions.map(String) : []);

/** Whether the actor holds `permission`. Anything but a list of names (still loading, signed out) holds none. */
export const can = (permissions: unknown, permission: Permission): boolean => permissionList(permissions).includes(permission);

/** Whether the actor holds at least one of `wanted`. */
export const canAny = (permissions: unknown, ...wanted: Permission[]): boolean => wanted.some((permission) => can(permissions, permission));

/** In a component: whether the signed-in actor holds `permission` (false while the permissions load). */
export const useCan = (permission: Permission): boolean => can(usePermissions().permissions, permission);

/**
 * A list's `bulkActionButtons`: react-admin's own (the selection checkboxes and bulk delete) for
 * those holding the permission of the list's delete operation, none (no checkboxes) for the others.
 */
export const useBulkDelete = (deletePermission: Permission): false | undefined => (useCan(deletePermission) ? undefined : false);
