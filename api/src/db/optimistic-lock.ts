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
