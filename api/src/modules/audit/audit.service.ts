import type { FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { findRows, toPage } from '../../graphql/connection.js';
import { toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { agencyWhere } from '../../access/scope.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditEntryConnection, AuditEntryOrder, auditFilterRules, type AuditEntryListArgs } from './audit.types.js';

export class AuditService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Platform administrators read everything; agency administrators their agency's trail. */
  private scope(): FilterQuery<AuditEntry> {
    return agencyWhere(requireActor(this.ctx), 'agencyId');
  }

  async list(args: AuditEntryListArgs) {
    const page = toPage(args, this.ctx, 'AuditEntry.list', AuditEntryOrder.toOrderBy(args.orderBy, { occurredAt: 'desc' }));
    const where = { $and: [this.scope(), toWhere(args.filter as Record<string, unknown>, auditFilterRules)] } as FilterQuery<AuditEntry>;
    const rows = await findRows(this.ctx.em, AuditEntry, where, page);
    return AuditEntryConnection.of(rows, page, () => this.ctx.em.count(AuditEntry, where));
  }

  async get(globalId: string): Promise<AuditEntry> {
    const id = fromGlobalId(globalId, 'AuditEntry', 'id');
    const entry = await this.ctx.em.findOne(AuditEntry, { $and: [{ id }, this.scope()] } as FilterQuery<AuditEntry>);
    if (!entry) throw notFound('AuditEntry', globalId);
    return entry;
  }
}
