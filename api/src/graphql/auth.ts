import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import { may } from '../access/actor.js';
import type { Permission } from '../access/policy.js';
import type { Context } from '../context.js';
import { ErrorReason, forbidden, unauthenticated } from '../errors.js';

/** Marks a root query or mutation as reachable without logging in. */
export const Public = () => Extensions({ public: true });

/**
 * The permission a root operation needs (api/src/access/policy.ts). No actor is
 * UNAUTHENTICATED, an actor without the permission FORBIDDEN. The permission is
 * also kept on the field, where the schema check and the authorization matrix read it.
 */
export function Allow(permission: Permission): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(permission)(target, key, descriptor);
    Extensions({ permission })(target, key, descriptor);
  };
}

export const authChecker: AuthChecker<Context, Permission> = ({ context }, permissions) => {
  if (!context.actor) throw unauthenticated();
  if (!permissions.every((permission) => may(context.actor!, permission))) {
    const permission = permissions.join(', ');
    throw forbidden(`This needs the permission ${permission}, which your roles do not have`, {
      reason: ErrorReason.PERMISSION_REQUIRED,
      params: { permission },
    });
  }
  return true;
};

/**
 * Every root field names a permission or is `@Public()`: a new operation without
 * one stops the server from starting instead of being open to every login. The
 * login check is also applied by wrapping the root fields' resolvers once the
 * schema is built, not as a type-graphql global middleware: that would turn every
 * field of every object into an asynchronous middleware chain, the main cost of large lists.
 */
export function requireActorByDefault(schema: GraphQLSchema): GraphQLSchema {
  const unnamed: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.extensions?.public === true) continue;
      if (typeof field.extensions?.permission !== 'string') unnamed.push(`${type!.name}.${field.name}`);
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
  if (unnamed.length) throw new Error(`These root fields name no permission; add @Allow(...) or @Public(): ${unnamed.join(', ')}`);
  return schema;
}
