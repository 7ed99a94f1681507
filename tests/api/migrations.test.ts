import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config.js';
import { dialectOf, migrate, type Orm, openOrm, pendingMigrations } from '../../apps/api/src/db/orm.js';
import { freshDatabase, TEST_PG_URL } from '../support/steward.js';

/**
 * The migrations of the dialect under test (SQLite in the `api` run, PostgreSQL in `api-pg`),
 * applied to an empty database, give exactly the schema the entities declare.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'steward-migrations-'));
let orm: Orm;
let release: () => Promise<void>;

beforeAll(async () => {
  const database = await freshDatabase(dataDir);
  release = database.release;
  orm = await openOrm(loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent' }));
});

afterAll(async () => {
  await orm?.close(true);
  await release?.();
  rmSync(dataDir, { recursive: true, force: true });
});

async function columnsOf(table: string): Promise<string[]> {
  const connection = orm.em.fork().getConnection();
  if (dialectOf(orm) === 'sqlite') {
    const rows = await connection.execute<{ name: string }[]>(`pragma table_info("${table}")`);
    return rows.map((r) => r.name).sort();
  }
  const rows = await connection.execute<{ column_name: string }[]>(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = ?",
    [table],
  );
  return rows.map((r) => r.column_name).sort();
}

describe(`migrations (${TEST_PG_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('run on an empty database, all of them, and leave none pending', async () => {
    expect(dialectOf(orm)).toBe(TEST_PG_URL ? 'postgresql' : 'sqlite');
    const applied = await migrate(orm);
    expect(applied.length).toBeGreaterThan(0);
    expect(await pendingMigrations(orm)).toEqual([]);
    // A second run is a no-op.
    expect(await migrate(orm)).toEqual([]);
  });

  it('create every table and column the entities declare', async () => {
    const metadata = Object.values(orm.getMetadata().getAll()).filter((m) => !m.embeddable && !m.virtual);
    expect(metadata.length).toBeGreaterThan(40);
    for (const meta of metadata) {
      const declared = meta.props
        .filter(
          (p) =>
            p.persist !== false &&
            p.fieldNames?.length &&
            (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)),
        )
        .flatMap((p) => p.fieldNames)
        .sort();
      expect(await columnsOf(meta.tableName), meta.tableName).toEqual([...new Set(declared)].sort());
    }
  });

  it.runIf(TEST_PG_URL)('leave nothing for the schema generator to change on PostgreSQL', async () => {
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });
});
