/**
 * Writes a new migration for whatever the entities declare beyond the committed migrations.
 * Works on a scratch database with every existing migration applied, so the diff is exactly
 * the change you made; then register the printed line in src/db/migrations/index.ts.
 *   pnpm db:migration:create <Name>
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { API_ROOT, loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';

const name = process.argv[2] ?? '';
if (!/^[A-Z][A-Za-z0-9]{2,60}$/.test(name)) {
  console.error('usage: pnpm db:migration:create <PascalCaseName>');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'steward-migration-'));
const orm = await openOrm(loadConfig({ ...process.env, DATABASE_URL: `sqlite:${join(dir, 'scratch.sqlite')}` }));
try {
  await migrate(orm);
  const result = await orm.getMigrator().createMigration(resolve(API_ROOT, 'src/db/migrations'), false, false, name);
  const className = result.fileName.replace(/\.ts$/, '');
  if (!result.diff.up.length) console.log('Entities match the migrations: nothing to write.');
  else
    console.log(
      `Wrote ${result.fileName}. Add to src/db/migrations/index.ts:\n  import { ${className} } from './${className}.js';\n  { name: '${className}', class: ${className} },`,
    );
} finally {
  await orm.close(true);
  rmSync(dir, { recursive: true, force: true });
}
