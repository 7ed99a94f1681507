import type { Collection, EntityClass, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { findLean, joinedRow, referenceKey } from '../db/lean.js';
import type { Context } from './context.js';

/**
 * Per-request batching for field resolvers: what a list's rows each ask for (an event's actor, a
 * case's timeline, a log's entry count …) is gathered while the list's fields resolve and read
 * with ONE query for all of them, not one per row. Keyed by the request's context object, so
 * nothing outlives the request or crosses viewers.
 */
const loaders = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

/**
 * The value for `key`, read together with every other key of the same `kind` asked for in the
 * same tick: `fetch` gets them all and answers a map; a key it leaves out gets `missing`.
 */
export function batchLoad<V>(
  ctx: Context,
  kind: string,
  fetch: (keys: string[]) => Promise<ReadonlyMap<string, V>>,
  key: string,
  missing: V,
): Promise<V> {
  let byKind = loaders.get(ctx);
  if (!byKind) {
    byKind = new Map();
    loaders.set(ctx, byKind);
  }
  let loader = byKind.get(kind) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(
      async (keys) => {
        const found = await fetch([...keys]);
        return keys.map((k) => (found.has(k) ? (found.get(k) as V) : missing));
      },
      // The identity map already caches entities; a value cached here could outlive a change made
      // later in the same request (a mutation's payload).
      { cache: false },
    );
    byKind.set(kind, loader as DataLoader<string, unknown>);
  }
  return loader.load(key);
}

/**
 * A record to read, by primary key, as a lean row (db/lean.ts): every key of the entity asked
 * for in the same tick in one statement. Unscoped: for a reference whose holder the viewer may
 * already see (a case's assignee, its department).
 */
export function loadLean<T extends object>(ctx: Context, entity: EntityClass<T>, key: string): Promise<T | null> {
  const meta = ctx.em.getMetadata().get(entity.name);
  const pk = meta.primaryKeys[0] as string;
  return batchLoad<T | null>(
    ctx,
    `lean:${entity.name}`,
    async (keys) => {
      const rows = await findLean(ctx.em, entity, { [pk]: { $in: keys } } as FilterQuery<T>);
      return new Map(rows.map((row) => [String((row as Record<string, unknown>)[pk]), row]));
    },
    key,
    null,
  );
}

/**
 * The row a many-to-one of `row` refers to, to read: the one `findLean` joined if it did, else
 * `loadLean` of its key. Field resolvers of references use it instead of `ref.load()`, which
 * would hydrate a managed entity (about 20 µs a staff member, against 2 for a lean row).
 */
export function leanRef<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  row: object,
  name: string,
): Promise<T | null> | T | null {
  const joined = joinedRow<T>(row, name);
  if (joined !== undefined) return joined;
  const key = referenceKey(row, name);
  return key == null ? null : loadLean(ctx, entity, key);
}

/**
 * The items of a collection of `row` (a staff member's sites, a department's positions), in the
 * collection's own order. A managed entity loads its own; a lean row (db/lean.ts) holds none, so
 * the collections of every lean row asked for in the same tick are read together.
 */
export async function leanCollection<T extends object, I extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  row: T,
  name: keyof T & string,
): Promise<I[]> {
  const own = (row as Record<string, unknown>)[name] as Collection<I> | undefined;
  if (own) return (await own.load()).getItems();
  const pk = ctx.em.getMetadata().get(entity.name).primaryKeys[0] as string;
  return batchLoad<I[]>(
    ctx,
    `${entity.name}.${name}`,
    async (keys) => {
      const owners = await ctx.em.find(entity, { [pk]: { $in: keys } } as FilterQuery<T>, {
        populate: [name] as never,
      });
      return new Map(
        owners.map((o) => [
          String((o as Record<string, unknown>)[pk]),
          ((o as Record<string, unknown>)[name] as Collection<I>).getItems(),
        ]),
      );
    },
    String((row as Record<string, unknown>)[pk]),
    [],
  );
}

/** The record with this id if the viewer may see it (the service's scoped `byIds`), else null. */
export function loadOne<T>(
  ctx: Context,
  kind: string,
  byIds: (ids: string[]) => Promise<T[]>,
  id: string,
  idOf: (row: T) => string = (row) => (row as { id: string }).id,
): Promise<T | null> {
  return batchLoad<T | null>(
    ctx,
    `one:${kind}`,
    async (ids) => new Map((await byIds(ids)).map((row) => [idOf(row), row])),
    id,
    null,
  );
}

/** Which rows of an entity a keyed load reads: those whose `by` is among the keys, within `where`. */
export interface KeyedRows<T extends object> {
  entity: EntityClass<T>;
  /** The property (a column or a reference) holding the key. */
  by: string;
  /** The key of a row, as asked for. */
  keyOf: (row: T) => string;
  /** Further conditions: the viewer's read scope, live rows only … */
  where?: FilterQuery<T>;
  orderBy?: Record<string, unknown>;
  populate?: string[];
  /** Rows for reading only (db/lean.ts), without populate: a list's rows nobody will change. */
  lean?: boolean;
}

function findKeyed<T extends object>(ctx: Context, rows: KeyedRows<T>, keys: string[]): Promise<T[]> {
  const match = { [rows.by]: { $in: keys } } as FilterQuery<T>;
  const where = rows.where ? ({ $and: [match, rows.where] } as FilterQuery<T>) : match;
  if (rows.lean && rows.populate) throw new Error(`${rows.entity.name}: lean rows cannot be populated`);
  if (rows.lean) return findLean(ctx.em, rows.entity, where, { orderBy: rows.orderBy });
  return ctx.em.find(rows.entity, where, { orderBy: rows.orderBy as never, populate: rows.populate as never });
}

/** The one row with this key (a shift's briefing, its handover …), or null: `batchLoad` of a query. */
export function loadOneBy<T extends object>(
  ctx: Context,
  kind: string,
  rows: KeyedRows<T>,
  key: string,
): Promise<T | null> {
  return batchLoad<T | null>(
    ctx,
    kind,
    async (keys) => new Map((await findKeyed(ctx, rows, keys)).map((row) => [rows.keyOf(row), row])),
    key,
    null,
  );
}

/** Every row with this key, in `orderBy` order (a shift's checks …): `batchLoad` of a query. */
export function loadAllBy<T extends object>(ctx: Context, kind: string, rows: KeyedRows<T>, key: string): Promise<T[]> {
  return batchLoad<T[]>(ctx, kind, async (keys) => groupBy(await findKeyed(ctx, rows, keys), rows.keyOf), key, []);
}

/** Rows grouped by a key, keeping their order (for `batchLoad` of lists). */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const pending = new WeakMap<Context, Map<string, Map<string, unknown>>>();

/**
 * `batchLoad` for what the fetch needs whole, not just its key (a list's shifts, for what is
 * computed from several of their fields): `fetch` gets one item per distinct key asked for in the
 * same tick and answers a map by key.
 */
export function batchLoadItems<T, V>(
  ctx: Context,
  kind: string,
  fetch: (items: T[]) => Promise<ReadonlyMap<string, V>>,
  item: T,
  keyOf: (item: T) => string,
  missing: V,
): Promise<V> {
  let byKind = pending.get(ctx);
  if (!byKind) {
    byKind = new Map();
    pending.set(ctx, byKind);
  }
  let waiting = byKind.get(kind) as Map<string, T> | undefined;
  if (!waiting) {
    waiting = new Map();
    byKind.set(kind, waiting as Map<string, unknown>);
  }
  const key = keyOf(item);
  if (!waiting.has(key)) waiting.set(key, item);
  const items = waiting;
  return batchLoad<V>(
    ctx,
    `items:${kind}`,
    (keys) => {
      const batch: T[] = [];
      for (const k of new Set(keys)) {
        const found = items.get(k);
        items.delete(k);
        if (found !== undefined) batch.push(found);
      }
      return fetch(batch);
    },
    key,
    missing,
  );
}
