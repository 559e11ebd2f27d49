import type { IntrospectionInputObjectType } from 'graphql';
import type { SortPayload } from 'react-admin';
import { namedType, type SchemaIndex } from './schema-index';

/** Operators of the API's filter inputs (StringFilter, IntFilter, DateTimeFilter, ...). */
const OPERATORS = ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull', 'gt', 'gte', 'lt', 'lte'];
const SUFFIXED_KEY = new RegExp(`^(.+)_(${OPERATORS.join('|')})$`);

type FilterValue = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Maps react-admin filter values onto a `<Type>Filter` input object:
 *
 *   { q: 'kota' }                    -> { q: 'kota' }                  (free-text search)
 *   { descendantOf: 'T3JnVW5pdDox' } -> { descendantOf: 'T3JnVW5pdDox' } (any scalar field: as is)
 *   { kind: 'PUSAT' }                -> { kind: { eq: 'PUSAT' } }
 *   { kind: ['PUSAT', 'DAERAH'] }    -> { kind: { in: [...] } }
 *   { region: null }                 -> { region: { isNull: true } }
 *   { name_contains: 'badan' }       -> { name: { contains: 'badan' } }
 *   { occurredAt_gte: '2025-01-01' } -> { occurredAt: { gte: '2025-01-01' } }
 *   { agencyId: { in: [...] } }      -> passed through (already an operator object)
 *
 * Decision: a bare key always means equality, for String fields too. Selects, references and
 * ids need exact matches, and `contains` on them would over-match ("Agency" would also find
 * "AgencyKind"). A text input that wants partial matching says so with its source:
 * `<TextInput source="name_contains" />`, or uses the resource's `q` search.
 *
 * Keys the filter input does not know are dropped with a warning rather than sent, so that a
 * stale filter remembered in the URL or the store cannot break a list.
 */
export const buildFilter = (
  schema: SchemaIndex,
  filterType: IntrospectionInputObjectType | undefined,
  values: FilterValue,
): FilterValue | undefined => {
  if (!filterType) return undefined;
  const inputFields = new Map(filterType.inputFields.map((field) => [field.name, field]));
  const result: FilterValue = {};

  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;

    let fieldName = key;
    let operator: string | undefined;
    const suffixed = SUFFIXED_KEY.exec(key);
    if (!inputFields.has(key) && suffixed && inputFields.has(suffixed[1])) {
      fieldName = suffixed[1];
      operator = suffixed[2];
    }
    const field = inputFields.get(fieldName);
    if (!field) {
      console.warn(`[dataProvider] ${filterType.name} has no field "${fieldName}"; filter "${key}" ignored`);
      continue;
    }

    const operatorType = schema.inputTypeOf(field);
    // Fields whose type is a scalar, not an operator object (q: String, descendantOf: ID), and
    // the and/or lists take the value as it is.
    if (!operatorType || fieldName === 'and' || fieldName === 'or') {
      result[fieldName] = value;
      continue;
    }
    if (!operator && isPlainObject(value)) {
      result[fieldName] = { ...(result[fieldName] as FilterValue | undefined), ...value };
      continue;
    }
    operator ??= Array.isArray(value) ? 'in' : value === null ? 'isNull' : 'eq';
    const operand = operator === 'isNull' && value === null ? true : value;
    if (!operatorType.inputFields.some((input) => input.name === operator)) {
      console.warn(`[dataProvider] ${operatorType.name} has no operator "${operator}"; filter "${key}" ignored`);
      continue;
    }
    result[fieldName] = { ...(result[fieldName] as FilterValue | undefined), [operator]: operand };
  }
  return Object.keys(result).length > 0 ? result : undefined;
};

/** camelCase field name -> UPPER_SNAKE sort enum value: createdAt -> CREATED_AT. */
export const toSortFieldValue = (field: string): string =>
  field
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();

/**
 * Maps react-admin's sort onto `orderBy: [{ field: UPDATED_AT, direction: DESC }]`. A field the
 * API cannot sort by (react-admin's default is "id") leaves the API's default order.
 */
export const buildOrderBy = (
  schema: SchemaIndex,
  orderByType: IntrospectionInputObjectType | undefined,
  sort: SortPayload | undefined,
): FilterValue[] | undefined => {
  if (!orderByType || !sort?.field) return undefined;
  const fieldInput = orderByType.inputFields.find((input) => input.name === 'field');
  if (!fieldInput) return undefined;
  const value = toSortFieldValue(sort.field);
  if (!schema.enumValues(namedType(fieldInput.type).name).includes(value)) {
    if (sort.field !== 'id') console.warn(`[dataProvider] cannot sort ${orderByType.name} by "${sort.field}"`);
    return undefined;
  }
  return [{ field: value, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }];
};
