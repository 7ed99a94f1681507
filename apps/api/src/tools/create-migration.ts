/**
 * Writes a new migration for whatever the entities declare beyond the committed migrations, for
 * both dialects: SQLite (src/db/migrations) and PostgreSQL (src/db/migrations-postgresql). Each
 * diff is taken on a scratch database with every existing migration applied, so it is exactly the
 * change you made; then register the printed lines in each folder's index.ts.
 *   pnpm db:migration:create <Name>
 * PostgreSQL comes from STEWARD_PG_URL, else from `.ci/postgres start` (a throwaway local server).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { API_ROOT, loadConfig } from '../config.js';
import { type Dialect, MIGRATION_FOLDERS, migrate, openOrm } from '../db/orm.js';
import { createDatabase, dropDatabase } from '../db/postgres-admin.js';

const name = process.argv[2] ?? '';
if (!/^[A-Z][A-Za-z0-9]{2,60}$/.test(name)) {
  console.error('usage: pnpm db:migration:create <PascalCaseName>');
  process.exit(2);
}

/** Writes one dialect's migration; returns its class name, or null when nothing changed. */
async function write(dialect: Dialect, databaseUrl: string, className?: string): Promise<string | null> {
  const orm = await openOrm(loadConfig({ ...process.env, DATABASE_URL: databaseUrl }));
  try {
    await migrate(orm);
    const folder = resolve(API_ROOT, MIGRATION_FOLDERS[dialect]);
    const result = await orm.getMigrator().createMigration(folder, false, false, name);
    if (!result.diff.up.length) return null;
    let written = result.fileName.replace(/\.ts$/, '');
    // Both dialects' migrations of one change share a name, so their histories read alike.
    if (className && className !== written) {
      const source = readFileSync(join(folder, result.fileName), 'utf8').replaceAll(written, className);
      writeFileSync(join(folder, `${className}.ts`), source);
      rmSync(join(folder, result.fileName));
      written = className;
    }
    return written;
  } finally {
    await orm.close(true);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'steward-migration-'));
try {
  const sqlite = await write('sqlite', `sqlite:${join(dir, 'scratch.sqlite')}`);
  const pgServer =
    process.env.STEWARD_PG_URL ||
    execFileSync('bash', [resolve(API_ROOT, '../../.ci/postgres'), 'start'], { encoding: 'utf8' }).trim();
  const scratch = `steward_migration_${Date.now().toString(36)}`;
  let postgres: string | null;
  try {
    postgres = await write('postgresql', await createDatabase(pgServer, scratch), sqlite ?? undefined);
  } finally {
    await dropDatabase(pgServer, scratch);
  }
  if (!sqlite && !postgres) console.log('Entities match the migrations: nothing to write.');
  for (const [dialect, className] of [
    ['sqlite', sqlite],
    ['postgresql', postgres],
  ] as const) {
    if (!className) continue;
    console.log(
      `Wrote ${MIGRATION_FOLDERS[dialect]}/${className}.ts — review it (drop lines that rebuild tables you did not change), then add to its index.ts:\n  import { ${className} } from './${className}.js';\n  { name: '${className}', class: ${className} },`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
