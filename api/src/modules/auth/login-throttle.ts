import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { tooManyRequests } from '../../errors.js';

/** Failures one address may make on one account before each further guess waits. */
export const FREE_FAILURES = 3;
/** The first wait; it doubles with each further failure of the pair. */
export const FIRST_DELAY_SECONDS = 1;
/** Longest extra wait of a login on an account under attack from many addresses. */
const MAX_ACCOUNT_DELAY_MS = 5000;

/**
 * Throttling of password guessing without handing attackers a way to lock the
 * owner out, counted in PostgreSQL in fixed windows (every API process sees the
 * same counts):
 * - per account and address (the pair): after FREE_FAILURES failures each further
 *   guess waits 1, 2, 4, ... seconds, and after LOGIN_MAX_FAILURES_PER_PAIR the
 *   pair is refused until the window ends. Other addresses are not affected, so
 *   the owner logs in from theirs at once;
 * - per address across accounts (password spraying): refused after
 *   LOGIN_MAX_FAILURES_PER_ADDRESS;
 * - per account from all addresses (a distributed attack): after
 *   LOGIN_MAX_FAILURES_PER_ACCOUNT, addresses that failed on it are refused and
 *   every other attempt is slowed down, never refused: the right password from an
 *   address that has not failed still logs in.
 * Keys are keyed hashes: neither account names nor addresses are stored. An
 * account name is counted whether or not it exists, so throttling reveals nothing.
 */
export class LoginThrottle {
  private readonly pair: string;
  private readonly account: string;
  private readonly address: string;
  private readonly windowStart: Date;
  private readonly windowEnd: Date;

  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
    username: string,
    clientAddress: string | null,
    private readonly now = new Date(),
  ) {
    const windowMs = config.loginThrottleWindowSeconds * 1000;
    this.windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    this.windowEnd = new Date(this.windowStart.getTime() + windowMs);
    const address = clientAddress ?? 'unknown';
    this.pair = this.key('pair', `${username}\n${address}`);
    this.account = this.key('account', username);
    this.address = this.key('address', address);
  }

  /**
   * Counts this attempt before the password is checked, so that parallel guesses
   * cannot slip past a limit, or refuses it (TOO_MANY_REQUESTS, not counted). A
   * successful login gives the count back.
   */
  async enter(): Promise<void> {
    const rows = await this.em.execute<{ key: string; count: number }[]>(
      `select key, count from login_failures where key in (?, ?, ?) and window_start = ?`,
      [this.pair, this.account, this.address, this.windowStart],
    );
    const count = (key: string) => rows.find((r) => r.key === key)?.count ?? 0;
    const pair = count(this.pair);
    const accountUnderAttack = count(this.account) >= this.config.loginMaxFailuresPerAccount;
    if (
      count(this.address) >= this.config.loginMaxFailuresPerAddress ||
      pair >= this.config.loginMaxFailuresPerPair ||
      (accountUnderAttack && pair > 0)
    ) {
      this.refuse(this.windowEnd);
    }

    // One statement and the row's lock: however many guesses of a pair arrive together, one gets past each wait.
    const passed = await this.em.execute<{ count: number }[]>(
      `insert into login_failures as f (key, window_start, count, blocked_until) values (?, ?, 1, ?)
       on conflict (key, window_start) do update
          set count = f.count + 1,
              blocked_until = ?::timestamptz + make_interval(secs => case when f.count + 1 < ? then 0 else ? * power(2, f.count + 1 - ?) end)
        where f.count < ? and (f.blocked_until is null or f.blocked_until <= ?)
       returning count`,
      [
        this.pair,
        this.windowStart,
        this.blockedAfter(1),
        this.now,
        FREE_FAILURES,
        FIRST_DELAY_SECONDS,
        FREE_FAILURES,
        this.config.loginMaxFailuresPerPair,
        this.now,
      ],
    );
    if (passed.length === 0) {
      const [row] = await this.em.execute<{ count: number; blocked_until: Date | null }[]>(
        `select count, blocked_until from login_failures where key = ? and window_start = ?`,
        [this.pair, this.windowStart],
      );
      const full = !row || row.count >= this.config.loginMaxFailuresPerPair || !row.blocked_until;
      this.refuse(full ? this.windowEnd : new Date(row.blocked_until!));
    }

    const counted = await this.em.execute<{ key: string; count: number }[]>(
      `insert into login_failures (key, window_start, count) values (?, ?, 1), (?, ?, 1)
       on conflict (key, window_start) do update set count = login_failures.count + 1
       returning key, count`,
      [this.account, this.windowStart, this.address, this.windowStart],
    );
    // Counted before checking: parallel guesses from one address cannot slip past its limit.
    if ((counted.find((r) => r.key === this.address)?.count ?? 0) > this.config.loginMaxFailuresPerAddress) this.refuse(this.windowEnd);
    // A distributed attack: slow every attempt on the account down (the same for an unknown name), but refuse none.
    const accountCount = counted.find((r) => r.key === this.account)?.count ?? 0;
    const over = accountCount - this.config.loginMaxFailuresPerAccount;
    if (over > 0) {
      const ms = Math.min(MAX_ACCOUNT_DELAY_MS, 500 * Math.ceil(over / this.config.loginMaxFailuresPerAccount));
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    // A new window: a cheap, occasional sweep keeps the table small.
    if (accountCount === 1) {
      await this.em.execute(`delete from login_failures where window_start < ?`, [new Date(this.now.getTime() - 24 * 3600_000)]);
    }
  }

  /** A successful login clears the pair's failures and gives the attempt back to the account and the address. */
  async succeeded(): Promise<void> {
    await this.em.execute(`delete from login_failures where key = ? and window_start = ?`, [this.pair, this.windowStart]);
    await this.em.execute(`update login_failures set count = greatest(count - 1, 0) where key in (?, ?) and window_start = ?`, [
      this.account,
      this.address,
      this.windowStart,
    ]);
  }

  /** When the pair may try again after its `failures`-th failure (null: at once). */
  private blockedAfter(failures: number): Date | null {
    if (failures < FREE_FAILURES) return null;
    return new Date(this.now.getTime() + FIRST_DELAY_SECONDS * 1000 * 2 ** (failures - FREE_FAILURES));
  }

  private refuse(until: Date): never {
    const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - this.now.getTime()) / 1000));
    const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} second(s)` : `${Math.ceil(retryAfterSeconds / 60)} minute(s)`;
    throw tooManyRequests(`Too many failed login attempts; try again in ${wait}`, retryAfterSeconds);
  }

  private key(kind: 'pair' | 'account' | 'address', value: string): string {
    return `${kind}:${createHmac('sha256', this.config.jwtSecret).update(`login-${kind}:${value}`).digest('base64url')}`;
  }
}
