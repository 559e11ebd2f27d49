import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rolesWith } from '../../api/src/access/policy.js';
import { exportRoutes } from '../../api/src/modules/exports/export-routes.js';
import { LIST_EXPORTS } from '../../api/src/modules/exports/xlsx-lists.js';
import { createSchema } from '../../api/src/schema.js';
import { databaseFingerprint, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { rootProbes, type Probe } from '../helpers/probe.js';
import { listOutcomes, outcome, request, targets, type Side, type Target } from './cells.js';
import { EXPORT_ROUTES } from './exports.js';
import { MATRIX, NONE, PUBLIC, SUBSCRIPTIONS, TODO, type Cell } from './matrix.js';
import { SPECS } from './requests.js';
import { buildWorld, freshObject, type World } from './world.js';

// MATRIX_TODAY=YYYY-MM-DD runs the matrix as on that day (a Saturday, the first day of a quarter...): the clock of
// this process, the API's included, starts there and runs on. Before the imports, which read the year.
vi.hoisted(() => {
  const day = process.env.MATRIX_TODAY;
  if (day) vi.useFakeTimers({ now: new Date(`${day}T02:00:00Z`), toFake: ['Date'], shouldAdvanceTime: true });
});

const ROLES = [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR, Role.SUPERVISOR, Role.EMPLOYEE] as const;
/** Calls without a login are checked for every operation by test/api/auth.test.ts. */
type Caller = Role;

let app: TestApp;
let probes: Probe[];
let world: World;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  app = await startTestApp();
  const { agency } = await createAgency(app);
  for (const role of ROLES) tokens[role] = (await actor(app, [role], role === Role.SUPER_ADMIN ? null : agency)).token;
  probes = await rootProbes(app);
  world = await buildWorld(app);
}, 120_000);
afterAll(() => app?.close());

/** What the role check said: refused for the role, refused for want of a login, or let through to the operation. */
async function roleCheck(probe: Probe, caller: Caller): Promise<string> {
  const response = await app.gql(probe.document, probe.variables, { token: tokens[caller] });
  const error = response.errors?.[0];
  // A login refused for want of one, not an operation refusing bad credentials (login itself).
  if (error?.extensions.code === 'UNAUTHENTICATED' && error.message === 'Authentication required') return 'UNAUTHENTICATED';
  if (error?.extensions.code === 'FORBIDDEN' && error.extensions.reason === 'PERMISSION_REQUIRED') return 'ROLE_REFUSED';
  return 'PASSES';
}

/** What the policy says: the roles holding the operation's permission pass. */
function expected(operation: string, caller: Caller): string {
  const { access } = MATRIX[operation]!;
  if (access === PUBLIC) return 'PASSES';
  return rolesWith(access).includes(caller) ? 'PASSES' : 'ROLE_REFUSED';
}

describe('authorization matrix', () => {
  it('has an entry for every root query and mutation of the schema, and none for operations that are gone', () => {
    const names = probes.map((p) => p.name).sort();
    expect(names.filter((name) => !(name in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !names.includes(name))).toEqual([]);
    for (const probe of probes) expect(MATRIX[probe.name]!.kind, probe.name).toBe(probe.operation);
  });

  it('names, for every operation and subscription, the permission the schema declares (a changed permission must be reviewed here)', async () => {
    const schema = await createSchema();
    const declared: Record<string, string> = {};
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(type!.getFields())) {
        declared[field.name] = field.extensions.public === true ? PUBLIC : String(field.extensions.permission);
      }
    }
    const written = { ...MATRIX, ...SUBSCRIPTIONS };
    expect(declared).toEqual(Object.fromEntries(Object.entries(written).map(([name, entry]) => [name, entry.access])));
  });

  it('every operation, for every role, passes or refuses the role check as the matrix says', { timeout: 300_000 }, async () => {
    const callers: Caller[] = [...ROLES];
    const actual: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    const cells = probes.filter((p) => MATRIX[p.name]).flatMap((probe) => callers.map((caller) => ({ probe, caller })));
    for (let i = 0; i < cells.length; i += 16) {
      await Promise.all(
        cells.slice(i, i + 16).map(async ({ probe, caller }) => {
          actual[`${probe.name} as ${caller}`] = await roleCheck(probe, caller);
          wanted[`${probe.name} as ${caller}`] = expected(probe.name, caller);
        }),
      );
    }
    expect(actual).toEqual(wanted);
    expect(Object.keys(actual).length).toBe(Object.keys(MATRIX).length * callers.length);
  });

  it(
    'every operation, for every role that passes the role check, reaches what is in scope and nothing else',
    { timeout: 300_000 },
    async () => {
      const actual: Record<string, string> = {};
      const wanted: Record<string, string> = {};
      // Reads first; then every write expected to be refused (out of scope, on a peer, by a finer rule), which must
      // change nothing; then the writes expected through, another agency's (platform administrators) before in-scope.
      const phases: (() => Promise<void>)[][] = [[], [], [], []];
      const REFUSED_WRITES = 1;
      for (const probe of probes) {
        const entry = MATRIX[probe.name];
        if (!entry || entry.scope === TODO || entry.scope === NONE || entry.scope === PUBLIC) continue;
        const spec = SPECS[probe.name];
        if (!spec) throw new Error(`no request for ${probe.name} in test/authz/requests.ts`);
        const passing = ROLES.filter((role) => expected(probe.name, role) === 'PASSES');
        expect(Object.keys(entry.scope).sort(), `${probe.name}: a scope cell for each role passing the role check`).toEqual(
          [...passing].sort(),
        );
        for (const [role, cells] of Object.entries(entry.scope) as [Role, Cell][]) {
          const list = targets(world, spec, role);
          const record = (side: Side, result: string) => {
            actual[`${probe.name} as ${role}, ${side}`] = result;
            wanted[`${probe.name} as ${role}, ${side}`] = cells[side] ?? 'no expectation written';
          };
          if (spec.list) {
            phases[0]!.push(async () => {
              for (const [side, result] of await listOutcomes(app, spec, world.tokens[role], list)) record(side, result);
            });
            continue;
          }
          for (const target of list) {
            const through = cells[target.side] === 'OK';
            const phase = probe.operation === 'query' ? 0 : !through ? REFUSED_WRITES : target.side === 'inScope' ? 3 : 2;
            // Made now, before any phase: making one is a change of its own.
            const fresh: Target = spec.fresh ? { ...target, id: await freshObject(world, target.agency, spec.kind) } : target;
            phases[phase]!.push(async () => {
              const { document, variables, idPath } = request(probe, spec, fresh);
              const response = await app.gql(document, variables, { token: world.tokens[role] });
              record(target.side, outcome(response, probe.name, spec.lifecycleOnId ? null : idPath));
            });
          }
        }
      }
      let refusedWrites = 0;
      for (const [phase, calls] of phases.entries()) {
        const before = phase === REFUSED_WRITES ? await databaseFingerprint(app) : null;
        for (let i = 0; i < calls.length; i += 16) await Promise.all(calls.slice(i, i + 16).map((call) => call()));
        if (before === null) continue;
        refusedWrites = calls.length;
        expect(await databaseFingerprint(app), 'a refused write changed a table (the lines that differ name it)').toBe(before);
      }
      expect(actual).toEqual(wanted);
      expect(refusedWrites).toBeGreaterThan(500);
      // 2,094 checks (operation x role x object), 544 of them refused writes, when this was written (operations
      // whose permission refuses a role at the role check are counted by the test above, not here).
      expect(Object.keys(actual).length).toBeGreaterThan(2050);
    },
  );

  it(
    'every export route, for every role, answers as test/authz/exports.ts says, in scope and out of it',
    { timeout: 300_000 },
    async () => {
      const router = exportRoutes({ orm: null as never, config: null as never, logger: null as never, schema: null as never });
      const paths = (router.stack as { route?: { path: string } }[]).flatMap(({ route }) =>
        route?.path === '/exports/:file' ? Object.keys(LIST_EXPORTS).map((name) => `/exports/${name}.xlsx`) : route ? [route.path] : [],
      );
      expect(paths.sort()).toEqual(Object.keys(EXPORT_ROUTES).sort());
      const actual: Record<string, number> = {};
      const wanted: Record<string, number> = {};
      const calls: (() => Promise<void>)[] = [];
      for (const [route, { object, statuses }] of Object.entries(EXPORT_ROUTES)) {
        for (const role of ROLES) {
          const expectedStatus = statuses[role];
          const sides = object
            ? ([
                ['inScope', world.A.one[object]!],
                ['outOfScope', world.B.one[object]!],
              ] as const)
            : ([['list', '']] as const);
          for (const [index, [side, id]] of sides.entries()) {
            calls.push(async () => {
              const response = await fetch(`${app.url}${route.replace(':id', encodeURIComponent(id))}`, {
                headers: { authorization: `Bearer ${world.tokens[role]}` },
              });
              await response.arrayBuffer();
              actual[`${route} as ${role}, ${side}`] = response.status;
              wanted[`${route} as ${role}, ${side}`] = Array.isArray(expectedStatus) ? expectedStatus[index]! : (expectedStatus as number);
            });
          }
        }
      }
      for (let i = 0; i < calls.length; i += 8) await Promise.all(calls.slice(i, i + 8).map((call) => call()));
      expect(actual).toEqual(wanted);
      expect(Object.keys(actual).length).toBe(78);
    },
  );

  for (const [operation, entry] of Object.entries(MATRIX)) {
    if (entry.scope === TODO) it.todo(`${operation}: in-scope and out-of-scope outcome per role`);
  }
});
