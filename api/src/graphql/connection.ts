import { createHmac, timingSafeEqual } from 'node:crypto';
import { raw, Reference, type EntityMetadata, type EntityName, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput, ErrorReason } from '../errors.js';
import { selectRows } from './loaders.js';

@ObjectType({ description: 'Where a page of a list stands within the whole list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most the server maximum, 500 unless configured).' })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the items after this cursor (from `pageInfo.endCursor` or `edges.cursor`). A cursor holds the sort key of its item, so a page far down the list costs what the first page costs; it is valid only for the list and sort order that issued it.',
  })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Skip this many items (for numbered pages); not combinable with `after`.' })
  offset?: number;
}

/** One sort key of a list, as the SQL orders it (PostgreSQL's default: nulls last ascending, first descending). */
interface SortKey {
  path: string[];
  desc: boolean;
  nullsFirst: boolean;
}

/** A sort order as `find` takes it: one key per entry, `{ employee: { name: 'asc' } }` for a related record's field. */
type OrderEntry = Record<string, unknown>;

/** What a cursor says: the item's sort key values and its id, for which list and order. */
interface Cursor {
  values: unknown[];
  id: string;
}

export interface Page {
  limit: number;
  offset: number;
  /** The list's order, ending with the unique `id`, for `find` or a query builder. */
  orderBy: OrderEntry[];
  /** The item the page starts after, from `after`. */
  after: Cursor | null;
  keys: SortKey[];
  list: string;
  sort: string;
  secret: Buffer;
}

export const DEFAULT_PAGE_SIZE = 50;
const MAX_CURSOR_LENGTH = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PageContext {
  config: { maxPageSize: number; jwtSecret: string };
}

/**
 * Turns the page arguments of the list `list` sorted by `orderBy` into a page,
 * refusing what is out of bounds. `after` is a keyset cursor: the sort key values
 * and id of the last item seen, signed with a key derived from the server secret
 * so that a forged or altered cursor is refused (INVALID_CURSOR) instead of
 * reaching SQL. Cursors of the offset form of 0.8 (`o:<n>`) are still accepted.
 */
export function toPage(args: PageArgs, ctx: PageContext, list: string, orderBy: OrderEntry[] | OrderEntry): Page {
  const maxPageSize = ctx.config.maxPageSize;
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw badInput('first', `first must be between 0 and ${maxPageSize}`, ErrorReason.OUT_OF_RANGE, { min: 0, max: maxPageSize });
  }
  if (args.after != null && args.offset != null)
    throw badInput('offset', 'Use either after or offset, not both', ErrorReason.ONE_OR_THE_OTHER);
  if (args.offset != null && (args.offset < 0 || args.offset > 10_000_000)) {
    throw badInput('offset', 'offset must be between 0 and 10000000', ErrorReason.OUT_OF_RANGE, { min: 0, max: 10000000 });
  }
  const keys = sortKeys(orderBy);
  const page: Page = {
    limit,
    offset: args.offset ?? 0,
    orderBy: keys.map(toOrderEntry),
    after: null,
    keys,
    list,
    sort: keys.map((key) => `${key.desc ? '-' : ''}${key.path.join('.')}${key.nullsFirst === key.desc ? '' : '!'}`).join(','),
    secret: cursorKey(ctx.config.jwtSecret),
  };
  if (args.after != null) {
    const legacy = legacyOffset(args.after);
    if (legacy !== null) page.offset = legacy + 1;
    else page.after = decodeCursor(page, args.after);
  }
  return page;
}

const keyCache = new Map<string, Buffer>();
function cursorKey(secret: string): Buffer {
  let key = keyCache.get(secret);
  if (!key) {
    key = createHmac('sha256', secret).update('kinerja page cursor').digest();
    keyCache.set(secret, key);
  }
  return key;
}

/** The flat list of sort keys of an order, with `id` last (added when missing) so that every item has one place. */
function sortKeys(orderBy: OrderEntry[] | OrderEntry): SortKey[] {
  const keys: SortKey[] = [];
  const walk = (entry: OrderEntry, path: string[]) => {
    for (const [name, value] of Object.entries(entry)) {
      if (value && typeof value === 'object') walk(value as OrderEntry, [...path, name]);
      else {
        const match = /^(asc|desc)(?: nulls (first|last))?$/i.exec(String(value));
        if (!match) throw new Error(`Unsupported sort direction ${String(value)}`);
        const desc = match[1]!.toLowerCase() === 'desc';
        keys.push({ path: [...path, name], desc, nullsFirst: match[2] ? match[2].toLowerCase() === 'first' : desc });
      }
    }
  };
  for (const entry of Array.isArray(orderBy) ? orderBy : [orderBy]) walk(entry, []);
  const idAt = keys.findIndex((key) => key.path.length === 1 && key.path[0] === 'id');
  if (idAt >= 0) keys.splice(idAt + 1);
  else keys.push({ path: ['id'], desc: false, nullsFirst: false });
  return keys;
}

function toOrderEntry(key: SortKey): OrderEntry {
  const direction = `${key.desc ? 'desc' : 'asc'}${key.nullsFirst === key.desc ? '' : key.nullsFirst ? ' nulls first' : ' nulls last'}`;
  return key.path.reduceRight<unknown>((inner, name) => ({ [name]: inner }), direction) as OrderEntry;
}

function legacyOffset(cursor: string): number | null {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

function sign(page: Page, payload: string): string {
  return createHmac('sha256', page.secret).update(payload).digest().subarray(0, 16).toString('base64url');
}

const invalidCursor = (message: string) => badInput('after', message, ErrorReason.INVALID_CURSOR);

/** The cursor of an item: list, sort, the item's sort key values and id, as base64url JSON, and a signature. */
export function encodeCursor(page: Page, row: object): string {
  const values = page.keys.slice(0, -1).map((key) => {
    const value = valueAt(row, key.path);
    return value instanceof Date ? { d: value.toISOString() } : value;
  });
  const payload = Buffer.from(JSON.stringify({ l: page.list, s: page.sort, v: values, i: (row as { id: string }).id })).toString(
    'base64url',
  );
  return `${payload}.${sign(page, payload)}`;
}

function decodeCursor(page: Page, cursor: string): Cursor {
  const [payload, signature, extra] = cursor.split('.');
  if (cursor.length > MAX_CURSOR_LENGTH || !payload || !signature || extra !== undefined)
    throw invalidCursor('after is not a valid cursor');
  const expected = Buffer.from(sign(page, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw invalidCursor('after is not a cursor this server issued, or it was altered');
  }
  const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { l: string; s: string; v: unknown[]; i: string };
  if (data.l !== page.list || data.s !== page.sort)
    throw invalidCursor('after belongs to another list or sort order: start again from the first page');
  if (!Array.isArray(data.v) || data.v.length !== page.keys.length - 1 || typeof data.i !== 'string' || !UUID.test(data.i)) {
    throw invalidCursor('after is not a valid cursor');
  }
  const values = data.v.map((value) =>
    value && typeof value === 'object' && typeof (value as { d?: unknown }).d === 'string' ? new Date((value as { d: string }).d) : value,
  );
  return { values, id: data.i };
}

/** The value of a (dotted) property of an entity or plain row; a related record must be loaded. */
function valueAt(row: object, path: string[]): unknown {
  let value: unknown = row;
  for (const name of path) {
    if (value === null) return null;
    value = (Reference.unwrapReference(value as object) as Record<string, unknown>)[name];
    if (value === undefined) throw new Error(`The sort key ${path.join('.')} is not loaded`);
  }
  return value;
}

/** The metadata of the property at `path`, following relations. */
function propertyAt(em: EntityManager, entity: EntityName<object>, path: string[]) {
  let meta: EntityMetadata = em.getMetadata().get(entity as never);
  for (const name of path.slice(0, -1)) meta = meta.properties[name as never]!.targetMeta!;
  return { meta, prop: meta.properties[path.at(-1) as never]! };
}

/**
 * Rows after the cursor, in the page's order: `(k1, ..., id) > (v1, ..., id0)`,
 * spelled out key by key so that each key keeps its direction and its nulls
 * (`k1 > v1 or (k1 = v1 and k2 > v2) or ...`), with a plain range on the first
 * key in front so the database starts the scan at the cursor (an index on the
 * sort key then serves the page after row 9,900 like the first). Timestamps
 * compare with the stored value of the cursor's row, which has microseconds
 * the cursor's JavaScript date has not (the cursor's value when the row is gone).
 */
export function keysetWhere<T extends object>(em: EntityManager, entity: EntityName<T>, page: Page): FilterQuery<T> | null {
  const after = page.after;
  if (!after) return null;
  const values = [...after.values, after.id];
  const terms = page.keys.map((key, index) => {
    const { meta, prop } = propertyAt(em, entity as EntityName<object>, key.path);
    let value = values[index];
    if (value instanceof Date && key.path.length === 1) {
      value = raw(`coalesce((select "${prop.fieldNames[0]}" from "${meta.tableName}" where "id" = ?), ?::timestamptz)`, [
        after.id,
        value.toISOString(),
      ]);
    }
    // MikroORM marks nullable columns `nullable: true`; a NOT NULL key gets no `is null` branch that would keep the index from ordering.
    return { key, value, nullable: prop.nullable === true || key.path.length > 1 };
  });
  const at = (key: SortKey, condition: unknown) =>
    key.path.reduceRight<unknown>((inner, name) => ({ [name]: inner }), condition) as Record<string, unknown>;
  const beyond = (key: SortKey, value: unknown, nullable: boolean, orEqual = false): Record<string, unknown> | null => {
    if (value === null) return key.nullsFirst ? at(key, { $ne: null }) : orEqual ? at(key, null) : null;
    const compare = at(key, { [`${key.desc ? '$lt' : '$gt'}${orEqual ? 'e' : ''}`]: value });
    return !key.nullsFirst && nullable ? { $or: [compare, at(key, null)] } : compare;
  };
  const branches: Record<string, unknown>[] = [];
  terms.forEach((term, index) => {
    const next = beyond(term.key, term.value, term.nullable);
    if (!next) return;
    const equal = terms.slice(0, index).map((before) => at(before.key, before.value));
    branches.push(equal.length ? { $and: [...equal, next] } : next);
  });
  const first = terms[0]!;
  const range = first.key.path[0] === 'id' ? null : beyond(first.key, first.value, first.nullable, true);
  const keyset = { $or: branches };
  return (range && !(first.value === null && first.key.nullsFirst) ? { $and: [range, keyset] } : keyset) as FilterQuery<T>;
}

/** `where` narrowed to the rows after the page's cursor. */
export function afterCursor<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, page: Page): FilterQuery<T> {
  const keyset = keysetWhere(em, entity, page);
  return keyset ? ({ $and: [where, keyset] } as FilterQuery<T>) : where;
}

/**
 * The entities of a page (one more than the page size, to know whether a next page
 * exists), in the page's order from its cursor or offset. Relations the order sorts
 * by are loaded with the rows, for the cursors.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: Page,
  options: FindOptions<T, never> = {},
): Promise<T[]> {
  const relations = [...new Set(page.keys.filter((key) => key.path.length > 1).map((key) => key.path.slice(0, -1).join('.')))];
  const populate = [...((options.populate as string[] | undefined) ?? []), ...relations];
  const found = await em.find(entity, afterCursor(em, entity, where, page), {
    ...options,
    ...(populate.length ? { populate: populate as never } : {}),
    orderBy: page.orderBy as never,
    limit: page.limit + 1,
    offset: page.offset,
  } as FindOptions<T, never>);
  return found as T[];
}

/**
 * Like `findPage`, with plain records instead of entities (see asRecord): for
 * lists that only read. A sort by a related record's field (`employee.name`)
 * needs that record for the cursors, and reads entities as `findPage` does.
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: Page,
): Promise<T[]> {
  if (page.keys.some((key) => key.path.length > 1)) return findPage(em, entity, where, page);
  return selectRows(em, entity, afterCursor(em, entity, where, page), {
    orderBy: page.orderBy,
    limit: page.limit + 1,
    offset: page.offset,
  });
}

export interface ConnectionShape<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

/**
 * Builds the connection type of a node type. `totalCount` is counted only when
 * a client asks for it: the count statement is the expensive half of a list.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `An item of ${description} with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item, usable as `after`.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description}.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Position of this page.' })
    pageInfo!: PageInfo;

    private page!: Page;
    private countItems!: () => Promise<number>;
    private counted?: Promise<number>;

    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    get edges(): Edge[] {
      return this.nodes.map((item) => ({ cursor: encodeCursor(this.page, item), node: item }));
    }

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    get totalCount(): Promise<number> {
      this.counted ??= this.countItems();
      return this.counted;
    }

    static of(rows: T[], page: Page, countItems: () => Promise<number>): ConnectionType {
      const connection = new ConnectionType();
      // One extra row was fetched to know whether a next page exists.
      const hasNextPage = rows.length > page.limit;
      const nodes = hasNextPage ? rows.slice(0, page.limit) : rows;
      connection.nodes = nodes;
      connection.page = page;
      connection.countItems = countItems;
      connection.pageInfo = {
        hasNextPage,
        hasPreviousPage: page.offset > 0 || page.after !== null,
        startCursor: nodes.length ? encodeCursor(page, nodes[0]!) : null,
        endCursor: nodes.length ? encodeCursor(page, nodes.at(-1)!) : null,
      };
      return connection;
    }
  }
  return ConnectionType;
}
