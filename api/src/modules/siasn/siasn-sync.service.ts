import { requireActor, type ServiceContext } from '../../context.js';
import type { SiasnConfig } from '../../config.js';
import { badInput, DomainError, ErrorCode, ErrorReason } from '../../errors.js';
import { importTargetAgency } from '../../import/target-agency.js';
import { EmployeeService } from '../employees/employee.service.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import { SiasnClient } from './siasn-client.js';
import { SiasnExportService } from './siasn-export.service.js';
import { SiasnExportFormat } from './siasn-export.types.js';
import type { SiasnImportReport } from './siasn-import.types.js';
import { SiasnImportService } from './siasn-import.service.js';
import { SiasnRecord, type SiasnRecordKind } from './siasn-record.entity.js';
import { SiasnPushOutcome, type SiasnPushReport, type SiasnSyncStatus } from './siasn-sync.types.js';

/** One client per configuration: its tokens and its pace are shared by every request of the process. */
const clients = new WeakMap<SiasnConfig, SiasnClient>();

export function siasnClientFor(config: SiasnConfig): SiasnClient {
  let client = clients.get(config);
  if (!client) clients.set(config, (client = new SiasnClient(config)));
  return client;
}

/**
 * Exchange with the SIASN web service when it is configured: pulls master
 * data into the import (same rules, same report) and pushes the export of a
 * closed period record by record, keeping the ids SIASN gives and the reasons
 * it refuses.
 */
export class SiasnSyncService {
  constructor(private readonly ctx: ServiceContext) {}

  private client(): SiasnClient {
    const config = this.ctx.config.siasn;
    if (!config) throw badInput('input', 'The SIASN web service is not configured (SIASN_BASE_URL)', ErrorReason.NOT_CONFIGURED);
    return siasnClientFor(config);
  }

  async pullUnits(input: { agencyId?: string | null; dryRun?: boolean }): Promise<SiasnImportReport> {
    await importTargetAgency(this.ctx, input.agencyId, 'units');
    const units = await this.client().refUnor();
    return new SiasnImportService(this.ctx).importUnits({ ...input, content: JSON.stringify(units) });
  }

  /** The people named, or everyone of the agency with a NIP when none are. */
  async pullEmployees(input: { agencyId?: string | null; nips?: string[] | null; dryRun?: boolean }): Promise<SiasnImportReport> {
    const agencyId = await importTargetAgency(this.ctx, input.agencyId, 'employees');
    const client = this.client();
    const nips = input.nips?.length ? input.nips.map((nip) => nip.replace(/\s+/g, '')) : await this.nipsOf(agencyId);
    if (nips.length === 0) throw badInput('input.nips', 'No employees to pull: name their NIPs', ErrorReason.REQUIRED);
    const records: Record<string, unknown>[] = [];
    const unknown: string[] = [];
    for (const nip of nips) {
      const record = await client.dataUtama(nip);
      if (record) records.push(record);
      else unknown.push(nip);
    }
    if (unknown.length)
      throw badInput('input.nips', `SIASN does not know NIP ${unknown.join(', ')}`, ErrorReason.UNKNOWN_VALUE, {
        value: unknown.join(', '),
      });
    return new SiasnImportService(this.ctx).importEmployees({ ...input, content: JSON.stringify(records) });
  }

  /**
   * Saves the period's records in SIASN one by one. Accepted ones keep the id
   * SIASN gave them (a later push updates them), refused ones the reason; a
   * record SIASN could not take even after retries is reported as failed.
   */
  async push(input: { periodId: string; kind: SiasnRecordKind }): Promise<SiasnPushReport> {
    // The period first: one of another agency is NOT_FOUND whether the web service is configured or not.
    await new AppraisalPeriodService(this.ctx).get(input.periodId, 'input.periodId');
    const client = this.client();
    const exports = new SiasnExportService(this.ctx);
    const { endpoint, records, skipped } = await exports.export(input.periodId, input.kind, SiasnExportFormat.JSON_LINES);
    const report: SiasnPushReport = { endpoint, accepted: 0, refused: 0, failed: 0, skipped: skipped.length, results: [] };
    for (const record of records) {
      let outcome;
      try {
        outcome = await client.save(endpoint, record.body);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== ErrorCode.SERVICE_UNAVAILABLE) throw error;
        report.failed++;
        report.results.push({
          sourceId: record.sourceId,
          outcome: SiasnPushOutcome.FAILED,
          siasnId: record.siasnId,
          message: error.message,
        });
        continue;
      }
      if (outcome.accepted) {
        const siasnId = outcome.siasnId ?? record.siasnId;
        report.accepted++;
        report.results.push({ sourceId: record.sourceId, outcome: SiasnPushOutcome.ACCEPTED, siasnId, message: outcome.message });
        // Written as it goes: what SIASN accepted stays known even if a later record fails.
        if (siasnId) await exports.rememberIds(input.kind, [{ sourceId: record.sourceId, siasnId }], outcome.message || null);
      } else {
        report.refused++;
        report.results.push({
          sourceId: record.sourceId,
          outcome: SiasnPushOutcome.REFUSED,
          siasnId: record.siasnId,
          message: outcome.message,
        });
        await exports.rememberRefusal(input.kind, record.sourceId, outcome.message);
      }
    }
    return report;
  }

  async status(): Promise<SiasnSyncStatus> {
    const actor = requireActor(this.ctx);
    const config = this.ctx.config.siasn;
    const where = actor.agencyId ? { agency: actor.agencyId } : {};
    const pushed = await this.ctx.em.count(SiasnRecord, { ...where, siasnId: { $ne: null } });
    const refused = await this.ctx.em.count(SiasnRecord, { ...where, siasnId: null });
    const last = await this.ctx.em.findOne(SiasnRecord, { ...where, pushedAt: { $ne: null } }, { orderBy: { pushedAt: 'desc' } });
    return {
      configured: config !== null,
      baseUrl: config?.baseUrl ?? null,
      pushedRecords: pushed,
      refusedRecords: refused,
      lastPushAt: last?.pushedAt ?? null,
    };
  }

  private async nipsOf(agencyId: string): Promise<string[]> {
    return new EmployeeService(this.ctx).nipsOfAgency(agencyId);
  }
}
