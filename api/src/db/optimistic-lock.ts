import { conflict, ErrorReason } from '../errors.js';

/** Optimistic locking: a change based on an old read is refused, never silently applied. */
export function assertVersion(record: { version: number; constructor: { name: string } }, version: number): void {
  if (record.version !== version) {
    throw conflict(
      `This ${record.constructor.name} was changed by someone else (now version ${record.version}, yours ${version}); reload and try again`,
      { field: 'input.version', reason: ErrorReason.STALE_VERSION, currentVersion: record.version },
    );
  }
}

/** The version a setting reads as while nothing of its own is saved (the default applies). */
export const UNSAVED_VERSION = 0;

/**
 * Optimistic locking of a setting saved over a default (the set* mutations):
 * `existing` is the saved row, if any, and version 0 stands for "nothing saved",
 * so a client that loaded the default is refused once someone has saved, and one
 * that loaded a saved row is refused once it was changed or removed. Without a
 * version nothing is checked (callers that write without reading first).
 */
export function assertSettingVersion(
  name: string,
  existing: { version: number; constructor: { name: string } } | null,
  version: number | null | undefined,
): void {
  if (version == null) return;
  if (existing) return assertVersion(existing, version);
  if (version !== UNSAVED_VERSION) {
    throw conflict(`This ${name} was changed by someone else (now back to its default, yours version ${version}); reload and try again`, {
      field: 'input.version',
      reason: ErrorReason.STALE_VERSION,
      currentVersion: UNSAVED_VERSION,
    });
  }
}
