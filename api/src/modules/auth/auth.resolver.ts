import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Public } from '../../graphql/auth.js';
import { Agency } from '../organization/agency.entity.js';
import { AuthService } from './auth.service.js';
import { LoginInput, LoginPayload } from './auth.types.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Public()
  @Mutation(() => LoginPayload, { description: 'Logs in with a username and password and returns a bearer token.' })
  login(@Arg('input', { description: 'Credentials.' }) input: LoginInput, @Ctx() ctx: Context) {
    return new AuthService(ctx.em, ctx.config).login(input.username, input.password);
  }

  @Authorized()
  @Query(() => User, { description: 'The logged-in account.' })
  me(@Ctx() ctx: Context) {
    return ctx.em.findOneOrFail(User, { id: ctx.actor!.userId });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the account belongs to.' })
  agency(@Root() user: User, @Ctx() ctx: Context) {
    return user.agency ? ctx.loaders.byId(Agency).load(user.agency.id) : null;
  }
}
