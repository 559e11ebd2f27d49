import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Public, Allow } from '../../graphql/auth.js';
import { AuthService } from './auth.service.js';
import { LoginInput, LoginPayload } from './auth.types.js';
import { User } from './user.entity.js';

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => LoginPayload, {
    description:
      'Logs in with a username and password and returns a bearer token. Refused with UNAUTHENTICATED and one message for every wrong credential (unknown account, wrong password, inactive account), and with TOO_MANY_REQUESTS (extensions.retryAfterSeconds) after too many failures for the account or from the address.',
  })
  login(@Arg('input', { description: 'Credentials.' }) input: LoginInput, @Ctx() ctx: Context) {
    return new AuthService(ctx.em, ctx.config).login(input.username, input.password, ctx.clientAddress);
  }

  @Allow('account.use')
  @Query(() => User, { description: 'The logged-in account.' })
  me(@Ctx() ctx: Context) {
    return ctx.em.findOneOrFail(User, { id: ctx.actor!.userId });
  }
}
