import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { importProgress, SiasnImportProgress } from './siasn-import-progress.js';
import { SiasnImportService } from './siasn-import.service.js';
import { ImportSiasnInput, SiasnImportReport } from './siasn-import.types.js';
import { SiasnExportService } from './siasn-export.service.js';
import { RecordSiasnIdsInput, RecordSiasnIdsPayload, SiasnExport, SiasnExportFormat } from './siasn-export.types.js';
import { SiasnRecordKind } from './siasn-record.entity.js';
import { SiasnSyncService } from './siasn-sync.service.js';
import { PullSiasnEmployeesInput, PullSiasnUnitsInput, PushToSiasnInput, SiasnPushReport, SiasnSyncStatus } from './siasn-sync.types.js';

@Resolver()
export class SiasnResolver {
  @Allow('siasn.manage')
  @Mutation(() => SiasnImportReport, {
    description:
      'Imports the unit tree from SIASN reference data (ref-unor records, JSON or CSV), keeping the SIASN ids: a unit already imported is updated. All or nothing; a dry run reports created, changed, unchanged and refused records and writes nothing.',
  })
  importSiasnUnits(@Arg('input', { description: 'The ref-unor file and its agency.' }) input: ImportSiasnInput, @Ctx() ctx: Context) {
    return new SiasnImportService(ctx).importUnits(input);
  }

  @Allow('siasn.manage')
  @Mutation(() => SiasnImportReport, {
    description:
      'Imports employees from SIASN (data-utama JSON records or the "Export Data ASN" CSV), matched on pnsId and NIP: a known employee is updated and changes of unit, position or rank become dated placement history. All or nothing; a dry run reports the difference and writes nothing.',
  })
  importSiasnEmployees(@Arg('input', { description: 'The file and its agency.' }) input: ImportSiasnInput, @Ctx() ctx: Context) {
    return new SiasnImportService(ctx).importEmployees(input);
  }

  @Allow('siasn.manage')
  @Query(() => SiasnImportProgress, {
    description:
      "How far one of the actor's own SIASN imports (or dry runs) has come, by the progressKey it was started with: phase and records processed, answered while the import runs, from any API process. NOT_FOUND for another user's key or one unused for an hour.",
  })
  siasnImportProgress(
    @Arg('key', { description: 'The progressKey given to importSiasnUnits or importSiasnEmployees.' }) key: string,
    @Ctx() ctx: Context,
  ) {
    return importProgress(ctx, key);
  }

  @Allow('siasn.manage')
  @Query(() => SiasnExport, {
    description:
      'The records of a closed period in the shape SIASN saves them, as JSON lines or CSV: performance summaries (skp22 for an annual period, kinerjaperiodik for a monthly or quarterly one), rewards, sanctions or trainings. Records SIASN already knows carry its id, so saving them again updates.',
  })
  siasnExport(
    @Arg('periodId', () => ID, { description: 'The closed period.' }) periodId: string,
    @Arg('kind', () => SiasnRecordKind, { description: 'Which records.' }) kind: SiasnRecordKind,
    @Arg('format', () => SiasnExportFormat, { defaultValue: SiasnExportFormat.JSON_LINES, description: 'JSON lines or CSV.' })
    format: SiasnExportFormat,
    @Ctx() ctx: Context,
  ) {
    return new SiasnExportService(ctx).export(periodId, kind, format);
  }

  @Allow('siasn.manage')
  @Mutation(() => RecordSiasnIdsPayload, {
    description: 'Stores the ids SIASN gave records uploaded to it by hand, so the next export of them is an update.',
  })
  async recordSiasnIds(@Arg('input', { description: 'The ids.' }) input: RecordSiasnIdsInput, @Ctx() ctx: Context) {
    return { recorded: await new SiasnExportService(ctx).rememberIds(input.kind, input.entries) };
  }

  @Allow('siasn.manage')
  @Query(() => SiasnSyncStatus, { description: 'Whether the SIASN web service client is configured, and what has been pushed with it.' })
  siasnSyncStatus(@Ctx() ctx: Context) {
    return new SiasnSyncService(ctx).status();
  }

  @Allow('siasn.manage')
  @Mutation(() => SiasnImportReport, {
    description:
      'Takes the unit tree from the SIASN web service (ref-unor) through the same import as a file; BAD_USER_INPUT when the client is not configured, SERVICE_UNAVAILABLE when SIASN does not answer.',
  })
  pullSiasnUnits(@Arg('input', { description: 'The agency.' }) input: PullSiasnUnitsInput, @Ctx() ctx: Context) {
    return new SiasnSyncService(ctx).pullUnits(input);
  }

  @Allow('siasn.manage')
  @Mutation(() => SiasnImportReport, {
    description:
      "Takes employees' master data from the SIASN web service (data-utama per NIP) through the same import as a file; BAD_USER_INPUT when the client is not configured or a NIP is unknown there, SERVICE_UNAVAILABLE when SIASN does not answer.",
  })
  pullSiasnEmployees(@Arg('input', { description: 'The agency and the NIPs.' }) input: PullSiasnEmployeesInput, @Ctx() ctx: Context) {
    return new SiasnSyncService(ctx).pullEmployees(input);
  }

  @Allow('siasn.manage')
  @Mutation(() => SiasnPushReport, {
    description:
      'Saves the records of a closed period in SIASN one by one, with retries and at the configured pace, and reports what SIASN accepted and refused; accepted records keep the id SIASN gave them so the next push updates them.',
  })
  pushToSiasn(@Arg('input', { description: 'The period and the kind of records.' }) input: PushToSiasnInput, @Ctx() ctx: Context) {
    return new SiasnSyncService(ctx).push(input);
  }
}
