import { badInput, ErrorReason } from '../errors.js';

/**
 * Public IDs are opaque: base64url of `Type:uuid`. They tell `node(id:)` which
 * table to read and let a wrong kind of ID be refused with a clear message.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!/^[A-Z][A-Za-z]*$/.test(type) || !UUID.test(id)) return null;
  return { type, id };
}

/** Decodes an ID that must point to `type`; `field` names the argument path for the error. */
export function fromGlobalId(globalId: string, type: string, field: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw badInput(field, `"${String(globalId).slice(0, 60)}" is not a valid ID`, ErrorReason.INVALID_ID);
  if (parsed.type !== type)
    throw badInput(field, `Expected an ID of a ${type}, got one of a ${parsed.type}`, ErrorReason.WRONG_ID_TYPE, { expected: type });
  return parsed.id;
}
