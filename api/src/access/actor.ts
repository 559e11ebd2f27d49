import { Role } from './role.js';

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

export const isSuperAdmin = (actor: Actor) => actor.roles.includes(Role.SUPER_ADMIN);

export const hasRole = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role));
