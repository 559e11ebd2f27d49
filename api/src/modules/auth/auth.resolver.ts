import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Public } from '../../graphql/auth.js';
import { AuthService } from './auth.service.js';
import { LoginInput, LoginPayload } from './auth.types.js';
import { User } from './user.entity.js';

@Resolver()
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
}
