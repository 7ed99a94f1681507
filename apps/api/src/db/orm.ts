import { DataloaderType, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, SqliteDriver } from '@mikro-orm/sqlite';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

/** SQLite connection settings, applied to every pooled connection as it opens. */
const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL', // readers never block the writer
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 5000', // wait for a lock instead of failing with SQLITE_BUSY
  'PRAGMA synchronous = NORMAL', // safe with WAL, far fewer fsyncs
].join(';');

export function ormOptions(config: Pick<Config, 'database' | 'nodeEnv'>, log?: Logger): Options<SqliteDriver> {
  if (config.database.driver !== 'sqlite') throw new Error('only SQLite is supported so far');
  return {
    driver: SqliteDriver,
    dbName: config.database.file,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      path: 'src/db/migrations',
    },
    pool: {
      min: 1,
      max: 1,
      afterCreate: (
        conn: { exec(sql: string, cb: (err: Error | null) => void): void },
        done: (err: Error | null, conn: unknown) => void,
      ) => conn.exec(SQLITE_PRAGMAS, (err) => done(err, conn)),
    } as Options['pool'],
    // Batches reference and collection loads made by field resolvers into one query per level.
    dataloader: DataloaderType.ALL,
    // The global EntityManager is off limits: every request and subscription forks its own.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    colors: false, // logs are JSON lines, not a terminal
    ignoreUndefinedInQuery: true,
    debug: log?.isLevelEnabled('trace') ? ['query', 'query-params'] : false,
    logger: (message) => log?.trace({ orm: true }, message),
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
  };
}

export async function openOrm(config: Pick<Config, 'database' | 'nodeEnv'>, log?: Logger): Promise<Orm> {
  return MikroORM.init(ormOptions(config, log));
}

/** Applies every pending migration; returns their names. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}
