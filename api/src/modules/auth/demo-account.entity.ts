import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An account the demo seed created, with the password hash it was given: while
 * the account's hash is still this one, it has the published demo password, and
 * a production server refuses to start (seed/demo.ts). Comparing hashes costs
 * nothing, however many accounts there are; only a changed hash is verified
 * (once, then the row is dropped). Written with plain SQL by the seed.
 */
@Entity({ tableName: 'demo_accounts' })
export class DemoAccount {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  /** The hash the seed set; null for accounts found by name when the table was added (verified once). */
  @Property({ type: 'text', nullable: true })
  passwordHash: string | null = null;
}
