import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { unauthenticated } from '../../errors.js';
import type { Actor } from '../../access/actor.js';
import { LoginThrottle } from './login-throttle.js';
import { dummyPasswordHash, hashPassword, needsNewHash, verifyPassword } from './password.js';
import { signToken, verifyToken } from './token.js';
import { User } from './user.entity.js';

const INVALID_LOGIN = 'Invalid username or password';

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    username: user.username,
    roles: user.roles,
    agencyId: user.agency?.id ?? null,
    employeeId: user.employee?.id ?? null,
  };
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
  ) {}

  /**
   * One generic message for every failure, and the same work (a password hash
   * check, the throttle's counts) whether or not the account exists, so a caller
   * cannot tell which accounts exist. Failures are throttled per account and
   * address pair, per address and per account (login-throttle.ts; TOO_MANY_REQUESTS
   * with retryAfterSeconds), so that nobody can lock the owner out.
   */
  async login(
    username: string,
    password: string,
    clientAddress: string | null = null,
  ): Promise<{ token: string; expiresAt: Date; user: User }> {
    const name = username.trim().toLowerCase();
    const throttle = new LoginThrottle(this.em, this.config, name, clientAddress);
    await throttle.enter();
    const user = await this.em.findOne(User, { username: name }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !valid || !user.active) throw unauthenticated(INVALID_LOGIN);
    await throttle.succeeded();
    // Plain SQL: logging in is not a change of the account worth an audit entry, nor a new version
    // (an administrator's pending edit based on the current one must still apply). A hash made with
    // former parameters is replaced now that the password is known to be right.
    const newHash = needsNewHash(user.passwordHash) ? await hashPassword(password) : null;
    await this.em.execute(`update users set last_login_at = now(), password_hash = coalesce(?, password_hash) where id = ?`, [
      newHash,
      user.id,
    ]);
    // Reloaded rather than assigned: a dirty entity would be written, version and all, by a later flush.
    await this.em.refresh(user);
    const { token, expiresAt } = await signToken(
      this.config.jwtSecret,
      { userId: user.id, tokenVersion: user.tokenVersion },
      this.config.jwtTtlSeconds,
    );
    return { token, expiresAt, user };
  }

  /** The actor behind a bearer token, or UNAUTHENTICATED for an invalid, expired or revoked one. */
  async actorForToken(token: string): Promise<{ actor: Actor; user: User }> {
    const claims = await verifyToken(this.config.jwtSecret, token);
    const user = claims ? await this.em.findOne(User, { id: claims.userId }) : null;
    if (!claims || !user || !user.active || user.tokenVersion !== claims.tokenVersion) {
      throw unauthenticated('Invalid or expired token');
    }
    return { actor: actorOf(user), user };
  }
}
