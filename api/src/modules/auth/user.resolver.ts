import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Agency } from '../organization/agency.entity.js';
import { LoginPayload } from './auth.types.js';
import { Role } from '../../access/role.js';
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
  @Authorized(Role.SUPER_ADMIN, Role.AGENCY_ADMIN)
  @Query(() => UserConnection, { description: "User accounts (administrators; agency administrators see their agency's)." })
  users(@Args() args: UserListArgs, @Ctx() ctx: Context) {
    return new UserService(ctx).list(args);
  }

  @Authorized(Role.SUPER_ADMIN, Role.AGENCY_ADMIN)
  @Query(() => User, { description: 'One user account.' })
  user(@Arg('id', () => ID, { description: 'User ID.' }) id: string, @Ctx() ctx: Context) {
    return new UserService(ctx).get(id);
  }

  @Authorized(Role.SUPER_ADMIN, Role.AGENCY_ADMIN)
  @Mutation(() => UserPayload, { description: 'Creates a user account.' })
  async createUser(@Arg('input', { description: 'The new account.' }) input: CreateUserInput, @Ctx() ctx: Context) {
    return { user: await new UserService(ctx).create(input) };
  }

  @Authorized(Role.SUPER_ADMIN, Role.AGENCY_ADMIN)
  @Mutation(() => UserPayload, {
    description: 'Changes roles, agency, name or active state of an account. Accounts are deactivated, not deleted.',
  })
  async updateUser(@Arg('input', { description: 'The changes.' }) input: UpdateUserInput, @Ctx() ctx: Context) {
    return { user: await new UserService(ctx).update(input) };
  }

  @Authorized(Role.SUPER_ADMIN, Role.AGENCY_ADMIN)
  @Mutation(() => UserPayload, { description: "Sets a new password for an account (administrators); the account's tokens stop working." })
  async setUserPassword(
    @Arg('input', { description: 'The account and its new password.' }) input: SetUserPasswordInput,
    @Ctx() ctx: Context,
  ) {
    return { user: await new UserService(ctx).setPassword(input) };
  }

  @Authorized()
  @Mutation(() => LoginPayload, { description: 'Changes your own password; older tokens stop working and a new one is returned.' })
  changePassword(@Arg('input', { description: 'Current and new password.' }) input: ChangePasswordInput, @Ctx() ctx: Context) {
    return new UserService(ctx).changeOwnPassword(input);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the account belongs to.' })
  agency(@Root() user: User, @Ctx() ctx: Context) {
    return user.agency ? ctx.loaders.byId(Agency).load(user.agency.id) : null;
  }
}
