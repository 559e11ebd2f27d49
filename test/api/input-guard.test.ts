import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSED_PUBLIC_REQUESTS_PER_HOUR } from '../../api/src/modules/community/public-guard.js';
import { databaseFingerprint, startTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/app.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Findings 7, 8, 9 and parts of 10 of the security test (issue 20): every argument value,
 * variables and inline literals alike, is checked before execution (api/src/graphql/input-guard.ts).
 */

let app: TestApp;
let line: ReportingLine;

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
});
afterAll(() => app?.close());

interface Answer {
  status: number;
  ms: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** POST /graphql with a body given as text (so it may be deeper than JSON.stringify could write). */
async function post(body: string, options: { token?: string; address?: string } = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.address ? { 'x-forwarded-for': options.address } : {}),
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, body: JSON.parse(text) };
}
const ask = (query: string, variables: Record<string, unknown> = {}, options: { token?: string; address?: string } = {}) =>
  post(JSON.stringify({ query, variables }), options);
const first = (answer: Answer) => answer.body.errors?.[0]?.extensions;

const EMPLOYEES = `query ($filter: EmployeeFilter) { employees(filter: $filter) { totalCount } }`;
const CREATE_UNIT = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`;
const unitInput = (over: Record<string, unknown>) => ({
  agencyId: line.agencyId,
  code: 'UJI',
  name: 'Bidang Uji',
  kind: 'BIDANG',
  ...over,
});
const nested = (levels: number, key: 'and' | 'or' = 'and') => {
  let filter: Record<string, unknown> = { name: { eq: 'x' } };
  for (let i = 0; i < levels; i++) filter = { [key]: [filter] };
  return filter;
};

describe('filter sizes (finding 7)', () => {
  it('refuses an `in` list longer than a page, by variable and by literal, naming the field and the limit', async () => {
    const big = await ask(
      EMPLOYEES,
      { filter: { name: { in: Array.from({ length: 70_000 }, (_, i) => `nama-${i}`) } } },
      { token: line.tokens.hr },
    );
    expect(big.status).toBe(400);
    expect(first(big)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.name.in', reason: 'TOO_MANY_ITEMS', params: { max: 500 } });
    const ids = Array.from({ length: 501 }, (_, i) => `"id-${i}"`).join(',');
    const literal = await ask(`{ employees(filter: { id: { in: [${ids}] } }) { totalCount } }`, {}, { token: line.tokens.hr });
    expect(first(literal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.id.in', params: { max: 500 } });
    // Any filter type: an enum's `in` inside an `or` branch.
    const inBranch = await ask(EMPLOYEES, { filter: { or: [{ status: { in: Array(501).fill('AKTIF') } }] } }, { token: line.tokens.hr });
    expect(first(inBranch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.or.0.status.in' });
    const page = await ask(
      EMPLOYEES,
      { filter: { name: { in: Array.from({ length: 500 }, (_, i) => `nama-${i}`) } } },
      { token: line.tokens.hr },
    );
    expect(page.body).toEqual({ data: { employees: { totalCount: 0 } } });
  });

  it('refuses more than 50 and/or branches before any SQL: a 20,000-branch `or` of a plain employee costs no time', async () => {
    const branches = Array.from({ length: 20_000 }, (_, i) => ({ name: { eq: `x${i}` } }));
    const wide = await ask(EMPLOYEES, { filter: { or: branches } }, { token: line.tokens.siti });
    expect(first(wide)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.or', reason: 'TOO_MANY_ITEMS', params: { max: 50 } });
    expect(wide.body.data ?? null).toBeNull();
    expect(wide.ms).toBeLessThan(2000);
    const and = await ask(EMPLOYEES, { filter: { and: branches.slice(0, 51) } }, { token: line.tokens.siti });
    expect(first(and)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.and' });
    // The variants: a variable inside a literal, and a literal spread through a fragment.
    const inside = await ask(
      `query ($branches: [EmployeeFilter!]) { employees(filter: { or: $branches }) { totalCount } }`,
      { branches: branches.slice(0, 51) },
      { token: line.tokens.siti },
    );
    expect(first(inside)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.or' });
    const literal = Array.from({ length: 51 }, (_, i) => `{ name: { eq: "x${i}" } }`).join(' ');
    const fragment = await ask(
      `{ ...F } fragment F on Query { employees(filter: { or: [${literal}] }) { totalCount } }`,
      {},
      { token: line.tokens.siti },
    );
    expect(first(fragment)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.or' });
    const fifty = await ask(EMPLOYEES, { filter: { or: branches.slice(0, 50) } }, { token: line.tokens.siti });
    expect(fifty.body.errors).toBeUndefined();
  });

  it('refuses and/or nested more than 5 levels, at the level that crosses it', async () => {
    const six = await ask(EMPLOYEES, { filter: nested(6) }, { token: line.tokens.hr });
    expect(first(six)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.and.0.and.0.and.0.and.0.and.0.and',
      reason: 'TOO_DEEP',
      params: { max: 5 },
    });
    expect((await ask(EMPLOYEES, { filter: nested(5, 'or') }, { token: line.tokens.hr })).body.errors).toBeUndefined();
  });

  it('holds for the filter of an export route too', async () => {
    const filter = JSON.stringify({ or: Array.from({ length: 51 }, () => ({ name: { eq: 'x' } })) });
    const response = await fetch(`${app.url}/exports/employees.xlsx?filter=${encodeURIComponent(filter)}`, {
      headers: { authorization: `Bearer ${line.tokens.hr}` },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('lone UTF-16 surrogates (finding 8)', () => {
  it('are BAD_USER_INPUT on the field wherever they travel in variables, and nothing is stored', async () => {
    const before = await databaseFingerprint(app);
    const cases: [string, Record<string, unknown>, string][] = [
      [CREATE_UNIT, { input: unitInput({ name: 'Bidang \ud800 Uji' }) }, 'input.name'],
      [CREATE_UNIT, { input: unitInput({ name: 'Bidang Uji \udfff' }) }, 'input.name'],
      [CREATE_UNIT, { input: unitInput({ code: '\udc00' }) }, 'input.code'],
      [EMPLOYEES, { filter: { name: { contains: 'a\ud83d' } } }, 'filter.name.contains'],
      [EMPLOYEES, { filter: { q: '\udc00x' } }, 'filter.q'],
      [`query ($id: ID!) { employee(id: $id) { id } }`, { id: 'RW1w\ud800' }, 'id'],
    ];
    for (const [query, variables, field] of cases) {
      const answer = await ask(query, variables, { token: line.tokens.hr });
      expect(answer.status, field).toBe(400);
      expect(first(answer), field).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'INVALID_UNICODE' });
    }
    // A proper pair (an emoji) is text like any other.
    const emoji = await ask(EMPLOYEES, { filter: { name: { contains: 'a\ud83d\ude00' } } }, { token: line.tokens.hr });
    expect(emoji.body.errors).toBeUndefined();
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('in an inline literal are refused by the parser (400 with a code), never a 500', async () => {
    for (const literal of ['"a\\ud800"', '"a\ud800"', '"""a\udc00"""']) {
      const answer = await post(
        JSON.stringify({ query: `mutation { createOrgUnit(input: { code: "UJI", name: ${literal}, kind: BIDANG }) { orgUnit { id } } }` }),
        { token: line.tokens.hr },
      );
      expect(answer.status, literal).toBe(400);
      expect(first(answer)?.code, literal).toBe('GRAPHQL_PARSE_FAILED');
    }
  });

  it('sent anonymously to a public operation are counted per address by the public guard', async () => {
    const complaint = (subject: string) => ({
      input: { agencyCode: 'TIDAK-ADA', category: 'PENGADUAN', subject, description: 'Antrean sangat lama sekali di loket' },
    });
    const SUBMIT = `mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { trackingCode } }`;
    for (let i = 0; i < REFUSED_PUBLIC_REQUESTS_PER_HOUR; i++) {
      const answer = await ask(SUBMIT, complaint(`Antrean \udc00 ${i}`), { address: '203.0.113.8' });
      expect(first(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subject', reason: 'INVALID_UNICODE' });
    }
    const over = await ask(SUBMIT, complaint('Antrean \udc00'), { address: '203.0.113.8' });
    expect(over.status).toBe(429);
    expect(first(over)).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Another address still gets its answer.
    const other = await ask(SUBMIT, complaint('Antrean \udc00'), { address: '203.0.113.9' });
    expect(first(other)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subject' });
    const rows = await app.sql<{ count: number }>(`select count from public_rate_limits where key like 'refused:%' order by count desc`);
    expect(rows.map((r) => r.count)).toEqual([REFUSED_PUBLIC_REQUESTS_PER_HOUR + 1, 1]);
  });
});

describe('deeply nested input values (finding 9)', () => {
  const deepFilter = (levels: number) => '{"and":['.repeat(levels) + '{}' + ']}'.repeat(levels);
  const deepList = (levels: number) => '['.repeat(levels) + '1' + ']'.repeat(levels);

  it('are refused before execution, logged in or not, with BAD_USER_INPUT naming the limit', async () => {
    for (const token of [undefined, line.tokens.hr]) {
      const filter = await post(`{"query":${JSON.stringify(EMPLOYEES)},"variables":{"filter":${deepFilter(1000)}}}`, { token });
      expect(filter.status).toBe(400);
      expect(first(filter)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_DEEP' });
      const huge = await post(`{"query":${JSON.stringify(EMPLOYEES)},"variables":{"filter":${deepFilter(100_000)}}}`, { token });
      expect(first(huge)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_DEEP' });
    }
    // Not a filter: a list argument nested a thousand deep, and a JSON value inside an input.
    const template = `mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`;
    const items = await post(`{"query":${JSON.stringify(template)},"variables":{"input":{"name":"T","items":${deepList(1000)}}}}`, {
      token: line.tokens.hr,
    });
    expect(items.status).toBe(400);
    expect(first(items)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.items.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
      params: { max: 20 },
    });
  });

  it('in a directive argument are refused too', async () => {
    let deep: unknown = true;
    for (let i = 0; i < 1000; i++) deep = [deep];
    const answer = await ask(
      `query ($live: Boolean!) { employees @include(if: $live) { totalCount } }`,
      { live: deep },
      { token: line.tokens.hr },
    );
    expect(answer.status).toBe(400);
    expect(first(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'if' + '.0'.repeat(20), reason: 'TOO_DEEP' });
  });

  it('in an inline literal are refused before parsing, with a code and the limit', async () => {
    let literal = '{ name: { eq: "x" } }';
    for (let i = 0; i < 1200; i++) literal = `{ and: [${literal}] }`;
    const answer = await post(JSON.stringify({ query: `{ employees(filter: ${literal}) { totalCount } }` }));
    expect(answer.status).toBe(400);
    expect(first(answer)).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', reason: 'TOO_DEEP' });
    const list = await post(JSON.stringify({ query: `{ employees(first: ${deepList(2400)}) { totalCount } }` }), { token: line.tokens.hr });
    expect(first(list)).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', reason: 'TOO_DEEP' });
  });
});

describe('text a person types (finding 10)', () => {
  const CREATE_POSITION = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`;
  const TEXTS: [string, string, string][] = [
    ['zero-width only', '\u200b\u200c\u200d', 'BLANK'],
    ['word joiner and BOM only', '\u2060\ufeff', 'BLANK'],
    ['Hangul fillers only', '\u3164\u3164', 'BLANK'],
    ['combining marks only', '\u0301\u0308', 'BLANK'],
    ['right-to-left override', 'Bidang \u202eUji', 'BIDI_CONTROLS'],
    ['left-to-right embedding', '\u202aBidang', 'BIDI_CONTROLS'],
    ['first-strong isolate', 'Bidang \u2068Uji\u2069', 'BIDI_CONTROLS'],
    ['C1 next line', 'Bidang\u0085Uji', 'CONTROL_CHARACTERS'],
    ['C1 CSI', 'Bidang\u009b31mUji', 'CONTROL_CHARACTERS'],
  ];

  it.each(TEXTS)('refuses a name with %s, on the field, storing nothing', async (_label, name, reason) => {
    const before = await databaseFingerprint(app);
    const unit = await ask(CREATE_UNIT, { input: unitInput({ name }) }, { token: line.tokens.hr });
    expect(first(unit)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', reason });
    const position = await ask(CREATE_POSITION, { input: { name, grade: 7, type: 'PELAKSANA', unitId: 'x' } }, { token: line.tokens.hr });
    expect(first(position)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', reason });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('keeps accepting names with accents, other scripts and emoji', async () => {
    for (const [i, name] of ['Jose\u0301 Rizal', 'مكتب الصحة', 'Bidang 🏥 Sehat'].entries()) {
      const answer = await ask(CREATE_UNIT, { input: unitInput({ code: `UJI-${i}`, name }) }, { token: line.tokens.hr });
      expect(answer.body.errors, name).toBeUndefined();
    }
  });
});

describe('dates a person types (finding 10)', () => {
  it('lie between 2000 and five years ahead, as an appraisal period’s do', async () => {
    const max = `${new Date().getUTCFullYear() + 5}-12-31`;
    const report = await ask(
      `mutation ($input: FileWorkReportInput!) { fileWorkReport(input: $input) { report { id } } }`,
      { input: { date: '1900-01-02', activity: 'Rapat', output: 'Notulen', hours: 2 } },
      { token: line.tokens.siti },
    );
    expect(first(report)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.date',
      reason: 'DATE_TOO_EARLY',
      params: { min: '2000-01-01' },
    });
    const placement = await ask(
      `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`,
      { input: { id: line.ids.siti, version: 1, name: 'Siti Aminah', effectiveDate: '9999-12-31' } },
      { token: line.tokens.hr },
    );
    expect(first(placement)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.effectiveDate',
      reason: 'DATE_TOO_LATE',
      params: { max },
    });
    const literal = await ask(`{ ikm(unitId: "x", from: "1999-12-31", to: "2000-01-31") { respondents } }`, {}, { token: line.tokens.hr });
    expect(first(literal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from', reason: 'DATE_TOO_EARLY' });
  });

  it('in filters may still look anywhere', async () => {
    const answer = await ask(
      `{ workReports(filter: { date: { gte: "1990-01-01", lt: "2999-01-01" } }) { totalCount } }`,
      {},
      { token: line.tokens.hr },
    );
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('a token whose subject is not a UUID (finding 10)', () => {
  it('is UNAUTHENTICATED, over /graphql and for exports', async () => {
    for (const sub of ['not-a-uuid', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g', 'a'.repeat(5000)]) {
      const token = await new SignJWT({ tv: 0 })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer('kinerja-asn')
        .setAudience('kinerja-asn-api')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
      const answer = await ask(`{ me { id } }`, {}, { token });
      expect(answer.status, sub.slice(0, 20)).toBe(401);
      expect(first(answer)?.code).toBe('UNAUTHENTICATED');
      const file = await fetch(`${app.url}/exports/employees.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      expect(file.status).toBe(401);
    }
  });
});
