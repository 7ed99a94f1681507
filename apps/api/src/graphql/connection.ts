import type { EntityClass, EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { LIMITS } from '@steward/schema';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { findLean } from '../db/lean.js';
import { badInput } from './errors.js';

/** Page sizes of every connection: shared with clients and with the cost of a query (limits/cost.ts). */
export const PAGE = LIMITS.pageSize;

@ObjectType('PageInfo', { description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'More items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted when read (see paginate): a field that is not asked for costs nothing. */
  readonly totalCount: number | Promise<number>;
}

/** `XConnection` and `XEdge` types for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque position of this item; stays valid as new items arrive.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The items of this page, with their cursors.' })
    edges: EdgeType[];

    // A plain field, not a getter: type-graphql answers a getter field by copying the parent into
    // a `new ConnectionType()` (Object.assign), which read the lazy `totalCount` getter and ran
    // the whole list's count behind every page that asked for `nodes` (26 ms of CPU a page on a
    // million cases). connection.test.ts holds it.
    @Field(() => [node], { description: 'The items of this page (the same as `edges.node`).' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page sits.' })
    pageInfo: PageInfo;

    // Not `simple`: paginate's lazy count starts SQL when read, so it keeps a resolver for the
    // query deadline to race (limits/timeout.ts wraps resolvers, not property reads).
    @Field(() => Int, { simple: false, description: 'How many items the whole list holds (what you may see of it).' })
    totalCount: number | Promise<number>;
  }
  return ConnectionType;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

type Key = string | number;

function encodeCursor(values: Key[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, field: string, size: number): Key[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === size &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as Key[];
    }
  } catch {
    // fall through
  }
  throw badInput(field, 'is not a cursor from this list');
}

/** `{ a: { b: value } }` for the path `a.b`, merged into `target`. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) {
    at[part] = (at[part] as Record<string, unknown> | undefined) ?? {};
    at = at[part] as Record<string, unknown>;
  }
  at[parts.at(-1) as string] = value;
  return target;
}

/** A key value that `fromKey` could not turn back into what the column holds (e.g. an invalid date). */
function isBadKey(value: unknown): boolean {
  return (
    value == null ||
    (value instanceof Date && Number.isNaN(value.getTime())) ||
    (typeof value === 'number' && !Number.isFinite(value))
  );
}

/**
 * A list filter's time range: `from` inclusive, `to` exclusive; a `to` before `from` is refused,
 * naming `filter.to` (dates as `YYYY-MM-DD` text compare as text; instants by time).
 */
export function checkRange(
  from: Date | string | null | undefined,
  to: Date | string | null | undefined,
  field = 'filter.to',
): void {
  if (from == null || to == null) return;
  const a = from instanceof Date ? from.getTime() : from;
  const b = to instanceof Date ? to.getTime() : to;
  if (typeof a === typeof b && b < a) throw badInput(field, 'must not be before from');
}

/**
 * The page size the arguments ask for, or BAD_USER_INPUT naming the argument: `first` and `last`
 * together, a size outside 1–100, an empty cursor.
 */
export function checkPageArgs(args: PageArgs): number {
  if (args.first != null && args.last != null) throw badInput('first', 'cannot be combined with last');
  const size = args.last ?? args.first ?? PAGE.default;
  const sizeField = args.last != null ? 'last' : 'first';
  if (!Number.isInteger(size) || size < 1 || size > PAGE.max)
    throw badInput(sizeField, `must be from 1 to ${PAGE.max}`);
  if (args.after === '') throw badInput('after', 'is not a cursor from this list');
  if (args.before === '') throw badInput('before', 'is not a cursor from this list');
  return size;
}

/**
 * Keyset pagination over a unique, stable order (e.g. newest first, then id): a cursor names
 * the last row seen, not an offset, so pages stay right while rows are added.
 * `order` lists [property, direction] pairs; the last must be unique (the primary key). A property
 * may be a path through a relation (`shift.startsAt`): the row's own time may live on its parent.
 * Date properties are compared as ISO strings in cursors and converted back.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  order: [string, 'asc' | 'desc'][],
  args: PageArgs,
  toKey: (row: T) => Key[],
  fromKey: (values: Key[]) => unknown[] = (v) => v,
  options: {
    populate?: readonly string[];
    /**
     * Disjoint conditions whose union, with `where`, is the list (e.g. "owned by the department"
     * and "held by it, owned by another"): an OR that no single index serves becomes one indexed
     * query per branch. Each row must satisfy exactly one branch, or it is counted twice.
     */
    branches?: readonly FilterQuery<T>[];
    /** Rows for reading only (db/lean.ts): no populate; the list's resolvers must not mutate them. */
    lean?: boolean;
    /** With `lean`: many-to-one references read in the page's own statement (findLean's `join`). */
    join?: readonly string[];
  } = {},
): Promise<ConnectionShape<T>> {
  const size = checkPageArgs(args);
  const backward = args.last != null || (args.before != null && args.first == null);

  const keyset = (cursor: string, field: string, forward: boolean): FilterQuery<T> => {
    const values = fromKey(decodeCursor(cursor, field, order.length));
    if (values.length !== order.length || values.some(isBadKey))
      throw badInput(field, 'is not a cursor from this list');
    // (a, b) > (x, y)  ⇔  a > x OR (a = x AND b > y), with each column's own direction.
    const ors = order.map((_, i) => {
      const cond: Record<string, unknown> = {};
      for (let j = 0; j < i; j++) setPath(cond, order[j]?.[0] as string, values[j]);
      const [prop, dir] = order[i] as [string, 'asc' | 'desc'];
      setPath(cond, prop, { [(dir === 'asc') === forward ? '$gt' : '$lt']: values[i] });
      return cond;
    });
    return { $or: ors } as FilterQuery<T>;
  };

  const conditions: FilterQuery<T>[] = [where];
  if (args.after) conditions.push(keyset(args.after, 'after', true));
  if (args.before) conditions.push(keyset(args.before, 'before', false));
  const orderBy = order.map(([prop, dir]) => setPath({}, prop, backward ? (dir === 'asc' ? 'desc' : 'asc') : dir));

  // A lean row has no populated relations (db/lean.ts): asking for both is a mistake in the caller.
  if (options.lean && options.populate) throw new Error('paginate: lean rows cannot be populated');
  if (options.join?.length && !options.lean) throw new Error('paginate: only lean rows are joined');
  const populate = options.populate ? { populate: options.populate as never } : {};
  const find = (filter: FilterQuery<T>): Promise<T[]> =>
    options.lean
      ? findLean(em, entity as EntityClass<T>, filter, { orderBy, limit: size + 1, join: options.join })
      : em.find(entity, filter, { orderBy: orderBy as never, limit: size + 1, ...populate });
  let rows: T[];
  // Counted only when the client asks for totalCount (a getter the field resolver reads): on a
  // large table the count costs more than the page itself.
  let count: () => Promise<number>;
  if (options.branches?.length) {
    // Each branch on its own (an index serves each, covering its ids and the order), then the
    // page from the union of their first ids; the count is the sum (the branches are disjoint).
    const branches = options.branches;
    const pk = em.getMetadata().find(entity as string)?.primaryKeys[0] ?? 'id';
    const ids = await Promise.all(
      branches.map((branch) =>
        (em as unknown as SqlEntityManager)
          .createQueryBuilder(entity as string)
          .select(pk)
          .where({ $and: [...conditions, branch] } as never)
          .orderBy(orderBy as never)
          .limit(size + 1)
          .execute<Record<string, unknown>[]>('all', true),
      ),
    );
    rows = await find({ [pk]: { $in: ids.flat().map((r) => r[pk]) } } as FilterQuery<T>);
    count = async () => {
      const counts = await Promise.all(
        branches.map((branch) => em.count(entity, { $and: [where, branch] } as FilterQuery<T>)),
      );
      return counts.reduce((a, b) => a + b, 0);
    };
  } else {
    rows = await find({ $and: conditions } as FilterQuery<T>);
    count = () => em.count(entity, where);
  }
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map((node) => ({ node, cursor: encodeCursor(toKey(node)) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: page,
    get totalCount() {
      counted ??= count();
      return counted;
    },
    pageInfo: {
      hasNextPage: backward ? args.before != null : more,
      hasPreviousPage: backward ? more : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
