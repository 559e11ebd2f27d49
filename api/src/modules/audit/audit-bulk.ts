import type { EntityManager } from '@mikro-orm/postgresql';
import { currentScope } from '../../request-context.js';
import type { AuditAction, AuditChanges } from './audit-entry.entity.js';

/** One change written with plain SQL, described as the flush subscriber describes its own. */
export interface BulkAuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: AuditChanges;
}

/**
 * Audit entries for changes that bulk writes make with plain SQL, which the
 * ORM's flush (and so the audit subscriber) never sees. One statement, in the
 * caller's transaction: the trail commits or rolls back with the data.
 */
export async function recordAuditEntries(em: EntityManager, entries: readonly BulkAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const scope = currentScope();
  await em.execute(
    `insert into audit_entries (id, occurred_at, actor_user_id, actor_name, agency_id, action, entity_type, entity_id, operation, request_id, changes)
     select gen_random_uuid(), now(), ?, ?, ?, r.action::audit_action, r.entity_type, r.entity_id, ?, ?, r.changes
       from jsonb_to_recordset(?::jsonb) as r(action text, entity_type text, entity_id uuid, changes jsonb)`,
    [
      scope?.actor?.userId ?? null,
      scope?.actor?.username ?? 'system',
      scope?.actor?.agencyId ?? null,
      scope?.operation ?? null,
      scope?.requestId ?? null,
      JSON.stringify(entries.map((e) => ({ action: e.action, entity_type: e.entityType, entity_id: e.entityId, changes: e.changes }))),
    ],
  );
}
