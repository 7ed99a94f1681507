import {
  type EntityClass,
  type EntityManager,
  type EntityMetadata,
  type FilterQuery,
  RawQueryFragment,
  ReferenceKind,
  Utils,
  wrap,
} from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * Read-only rows for the hottest read paths (the case list, a case's timeline): the row's columns
 * as plain properties, its references made only when a resolver asks for one.
 *
 * Why: MikroORM hydrates every row it loads into a managed entity — a setter call per column, a
 * Reference per foreign key, a snapshot for change tracking — measured at about 120 µs a case
 * (15 ms for a 100-row page whose SQL alone takes 3.4 ms). A list only READS its rows; nothing
 * will flush them. A lean row costs a few µs.
 *
 * What a lean row is: an object on the entity's prototype chain (so `instanceof`, `Node.id` and
 * interface resolution know its type, and type-graphql hands it to field resolvers as it is rather
 * than copying it into a `new` entity), its columns its own properties, its many-to-one properties getters
 * answering `em.getReference(…, { wrapped: true })` of the request's EntityManager, the same
 * Reference a managed entity holds: `.load()` batches through MikroORM's dataloader, `.id` and
 * `.unwrap()` work. Scalars are converted as MikroORM converts them (dates, booleans, JSON).
 *
 * What it is not: managed. Never hand a lean row to `em.persist`, `assign`, `wrap` or a mutation;
 * mutations load their own entities (`runMutation`).
 */
const EM = Symbol('lean.em');
/** The row as the database answered it: column names, values not yet converted. */
const RAW = Symbol('lean.raw');
const REFS = Symbol('lean.refs');
/** On each entity's lean prototype: its LeanShape. */
const SHAPE = Symbol('lean.shape');
/** References read in the row's own statement (`join`): lean rows of their own, by name. */
const JOINED = Symbol('lean.joined');

type LeanRow = Record<string | symbol, unknown> & {
  [RAW]: Record<string, unknown>;
  [EM]: EntityManager;
  [REFS]?: Record<string, unknown>;
};

interface LeanShape {
  prototype: object;
  /** Each many-to-one's column (as the row names it): its key, read without a Reference (`referenceKey`). */
  columns: Map<string, string>;
  /** The row's name for the primary key's column. */
  key: string;
}

/** Per entity, per prefix: a joined row's columns come prefixed (`j1__name`) in its parent's row. */
const shapes = new WeakMap<EntityMetadata, Map<string, LeanShape>>();

/**
 * How MikroORM's compiled row mapper (EntityComparator.getResultMapper) turns one column into
 * its property, and then the property's type (JSON): booleans from SQLite's 0/1, dates from the
 * driver's text or number in the configured time zone, everything else as it is. One column at a
 * time, when the property is read: a page reads a few of a case's forty columns, and converting
 * the rest (ten dates, a JSON document) was most of a lean row's cost and garbage.
 * tests/api/lean-statements.test.ts compares it with MikroORM's mapper on every column.
 */
function converterOf(em: EntityManager, prop: EntityMetadata['props'][number]): ((value: unknown) => unknown) | null {
  const platform = em.getPlatform();
  let convert: ((value: unknown) => unknown) | null = null;
  if (prop.runtimeType === 'boolean') {
    convert = (v) => (v == null ? v : !!v);
  } else if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    const tz = platform.getTimezone();
    convert = (v) => {
      if (v == null || v instanceof Date) return v;
      if (typeof v === 'bigint') return platform.parseDate(Number(v));
      if (!tz || tz === 'local') return platform.parseDate(v as string);
      const text = v as string | number;
      return typeof text === 'number' || text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z')
        ? platform.parseDate(text)
        : platform.parseDate(`${text}${tz}`);
    };
  }
  const type = prop.customType;
  if (!type) return convert;
  const mapped = convert;
  return (v) => {
    const value = mapped ? mapped(v) : v;
    return value == null ? null : type.convertToJSValue(value, platform);
  };
}

function shapeOf(em: EntityManager, meta: EntityMetadata, prefix = ''): LeanShape {
  let byPrefix = shapes.get(meta);
  if (!byPrefix) {
    byPrefix = new Map();
    shapes.set(meta, byPrefix);
  }
  const known = byPrefix.get(prefix);
  if (known) return known;
  const columns = new Map<string, string>();
  // Between a lean row and the entity's prototype: each column a getter reading the raw row (and
  // a setter giving the row its own value, so writing never reaches the managed entity's
  // change-tracking accessors); each reference a getter making the Reference when first asked.
  const slots: PropertyDescriptorMap = {};
  for (const prop of meta.props) {
    if (prop.persist === false) continue;
    const name = prop.name;
    if ((prop.fieldNames?.length ?? 0) !== 1 || prop.embedded || prop.kind === ReferenceKind.EMBEDDED) {
      if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)
        throw new Error(`lean rows: ${meta.className}.${name} is not one column`);
      continue;
    }
    if (prop.lazy) {
      // Not read unless asked for by name (a password hash): as on a managed entity.
      slots[name] = { value: undefined, writable: true, enumerable: false, configurable: true };
      continue;
    }
    const column = `${prefix}${prop.fieldNames[0]}`;
    const own = (row: object, value: unknown) =>
      Object.defineProperty(row, name, { value, writable: true, enumerable: true, configurable: true });
    if (prop.kind === ReferenceKind.SCALAR) {
      const convert = converterOf(em, prop);
      slots[name] = {
        get: convert
          ? function (this: LeanRow) {
              return convert(this[RAW][column]);
            }
          : function (this: LeanRow) {
              return this[RAW][column];
            },
        set(this: LeanRow, value: unknown) {
          own(this, value);
        },
        enumerable: true,
        configurable: true,
      };
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      const target = prop.targetMeta?.class as EntityClass<object>;
      columns.set(name, column);
      slots[name] = {
        get(this: LeanRow) {
          this[REFS] ??= {};
          if (name in this[REFS]) return this[REFS][name];
          const key = this[RAW][column];
          const ref = key == null ? null : this[EM].getReference(target, key as never, { wrapped: true });
          this[REFS][name] = ref;
          return ref;
        },
        set(this: LeanRow, value: unknown) {
          own(this, value);
        },
        enumerable: true,
        configurable: true,
      };
    }
  }
  const pk = meta.properties[meta.primaryKeys[0] as string];
  const shape: LeanShape = {
    prototype: Object.create(meta.prototype, slots),
    columns,
    key: `${prefix}${pk?.fieldNames[0] ?? meta.primaryKeys[0]}`,
  };
  Object.defineProperty(shape.prototype, SHAPE, { value: shape });
  byPrefix.set(prefix, shape);
  return shape;
}

/** Rows as the database answered them (column names) → lean rows of `entity`. */
export function leanRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly Record<string, unknown>[],
): T[] {
  const shape = shapeOf(em, em.getMetadata().get(entity.name));
  return rows.map((row) => leanRow(em, shape, row) as T);
}

function leanRow(em: EntityManager, shape: LeanShape, row: Record<string, unknown>): object {
  const lean = Object.create(shape.prototype) as LeanRow;
  // Symbol keys: neither JSON nor Object.keys list them.
  lean[RAW] = row;
  lean[EM] = em;
  return lean;
}

/**
 * The key a many-to-one property holds (null if none), without making a Reference: a lean row's
 * own value, or a managed entity's reference's primary key.
 */
export function referenceKey(row: object, name: string): string | null {
  const raw = (row as Partial<LeanRow>)[RAW];
  if (raw && !Object.hasOwn(row, name)) {
    const column = ((row as Record<symbol, unknown>)[SHAPE] as LeanShape).columns.get(name);
    if (column !== undefined) {
      const key = raw[column];
      return key == null ? null : String(key);
    }
  }
  const ref = (row as Record<string, { unwrap(): object } | null | undefined>)[name];
  if (!ref) return null;
  const key = wrap(ref.unwrap(), true).getPrimaryKey();
  return key == null ? null : String(key);
}

/** The lean row `findLean` joined for this reference: undefined if it was not joined, null if empty. */
export function joinedRow<T extends object>(row: object, name: string): T | null | undefined {
  const joined = (row as Record<symbol, Record<string, object | null> | undefined>)[JOINED];
  return joined && name in joined ? (joined[name] as T | null) : undefined;
}

/**
 * `em.find` for reading only: the same query, lean rows (see above), its SQL compiled once per
 * shape (see "compiled statements" below).
 */
export async function findLean<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: LeanOptions = {},
): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const joins = (options.join ?? []).map((name, i) => {
    const prop = meta.properties[name as keyof typeof meta.properties];
    if (prop?.kind !== ReferenceKind.MANY_TO_ONE)
      throw new Error(`findLean: ${meta.className}.${name} is not a many-to-one`);
    return { name, target: prop.targetMeta?.class as EntityClass<object>, alias: `j${i + 1}` };
  });
  const build = (w: unknown) => {
    const qb = (em as SqlEntityManager)
      .createQueryBuilder(entity, 'l0')
      .select('l0.*')
      .where(w as never);
    for (const j of joins) qb.leftJoinAndSelect(`l0.${j.name}`, j.alias);
    if (options.orderBy) qb.orderBy(options.orderBy as never);
    if (options.limit != null) qb.limit(options.limit);
    return qb;
  };
  const statement = compiledStatement(em, meta, where, options, build);
  let rows: Record<string, unknown>[];
  if (statement) {
    rows = await em
      .getConnection()
      .execute<Record<string, unknown>[]>(statement.sql, statement.params, 'all', em.getTransactionContext());
  } else {
    rows = await build(where).execute<Record<string, unknown>[]>('all', false);
  }
  const found = leanRows(em, entity, rows);
  if (joins.length) {
    // A joined row reads its columns where they are, prefixed in the parent's row: nothing copied.
    const joinedShapes = joins.map((j) => ({
      name: j.name,
      shape: shapeOf(em, em.getMetadata().get(j.target.name), `${j.alias}__`),
    }));
    found.forEach((lean, i) => {
      const row = rows[i] as Record<string, unknown>;
      const joined: Record<string, object | null> = {};
      for (const { name, shape } of joinedShapes)
        joined[name] = row[shape.key] == null ? null : leanRow(em, shape, row);
      (lean as Record<symbol, unknown>)[JOINED] = joined;
    });
  }
  return found;
}

export interface LeanOptions {
  orderBy?: unknown;
  limit?: number;
  /**
   * Many-to-one references to read in the same statement (a left join each), for a caller that
   * knows they will be asked for (the case page's department and people). Each joined row is a
   * lean row of its own, which `joinedRow` (and `leanRef` in graphql/batch.ts) answer without a
   * statement.
   */
  join?: readonly string[];
}

// ---- compiled statements ------------------------------------------------------------------

/**
 * MikroORM builds every statement anew: the where-tree walked into criteria nodes, aliases
 * resolved, knex's builder compiled to SQL. Measured at 0.25–0.8 ms a statement (a keyed load
 * of a timeline: 0.50 ms against 0.15 ms for the same SQL run directly; with three joins,
 * 1.07 ms against 0.26 ms), a large share of a small request.
 *
 * Queries of one shape — the same tree of keys and operators, only the strings at its leaves
 * (ids, keys, statuses) differing — compile to the same SQL with the strings as bindings. So the
 * first query of a shape is built by MikroORM with a unique PROBE in place of each string, and
 * the probes are found among the bindings it produced; later queries of the shape bind their own
 * strings where the probes were. Everything else — numbers, booleans, dates, null, array lengths,
 * ordering, limit, joins — is part of the shape.
 *
 * A shape is never cached unless the mapping is certain: every binding is either exactly one
 * probe or a constant holding no probe; every probe is bound; none appears in the SQL text; the
 * tree holds only plain objects, arrays and scalars (no knex subqueries, raw fragments or
 * entities). Otherwise the query is built by MikroORM every time, as before.
 */
interface Compiled {
  sql: string;
  /** Per binding: the index of the string it takes, or the constant it always is. */
  slots: ({ param: number } | { constant: unknown })[];
}

const PROBE = '\u0001steward-probe:';
const END = '\u0001';
const CACHE_LIMIT = 2_000;
const compiled = new WeakMap<object, Map<string, Compiled | null>>();

/** The where-tree's shape (a string key) and its strings in order; null if it holds anything else. */
export function shapeOfWhere(where: unknown): { key: string; strings: string[] } | null {
  const strings: string[] = [];
  const walk = (value: unknown): string | null => {
    if (typeof value === 'string') {
      if (value.includes(PROBE)) return null;
      strings.push(value);
      return '$';
    }
    if (value === null) return 'n';
    if (value === undefined) return 'u';
    if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : `d${value.getTime()}`;
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (const item of value) {
        const k = walk(item);
        if (k === null) return null;
        items.push(k);
      }
      return `[${items.join(',')}]`;
    }
    if (Utils.isPlainObject(value)) {
      const parts: string[] = [];
      for (const key of Object.keys(value)) {
        if (RawQueryFragment.isKnownFragment(key)) return null;
        const k = walk((value as Record<string, unknown>)[key]);
        if (k === null) return null;
        parts.push(`${JSON.stringify(key)}:${k}`);
      }
      return `{${parts.join(',')}}`;
    }
    return null; // a knex builder, a raw fragment, an entity or reference: not a shape we can see
  };
  const key = walk(where);
  return key === null ? null : { key, strings };
}

/** The where-tree with the i-th string replaced by the i-th probe. */
function probed(where: unknown): unknown {
  let i = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return `${PROBE}${i++}${END}`;
    if (Array.isArray(value)) return value.map(walk);
    if (Utils.isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) out[key] = walk((value as Record<string, unknown>)[key]);
      return out;
    }
    return value;
  };
  return walk(where);
}

/** Probe bindings → slots; null unless every probe maps to exactly the bindings that are it. */
export function slotsOf(sql: string, bindings: readonly unknown[], probes: number): Compiled['slots'] | null {
  if (sql.includes(PROBE)) return null;
  const seen = new Set<number>();
  const slots: Compiled['slots'] = [];
  for (const b of bindings) {
    if (typeof b === 'string' && b.includes(PROBE)) {
      const digits = b.startsWith(PROBE) && b.endsWith(END) ? b.slice(PROBE.length, -END.length) : '';
      // The ORM changed the string on its way: how it would change another is unknown.
      if (!/^\d+$/.test(digits)) return null;
      const param = Number(digits);
      seen.add(param);
      slots.push({ param });
    } else {
      slots.push({ constant: b });
    }
  }
  return seen.size === probes ? slots : null;
}

function compiledStatement(
  em: EntityManager,
  meta: EntityMetadata,
  where: unknown,
  options: LeanOptions,
  build: (where: unknown) => { toQuery(): { _sql: { sql: string; bindings: readonly unknown[] } } },
): { sql: string; params: unknown[] } | null {
  const shape = shapeOfWhere(where);
  if (!shape) return null;
  let cache = compiled.get(em.getMetadata());
  if (!cache) {
    cache = new Map();
    compiled.set(em.getMetadata(), cache);
  }
  const key = `${meta.className}|${shape.key}|${JSON.stringify(options.orderBy ?? null)}|${options.limit ?? ''}|${(options.join ?? []).join(',')}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    const { sql, bindings } = build(probed(where)).toQuery()._sql;
    const slots = slotsOf(sql, bindings, shape.strings.length);
    entry = slots ? { sql, slots } : null;
    // Bounded: shapes with dates in them (ranges, cursors) are many; start again rather than grow.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, entry);
  }
  if (!entry) return null;
  return {
    sql: entry.sql,
    params: entry.slots.map((s) => ('param' in s ? shape.strings[s.param] : s.constant)),
  };
}
