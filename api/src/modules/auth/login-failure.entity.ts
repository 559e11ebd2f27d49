import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed logins per key (a keyed hash of the account name, of the client
 * address, or of both together) and time window, shared by every API process through PostgreSQL.
 * Written with plain SQL (no audit entries); old windows are pruned.
 */
@Entity({ tableName: 'login_failures' })
export class LoginFailure {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  count!: number;

  /** An account-and-address pair only: no further guess is checked before this time. */
  @Property({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null = null;
}
