/** Role values (the API's `Role` enum); labels are i18n keys (translated by the inputs and fields). */
export const ROLES = ['SUPER_ADMIN', 'AGENCY_ADMIN', 'HR_OFFICER', 'SUPERVISOR', 'EVALUATOR', 'EMPLOYEE'] as const;

export type Role = (typeof ROLES)[number];

export const roleLabel = (role: string) => `resources.users.roles.${role}`;

export const roleChoices = ROLES.map((role) => ({ id: role, name: roleLabel(role) }));

const hasRole = (permissions: unknown, role: Role): boolean => Array.isArray(permissions) && permissions.includes(role);

export const isSuperAdmin = (permissions: unknown): boolean => hasRole(permissions, 'SUPER_ADMIN');

/** Who may see and manage user accounts (the API's `users` query and mutations allow the same roles). */
export const canManageUsers = (permissions: unknown): boolean => isSuperAdmin(permissions) || hasRole(permissions, 'AGENCY_ADMIN');

/**
 * Role choices for an actor: only platform administrators may grant or take away SUPER_ADMIN,
 * so for others that choice is shown but cannot be changed.
 */
export const roleChoicesFor = (permissions: unknown) =>
  isSuperAdmin(permissions) ? roleChoices : roleChoices.map((choice) => ({ ...choice, disabled: choice.id === 'SUPER_ADMIN' }));
