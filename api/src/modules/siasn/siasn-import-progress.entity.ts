import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far a SIASN import has come, under a key its client chose. Written with
 * plain SQL on a connection of its own, outside the import's transaction, so
 * that every API process can answer it while the import runs; bookkeeping, not
 * audited. Rows expire an hour after their last change.
 */
@Entity({ tableName: 'siasn_import_progress' })
export class SiasnImportProgressRow {
  @PrimaryKey({ type: 'uuid' })
  key!: string;

  /** The user who started the import: only they read its progress. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  target!: string;

  @Property({ type: 'boolean' })
  dryRun!: boolean;

  @Property({ type: 'text' })
  phase!: string;

  @Property({ type: 'integer' })
  processed!: number;

  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Index()
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
