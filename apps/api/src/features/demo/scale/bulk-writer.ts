import type { Knex } from '@mikro-orm/knex';

/**
 * Multi-row INSERTs in large transactions, portable to SQLite and PostgreSQL: the statement text
 * (`insert into "t" ("a", "b") values (?, ?), (?, ?)…`, identifiers quoted by knex for the
 * dialect) is built once per (table, row count) and reused with fresh bindings, so a million rows
 * cost a million arrays, not a million builder calls. Batches stay under both databases'
 * bind-parameter limits (SQLite 32,766; PostgreSQL 65,535).
 */
export const MAX_PARAMS = 30_000;
/** Rows per statement at most, whatever the width. */
export const MAX_ROWS = 2_000;

export interface TableSpec {
  table: string;
  columns: readonly string[];
  /** Tables its rows refer to: their queued rows are written first (foreign keys are checked at once). */
  parents?: readonly TableSpec[];
}

export class BulkWriter {
  private trx: Knex.Transaction | null = null;
  private readonly buffers = new Map<string, { spec: TableSpec; rows: unknown[][] }>();
  private readonly sql = new Map<string, string>();
  private sinceCommit = 0;
  readonly counts = new Map<string, number>();

  constructor(
    private readonly knex: Knex,
    /** Rows written before the transaction is committed and a new one begun. */
    private readonly commitEvery = 200_000,
  ) {}

  /** Queues a row (values in the spec's column order); writes a batch when one is full. */
  async add(spec: TableSpec, row: unknown[]): Promise<void> {
    let buffer = this.buffers.get(spec.table);
    if (!buffer) {
      buffer = { spec, rows: [] };
      this.buffers.set(spec.table, buffer);
    }
    buffer.rows.push(row);
    if (buffer.rows.length >= batchSize(spec)) await this.flush(spec);
  }

  /** Writes everything queued and commits. */
  async finish(): Promise<void> {
    for (const { spec } of this.buffers.values()) await this.flush(spec);
    if (this.trx) await this.trx.commit();
    this.trx = null;
    this.sinceCommit = 0;
  }

  /** Gives up: rolls back the open transaction (what was committed stays). */
  async abort(): Promise<void> {
    const trx = this.trx;
    this.trx = null;
    if (trx && !trx.isCompleted()) await trx.rollback().catch(() => {});
  }

  /** Writes what is queued for `spec`'s table, after what is queued for the tables it refers to. */
  async flush(spec: TableSpec): Promise<void> {
    for (const parent of spec.parents ?? []) await this.flush(parent);
    const buffer = this.buffers.get(spec.table);
    if (buffer?.rows.length) await this.write(spec, buffer.rows.splice(0));
  }

  private async write(spec: TableSpec, rows: unknown[][]): Promise<void> {
    if (!this.trx) this.trx = await this.knex.transaction();
    const key = `${spec.table}:${rows.length}`;
    let sql = this.sql.get(key);
    if (sql === undefined) {
      // A standard multi-row VALUES list (knex's own SQLite insert is a compound SELECT, capped at
      // 500 terms and slower to parse); identifiers quoted by the dialect through `??`.
      const tuple = `(${spec.columns.map(() => '?').join(', ')})`;
      const head = this.knex.raw(`insert into ?? (${spec.columns.map(() => '??').join(', ')}) values `, [
        spec.table,
        ...spec.columns,
      ]);
      sql = head.toQuery() + Array.from({ length: rows.length }, () => tuple).join(', ');
      this.sql.set(key, sql);
    }
    const bindings: unknown[] = [];
    for (const row of rows) for (const v of row) bindings.push(v);
    await this.trx.raw(sql, bindings as Knex.RawBinding[]);
    this.counts.set(spec.table, (this.counts.get(spec.table) ?? 0) + rows.length);
    this.sinceCommit += rows.length;
    if (this.sinceCommit >= this.commitEvery) {
      await this.trx.commit();
      this.trx = null;
      this.sinceCommit = 0;
    }
  }
}

export function batchSize(spec: TableSpec): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / spec.columns.length)));
}
