import { ChangeSetType, helper, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentScope } from '../../request-context.js';
import { AuditAction, AuditEntry, type AuditChanges } from './audit-entry.entity.js';

/** Bookkeeping columns that change on every write and say nothing to a reader. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'tokenVersion']);
/** Secrets and a complainant's identity: the audit shows that they changed, never their value. */
const REDACTED = new Set(['passwordHash', 'reporterName', 'reporterContact', 'clientHash']);

const ACTIONS: Record<ChangeSetType, AuditAction | null> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
  [ChangeSetType.UPDATE_EARLY]: AuditAction.UPDATE,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETE,
};

/**
 * Writes an AuditEntry for every created, changed or deleted record, inside the
 * flush that makes the change: the trail commits or rolls back with the data.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const scope = currentScope();
    for (const changeSet of uow.getChangeSets()) {
      if (changeSet.entity instanceof AuditEntry) continue;
      const action = ACTIONS[changeSet.type];
      if (!action) continue;
      const changes = describeChanges(changeSet, action);
      if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) continue;
      const entry = new AuditEntry();
      entry.action = action;
      entry.entityType = changeSet.meta.className;
      entry.entityId = String(changeSet.getPrimaryKey());
      entry.changes = changes;
      entry.actorUserId = scope?.actor?.userId ?? null;
      entry.actorName = scope?.actor?.username ?? 'system';
      entry.agencyId = scope?.actor?.agencyId ?? null;
      entry.operation = scope?.operation ?? null;
      entry.requestId = scope?.requestId ?? null;
      uow.computeChangeSet(entry);
    }
  }
}

function describeChanges(changeSet: ChangeSet<object>, action: AuditAction): AuditChanges {
  // Delete change sets carry no original data; the values as loaded are on the entity's helper.
  const before = (changeSet.originalEntity ?? helper(changeSet.entity).__originalEntityData ?? {}) as Record<string, unknown>;
  const after = changeSet.payload as Record<string, unknown>;
  const keys = action === AuditAction.DELETE ? Object.keys(before) : Object.keys(after);
  const changes: AuditChanges = {};
  for (const key of keys) {
    if (IGNORED.has(key) || key === changeSet.meta.primaryKeys[0]) continue;
    const was = action === AuditAction.CREATE ? null : plain(before[key]);
    const now = action === AuditAction.DELETE ? null : plain(after[key]);
    if (action === AuditAction.UPDATE && JSON.stringify(was) === JSON.stringify(now)) continue;
    changes[key] = REDACTED.has(key)
      ? { before: was == null ? null : '[redacted]', after: now == null ? null : '[redacted]' }
      : { before: was, after: now };
  }
  return changes;
}

/** Values as JSON keeps them: dates as ISO strings, references as their key. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}
