import { MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { badInput, ErrorReason } from '../errors.js';
import { fromGlobalId, parseGlobalId } from './ids.js';

const MAX_TEXT = 200;
/** The highest MAX_FILTER_DEPTH the configuration accepts. */
const MAX_FILTER_DEPTH = 10;

@InputType({ description: 'Conditions on a text field; all given conditions must hold.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Equal to.' })
  @MaxLength(1000)
  eq?: string;

  @Field(() => String, { nullable: true, description: 'Not equal to.' })
  @MaxLength(1000)
  ne?: string;

  @Field(() => [String], { nullable: true, description: 'One of these values.' })
  in?: string[];

  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case.' })
  @MaxLength(MAX_TEXT)
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case.' })
  @MaxLength(MAX_TEXT)
  startsWith?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: the field is empty; false: it has a value.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on an ID field.' })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to.' })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'One of these IDs.' })
  in?: string[];

  @Field(() => Boolean, { nullable: true, description: 'True: no reference; false: a reference is set.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a whole-number field; all given conditions must hold.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' }) eq?: number;
  @Field(() => Int, { nullable: true, description: 'Not equal to.' }) ne?: number;
  @Field(() => [Int], { nullable: true, description: 'One of these values.' }) in?: number[];
  @Field(() => Int, { nullable: true, description: 'Greater than.' }) gt?: number;
  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' }) gte?: number;
  @Field(() => Int, { nullable: true, description: 'Less than.' }) lt?: number;
  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'True: empty; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: 'Conditions on a decimal-number field; all given conditions must hold.' })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to.' }) eq?: number;
  @Field(() => Float, { nullable: true, description: 'Not equal to.' }) ne?: number;
  @Field(() => [Float], { nullable: true, description: 'One of these values.' }) in?: number[];
  @Field(() => Float, { nullable: true, description: 'Greater than.' }) gt?: number;
  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' }) gte?: number;
  @Field(() => Float, { nullable: true, description: 'Less than.' }) lt?: number;
  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'True: empty; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: 'Conditions on a yes/no field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Equal to.' }) eq?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'True: empty; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: 'Conditions on a date-time field (ISO 8601); all given conditions must hold.' })
export class DateTimeFilter {
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Equal to.' }) eq?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'After.' }) gt?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'At or after.' }) gte?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Before.' }) lt?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'At or before.' }) lte?: Date;
  @Field(() => Boolean, { nullable: true, description: 'True: empty; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: 'Conditions on a calendar-date field (YYYY-MM-DD); all given conditions must hold.' })
export class DateFilter {
  @Field(() => GraphQLDate, { nullable: true, description: 'Equal to.' }) eq?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'After.' }) gt?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'On or after.' }) gte?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'Before.' }) lt?: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'On or before.' }) lte?: Date;
  @Field(() => Boolean, { nullable: true, description: 'True: empty; false: has a value.' }) isNull?: boolean;
}

export interface EnumFilterShape<E> {
  eq?: E;
  in?: E[];
  isNull?: boolean;
}

const enumFilters = new Map<string, unknown>();

/** The filter input of one enum: `<Name>Filter { eq, in, isNull }`; one class per enum, however many modules filter on it. */
export function EnumFilter<E extends string>(enumType: Record<string, E>, name: string) {
  const existing = enumFilters.get(name);
  if (existing) return existing as ReturnType<typeof makeEnumFilter<E>>;
  const made = makeEnumFilter(enumType, name);
  enumFilters.set(name, made);
  return made;
}

function makeEnumFilter<E extends string>(enumType: Record<string, E>, name: string) {
  @InputType(`${name}Filter`, { description: `Conditions on a ${name} field.` })
  class Filter implements EnumFilterShape<E> {
    @Field(() => enumType, { nullable: true, description: 'Equal to.' })
    eq?: E;

    @Field(() => [enumType], { nullable: true, description: 'One of these values.' })
    in?: E[];

    @Field(() => Boolean, { nullable: true, description: 'True: empty; false: has a value.' })
    isNull?: boolean;
  }
  return Filter;
}

/** How one filter field maps onto an entity property. */
export type FieldRule =
  | { kind: 'value'; property?: string }
  /** A reference given as a public ID of `type`; `property` is the foreign-key property. */
  | { kind: 'id'; type: string; property?: string }
  /** A public ID of any type (e.g. the record an audit entry is about). */
  | { kind: 'anyId'; property?: string }
  /** An array column: `eq` means it contains the value, `in` that it shares one. */
  | { kind: 'array'; property?: string }
  /** A field whose value the module turns into a condition itself (e.g. `descendantOf`). */
  | { kind: 'custom'; where: (value: unknown, path: string) => Where };

export type FilterRules = Record<string, FieldRule>;

export type Where = Record<string, unknown>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** ILIKE pattern matching `text` anywhere, with its wildcards taken literally. */
export const containing = (text: string) => `%${escapeLike(text)}%`;

/**
 * Translates a GraphQL filter object into a MikroORM where clause.
 * `q` (free text) is handled by `search`, supplied by the module.
 */
export function toWhere(
  filter: Record<string, unknown> | undefined | null,
  rules: FilterRules,
  search?: (term: string) => Where,
  path = 'filter',
  depth = 0,
): Where {
  if (!filter) return {};
  // The configured limits (`in` size, and/or branches and depth) are enforced on every argument before
  // execution (input-guard.ts); this backstop only protects callers that build filters themselves.
  if (depth > MAX_FILTER_DEPTH)
    throw badInput(path, `Filters may nest and/or at most ${MAX_FILTER_DEPTH} levels deep`, ErrorReason.TOO_DEEP, {
      max: MAX_FILTER_DEPTH,
    });
  const clauses: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === 'and' || key === 'or') {
      const parts = (value as Record<string, unknown>[]).map((part, i) => toWhere(part, rules, search, `${path}.${key}.${i}`, depth + 1));
      if (parts.length) clauses.push({ [key === 'and' ? '$and' : '$or']: parts });
      continue;
    }
    if (key === 'q') {
      const term = String(value).trim();
      if (term.length > MAX_TEXT)
        throw badInput(`${path}.q`, `q must be at most ${MAX_TEXT} characters`, ErrorReason.TOO_LONG, { max: MAX_TEXT });
      if (term && search) clauses.push(search(term));
      continue;
    }
    const rule = rules[key];
    if (!rule) throw badInput(`${path}.${key}`, `Unknown filter field ${key}`, ErrorReason.UNKNOWN_FILTER, { name: key });
    if (rule.kind === 'custom') {
      clauses.push(rule.where(value, `${path}.${key}`));
      continue;
    }
    clauses.push(operatorClause(rule.property ?? key, rule, value as Record<string, unknown>, `${path}.${key}`));
  }
  if (clauses.length === 0) return {};
  return clauses.length === 1 ? clauses[0]! : { $and: clauses };
}

/** Every value of `field` anywhere in a filter, and/or included: for lookups a custom rule needs first. */
export function collectFilterValues(filter: Record<string, unknown> | undefined | null, field: string, into: unknown[] = []): unknown[] {
  if (!filter) return into;
  if (filter[field] != null) into.push(filter[field]);
  for (const key of ['and', 'or'])
    for (const part of (filter[key] as Record<string, unknown>[] | undefined) ?? []) collectFilterValues(part, field, into);
  return into;
}

function operatorClause(property: string, rule: Exclude<FieldRule, { kind: 'custom' }>, ops: Record<string, unknown>, path: string): Where {
  if (rule.kind === 'array') return arrayClause(property, ops, path);
  const decode = (v: unknown, at: string) => {
    if (rule.kind === 'id') return fromGlobalId(String(v), rule.type, at);
    if (rule.kind === 'anyId') {
      const parsed = parseGlobalId(String(v));
      if (!parsed) throw badInput(at, `"${String(v).slice(0, 60)}" is not a valid ID`, ErrorReason.INVALID_ID);
      return parsed.id;
    }
    return v;
  };
  const condition: Record<string, unknown> = {};
  for (const [op, raw] of Object.entries(ops)) {
    if (raw === undefined || raw === null) continue;
    switch (op) {
      case 'eq':
      case 'ne':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        condition[`$${op}`] = decode(raw, `${path}.${op}`);
        break;
      case 'in':
        condition.$in = (raw as unknown[]).map((v, i) => decode(v, `${path}.in.${i}`));
        break;
      case 'contains':
        condition.$ilike = containing(String(raw));
        break;
      case 'startsWith':
        condition.$ilike = `${escapeLike(String(raw))}%`;
        break;
      case 'isNull':
        condition[raw ? '$eq' : '$ne'] = null;
        break;
      default:
        throw badInput(`${path}.${op}`, `Unknown filter operator ${op}`, ErrorReason.UNKNOWN_FILTER, { name: op });
    }
  }
  // `contains` and `startsWith` together both apply.
  if (ops.contains != null && ops.startsWith != null) {
    return {
      $and: [
        { [property]: { ...condition, $ilike: containing(String(ops.contains)) } },
        { [property]: { $ilike: `${escapeLike(String(ops.startsWith))}%` } },
      ],
    };
  }
  return { [property]: condition };
}

function arrayClause(property: string, ops: Record<string, unknown>, path: string): Where {
  const clauses: Where[] = [];
  for (const [op, value] of Object.entries(ops)) {
    if (value === undefined || value === null) continue;
    if (op === 'eq') clauses.push({ [property]: { $contains: [value] } });
    else if (op === 'in') clauses.push({ [property]: { $overlap: value } });
    else throw badInput(`${path}.${op}`, `Unknown filter operator ${op}`, ErrorReason.UNKNOWN_FILTER, { name: op });
  }
  return clauses.length === 1 ? clauses[0]! : { $and: clauses };
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order.',
  valuesConfig: { ASC: { description: 'Ascending (A to Z, oldest first).' }, DESC: { description: 'Descending (Z to A, newest first).' } },
});

export interface OrderByShape<F extends string> {
  field: F;
  direction?: SortDirection;
}

/**
 * The sort input of a list: `<Name>OrderBy { field: <Name>SortField!, direction }`.
 * `fields` maps each enum value to the entity property it sorts on.
 */
export function OrderBy<F extends string>(name: string, fields: Record<F, { property: string; description: string }>) {
  const values = Object.fromEntries(Object.keys(fields).map((key) => [key, key])) as Record<F, F>;
  registerEnumType(values, {
    name: `${name}SortField`,
    description: `Fields a list of ${name} can be sorted by.`,
    valuesConfig: Object.fromEntries(
      Object.entries<{ property: string; description: string }>(fields).map(([key, f]) => [key, { description: f.description }]),
    ) as never,
  });

  @InputType(`${name}OrderBy`, { description: `One sort key for a list of ${name}.` })
  class OrderByInput implements OrderByShape<F> {
    @Field(() => values, { description: 'Field to sort by.' })
    field!: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction (ascending by default).' })
    direction?: SortDirection;
  }

  const toOrderBy = (orderBy: OrderByShape<F>[] | undefined | null, fallback: Record<string, 'asc' | 'desc'>) => {
    if (orderBy && orderBy.length > 5) throw badInput('orderBy', 'At most 5 sort keys', ErrorReason.TOO_MANY_ITEMS, { max: 5 });
    // Empty values last whichever the direction: a list sorted by rank shows ranks first.
    // A dotted property (`employee.name`) sorts by a related record's field.
    const order: Record<string, unknown>[] = (orderBy ?? []).map(
      (o) =>
        fields[o.field].property
          .split('.')
          .reduceRight<unknown>(
            (inner, key) => ({ [key]: inner }),
            o.direction === SortDirection.DESC ? 'desc nulls last' : 'asc nulls last',
          ) as Record<string, unknown>,
    );
    if (order.length === 0) order.push(fallback);
    // A unique last key keeps pages stable when sort values repeat.
    order.push({ id: 'asc' });
    return order;
  };

  return { Input: OrderByInput, toOrderBy };
}
