import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrl, onServer } from '../../apps/api/src/db/postgres-admin.js';

/**
 * The demo seed, once per run instead of once per test server.
 *
 * Loading the demo week plays a week of history through the real services: 18–40 s per server
 * on SQLite, about twice that on PostgreSQL, the largest part of the test command's time. The
 * result depends only on the code (and the settings that reach the seed) and on the moment it
 * ran, so a server started a few minutes later on a copy of it holds what a server that seeded
 * itself then and ran since holds. Each test server therefore still gets a database of its own,
 * but as a copy of a seeded template: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on
 * PostgreSQL.
 *
 * A template is used only while
 *  - its key matches: a hash of the code that seeds (the API's sources, or its build for the
 *    built server; the shared schema package; the lockfile), the dialect and the settings given
 *    to the seed — any change seeds a new one, a stale template is never reused;
 *  - it is younger than STEWARD_TEST_TEMPLATE_MAX_AGE_MINUTES (10 by default): the demo is
 *    relative to "now" (incidents minutes old, briefings and check-ins around a shift's start);
 *  - and no demo day/night shift boundary and no local midnight (Asia/Shanghai, the demo sites'
 *    zone: 00:00, 08:00, 20:00; see demo-shifts.ts) lies between its seeding and now: a copy
 *    never shows yesterday's roster as today's or the last shift as the running one.
 * Otherwise the first server that needs one seeds a new one (under a lock: the other workers
 * wait for it instead of seeding too).
 *
 * STEWARD_TEST_TEMPLATES=off seeds every server itself, as before.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FORMAT = 1;
const MINUTE = 60_000;

export const TEMPLATES_ENABLED = process.env.STEWARD_TEST_TEMPLATES !== 'off';
export const TEMPLATE_MAX_AGE_MS = Number(process.env.STEWARD_TEST_TEMPLATE_MAX_AGE_MINUTES || 10) * MINUTE;
/** Where SQLite templates live (one file per key and seeding; old ones are pruned). */
export const TEMPLATE_DIR = process.env.STEWARD_TEST_TEMPLATE_DIR || join(tmpdir(), 'steward-test-templates');

/** The demo sites' zone and the local times the demo's shifts turn over (DAY 08–20, NIGHT 20–08). */
const DEMO_ZONE = 'Asia/Shanghai';
const DEMO_BOUNDARIES_HOURS = [8, 20];
const slotFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DEMO_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
});

/** The local day and the part of it between two demo boundaries an instant falls in. */
export function demoSlotOf(at: number): string {
  const parts: Record<string, string> = {};
  for (const p of slotFormat.formatToParts(new Date(at))) parts[p.type] = p.value;
  const hour = Number(parts.hour);
  const part = DEMO_BOUNDARIES_HOURS.filter((h) => hour >= h).length;
  return `${parts.year}-${parts.month}-${parts.day}/${part}`;
}

/**
 * Settings that do not reach what the demo seed writes (they govern requests, sign-ins, logging,
 * shutdown and where events travel): servers that differ only in these share a demo template.
 * Any other setting a test gives is given to the seed too and keys a template of its own.
 */
export const NOT_SEEDED = new Set([
  'HOST',
  'PORT',
  'LOG_LEVEL',
  'WEB_DIST',
  'BACKGROUND_SWEEPS',
  'TRUST_PROXY',
  'COOKIE_SECURE',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'LOGIN_MAX_FAILURES',
  'LOGIN_MAX_FAILURES_PER_IP',
  'LOGIN_LOCK_MINUTES',
  'SHUTDOWN_TIMEOUT_MS',
  'DATABASE_POOL_SIZE',
  'REDIS_URL',
  'REDIS_PREFIX',
  'GRAPHQL_EXECUTOR',
  'SQL_TRACE',
]);

/** The part of a server's settings the demo seed is given: what it writes may depend on them. */
export function seedSettings(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !NOT_SEEDED.has(name) && name !== 'DATABASE_URL' && name !== 'DEMO_DATA'),
  );
}

export interface Seeding {
  /** When the seed started and ended (ms since the epoch). */
  startedAt: number;
  endedAt: number;
}

/** Whether a template seeded then may stand for a seed run now. */
export function stillCurrent(seeding: Seeding, now = Date.now()): boolean {
  const slot = demoSlotOf(now);
  return (
    now - seeding.startedAt < TEMPLATE_MAX_AGE_MS &&
    demoSlotOf(seeding.startedAt) === slot &&
    demoSlotOf(seeding.endedAt) === slot
  );
}

const hashes = new Map<string, string>();

function hashTree(hash: ReturnType<typeof createHash>, folder: string, skip: (path: string) => boolean): void {
  if (!existsSync(folder)) {
    hash.update(`missing ${relative(ROOT, folder)}\n`);
    return;
  }
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (skip(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        hash.update(`${relative(ROOT, path)}\n`);
        hash.update(readFileSync(path));
      }
    }
  };
  walk(folder);
}

/**
 * What decides what the seed writes: the code it runs — `source` (the API's TypeScript, as the
 * in-process test servers run it) or `build` (apps/api/dist, as the built server runs it) — the
 * shared schema package, the installed dependencies (the lockfile), the dialect and the settings.
 */
export function templateKey(code: 'source' | 'build', dialect: string, settings: Record<string, string>): string {
  const codeKey = `${code}`;
  let codeHash = hashes.get(codeKey);
  if (!codeHash) {
    const hash = createHash('sha256');
    const isTest = (path: string) => /\.test\.ts$/.test(path) || path.endsWith('test-setup.ts');
    if (code === 'source') hashTree(hash, join(ROOT, 'apps/api/src'), isTest);
    else hashTree(hash, join(ROOT, 'apps/api/dist'), (path) => path.endsWith('.map'));
    hashTree(hash, join(ROOT, 'packages/schema/src'), isTest);
    hashTree(hash, join(ROOT, 'packages/schema/dist'), (path) => path.endsWith('.map'));
    hash.update(readFileSync(join(ROOT, 'pnpm-lock.yaml')));
    codeHash = hash.digest('hex');
    hashes.set(codeKey, codeHash);
  }
  const sorted = Object.keys(settings)
    .sort()
    .map((k) => `${k}=${settings[k]}`);
  return createHash('sha256')
    .update(`${FORMAT}\n${code}\n${codeHash}\n${dialect}\n${sorted.join('\n')}`)
    .digest('hex')
    .slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock between processes (the workers of one run, or runs side by side): a directory. */
async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'owner'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = 0;
      try {
        owner = Number(readFileSync(join(path, 'owner'), 'utf8'));
      } catch {
        // just made, the owner not written yet
      }
      const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      // Its holder died (a worker killed mid-seed): take it over.
      if ((owner && !alive(owner)) || (!owner && age > MINUTE)) rmSync(path, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

interface SqliteTemplate extends Seeding {
  file: string;
}

function sqliteTemplates(key: string): SqliteTemplate[] {
  if (!existsSync(TEMPLATE_DIR)) return [];
  return readdirSync(TEMPLATE_DIR)
    .filter((name) => name.startsWith(`${key}-`) && name.endsWith('.json'))
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8')) as Seeding;
      return { ...meta, file: join(TEMPLATE_DIR, name.replace(/\.json$/, '.sqlite')) };
    })
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** Templates of any key seeded over an hour ago: nobody will copy them again. */
function pruneSqliteTemplates(): void {
  for (const name of readdirSync(TEMPLATE_DIR)) {
    const path = join(TEMPLATE_DIR, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat || name.endsWith('.lock') || Date.now() - stat.mtimeMs < 60 * MINUTE) continue;
    rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Copies a current SQLite template for `key` to `file` (seeding one with `seed`, which must leave
 * a closed database at the path it is given, when there is none).
 */
export async function copySqliteTemplate(
  key: string,
  file: string,
  seed: (file: string) => Promise<void>,
): Promise<void> {
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const current = () => sqliteTemplates(key).find((t) => stillCurrent(t) && existsSync(t.file));
  let template = current();
  if (!template) {
    template = await withFileLock(join(TEMPLATE_DIR, `${key}.lock`), async () => {
      const fresh = current();
      if (fresh) return fresh;
      for (;;) {
        const startedAt = Date.now();
        const work = join(TEMPLATE_DIR, `${key}-${startedAt}.partial-${process.pid}`);
        mkdirSync(work, { recursive: true });
        try {
          await seed(join(work, 'steward.sqlite'));
          const endedAt = Date.now();
          const made: SqliteTemplate = { startedAt, endedAt, file: join(TEMPLATE_DIR, `${key}-${startedAt}.sqlite`) };
          // A closed SQLite database in WAL mode has folded its log back into the file; should a
          // log remain, it travels with the file.
          const wal = join(work, 'steward.sqlite-wal');
          if (existsSync(wal) && statSync(wal).size > 0) renameSync(wal, `${made.file}-wal`);
          renameSync(join(work, 'steward.sqlite'), made.file);
          // Listed by its .json, written whole before it appears under that name.
          const meta = made.file.replace(/\.sqlite$/, '.json');
          writeFileSync(`${meta}.partial`, JSON.stringify({ startedAt, endedAt }));
          renameSync(`${meta}.partial`, meta);
          pruneSqliteTemplates();
          // Seeded across a boundary (or slower than the age allowed): again.
          if (stillCurrent(made)) return made;
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }
    });
  }
  copyFileSync(template.file, file);
  if (existsSync(`${template.file}-wal`)) copyFileSync(`${template.file}-wal`, `${file}-wal`);
}

/** A lock number for pg_advisory_lock, from the key. */
const lockNumber = (key: string) => BigInt.asIntN(64, BigInt(`0x${key}`)).toString();

/**
 * The name of a current PostgreSQL template database for `key` on the server at `serverUrl`
 * (seeding one with `seed`, given its URL, when there is none). Templates are databases named
 * `stw_tpl_<key>_<when>`, the seeding's times in their comment; nobody stays connected to one.
 */
export async function postgresTemplate(
  serverUrl: string,
  key: string,
  seed: (url: string) => Promise<void>,
): Promise<string> {
  const prefix = `stw_tpl_${key}_`;
  const find = async (c: Parameters<Parameters<typeof onServer>[1]>[0]) => {
    const { rows } = await c.query<{ datname: string; note: string | null }>(
      `select datname, shobj_description(oid, 'pg_database') as note from pg_database where starts_with(datname, $1)`,
      [prefix],
    );
    const templates = rows
      .map((r) => ({ name: r.datname, ...(r.note ? (JSON.parse(r.note) as Seeding) : { startedAt: 0, endedAt: 0 }) }))
      .sort((a, b) => b.startedAt - a.startedAt);
    return { current: templates.find((t) => t.startedAt > 0 && stillCurrent(t)), all: templates };
  };
  return onServer(serverUrl, async (c) => {
    // Every worker asks the same server: the lock is the server's, the seed runs once.
    await c.query('select pg_advisory_lock($1)', [lockNumber(key)]);
    try {
      const found = await find(c);
      if (found.current) return found.current.name;
      for (;;) {
        const startedAt = Date.now();
        const name = `${prefix}${startedAt.toString(36)}`;
        await c.query(`create database "${name}" encoding 'UTF8' template template0`);
        try {
          await seed(databaseUrl(serverUrl, name));
        } catch (err) {
          await c.query(`drop database if exists "${name}" with (force)`);
          throw err;
        }
        const seeding: Seeding = { startedAt, endedAt: Date.now() };
        await c.query(`comment on database "${name}" is '${JSON.stringify(seeding)}'`);
        // Older templates of this key, and templates of any key over an hour old, go (unless in
        // use: a copy being made; a later seed drops them).
        const { rows } = await c.query<{ datname: string }>(
          `select datname from pg_database where starts_with(datname, 'stw_tpl_') and datname <> $1`,
          [name],
        );
        for (const { datname } of rows) {
          const when = Number.parseInt(datname.split('_').at(-1) ?? '', 36);
          if (!datname.startsWith(prefix) && Date.now() - when < 60 * MINUTE) continue;
          await c.query(`drop database if exists "${datname}"`).catch(() => {});
        }
        if (stillCurrent(seeding)) return name;
      }
    } finally {
      await c.query('select pg_advisory_unlock($1)', [lockNumber(key)]);
    }
  });
}
