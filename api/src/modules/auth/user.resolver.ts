import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { permissionsOf, type Permission } from '../../access/policy.js';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Agency } from '../organization/agency.entity.js';
import { LoginPayload } from './auth.types.js';
import { User } from './user.entity.js';
import { UserService } from './user.service.js';
import {
  ChangePasswordInput,
  CreateUserInput,
  SetUserPasswordInput,
  UpdateUserInput,
  UserConnection,
  UserListArgs,
  UserPayload,
} from './user.types.js';

@Resolver(() => User)
export class UserResolver {
  @Allow('users.manage')
  @Query(() => UserConnection, { description: "User accounts (administrators; agency administrators see their agency's)." })
  users(@Args() args: UserListArgs, @Ctx() ctx: Context) {
    return new UserService(ctx).list(args);
  }

  @Allow('users.manage')
  @Query(() => User, { description: 'One user account.' })
  user(@Arg('id', () => ID, { description: 'User ID.' }) id: string, @Ctx() ctx: Context) {
    return new UserService(ctx).get(id);
  }

  @Allow('users.manage')
  @Mutation(() => UserPayload, { description: 'Creates a user account.' })
  async createUser(@Arg('input', { description: 'The new account.' }) input: CreateUserInput, @Ctx() ctx: Context) {
    return { user: await new UserService(ctx).create(input) };
  }

  @Allow('users.manage')
  @Mutation(() => UserPayload, {
    description: 'Changes roles, agency, name or active state of an account. Accounts are deactivated, not deleted.',
  })
  async updateUser(@Arg('input', { description: 'The changes.' }) input: UpdateUserInput, @Ctx() ctx: Context) {
    return { user: await new UserService(ctx).update(input) };
  }

  @Allow('users.manage')
  @Mutation(() => UserPayload, { description: "Sets a new password for an account (administrators); the account's tokens stop working." })
  async setUserPassword(
    @Arg('input', { description: 'The account and its new password.' }) input: SetUserPasswordInput,
    @Ctx() ctx: Context,
  ) {
    return { user: await new UserService(ctx).setPassword(input) };
  }

  @Allow('account.use')
  @Mutation(() => LoginPayload, { description: 'Changes your own password; older tokens stop working and a new one is returned.' })
  changePassword(@Arg('input', { description: 'Current and new password.' }) input: ChangePasswordInput, @Ctx() ctx: Context) {
    return new UserService(ctx).changeOwnPassword(input);
  }

  @FieldResolver(() => [String], {
    description:
      'What the account may do, from its roles (see the access rules in docs/access-and-security.md): the console shows only these screens and actions. Records are further limited by scope.',
  })
  permissions(@Root() user: User): Permission[] {
    return permissionsOf(user.roles);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the account belongs to.' })
  agency(@Root() user: User, @Ctx() ctx: Context) {
    return user.agency ? ctx.loaders.byId(Agency).load(user.agency.id) : null;
  }
}
