import { buildSchema, introspectionFromSchema, print } from 'graphql';
import type { IntrospectionResult } from 'ra-data-graphql';
import { describe, expect, it } from 'vitest';
import { buildQueryFactory, mutationPayloadOf } from './build-query';
import { i18nProvider } from '../i18n';
import { toHttpError } from './errors';

// The shapes of the published schema (schema/schema.graphql), enough to exercise every mapping.
const sdl = `
  scalar DateTime
  scalar JSON
  interface Node { id: ID! }
  enum SortDirection { ASC DESC }
  enum AgencyKind { PUSAT DAERAH }
  enum AgencySortField { CODE NAME KIND REGION CREATED_AT UPDATED_AT }
  input StringFilter { eq: String ne: String in: [String!] contains: String startsWith: String isNull: Boolean }
  input IDFilter { eq: ID in: [ID!] isNull: Boolean }
  input DateTimeFilter { eq: DateTime gt: DateTime gte: DateTime lt: DateTime lte: DateTime isNull: Boolean }
  input AgencyKindFilter { eq: AgencyKind in: [AgencyKind!] isNull: Boolean }
  input AgencyFilter {
    id: IDFilter code: StringFilter name: StringFilter kind: AgencyKindFilter region: StringFilter
    updatedAt: DateTimeFilter parentId: IDFilter descendantOf: ID q: String and: [AgencyFilter!] or: [AgencyFilter!]
  }
  input AgencyOrderBy { field: AgencySortField! direction: SortDirection = ASC }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Agency implements Node {
    id: ID! code: String! name: String! kind: AgencyKind! region: String version: Int!
    createdAt: DateTime! updatedAt: DateTime! tags: [String!]! parent: Agency parentId: ID
    children(first: Int): AgencyConnection!
  }
  type AgencyEdge { cursor: String! node: Agency! }
  type AgencyConnection { nodes: [Agency!]! edges: [AgencyEdge!]! pageInfo: PageInfo! totalCount: Int! }
  input CreateAgencyInput { code: String! name: String! kind: AgencyKind! region: String }
  input UpdateAgencyInput { id: ID! version: Int! code: String name: String kind: AgencyKind region: String }
  input DeleteAgencyInput { id: ID! version: Int }
  type AgencyPayload { agency: Agency! }
  type Memo implements Node { id: ID! text: String! author: Agency }
  type MemoConnection { nodes: [Memo!]! totalCount: Int! }
  type DeleteAgencyPayload { id: ID! }
  type Query {
    node(id: ID!): Node
    agencies(filter: AgencyFilter, orderBy: [AgencyOrderBy!], first: Int, after: String, offset: Int): AgencyConnection!
    agency(id: ID!): Agency!
    memos(first: Int, offset: Int): MemoConnection!
  }
  type Mutation {
    createAgency(input: CreateAgencyInput!): AgencyPayload!
    updateAgency(input: UpdateAgencyInput!): AgencyPayload!
    deleteAgency(input: DeleteAgencyInput!): DeleteAgencyPayload!
  }
`;

const schema = introspectionFromSchema(buildSchema(sdl)).__schema;
const buildQuery = buildQueryFactory({ schema, types: [], queries: [], resources: [] } as IntrospectionResult);
const compact = (document: Parameters<typeof print>[0]) => print(document).replace(/\s+/g, ' ').trim();
const record = { id: 'a1', code: 'BKN', name: 'Badan Kepegawaian Negara', kind: 'PUSAT', region: null, version: 3 };

describe('buildQuery', () => {
  it('maps getList onto filter, orderBy, first and offset, selecting scalar fields only', () => {
    const query = buildQuery('GET_LIST', 'agencies', {
      filter: {
        q: 'badan',
        kind: 'PUSAT',
        code: ['A', 'B'],
        name_contains: 'neg',
        updatedAt_gte: '2025-01-01',
        bogus: 1,
      },
      sort: { field: 'updatedAt', order: 'DESC' },
      pagination: { page: 3, perPage: 25 },
    });
    expect(compact(query.query)).toBe(
      'query agencies($filter: AgencyFilter, $orderBy: [AgencyOrderBy!], $first: Int, $offset: Int) { ' +
        'agencies(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) { ' +
        'nodes { id code name kind region version createdAt updatedAt tags parentId } totalCount } }',
    );
    expect(query.variables).toEqual({
      filter: {
        q: 'badan',
        kind: { eq: 'PUSAT' },
        code: { in: ['A', 'B'] },
        name: { contains: 'neg' },
        updatedAt: { gte: '2025-01-01' },
      },
      orderBy: [{ field: 'UPDATED_AT', direction: 'DESC' }],
      first: 25,
      offset: 50,
    });
    const response = { data: { agencies: { nodes: [{ ...record, __typename: 'Agency' }], totalCount: 51 } } };
    expect(query.parseResponse(response as never)).toEqual({ data: [record], total: 51 });
  });

  it('drops a sort the API does not know (react-admin defaults to id)', () => {
    const query = buildQuery('GET_LIST', 'agencies', {
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(query.variables).toEqual({ first: 10 });
  });

  it('maps getMany and getManyReference onto id and relation filters', () => {
    expect(buildQuery('GET_MANY', 'agencies', { ids: ['a1', 'a2'] }).variables).toEqual({
      filter: { id: { in: ['a1', 'a2'] } },
      first: 2,
    });
    const reference = buildQuery('GET_MANY_REFERENCE', 'agencies', {
      target: 'parentId',
      id: 'p1',
      filter: {},
      sort: { field: 'code', order: 'ASC' },
      pagination: { page: 1, perPage: 5 },
    });
    expect(reference.variables).toMatchObject({
      filter: { parentId: { eq: 'p1' } },
      orderBy: [{ field: 'CODE', direction: 'ASC' }],
    });
  });

  it('fetches a record without a query of its own through node(id:), missing ones as NOT_FOUND', () => {
    const one = buildQuery('GET_ONE', 'memos', { id: 'm1', meta: { fields: 'author { name }' } });
    expect(compact(one.query)).toBe('query node($id: ID!) { node(id: $id) { ... on Memo { id text author { name } } } }');
    expect(one.variables).toEqual({ id: 'm1' });
    const memo = { __typename: 'Memo', id: 'm1', text: 'Catatan', author: { __typename: 'Agency', name: 'BKN' } };
    expect(one.parseResponse({ data: { node: memo } } as never)).toEqual({ data: { id: 'm1', text: 'Catatan', author: { name: 'BKN' } } });
    let missing: unknown;
    try {
      one.parseResponse({ data: { node: null } } as never);
    } catch (error) {
      missing = error;
    }
    expect(toHttpError(missing)).toMatchObject({ status: 404, message: 'Memo m1 not found' });
  });

  it('maps getOne, create, update and delete onto the conventions', () => {
    const one = buildQuery('GET_ONE', 'agencies', { id: 'a1' });
    expect(compact(one.query)).toMatch(/^query agency\(\$id: ID!\) \{ agency\(id: \$id\) \{ id code/);

    const create = buildQuery('CREATE', 'agencies', { data: { code: 'BKN', name: 'Badan', kind: 'PUSAT', extra: 1 } });
    expect(compact(create.query)).toMatch(
      /^mutation createAgency\(\$input: CreateAgencyInput!\) \{ createAgency\(input: \$input\) \{ agency \{ id/,
    );
    expect(create.variables).toEqual({ input: { code: 'BKN', name: 'Badan', kind: 'PUSAT' } });
    expect(create.parseResponse({ data: { createAgency: { agency: record } } } as never)).toEqual({ data: record });

    const update = buildQuery('UPDATE', 'agencies', {
      id: 'a1',
      data: { ...record, name: 'Baru', createdAt: 'x' },
      previousData: record,
    });
    expect(update.variables).toEqual({ input: { id: 'a1', version: 3, name: 'Baru' } });

    const remove = buildQuery('DELETE', 'agencies', { id: 'a1', previousData: record });
    expect(remove.variables).toEqual({ input: { id: 'a1', version: 3 } });
    expect(remove.parseResponse({ data: { deleteAgency: { id: 'a1' } } } as never)).toEqual({ data: record });
  });

  it('deletes many records in one document of aliased mutations', () => {
    const query = buildQuery('DELETE_MANY', 'agencies', { ids: ['a1', 'a2'] });
    expect(compact(query.query)).toBe(
      'mutation deleteManyAgency($input0: DeleteAgencyInput!, $input1: DeleteAgencyInput!) { ' +
        'd0: deleteAgency(input: $input0) { id } d1: deleteAgency(input: $input1) { id } }',
    );
    expect(query.variables).toEqual({ input0: { id: 'a1' }, input1: { id: 'a2' } });
    expect(query.parseResponse({ data: { d0: { id: 'a1' }, d1: { id: 'a2' } } } as never)).toEqual({
      data: ['a1', 'a2'],
    });
  });

  it('passes filter fields of a scalar type as they are, and maps suffixed operators', () => {
    const query = buildQuery('GET_LIST', 'agencies', {
      filter: { descendantOf: 'QWdlbmN5OjE=', parentId_isNull: true },
      pagination: { page: 1, perPage: 10 },
    });
    expect(query.variables).toEqual({ filter: { descendantOf: 'QWdlbmN5OjE=', parentId: { isNull: true } }, first: 10 });
  });

  it('appends the selections a page asks for in meta.fields, and cleans the nested records', () => {
    const fields = 'parent { id name } children(first: 0) { totalCount }';
    const one = buildQuery('GET_ONE', 'agencies', { id: 'a1', meta: { fields } });
    expect(compact(one.query)).toMatch(/tags parentId parent \{ id name \} children\(first: 0\) \{ totalCount \} \} \}$/);
    const response = {
      data: {
        agency: {
          ...record,
          __typename: 'Agency',
          parent: { id: 'p1', name: 'Induk', __typename: 'Agency' },
          children: { totalCount: 2, __typename: 'AgencyConnection' },
        },
      },
    };
    expect(one.parseResponse(response as never)).toEqual({
      data: { ...record, parent: { id: 'p1', name: 'Induk' }, children: { totalCount: 2 } },
    });

    // Every method returning records honours it; without meta the selection stays generic.
    const list = buildQuery('GET_LIST', 'agencies', { meta: { fields: ['parent { id }'] }, pagination: { page: 1, perPage: 5 } });
    expect(compact(list.query)).toContain('parentId parent { id } } totalCount');
    const many = buildQuery('GET_MANY', 'agencies', { ids: ['a1'], meta: { fields } });
    expect(compact(many.query)).toContain('parent { id name }');
    const update = buildQuery('UPDATE', 'agencies', { id: 'a1', data: record, previousData: record, meta: { fields } });
    expect(compact(update.query)).toContain('parent { id name }');
    expect(compact(buildQuery('GET_ONE', 'agencies', { id: 'a1' }).query)).not.toContain('parent {');
  });

  it('leaves JSON values alone when cleaning records', () => {
    const one = buildQuery('GET_ONE', 'agencies', { id: 'a1' });
    const json = { nested: [{ __typename: 'kept', a: 1 }] };
    const response = { data: { agency: { ...record, __typename: 'Agency', tags: json } } };
    expect(one.parseResponse(response as never)).toEqual({ data: { ...record, tags: json } });
  });

  it('refuses unknown resources', () => {
    expect(() => buildQuery('GET_LIST', 'nothing', {})).toThrow(/Unknown resource "nothing"/);
  });
});

// A resource whose payload says more than the record: a change may write a new revision.
const revisionSdl = `
  enum SortDirection { ASC DESC }
  type PageInfo { hasNextPage: Boolean! }
  type Template { id: ID! name: String! revision: Int! version: Int! items: [Item!]! }
  type Item { weight: Float! }
  type TemplateConnection { nodes: [Template!]! pageInfo: PageInfo! totalCount: Int! }
  input ItemInput { indicatorId: ID! weight: Float! }
  input CreateTemplateInput { name: String! items: [ItemInput!]! }
  input UpdateTemplateInput { id: ID! version: Int! name: String items: [ItemInput!] }
  type TemplatePayload { template: Template! newRevision: Boolean! }
  type Query { templates(first: Int, offset: Int): TemplateConnection! template(id: ID!): Template! }
  type Mutation {
    createTemplate(input: CreateTemplateInput!): TemplatePayload!
    updateTemplate(input: UpdateTemplateInput!): TemplatePayload!
  }
`;

describe('buildQuery with payloads that carry more than the record', () => {
  const revisionSchema = introspectionFromSchema(buildSchema(revisionSdl)).__schema;
  const build = buildQueryFactory({ schema: revisionSchema, types: [], queries: [], resources: [] } as IntrospectionResult);
  const template = { id: 't1', name: 'Pelayanan', revision: 1, version: 2 };

  it('selects the payload extras and keeps them for mutationPayloadOf, by record', () => {
    const update = build('UPDATE', 'templates', {
      id: 't1',
      data: { ...template, name: 'Pelayanan KTP', items: [{ indicatorId: 'i1', weight: 100 }] },
      previousData: template,
      meta: { fields: 'items { weight }' },
    });
    expect(compact(update.query)).toBe(
      'mutation updateTemplate($input: UpdateTemplateInput!) { updateTemplate(input: $input) { ' +
        'template { id name revision version items { weight } } newRevision } }',
    );
    expect(update.variables).toEqual({
      input: { id: 't1', version: 2, name: 'Pelayanan KTP', items: [{ indicatorId: 'i1', weight: 100 }] },
    });
    const next = { id: 't2', name: 'Pelayanan KTP', revision: 2, version: 1, items: [{ weight: 100, __typename: 'Item' }] };
    const { data } = update.parseResponse({
      data: { updateTemplate: { template: { ...next, __typename: 'Template' }, newRevision: true, __typename: 'TemplatePayload' } },
    } as never) as { data: Record<string, unknown> };
    expect(data).toEqual({ ...next, items: [{ weight: 100 }] });
    expect(mutationPayloadOf(data)).toEqual({ newRevision: true });
    // Only the object the data provider returned carries it; copies and other records do not.
    expect(mutationPayloadOf({ ...data })).toBeUndefined();
    expect(mutationPayloadOf(null)).toBeUndefined();
  });

  it('reports newRevision false for an edit in place, and on create', () => {
    const create = build('CREATE', 'templates', { data: { name: 'Baru', items: [] } });
    expect(compact(create.query)).toContain('template { id name revision version } newRevision } }');
    const { data } = create.parseResponse({
      data: { createTemplate: { template: { ...template, __typename: 'Template' }, newRevision: false } },
    } as never) as { data: Record<string, unknown> };
    expect(data).toEqual(template);
    expect(mutationPayloadOf(data)).toEqual({ newRevision: false });
  });

  it('asks for nothing more when the payload holds only the record', () => {
    const create = buildQuery('CREATE', 'agencies', { data: { code: 'BKN', name: 'Badan', kind: 'PUSAT' } });
    const { data } = create.parseResponse({ data: { createAgency: { agency: { ...record } } } } as never) as { data: object };
    expect(mutationPayloadOf(data)).toBeUndefined();
  });
});

describe('toHttpError', () => {
  it('turns BAD_USER_INPUT on input fields into form errors', () => {
    const error = toHttpError({
      body: {
        graphQLErrors: [
          { message: 'Kode sudah dipakai', extensions: { code: 'BAD_USER_INPUT', field: 'input.code' } },
          {
            message: 'Invalid',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: 'Terlalu pendek' }] },
          },
        ],
      },
    });
    expect(error.status).toBe(400);
    expect(error.message).toBe('Kode sudah dipakai');
    expect(error.body.errors).toEqual({ code: 'Kode sudah dipakai', name: 'Terlalu pendek' });
  });

  it('says reasons and their params in the console language, on the fields and in the message', async () => {
    const refusal = {
      graphQLErrors: [
        {
          message: 'name must be shorter than or equal to 200 characters',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.name',
            reason: 'TOO_LONG',
            params: { max: 200 },
            fields: [
              {
                field: 'input.name',
                message: 'name must be shorter than or equal to 200 characters',
                reason: 'TOO_LONG',
                params: { max: 200 },
              },
              {
                field: 'input.items',
                message: 'The weights of the main results sum to 90, not 100',
                reason: 'WEIGHTS_NOT_100',
                params: { total: 90 },
              },
              { field: 'input.region', message: 'A rule the console cannot name', reason: 'INVALID_VALUE', params: {} },
            ],
          },
        },
        {
          message: 'Code X is already used',
          extensions: { code: 'CONFLICT', field: 'input.code', reason: 'DUPLICATE', params: { value: 'X' } },
        },
      ],
    };
    const indonesian = toHttpError(refusal);
    expect(indonesian.message).toBe('Maksimal 200 karakter');
    expect(indonesian.body.errors).toEqual({
      name: 'Maksimal 200 karakter',
      items: 'Jumlah bobot hasil kerja utama 90, harus 100',
      region: 'A rule the console cannot name',
      code: 'Sudah dipakai oleh data lain (X)',
    });
    await i18nProvider.changeLocale('en');
    try {
      const english = toHttpError(refusal);
      expect(english.message).toBe('At most 200 characters');
      expect(english.body.errors).toMatchObject({
        items: 'The weights of the main results sum to 90, not 100',
        code: 'Already used by another record (X)',
      });
    } finally {
      await i18nProvider.changeLocale('id');
    }
  });

  it('maps codes to statuses and keeps non-input errors off the form', () => {
    const denied = toHttpError({
      graphQLErrors: [{ message: 'Login required', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(denied.status).toBe(401);
    expect(denied.body.code).toBe('UNAUTHENTICATED');
    const tooMany = toHttpError({
      graphQLErrors: [{ message: 'max 500', extensions: { code: 'BAD_USER_INPUT', field: 'first' } }],
    });
    expect(tooMany.body.errors).toBeUndefined();
  });
});
