import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { requireActor, type ServiceContext } from '../../context.js';
import { badInput, ErrorReason, notFound } from '../../errors.js';

/** Progress rows are forgotten this long after their last change. */
const EXPIRES_MINUTES = 60;
/** At most one progress write this often while rows are processed. */
const WRITE_EVERY_MS = 200;

export enum SiasnImportPhase {
  PARSING = 'PARSING',
  MATCHING = 'MATCHING',
  WRITING_UNITS = 'WRITING_UNITS',
  WRITING_EMPLOYEES = 'WRITING_EMPLOYEES',
  HISTORY = 'HISTORY',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(SiasnImportPhase, {
  name: 'SiasnImportPhase',
  description: 'Where a SIASN import is.',
  valuesConfig: {
    PARSING: { description: 'Reading the file.' },
    MATCHING: { description: 'Comparing each record with the platform (the whole of a dry run).' },
    WRITING_UNITS: { description: 'Writing the unit tree.' },
    WRITING_EMPLOYEES: { description: 'Writing new and changed employees.' },
    HISTORY: { description: 'Writing placement history (riwayat penempatan) and supervisors.' },
    DONE: { description: 'Finished: the dry run answered, or the import committed.' },
    FAILED: { description: 'Stopped: the file was refused or the import failed; nothing was written.' },
  },
});

@ObjectType('SiasnImportProgress', { description: 'How far a SIASN import (or its dry run) has come, for a progress bar.' })
export class SiasnImportProgress {
  @Field({ description: 'The key the client chose when it started the import (progressKey).' })
  key!: string;

  @Field({ description: 'UNITS (ref-unor) or EMPLOYEES (data-utama, Export Data ASN).' })
  target!: string;

  @Field({ description: 'True for a dry run.' })
  dryRun!: boolean;

  @Field(() => SiasnImportPhase, { description: 'The current phase.' })
  phase!: SiasnImportPhase;

  @Field(() => Int, { description: 'Records of the current phase done so far.' })
  processed!: number;

  @Field(() => Int, { description: 'Records of the current phase in all (0 while the file is read).' })
  total!: number;

  @Field(() => String, { nullable: true, description: 'Why the import failed (phase FAILED).' })
  message!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the import started.' })
  startedAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the progress last changed; progress is forgotten an hour later.' })
  updatedAt!: Date;
}

interface ProgressRecord {
  key: string;
  target: string;
  dry_run: boolean;
  phase: SiasnImportPhase;
  processed: number;
  total: number;
  message: string | null;
  // Timestamps arrive as text from plain SQL.
  started_at: string;
  updated_at: string;
}

/**
 * Reports the progress of one import under the key its client chose. Writes go
 * through the connection pool, not the import's transaction (which commits all
 * or nothing at the end), so another request, in any API process, sees them at
 * once. Without a key every call does nothing.
 */
export class ImportProgressReporter {
  private phase = SiasnImportPhase.PARSING;
  private lastWrite = 0;

  private constructor(
    private readonly ctx: ServiceContext,
    private readonly key: string | null,
  ) {}

  /** Claims the key (refused when another user holds it) and forgets expired progress. */
  static async start(ctx: ServiceContext, key: string | null | undefined, target: string, dryRun: boolean) {
    const reporter = new ImportProgressReporter(ctx, key ?? null);
    if (!key) return reporter;
    const actor = requireActor(ctx);
    await reporter.run(`delete from siasn_import_progress where updated_at < now() - make_interval(mins => ?)`, [EXPIRES_MINUTES]);
    const claimed = await reporter.run(
      `insert into siasn_import_progress (key, user_id, target, dry_run, phase, processed, total, message, started_at, updated_at)
       values (?, ?, ?, ?, ?, 0, 0, null, now(), now())
       on conflict (key) do update
         set target = excluded.target, dry_run = excluded.dry_run, phase = excluded.phase, processed = 0, total = 0,
             message = null, started_at = now(), updated_at = now()
         where siasn_import_progress.user_id = excluded.user_id
       returning key`,
      [key, actor.userId, target, dryRun, SiasnImportPhase.PARSING],
    );
    if (claimed.length === 0)
      throw badInput('input.progressKey', 'This progress key belongs to another import; choose a new one', ErrorReason.IN_USE);
    return reporter;
  }

  /** Enters a phase of `total` records. */
  async enter(phase: SiasnImportPhase, total: number): Promise<void> {
    this.phase = phase;
    await this.write(phase, 0, total, null);
  }

  /** Records done in the current phase; written at most every 200 ms. */
  async advance(processed: number, total: number): Promise<void> {
    if (!this.key || Date.now() - this.lastWrite < WRITE_EVERY_MS) return;
    await this.write(this.phase, processed, total, null);
  }

  /** Records done in a phase: a new phase is written at once, the same one at most every 200 ms. */
  async at(phase: SiasnImportPhase, processed: number, total: number): Promise<void> {
    if (phase === this.phase) return this.advance(processed, total);
    this.phase = phase;
    await this.write(phase, processed, total, null);
  }

  async finish(rows: number): Promise<void> {
    await this.write(SiasnImportPhase.DONE, rows, rows, null);
  }

  /** The import failed: the reason is kept for the client; the failure itself goes on to the caller. */
  async fail(error: unknown): Promise<void> {
    await this.write(SiasnImportPhase.FAILED, 0, 0, error instanceof Error ? error.message : String(error));
  }

  private async write(phase: SiasnImportPhase, processed: number, total: number, message: string | null) {
    if (!this.key) return;
    this.lastWrite = Date.now();
    await this.run(`update siasn_import_progress set phase = ?, processed = ?, total = ?, message = ?, updated_at = now() where key = ?`, [
      phase,
      processed,
      total,
      message,
      this.key,
    ]);
  }

  /** Plain SQL on a pooled connection of its own: never inside the import's transaction. */
  private run(sql: string, params: unknown[]): Promise<{ key: string }[]> {
    return this.ctx.em.getConnection().execute(sql, params, 'all');
  }
}

/** The progress of one of the actor's own imports; anyone else's, or an expired one, is NOT_FOUND. */
export async function importProgress(ctx: ServiceContext, key: string): Promise<SiasnImportProgress> {
  const actor = requireActor(ctx);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const rows = uuid.test(key)
    ? await ctx.em
        .getConnection()
        .execute<ProgressRecord[]>(
          `select * from siasn_import_progress where key = ? and user_id = ? and updated_at >= now() - make_interval(mins => ?)`,
          [key, actor.userId, EXPIRES_MINUTES],
          'all',
        )
    : [];
  const row = rows[0];
  if (!row) throw notFound('SiasnImportProgress', key, 'key');
  return Object.assign(new SiasnImportProgress(), {
    key: row.key,
    target: row.target,
    dryRun: row.dry_run,
    phase: row.phase,
    processed: row.processed,
    total: row.total,
    message: row.message,
    startedAt: new Date(row.started_at),
    updatedAt: new Date(row.updated_at),
  });
}
