import { ErrorReason, forbidden } from '../errors.js';
import { grantableBy, rolesHold, type Permission } from './policy.js';
import type { Role } from './role.js';

/** The authenticated user a request acts for, and the reach of its access. */
export interface Actor {
  userId: string;
  username: string;
  roles: readonly Role[];
  /** Row id of the actor's agency; null only for platform administrators. */
  agencyId: string | null;
  /** Row id of the employee the account belongs to, when linked. */
  employeeId: string | null;
}

/** Whether the actor holds the permission (./policy.ts). */
export const may = (actor: Actor, permission: Permission): boolean => rolesHold(actor.roles, permission);

/** FORBIDDEN with `message` unless the actor holds the permission. */
export function assertMay(actor: Actor, permission: Permission, message: string): void {
  if (!may(actor, permission)) throw forbidden(message, { reason: ErrorReason.PERMISSION_REQUIRED, params: { permission } });
}

/** Platform administrators: every agency, and national reference data. */
export const reachesAllAgencies = (actor: Actor): boolean => may(actor, 'agencies.all');

/**
 * An account holding `roles` may be changed (roles, agency, name, password,
 * active state, linked employee) only by someone who may grant every one of
 * them: an agency administrator never touches a platform administrator.
 */
export const mayManageRoles = (actor: Actor, roles: readonly Role[]): boolean => {
  const grantable = grantableBy(actor.roles);
  return roles.every((role) => grantable.includes(role));
};

/**
 * Agency data that names roles (who decides a sanction level): whether the actor
 * holds one of them. The one place a role list from the database meets an actor.
 */
export const holdsAnyRole = (actor: Actor, roles: readonly Role[]): boolean => roles.some((role) => actor.roles.includes(role));
