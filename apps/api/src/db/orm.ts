import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, MikroORM as SqlMikroORM } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import pg from 'pg';
import type { Config, Database } from '../config.js';
import { CaseRollupSubscriber } from '../features/stats/rollup/rollup.maintain.js';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { postgresqlMigrationsList } from './migrations-postgresql/index.js';
import { TracingLogger } from './sql-trace.js';

/** The ORM on either dialect: services see only what both share (the SQL driver family). */
export type Orm = SqlMikroORM<AbstractSqlDriver>;
export type Dialect = Database['driver'];

/** SQLite connection settings, applied to every pooled connection as it opens. */
const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL', // readers never block the writer
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 5000', // wait for a lock instead of failing with SQLITE_BUSY
  'PRAGMA synchronous = NORMAL', // safe with WAL, far fewer fsyncs
].join(';');

/** Where each dialect's migrations live (`pnpm db:migration:create` writes both). */
export const MIGRATION_FOLDERS: Record<Dialect, string> = {
  sqlite: 'src/db/migrations',
  postgresql: 'src/db/migrations-postgresql',
};

/** Settings both dialects share. */
function common(log?: Logger): Options {
  return {
    entities,
    extensions: [Migrator],
    // Keeps the case rollups (caseStats over large ranges) in the transaction of each case change.
    subscribers: [new CaseRollupSubscriber()],
    // Batches reference and collection loads made by field resolvers into one query per level.
    dataloader: DataloaderType.ALL,
    // The global EntityManager is off limits: every request and subscription forks its own.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    colors: false, // logs are JSON lines, not a terminal
    ignoreUndefinedInQuery: true,
    debug: log?.isLevelEnabled('trace') ? ['query', 'query-params'] : false,
    logger: (message) => log?.trace({ orm: true }, message),
    loggerFactory: (options) => new TracingLogger(options),
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
  };
}

function migrations(dialect: Dialect): Options['migrations'] {
  return {
    migrationsList: dialect === 'sqlite' ? migrationsList : postgresqlMigrationsList,
    transactional: true,
    allOrNothing: true,
    snapshot: false,
    emit: 'ts',
    path: MIGRATION_FOLDERS[dialect],
  };
}

export function ormOptions(config: Pick<Config, 'database' | 'nodeEnv'>, log?: Logger): Options {
  const db = config.database;
  if (db.driver === 'postgresql') {
    // count(*) and sum() are bigint on PostgreSQL, which node-postgres hands over as strings; our
    // counts are far below 2^53, so they are numbers, as SQLite gives them.
    pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
    return {
      ...common(log),
      driver: PostgreSqlDriver,
      clientUrl: db.url,
      migrations: migrations('postgresql'),
      // Several replicas share the server: each keeps a modest pool (PostgreSQL's default
      // max_connections is 100).
      pool: { min: 0, max: db.poolSize },
    } as Options;
  }
  return {
    ...common(log),
    driver: SqliteDriver,
    dbName: db.file,
    migrations: migrations('sqlite'),
    // One connection: SQLite has one writer anyway, and one connection keeps every
    // transaction serialised without SQLITE_BUSY.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (
        conn: { exec(sql: string, cb: (err: Error | null) => void): void },
        done: (err: Error | null, conn: unknown) => void,
      ) => conn.exec(SQLITE_PRAGMAS, (err) => done(err, conn)),
    } as Options['pool'],
  } as Options;
}

export async function openOrm(config: Pick<Config, 'database' | 'nodeEnv'>, log?: Logger): Promise<Orm> {
  const orm = (await MikroORM.init(ormOptions(config, log))) as unknown as Orm;
  trackOnPrototypes(orm);
  return orm;
}

/**
 * MikroORM 6 gives EVERY entity it loads its own change-tracking accessors, one per column and
 * reference (`EntityHelper.ensurePropagation` → `Object.defineProperties(entity, …)`): measured at
 * about 100 µs a case, most of the CPU of a 100-row page. It does so per instance only because a
 * class compiled with `useDefineForClassFields` would shadow accessors on the prototype; ours are
 * not (tsconfig.base.json sets it false, and tsx/vitest/tsc honour it), so the same accessors live
 * on each entity prototype once — MikroORM 5's way — and `__gettersDefined` there tells
 * ensurePropagation it has nothing to do. Each accessor calls the descriptor of the entity's own
 * metadata, so several ORMs in one process (the test suite) keep their own.
 *
 * What changes: the columns are no longer the instance's own keys. MikroORM's toObject/toJSON of
 * an entity lists only its primary key, and spreading one (`{ ...member }`) copies none of its
 * columns: code picks the fields it needs (`attendanceFacts`, audit snapshots), never spreads or
 * enumerates an entity. (The E2E suite caught the last spread: an officer's check-in read as
 * "expected".)
 */
function trackOnPrototypes(orm: Orm): void {
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    const prototype = meta.prototype as object | undefined;
    if (!prototype || meta.embeddable || meta.virtual || Object.hasOwn(prototype, '__gettersDefined')) continue;
    type Tracked = { __helper: { __meta: { definedProperties: Record<string, PropertyDescriptor> } } };
    const descriptors: PropertyDescriptorMap = { __gettersDefined: { value: true, enumerable: false } };
    for (const name of Object.keys(meta.definedProperties as Record<string, PropertyDescriptor>)) {
      if (name === '__gettersDefined') continue;
      descriptors[name] = {
        get(this: Tracked) {
          return this.__helper.__meta.definedProperties[name]?.get?.call(this);
        },
        set(this: Tracked, value: unknown) {
          this.__helper.__meta.definedProperties[name]?.set?.call(this, value);
        },
        enumerable: true,
        configurable: true,
      };
    }
    Object.defineProperties(prototype, descriptors);
  }
}

/** Which dialect an ORM (or an EntityManager's driver) speaks. */
export function dialectOf(orm: Pick<Orm, 'config'>): Dialect {
  return orm.config.get('driver') === PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

/** Applies every pending migration; returns their names. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}
