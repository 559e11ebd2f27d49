import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { tooManyRequests } from '../../errors.js';

/**
 * Throttling of password guessing, per account and per client address, in fixed
 * windows counted in PostgreSQL (every API process sees the same counts). Keys
 * are keyed hashes: neither account names nor addresses are stored. An account
 * name is counted whether or not it exists, so throttling reveals nothing.
 */
export class LoginThrottle {
  private readonly keys: string[];
  private readonly windowStart: Date;

  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
    username: string,
    clientAddress: string | null,
    private readonly now = new Date(),
  ) {
    const windowMs = config.loginThrottleWindowSeconds * 1000;
    this.windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    this.keys = [this.key('account', username), this.key('address', clientAddress ?? 'unknown')];
  }

  /**
   * Counts this attempt before the password is checked, so that parallel guesses
   * cannot slip past the limit, and refuses it (TOO_MANY_REQUESTS) when the
   * account or the address is over its limit. A successful login gives it back.
   */
  async enter(): Promise<void> {
    const rows = await this.em.execute<{ key: string; count: number }[]>(
      `insert into login_failures (key, window_start, count) values (?, ?, 1), (?, ?, 1)
       on conflict (key, window_start) do update set count = login_failures.count + 1
       returning key, count`,
      this.keys.flatMap((key) => [key, this.windowStart]),
    );
    const count = (key: string) => rows.find((r) => r.key === key)?.count ?? 0;
    const [account, address] = this.keys as [string, string];
    if (count(account) > this.config.loginMaxFailuresPerAccount || count(address) > this.config.loginMaxFailuresPerAddress) {
      const retryAfterSeconds = Math.ceil(
        (this.windowStart.getTime() + this.config.loginThrottleWindowSeconds * 1000 - this.now.getTime()) / 1000,
      );
      throw tooManyRequests(
        `Too many failed login attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
        retryAfterSeconds,
      );
    }
    // A new window: a cheap, occasional sweep keeps the table small.
    if (count(account) === 1) {
      await this.em.execute(`delete from login_failures where window_start < ?`, [new Date(this.now.getTime() - 24 * 3600_000)]);
    }
  }

  /** A successful login clears the account's failures and does not count against the address. */
  async succeeded(): Promise<void> {
    const [account, address] = this.keys as [string, string];
    await this.em.execute(`delete from login_failures where key = ? and window_start = ?`, [account, this.windowStart]);
    await this.em.execute(`update login_failures set count = greatest(count - 1, 0) where key = ? and window_start = ?`, [
      address,
      this.windowStart,
    ]);
  }

  private key(kind: 'account' | 'address', value: string): string {
    return `${kind}:${createHmac('sha256', this.config.jwtSecret).update(`login-${kind}:${value}`).digest('base64url')}`;
  }
}
