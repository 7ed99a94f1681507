/**
 * `pnpm seed --scale N [--seed n] [--database <url|file>] [--cases count] [--force]`
 *
 * Scale 1 is the demo a new user sees (the demo organisation and a few weeks of its history);
 * scale N > 1 adds about 10,000 × N cases of generated history on top, with shifts, attendance
 * and patrols in proportion: the same N and seed always write the same rows. Refuses a database
 * holding data that is neither the demo's nor generated, unless --force.
 */
// Only light imports up here: arguments are checked before the application is loaded, so a
// mistake is answered at once.
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** Generated cases per unit of scale above 1 (kept in step with features/demo/scale). */
const CASES_PER_SCALE = 10_000;

const USAGE = `Usage: pnpm seed --scale N [--seed n] [--database <url|file>] [--cases count] [--force]
  --scale N      1 = the demo; N > 1 adds about ${CASES_PER_SCALE.toLocaleString('en')} × N cases of history (up to 1000)
  --seed n       the generator's seed, a whole number (default 1)
  --database     sqlite:<path>, a file path, or postgres://… (default: DATABASE_URL, else the API's data file)
  --cases count  exactly this many generated cases instead of ${CASES_PER_SCALE.toLocaleString('en')} × N (for tests)
  --force        write even though the database holds data that is neither the demo's nor generated`;

class UsageError extends Error {}
let configError: (new (...args: never[]) => Error) | null = null;

interface Args {
  scale: number;
  seed: number;
  database: string | undefined;
  cases: number | undefined;
  force: boolean;
}

function parseSeedArgs(argv: string[]): Args {
  const args: Args = { scale: Number.NaN, seed: 1, database: undefined, cases: undefined, force: false };
  const rest = [...argv];
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (rest.length) {
    const arg = rest.shift() as string;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const take = () => inline ?? value(flag);
    switch (flag) {
      case '--': // pnpm passes its separator through
        break;
      case '--scale': {
        const raw = take();
        const n = Number(raw);
        if (!/^\d+(\.\d+)?$/.test(raw) || n < 1 || n > 1000) {
          throw new UsageError(`--scale must be a number from 1 to 1000 (got "${raw}")`);
        }
        args.scale = n;
        break;
      }
      case '--seed': {
        const raw = take();
        if (!/^\d{1,10}$/.test(raw) || Number(raw) > 0xffffffff) {
          throw new UsageError(`--seed must be a whole number from 0 to 4294967295 (got "${raw}")`);
        }
        args.seed = Number(raw);
        break;
      }
      case '--cases': {
        const raw = take();
        if (!/^\d{1,8}$/.test(raw) || Number(raw) > 10_000_000) {
          throw new UsageError(`--cases must be a whole number from 0 to 10000000 (got "${raw}")`);
        }
        args.cases = Number(raw);
        break;
      }
      case '--database':
        args.database = take();
        break;
      case '--force':
        args.force = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (Number.isNaN(args.scale)) {
    if (args.cases === undefined) throw new UsageError('--scale is required');
    args.scale = 1;
  }
  return args;
}

/** `--database`: a URL as DATABASE_URL takes it, or a bare file path; relative to where pnpm was run. */
function databaseUrl(given: string | undefined): string | undefined {
  if (given === undefined) return process.env.DATABASE_URL;
  const base = process.env.INIT_CWD ?? process.cwd();
  if (/^postgres(ql)?:\/\//.test(given)) return given;
  const file = given.replace(/^(sqlite|file):(\/\/)?/, '');
  if (file === ':memory:') return `sqlite::memory:`;
  return `sqlite:${isAbsolute(file) ? file : resolve(base, file)}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const args = parseSeedArgs(process.argv.slice(2));
  await import('reflect-metadata');
  const { ConfigError, loadConfig } = await import('../config.js');
  const { migrate, openOrm } = await import('../db/orm.js');
  const { ensureSlaPolicies } = await import('../features/cases/sla.resolver.js');
  const { loadDemoData } = await import('../features/demo/demo.seed.js');
  const scale = await import('../features/demo/scale/scale-history.js');
  const { ensureInspectionChecklists } = await import('../features/inspections/inspection.service.js');
  const { ensureOrganisation } = await import('../features/permissions/org.seed.js');
  const { ensureRulebookLoaded } = await import('../features/rulebook/rulebook.seed.js');
  const { createLogger } = await import('../logger.js');
  const { createStewardPubSub } = await import('../realtime/pubsub.js');
  if (scale.CASES_PER_SCALE !== CASES_PER_SCALE) throw new Error('CASES_PER_SCALE differs from the generator’s');
  configError = ConfigError;
  const cases = args.cases ?? (args.scale > 1 ? Math.round(CASES_PER_SCALE * args.scale) : 0);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl(args.database),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const log = createLogger(config);
  const orm = await openOrm(config, log);
  try {
    await migrate(orm);
    await ensureRulebookLoaded(orm.em.fork());
    await ensureOrganisation(orm.em.fork());
    await ensureSlaPolicies(orm.em.fork());
    await ensureInspectionChecklists(orm.em.fork());

    const knex = orm.em.fork().getKnex();
    const siteCodes = (await knex('site').pluck('code')) as string[];
    const usernames = (await knex('staff').pluck('username')) as string[];
    const foreign = [
      ...siteCodes.filter((c) => !scale.isDemoOrGenerated('site', c)).map((c) => `site ${c}`),
      ...usernames.filter((u) => !scale.isDemoOrGenerated('staff', u)).map((u) => `staff ${u}`),
    ];
    if (foreign.length && !args.force) {
      throw new UsageError(
        `the database holds data that is not the demo's (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); ` +
          'use a fresh database, or --force to add to it anyway',
      );
    }
    const generatedSites = siteCodes.filter(scale.isGeneratedSite).length;
    if (generatedSites && cases > 0) {
      throw new UsageError(
        `the database already holds generated history (${generatedSites} generated sites); seed a fresh database`,
      );
    }

    if (!foreign.length) {
      const demoStarted = Date.now();
      await loadDemoData(orm.em.fork(), log, { config, pubsub: createStewardPubSub() });
      console.log(`demo (scale 1): ready in ${((Date.now() - demoStarted) / 1000).toFixed(1)} s`);
    }
    if (cases > 0) {
      const bulkStarted = Date.now();
      if (config.database.driver === 'sqlite') {
        // A larger page cache for the bulk write (this connection only; the file is unchanged).
        await knex.raw('PRAGMA cache_size = -262144');
      }
      const summary = await scale.generateScaleHistory(orm.em.fork(), {
        cases,
        seed: args.seed,
        sqlite: config.database.driver === 'sqlite',
        progress: (m) => console.error(`  … ${m}`),
      });
      // Fresh planner statistics after a bulk load (plain `analyze`: SQLite and PostgreSQL alike).
      // Without them SQLite reads a department's whole history for each page of its queue.
      await knex.raw('analyze');
      // The generator writes past the unit of work, so the case rollups are counted afresh.
      const { rebuildRollups } = await import('../features/stats/rollup/rollup.rebuild.js');
      const rollups = await rebuildRollups(orm.em.fork() as never);
      console.log(`case rollups: ${rollups.rows.toLocaleString('en')} rows in ${(rollups.ms / 1000).toFixed(1)} s`);
      const seconds = (Date.now() - bulkStarted) / 1000;
      console.log(`generated history (scale ${args.scale}, seed ${args.seed}) in ${seconds.toFixed(1)} s:`);
      for (const [table, n] of Object.entries(summary)) console.log(`  ${table.padEnd(14)} ${n.toLocaleString('en')}`);
    }
    if (config.database.driver === 'sqlite' && config.database.file !== ':memory:') {
      await knex.raw('PRAGMA wal_checkpoint(TRUNCATE)');
      const bytes = statSync(config.database.file).size;
      console.log(`database: ${config.database.file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
    }
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`seed: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (configError && error instanceof configError) {
    console.error(`seed: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
