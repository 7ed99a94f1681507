import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Config } from '../../config.js';

export type Row = Record<string, unknown>;

/** One statement: SQL with `?` placeholders (as knex renders it) and its bindings. */
export interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

/**
 * A read-only view of the database as it was when the export began: every query of one export
 * goes through one reader, so rows committed meanwhile never appear and none go missing.
 */
export interface SnapshotReader {
  all(statement: Statement): Promise<Row[]>;
  /**
   * Keyset batches: `next(last)` makes the statement for the rows after `last` (null: the
   * first batch); stops at the first batch shorter than `size`. Only one batch is held at a time.
   */
  batches(next: (last: Row | null) => Statement, size: number): AsyncGenerator<Row[]>;
  close(): Promise<void>;
  /** A blob comes back as its bytes (a Buffer): rows may be read as bytes (SQLite, export.bytes.ts). */
  readonly bytes: boolean;
}

async function* keyset(
  all: (s: Statement) => Promise<Row[]>,
  next: (last: Row | null) => Statement,
  size: number,
): AsyncGenerator<Row[]> {
  let last: Row | null = null;
  for (;;) {
    const rows = await all(next(last));
    if (rows.length) yield rows;
    if (rows.length < size) return;
    last = rows[rows.length - 1] as Row;
  }
}

/**
 * The batches of `source`, each next one read while the consumer writes the last: the database
 * works (SQLite in libuv's thread pool, PostgreSQL in its own process) while JavaScript formats,
 * and at most one batch more than before is held.
 */
export async function* readAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = source.next();
  try {
    for (;;) {
      const item = await next;
      if (item.done) return;
      next = source.next();
      // Awaited at the next turn; until then a failure must not count as unhandled.
      next.catch(() => undefined);
      yield item.value;
    }
  } finally {
    // The consumer stopped early (the client went away): let the read under way finish, then end
    // the source so it releases what it holds, before the snapshot closes.
    await next.catch(() => undefined);
    await source.return(undefined);
  }
}

/**
 * SQL that packs a row's columns into one JSON array (`json_array` in SQLite, `json_build_array`
 * in PostgreSQL). The drivers build a JS object property by property — about 1 µs a cell, the
 * bulk of an export's time with 40 columns — while one string per row and V8's JSON.parse cost
 * a fraction of that. The one other place the dialects differ in an export.
 */
export function jsonArraySql(em: EntityManager, columns: readonly string[]): string {
  const platform = em.getPlatform();
  const fn = platform.constructor.name.toLowerCase().includes('sqlite') ? 'json_array' : 'json_build_array';
  return `${fn}(${columns.map((c) => platform.quoteIdentifier(c)).join(', ')})`;
}

/** The snapshot reader for the configured database (the one place the dialects differ here). */
export function openSnapshotReader(em: EntityManager, config: Config): Promise<SnapshotReader> {
  return config.database.driver === 'sqlite'
    ? openSqliteSnapshot(config.database.file)
    : openKnexSnapshot(em as SqlEntityManager);
}

// ---- SQLite -----------------------------------------------------------------------------------

interface SqliteDatabase {
  all(sql: string, params: readonly unknown[], cb: (err: Error | null, rows: Row[]) => void): void;
  exec(sql: string, cb: (err: Error | null) => void): void;
  close(cb: (err: Error | null) => void): void;
}
interface Sqlite3Module {
  OPEN_READONLY: number;
  Database: new (file: string, mode: number, cb: (err: Error | null) => void) => SqliteDatabase;
}

// The app's pool holds ONE SQLite connection, which a long export must not keep from everyone
// else: an export opens its own read-only connection with the driver MikroORM already uses.
let sqlite3: Sqlite3Module | null = null;
function sqlite3Module(): Sqlite3Module {
  if (!sqlite3) {
    const here = createRequire(import.meta.url);
    sqlite3 = createRequire(here.resolve('@mikro-orm/sqlite'))('sqlite3') as Sqlite3Module;
  }
  return sqlite3;
}

/** SQLite stores dates as milliseconds: bind them so (node-sqlite3 would bind a float). */
const sqliteBinding = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : v);

/**
 * A second, read-only connection inside `BEGIN … COMMIT`: with WAL, the first read pins the
 * snapshot and the app keeps writing through its own connection meanwhile.
 */
async function openSqliteSnapshot(file: string): Promise<SnapshotReader> {
  if (file === ':memory:') throw new Error('an export needs a database file, not :memory:');
  const { Database, OPEN_READONLY } = sqlite3Module();
  const db = await new Promise<SqliteDatabase>((resolve, reject) => {
    const opened: SqliteDatabase = new Database(file, OPEN_READONLY, (err) => (err ? reject(err) : resolve(opened)));
  });
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
  const all = (s: Statement) =>
    new Promise<Row[]>((resolve, reject) =>
      db.all(s.sql, s.bindings.map(sqliteBinding), (e, rows) => (e ? reject(e) : resolve(rows))),
    );
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    await exec('COMMIT').catch(() => undefined);
    await new Promise<void>((resolve) => db.close(() => resolve()));
  };
  try {
    await exec('PRAGMA busy_timeout = 5000; BEGIN');
    // A deferred transaction takes its snapshot at the first read: take it now, not at batch one.
    await all({ sql: 'select count(*) as n from sqlite_master', bindings: [] });
  } catch (error) {
    await close();
    throw error;
  }
  return { all, batches: (next, size) => keyset(all, next, size), close, bytes: true };
}

// ---- PostgreSQL (and any knex dialect) ----------------------------------------------------------

/**
 * One pooled connection in a REPEATABLE READ, READ ONLY transaction: PostgreSQL's snapshot is
 * taken at the first statement and kept to the end, and the pool has connections to spare.
 */
async function openKnexSnapshot(em: SqlEntityManager): Promise<SnapshotReader> {
  const knex = em.getKnex();
  const trx = await knex.transaction({ isolationLevel: 'repeatable read', readOnly: true });
  const all = async (s: Statement): Promise<Row[]> => {
    const result = (await trx.raw(s.sql, s.bindings as never)) as { rows?: Row[] } | Row[];
    return Array.isArray(result) ? result : (result.rows ?? []);
  };
  let open = true;
  return {
    all,
    bytes: false,
    batches: (next, size) => keyset(all, next, size),
    close: async () => {
      if (!open) return;
      open = false;
      await trx.commit().catch(() => undefined);
    },
  };
}
