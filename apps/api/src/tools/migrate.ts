/** `pnpm db:migrate`: applies pending migrations to the configured database, then exits. */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';

const orm = await openOrm(loadConfig());
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await orm.close(true);
}
