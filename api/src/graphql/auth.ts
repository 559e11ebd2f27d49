import type { GraphQLResolveInfo } from 'graphql';
import { Extensions, type AuthChecker, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import type { Role } from '../modules/auth/role.js';

/** Marks a root query or mutation as reachable without logging in. */
export const Public = () => Extensions({ public: true });

/** Roles from `@Authorized(...)`: no actor is UNAUTHENTICATED, a missing role is FORBIDDEN. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.actor) throw unauthenticated();
  if (roles.length > 0 && !roles.some((role) => context.actor!.roles.includes(role))) {
    throw forbidden(`This needs one of the roles ${roles.join(', ')}`);
  }
  return true;
};

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Everything at the root needs a logged-in actor unless marked `@Public()`:
 * forgetting `@Authorized` on a new operation fails closed, not open.
 */
export const RequireActorByDefault: MiddlewareFn<Context> = ({ context, info }, next) => {
  if (ROOT_TYPES.has(info.parentType.name) && !context.actor && !isPublic(info)) throw unauthenticated();
  return next();
};

function isPublic(info: GraphQLResolveInfo): boolean {
  const field = info.parentType.getFields()[info.fieldName];
  return field?.extensions?.public === true;
}
