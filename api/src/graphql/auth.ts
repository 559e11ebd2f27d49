import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { Extensions, type AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import type { Role } from '../access/role.js';

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

/**
 * Everything at the root needs a logged-in actor unless marked `@Public()`:
 * forgetting `@Authorized` on a new operation fails closed, not open.
 *
 * Applied by wrapping the root fields' resolvers once the schema is built, not
 * as a type-graphql global middleware: that would turn every field of every
 * object into an asynchronous middleware chain, the main cost of large lists.
 */
export function requireActorByDefault(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.extensions?.public === true) continue;
      for (const key of ['resolve', 'subscribe'] as const) {
        const original = field[key];
        if (!original) continue;
        field[key] = (source: unknown, args: Record<string, unknown>, context: Context, info: GraphQLResolveInfo) => {
          if (!context.actor) throw unauthenticated();
          return original(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
