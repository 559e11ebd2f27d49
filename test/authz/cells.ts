import type { GraphQLResponse, TestApp } from '../helpers/app.js';
import { Role } from '../helpers/factories.js';
import type { Probe } from '../helpers/probe.js';
import type { Spec } from './requests.js';
import type { AgencyObjects, Person, World } from './world.js';

/** The ID the probes put in every ID argument: a NOT_FOUND on it means the spec left an argument unset. */
const DUMMY_ID = Buffer.from('Agency:00000000-0000-4000-8000-000000000000').toString('base64url');

/** Who is "another person" of the same agency for the roles that act on people: see test/authz/world.ts. */
export const PEER: Partial<Record<Role, Person>> = { [Role.SUPERVISOR]: 'kadis', [Role.EMPLOYEE]: 'yusuf' };

export type Side = 'inScope' | 'outOfScope' | 'peer';

/** The object a cell is about: its ID and the objects of its agency (for further references). */
export interface Target {
  side: Side;
  id: string;
  agency: AgencyObjects;
}

/**
 * In scope: agency A's object (siti's, for personal kinds; the actor's own, for kinds owned by an account);
 * out of scope: agency B's; peer: another person of A.
 */
export function targets(world: World, spec: Spec, role: Role): Target[] {
  const pick = (agency: AgencyObjects, person: Person) => agency.of[spec.kind]?.[person] ?? agency.one[spec.kind];
  const list: Target[] = [
    { side: 'inScope', id: world.A.mine[spec.kind]?.[role] ?? pick(world.A, 'siti')!, agency: world.A },
    { side: 'outOfScope', id: pick(world.B, 'siti')!, agency: world.B },
  ];
  const peer = PEER[role];
  if (peer && world.A.of[spec.kind]) list.push({ side: 'peer', id: world.A.of[spec.kind]![peer]!, agency: world.A });
  for (const target of list) if (!target.id) throw new Error(`the world has no ${spec.kind}`);
  return list;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = merged[key];
    const nested = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    merged[key] = nested(current) && nested(value) ? merge(current as never, value as never) : value;
  }
  return merged;
}

/** Dotted path of the variable holding `id`, for telling a refused reference from other bad input. */
function pathOf(value: unknown, id: string, path = ''): string | null {
  if (value === id) return path;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = pathOf(inner, id, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The document and variables that call the probe's operation on `target`. */
export function request(probe: Probe, spec: Spec, target: Target) {
  const own = spec.vars ? spec.vars(target.id, target.agency) : 'id' in probe.variables ? { id: target.id } : { input: { id: target.id } };
  const variables = merge(probe.variables, own);
  const names = Object.keys(variables);
  const declarations = names.map((name) => `$${name}: ${probe.argTypes[name]}`).join(', ');
  const args = names.map((name) => `${name}: $${name}`).join(', ');
  const document = `${probe.operation} Cell${names.length ? `(${declarations})` : ''} { ${probe.name}${names.length ? `(${args})` : ''}${probe.selection} }`;
  return { document, variables, idPath: pathOf(variables, target.id) };
}

/**
 * What an answer means for the scope (see the outcome rules in test/authz/matrix.ts).
 * Anything else is returned as its code and message, and matches no expectation.
 */
export function outcome(response: GraphQLResponse, operation: string, idPath: string | null): string {
  const error = response.errors?.[0];
  if (!error) return response.data?.[operation] === null ? 'NOT_FOUND' : 'OK';
  const { code, field, id } = error.extensions as { code: string; field?: string; id?: string };
  if (code === 'NOT_FOUND') return id === DUMMY_ID ? `NOT_FOUND of an unset argument (${error.message})` : 'NOT_FOUND';
  if (code === 'FORBIDDEN') return error.extensions.reason === 'PERMISSION_REQUIRED' ? `ROLE_REFUSED` : 'FORBIDDEN';
  if (code === 'BAD_USER_INPUT' && idPath !== null && field === idPath) return 'BAD_REFERENCE';
  if (['BAD_USER_INPUT', 'CONFLICT', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE'].includes(code)) return 'OK';
  return `${code}: ${error.message}`;
}

/** A list's outcome for each target: on the page (OK) or not (NOT_FOUND); a refused call refuses every target. */
export async function listOutcomes(app: TestApp, spec: Spec, token: string, list: Target[]): Promise<[Side, string][]> {
  const response = await app.gql(spec.list!.document, {}, { token });
  if (response.errors) return list.map((t) => [t.side, outcome(response, '', null)]);
  const ids = spec.list!.ids(response.data as Record<string, unknown>);
  return list.map((t) => [t.side, ids.includes(t.id) ? 'OK' : 'NOT_FOUND']);
}
