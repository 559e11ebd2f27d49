import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed logins per key (a keyed hash of the account name, or of the client
 * address) and time window, shared by every API process through PostgreSQL.
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
}
