import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SENSITIVE_RECORDS, type SensitiveRecord } from '../../api/src/access/sensitive.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { Agency } from '../../api/src/modules/organization/agency.entity.js';
import { createSchema } from '../../api/src/schema.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, Role } from '../helpers/factories.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';
import { NOT_PERSONAL, RECORD_CELLS, SENSITIVE_FIELDS, SENSITIVE_NAME, type Seen, type Side } from './sensitive.js';

const ROLES = [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR, Role.SUPERVISOR, Role.EMPLOYEE] as const;

/** One field of Employee per record kind, read wherever the person appears (in the list, or up a supervisor chain). */
const PROBES: Partial<Record<SensitiveRecord, string>> = {
  evaluations: 'latestPredicate',
  discipline: 'activeSanctions { id }',
  bankAccount: 'bankAccount',
};

let app: TestApp;
let A: ReportingLine;
let B: ReportingLine;
const tokens = {} as Record<Role, string>;

async function settle(line: ReportingLine) {
  for (const key of ['kadis', 'kapus', 'siti', 'yusuf']) {
    const employeeId = fromGlobalId(line.ids[key]!, 'Employee', 'id');
    await app.sql(
      `insert into evaluations (id, created_at, updated_at, agency_id, plan_id, period_id, status, behaviour_ratings, predicate, score, confirmed_at)
       select gen_random_uuid(), now(), now(), p.agency_id, p.id, p.period_id, 'CONFIRMED', '[]', 'BAIK', 90, now()
         from performance_plans p where p.employee_id = ? and p.period_id = ?`,
      [employeeId, fromGlobalId(line.ids.quarter!, 'AppraisalPeriod', 'id')],
    );
    await app.sql(`update employees set bank_account = ? where id = ?`, [`BANK ${key}`, employeeId]);
  }
}

beforeAll(async () => {
  app = await startTestApp();
  A = await setUpReportingLine(app);
  // NIPs are unique across the platform and both agencies are built from the same line: move A's aside.
  await app.sql(`update employees set nip = substr(nip, 1, 15) || '9' || substr(nip, 17) where agency_id = ?`, [
    fromGlobalId(A.agencyId, 'Agency', 'id'),
  ]);
  B = await setUpReportingLine(app);
  await settle(A);
  await settle(B);
  const agency = await app.orm.em.fork().findOneOrFail(Agency, { id: fromGlobalId(A.agencyId, 'Agency', 'id') });
  tokens[Role.SUPER_ADMIN] = (await actor(app, [Role.SUPER_ADMIN], null)).token;
  tokens[Role.AGENCY_ADMIN] = (await actor(app, [Role.AGENCY_ADMIN], agency)).token;
  tokens[Role.HR_OFFICER] = A.tokens.hr!;
  tokens[Role.EVALUATOR] = (await actor(app, [Role.EVALUATOR], agency)).token;
  tokens[Role.SUPERVISOR] = A.tokens.kapus!;
  tokens[Role.EMPLOYEE] = A.tokens.siti!;
}, 180_000);
afterAll(() => app?.close());

/** The person on each side for each role (test/authz/sensitive.ts). */
function targets(role: Role): Partial<Record<Side, string>> {
  if (role === Role.SUPERVISOR) return { own: A.ids.kapus, subordinate: A.ids.siti, superior: A.ids.kadis, otherAgency: B.ids.siti };
  if (role === Role.EMPLOYEE) return { own: A.ids.siti, superior: A.ids.kapus, otherAgency: B.ids.siti };
  return { subordinate: A.ids.siti, superior: A.ids.kadis, otherAgency: B.ids.siti };
}

type Person = { id: string; value?: unknown; supervisorChain?: Person[] };

describe('authorization matrix: sensitive nested fields', () => {
  it('has an entry for every field marked sensitive in the schema, and none for fields that are not', async () => {
    const schema = await createSchema();
    const marked: Record<string, string> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()))
        if (field.extensions.sensitive) marked[`${type.name}.${field.name}`] = String(field.extensions.sensitive);
    }
    expect(marked).toEqual(SENSITIVE_FIELDS);
    // Each record kind is checked per role below, or is named here as not probed over HTTP.
    for (const record of Object.keys(SENSITIVE_RECORDS) as SensitiveRecord[])
      expect(record in RECORD_CELLS || ['training', 'complaintContact'].includes(record), record).toBe(true);
  });

  it('marks every field whose name looks sensitive, unless it is listed as not a person’s record', async () => {
    const schema = await createSchema();
    const unmarked: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
      if (type.name in NOT_PERSONAL || type.name.endsWith('Payload') || type.name.endsWith('Connection') || type.name.endsWith('Edge'))
        continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (SENSITIVE_NAME.test(field.name) && !field.extensions.sensitive && !(name in NOT_PERSONAL)) unmarked.push(name);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('answers each record kind per role: own, a subordinate’s, a superior’s, another agency’s', { timeout: 120_000 }, async () => {
    const actual: Record<string, Seen> = {};
    const wanted: Record<string, string> = {};
    for (const [record, field] of Object.entries(PROBES) as [SensitiveRecord, string][]) {
      for (const role of ROLES) {
        const response = await app.gql<{ employees: { nodes: Person[] } }>(
          `{ employees(first: 200) { nodes { id value: ${field} supervisorChain { id value: ${field} } } } }`,
          {},
          { token: tokens[role] },
        );
        expect(response.errors, `${record} as ${role}`).toBeUndefined();
        const seen = response.data!.employees.nodes.flatMap((node) => [node, ...(node.supervisorChain ?? [])]);
        for (const [side, id] of Object.entries(targets(role)) as [Side, string][]) {
          const found = seen.filter((person) => person.id === id);
          actual[`${record} as ${role}, ${side}`] = !found.length ? 'NOT_FOUND' : found.some((p) => p.value !== null) ? 'VALUE' : 'NULL';
          wanted[`${record} as ${role}, ${side}`] = RECORD_CELLS[record]![role][side] ?? 'no expectation written';
        }
      }
    }
    expect(actual).toEqual(wanted);
    // 3 record kinds x 6 roles x 3-4 sides: 57 checks when this was written.
    expect(Object.keys(actual).length).toBe(57);
  });
});
