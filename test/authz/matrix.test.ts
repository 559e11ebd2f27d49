import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { rootProbes, type Probe } from '../helpers/probe.js';
import { ANY, MATRIX, PUBLIC, TODO } from './matrix.js';

const ROLES = [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR, Role.SUPERVISOR, Role.EMPLOYEE] as const;
/** Calls without a login are checked for every operation by test/api/auth.test.ts. */
type Caller = Role;

let app: TestApp;
let probes: Probe[];
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  app = await startTestApp();
  const { agency } = await createAgency(app);
  for (const role of ROLES) tokens[role] = (await actor(app, [role], role === Role.SUPER_ADMIN ? null : agency)).token;
  probes = await rootProbes(app);
});
afterAll(() => app?.close());

/** What the role check said: refused for the role, refused for want of a login, or let through to the operation. */
async function roleCheck(probe: Probe, caller: Caller): Promise<string> {
  const response = await app.gql(probe.document, probe.variables, { token: tokens[caller] });
  const error = response.errors?.[0];
  // A login refused for want of one, not an operation refusing bad credentials (login itself).
  if (error?.extensions.code === 'UNAUTHENTICATED' && error.message === 'Authentication required') return 'UNAUTHENTICATED';
  if (error?.extensions.code === 'FORBIDDEN' && /needs one of the roles/.test(error.message)) return 'ROLE_REFUSED';
  return 'PASSES';
}

function expected(operation: string, caller: Caller): string {
  const { roles } = MATRIX[operation]!;
  if (roles === PUBLIC || roles === ANY) return 'PASSES';
  return roles.includes(caller) ? 'PASSES' : 'ROLE_REFUSED';
}

describe('authorization matrix', () => {
  it('has an entry for every root query and mutation of the schema, and none for operations that are gone', () => {
    const names = probes.map((p) => p.name).sort();
    expect(names.filter((name) => !(name in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !names.includes(name))).toEqual([]);
    for (const probe of probes) expect(MATRIX[probe.name]!.kind, probe.name).toBe(probe.operation);
  });

  it('every operation, for every role, passes or refuses the role check as the matrix says', { timeout: 300_000 }, async () => {
    const callers: Caller[] = [...ROLES];
    const actual: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    const cells = probes
      .filter((p) => MATRIX[p.name] && MATRIX[p.name]!.roles !== TODO)
      .flatMap((probe) => callers.map((caller) => ({ probe, caller })));
    for (let i = 0; i < cells.length; i += 8) {
      await Promise.all(
        cells.slice(i, i + 8).map(async ({ probe, caller }) => {
          actual[`${probe.name} as ${caller}`] = await roleCheck(probe, caller);
          wanted[`${probe.name} as ${caller}`] = expected(probe.name, caller);
        }),
      );
    }
    expect(actual).toEqual(wanted);
    expect(Object.keys(actual).length).toBe(Object.values(MATRIX).filter((e) => e.roles !== TODO).length * callers.length);
  });

  // Scope outcomes (an object in the actor's scope and one out of it) still to be written: listed, not passed.
  for (const [operation, entry] of Object.entries(MATRIX)) {
    if (entry.roles === TODO) it.todo(`${operation}: roles that pass the role check`);
    if (entry.scope === TODO) it.todo(`${operation}: in-scope and out-of-scope outcome per role`);
  }
});
