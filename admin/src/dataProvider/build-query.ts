import { parse, type IntrospectionField } from 'graphql';
import type { BuildQuery, BuildQueryFactory, BuildQueryResult, IntrospectionResult } from 'ra-data-graphql';
import type { RaRecord, SortPayload } from 'react-admin';
import { buildFilter, buildOrderBy } from './filters';
import { namedType, printTypeRef, SchemaIndex, type ResourceSchema } from './schema-index';

/** The API's hard maximum for `first` (README "Using the API": `first` defaults to 50, at most 500; MAX_PAGE_SIZE). */
export const MAX_PAGE_SIZE = 500;

type AnyRecord = Record<string, unknown>;
type Variables = Record<string, unknown>;
type Response = { data?: Record<string, unknown> | null };

/** Internal extension of getList params: an explicit range (used to split big pages). */
export type RangeParams = { range?: { offset: number; first: number } };

type ListParams = RangeParams & {
  meta?: unknown;
  filter?: AnyRecord;
  sort?: SortPayload;
  pagination?: { page: number; perPage: number };
};

const indexes = new WeakMap<IntrospectionResult, SchemaIndex>();
const indexOf = (introspection: IntrospectionResult): SchemaIndex => {
  let index = indexes.get(introspection);
  if (!index) {
    index = new SchemaIndex(introspection.schema);
    indexes.set(introspection, index);
  }
  return index;
};

/**
 * Removes the `__typename` Apollo adds to every selection, so records stay plain. Nested objects
 * (from `meta.fields`, below) are cleaned too; a value without `__typename` (a JSON scalar) is
 * data, not a selection, and stays as it is.
 */
const clean = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === 'object' && !(value instanceof Date) && '__typename' in value) {
    const result: AnyRecord = {};
    for (const [key, item] of Object.entries(value)) if (key !== '__typename') result[key] = clean(item);
    return result as T;
  }
  return value;
};

/**
 * Extra selections a page asks for through react-admin's `meta`, for fields the generic
 * selection leaves out (objects, lists of objects, fields with arguments):
 *
 *   useShowController({ queryOptions: { meta: { fields: 'parent { id name } children { id name }' } } })
 *   <ReferenceManyField queryOptions={{ meta: { fields: ['agency { name }'] } }} ...>
 *
 * The text (or the texts of an array) is GraphQL selection syntax, appended to the record's
 * selection for every method that returns records (getList, getMany, getManyReference, getOne,
 * create, update); the fields come back on the record under their names (or aliases). A
 * misspelled field fails the request with the API's validation error.
 */
const extraSelectionOf = (params: { meta?: unknown } | undefined): string => {
  const fields = (params?.meta as { fields?: unknown } | undefined)?.fields;
  if (typeof fields === 'string') return fields.trim();
  if (Array.isArray(fields))
    return fields
      .filter((field) => typeof field === 'string')
      .join(' ')
      .trim();
  return '';
};

const isEqual = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * One operation calling `field` with the given variables; `args` maps argument names to values,
 * and only the arguments the field declares (and that have a value) are sent.
 */
const operation = (
  kind: 'query' | 'mutation',
  field: IntrospectionField,
  args: Variables,
  selection: string,
): { document: string; variables: Variables } => {
  const declared = field.args.filter((arg) => args[arg.name] !== undefined);
  const definitions = declared.map((arg) => `$${arg.name}: ${printTypeRef(arg.type)}`).join(', ');
  const call = declared.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const variables: Variables = {};
  for (const arg of declared) variables[arg.name] = args[arg.name];
  return {
    document: `${kind} ${field.name}${definitions ? `(${definitions})` : ''} {
  ${field.name}${call ? `(${call})` : ''} ${selection}
}`,
    variables,
  };
};

const result = (document: string, variables: Variables, parseResponse: (response: Response) => unknown): BuildQueryResult => ({
  query: parse(document),
  variables,
  parseResponse: (response) => parseResponse(response as Response),
});

const required = <T>(resource: ResourceSchema, what: string, value: T | undefined): T => {
  if (value === undefined) throw new Error(`The API has no ${what} for resource "${resource.name}"`);
  return value;
};

/** Picks the keys of `data` that the input type declares. */
const pickInputFields = (schema: SchemaIndex, field: IntrospectionField, data: AnyRecord): AnyRecord => {
  const inputType = schema.inputTypeOf(field.args.find((arg) => arg.name === 'input'));
  const names = new Set(inputType?.inputFields.map((input) => input.name) ?? []);
  const picked: AnyRecord = {};
  for (const [key, value] of Object.entries(data)) {
    if (names.has(key) && value !== undefined) picked[key] = value;
  }
  return picked;
};

/** The payload field that holds the record: the one whose type is the resource's type ({ agency }). */
const payloadFieldOf = (schema: SchemaIndex, resource: ResourceSchema, mutation: IntrospectionField): string => {
  const payload = schema.objectType(namedType(mutation.type).name);
  const field = payload?.fields.find((candidate) => namedType(candidate.type).name === resource.type.name);
  return required(resource, `record field in ${payload?.name ?? mutation.name}`, field?.name);
};

/**
 * Scalar fields a payload carries besides the record, e.g. `newRevision` in
 * `CriteriaTemplatePayload { criteriaTemplate newRevision }`: selected too, and kept for
 * `mutationPayloadOf`.
 */
const payloadExtrasOf = (schema: SchemaIndex, mutation: IntrospectionField, recordField: string): string[] =>
  (schema.objectType(namedType(mutation.type).name)?.fields ?? [])
    .filter((field) => {
      const kind = namedType(field.type).kind;
      return field.name !== recordField && (kind === 'SCALAR' || kind === 'ENUM') && field.args.length === 0;
    })
    .map((field) => field.name);

const payloadExtras = new WeakMap<object, AnyRecord>();

/**
 * What a create or update answered besides the record, e.g. `{ newRevision: true }` when a
 * template edit made a new revision; undefined when the payload had nothing else. Keyed by the
 * record object the data provider returned, which react-admin hands to the mutation's
 * `onSuccess` as it is: `mutationOptions={{ onSuccess: (data) => mutationPayloadOf(data) }}`.
 */
export const mutationPayloadOf = (record: unknown): Readonly<AnyRecord> | undefined =>
  record && typeof record === 'object' ? payloadExtras.get(record) : undefined;

/** The record of a create or update payload, with the payload's other fields remembered. */
const recordOfPayload = (payload: AnyRecord, recordField: string, extras: string[]): RaRecord => {
  const record = clean(payload[recordField]) as RaRecord;
  if (extras.length > 0 && record && typeof record === 'object') {
    payloadExtras.set(record, Object.fromEntries(extras.map((name) => [name, payload[name]])));
  }
  return record;
};

/** The schema the data provider last introspected: what turns a list's filter values into its GraphQL filter for a file export. */
let latestSchema: SchemaIndex | undefined;

/** A list's react-admin filter values as its GraphQL `filter` argument, as getList sends them (undefined before any list loaded). */
export const listFilterOf = (resourceName: string, values: Record<string, unknown>): Record<string, unknown> | undefined => {
  const resource = latestSchema?.resource(resourceName);
  if (!latestSchema || !resource) return undefined;
  return buildFilter(latestSchema, latestSchema.inputTypeOf(resource.list.args.find((arg) => arg.name === 'filter')), values);
};

export const buildQueryFactory: BuildQueryFactory = (introspection) => {
  const schema = indexOf(introspection);
  latestSchema = schema;

  const fields = (resource: ResourceSchema, params?: { meta?: unknown }) => {
    const extra = extraSelectionOf(params);
    return `{ ${resource.selection.join(' ')}${extra ? ` ${extra}` : ''} }`;
  };

  /** `{ agency { ...record } }`, plus the payload's other scalar fields (`newRevision`). */
  const payloadSelection = (resource: ResourceSchema, params: { meta?: unknown }, payloadField: string, extras: string[]) =>
    `{ ${payloadField} ${fields(resource, params)}${extras.length > 0 ? ` ${extras.join(' ')}` : ''} }`;

  const listVariables = (resource: ResourceSchema, params: ListParams): Variables => {
    const argType = (name: string) => schema.inputTypeOf(resource.list.args.find((arg) => arg.name === name));
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const range = params.range ?? { offset: (page - 1) * perPage, first: perPage };
    return {
      filter: buildFilter(schema, argType('filter'), params.filter ?? {}),
      orderBy: buildOrderBy(schema, argType('orderBy'), params.sort),
      first: range.first,
      offset: range.offset > 0 ? range.offset : undefined,
    };
  };

  const list = (resource: ResourceSchema, params: ListParams, withTotal: boolean) => {
    const { document, variables } = operation(
      'query',
      resource.list,
      listVariables(resource, params),
      `{ nodes ${fields(resource, params)}${withTotal ? ' totalCount' : ''} }`,
    );
    return result(document, variables, (response) => {
      const connection = response.data?.[resource.list.name] as { nodes: RaRecord[]; totalCount?: number };
      const data = clean(connection.nodes);
      return withTotal ? { data, total: connection.totalCount ?? data.length } : { data };
    });
  };

  const buildQuery: BuildQuery = (method, resourceName, params) => {
    const resource = schema.resource(resourceName);
    if (!resource) throw new Error(`Unknown resource "${resourceName}": the API has no list query of that name`);

    switch (method) {
      case 'GET_LIST':
        return list(resource, params, true);

      case 'GET_MANY':
        return list(
          resource,
          { meta: params.meta, filter: { id: { in: params.ids } }, range: { offset: 0, first: params.ids.length } },
          false,
        );

      case 'GET_MANY_REFERENCE':
        return list(resource, { ...params, filter: { ...params.filter, [params.target]: { eq: params.id } } }, true);

      case 'GET_ONE': {
        // A record type without a query of its own (coaching plans) is fetched through node(id:);
        // null there means missing or out of reach, shown like the NOT_FOUND of a query of its own.
        const field = resource.one ?? required(resource, 'single-record query', schema.nodeQuery());
        const selection = resource.one ? fields(resource, params) : `{ ... on ${resource.type.name} ${fields(resource, params)} }`;
        const { document, variables } = operation('query', field, { id: params.id }, selection);
        return result(document, variables, (response) => {
          const data = clean(response.data?.[field.name]);
          if (!data) {
            const message = `${resource.type.name} ${String(params.id)} not found`;
            throw Object.assign(new Error(message), { graphQLErrors: [{ message, extensions: { code: 'NOT_FOUND' } }] });
          }
          return { data };
        });
      }

      case 'CREATE': {
        const field = required(resource, 'create mutation', resource.create);
        const payloadField = payloadFieldOf(schema, resource, field);
        const extras = payloadExtrasOf(schema, field, payloadField);
        const input = pickInputFields(schema, field, params.data);
        const { document, variables } = operation('mutation', field, { input }, payloadSelection(resource, params, payloadField, extras));
        return result(document, variables, (response) => ({
          data: recordOfPayload(response.data?.[field.name] as AnyRecord, payloadField, extras),
        }));
      }

      case 'UPDATE': {
        // Sends the fields the Update input declares, only those that changed (when the previous
        // record is known), plus `id` and the `version` the edit was based on (optimistic locking).
        const field = required(resource, 'update mutation', resource.update);
        const payloadField = payloadFieldOf(schema, resource, field);
        const extras = payloadExtrasOf(schema, field, payloadField);
        const previous: AnyRecord = params.previousData ?? {};
        const changed = Object.fromEntries(
          Object.entries(params.data as AnyRecord).filter(([key, value]) => !(key in previous) || !isEqual(value, previous[key])),
        );
        const input = {
          ...pickInputFields(schema, field, changed),
          ...pickInputFields(schema, field, { id: params.id, version: params.data.version ?? previous.version }),
        };
        const { document, variables } = operation('mutation', field, { input }, payloadSelection(resource, params, payloadField, extras));
        return result(document, variables, (response) => ({
          data: recordOfPayload(response.data?.[field.name] as AnyRecord, payloadField, extras),
        }));
      }

      case 'DELETE': {
        const field = required(resource, 'delete mutation', resource.delete);
        const input = pickInputFields(schema, field, { id: params.id, version: params.previousData?.version });
        const { document, variables } = operation('mutation', field, { input }, '{ id }');
        return result(document, variables, (response) => ({
          data: params.previousData ?? { id: (response.data?.[field.name] as AnyRecord).id },
        }));
      }

      case 'DELETE_MANY': {
        // One document, one aliased mutation per record: d0: deleteAgency(input: $input0) { id } ...
        // The list view does not know the records' versions, so none is sent (it is optional).
        const field = required(resource, 'delete mutation', resource.delete);
        const inputType = printTypeRef(
          required(
            resource,
            'delete input',
            field.args.find((arg) => arg.name === 'input'),
          ).type,
        );
        const ids = params.ids as RaRecord['id'][];
        const variables: Variables = {};
        ids.forEach((id, i) => (variables[`input${i}`] = { id }));
        const document = `mutation deleteMany${resource.type.name}(${ids.map((_, i) => `$input${i}: ${inputType}`).join(', ')}) {
  ${ids.map((_, i) => `d${i}: ${field.name}(input: $input${i}) { id }`).join('\n  ')}
}`;
        return result(document, variables, (response) => ({
          data: ids.map((id, i) => (response.data?.[`d${i}`] as AnyRecord | undefined)?.id ?? id),
        }));
      }

      default:
        throw new Error(`${method} is not supported by the Kinerja ASN API (resource "${resourceName}")`);
    }
  };
  return buildQuery;
};
