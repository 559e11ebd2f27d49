import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput, ErrorReason } from '../errors.js';

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

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (from `pageInfo.endCursor` or `edges.cursor`).' })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Skip this many items (for numbered pages); not combinable with `after`.' })
  offset?: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export const DEFAULT_PAGE_SIZE = 50;

const encodeCursor = (position: number) => Buffer.from(`o:${position}`).toString('base64url');

function decodeCursor(cursor: string): number | null {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** Turns the page arguments into limit/offset, refusing what is out of bounds. */
export function toPage(args: PageArgs, maxPageSize: number): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw badInput('first', `first must be between 0 and ${maxPageSize}`, ErrorReason.OUT_OF_RANGE, { min: 0, max: maxPageSize });
  }
  if (args.after != null && args.offset != null)
    throw badInput('offset', 'Use either after or offset, not both', ErrorReason.ONE_OR_THE_OTHER);
  if (args.offset != null && (args.offset < 0 || args.offset > 10_000_000)) {
    throw badInput('offset', 'offset must be between 0 and 10000000', ErrorReason.OUT_OF_RANGE, { min: 0, max: 10000000 });
  }
  let offset = args.offset ?? 0;
  if (args.after != null) {
    const position = decodeCursor(args.after);
    if (position === null) throw badInput('after', 'after is not a valid cursor', ErrorReason.INVALID_CURSOR);
    offset = position + 1;
  }
  return { limit, offset };
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
      return this.nodes.map((item, index) => ({ cursor: encodeCursor(this.page.offset + index), node: item }));
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
      connection.nodes = hasNextPage ? rows.slice(0, page.limit) : rows;
      connection.page = page;
      connection.countItems = countItems;
      connection.pageInfo = {
        hasNextPage,
        hasPreviousPage: page.offset > 0,
        startCursor: connection.nodes.length ? encodeCursor(page.offset) : null,
        endCursor: connection.nodes.length ? encodeCursor(page.offset + connection.nodes.length - 1) : null,
      };
      return connection;
    }
  }
  return ConnectionType;
}
