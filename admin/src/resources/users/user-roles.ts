import { can } from '../../access';

/** Role values (the API's `Role` enum); labels are i18n keys (translated by the inputs and fields). */
export const ROLES = ['SUPER_ADMIN', 'AGENCY_ADMIN', 'HR_OFFICER', 'SUPERVISOR', 'EVALUATOR', 'EMPLOYEE'] as const;

export type Role = (typeof ROLES)[number];

export const roleLabel = (role: string) => `resources.users.roles.${role}`;

export const roleChoices = ROLES.map((role) => ({ id: role, name: roleLabel(role) }));

/**
 * Role choices for an actor: only platform administrators (those reaching every agency,
 * agencies.all) may grant or take away SUPER_ADMIN, so for others that choice is shown but cannot
 * be changed.
 */
export const roleChoicesFor = (permissions: unknown) =>
  can(permissions, 'agencies.all') ? roleChoices : roleChoices.map((choice) => ({ ...choice, disabled: choice.id === 'SUPER_ADMIN' }));
