import { forbidden } from '../errors.js';
import { reachesAllAgencies, type Actor } from './actor.js';

/** Matches no row: the agency of an actor that has none. */
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/**
 * The one rule for agency-owned records: platform administrators reach every
 * agency, everyone else their own. Reads filter with it (so out-of-scope rows are
 * simply NOT_FOUND); writes check it with `assertAgencyWritable` (FORBIDDEN).
 */
export function agencyWhere(actor: Actor, property = 'agency'): Record<string, string> {
  return reachesAllAgencies(actor) ? {} : { [property]: actor.agencyId ?? NO_AGENCY };
}

export function inAgencyScope(actor: Actor, agencyId: string): boolean {
  return reachesAllAgencies(actor) || actor.agencyId === agencyId;
}

export function assertAgencyWritable(actor: Actor, agencyId: string): void {
  if (!inAgencyScope(actor, agencyId)) throw forbidden('This record belongs to another agency');
}

/**
 * Shared reference data (indicators, behaviour values, scoring schemes): rows
 * without an agency are national and everyone reads them, plus their own agency's.
 */
export function sharedWhere(actor: Actor, property = 'agency'): Record<string, unknown> {
  return reachesAllAgencies(actor) ? {} : { $or: [{ [property]: null }, { [property]: actor.agencyId ?? NO_AGENCY }] };
}

/** National rows are changed by platform administrators only; agency rows by their agency. */
export function assertSharedWritable(actor: Actor, agencyId: string | null): void {
  if (agencyId === null && !reachesAllAgencies(actor)) throw forbidden('Only platform administrators change national reference data');
  if (agencyId !== null) assertAgencyWritable(actor, agencyId);
}
