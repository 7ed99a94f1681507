import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The API package's own folder, whether running from src/ (tsx) or dist/ (node). */
export const API_ROOT = fileURLToPath(new URL('..', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['production', 'development', 'test'] as const;

export type Database =
  | { readonly driver: 'sqlite'; readonly file: string }
  | { readonly driver: 'postgresql'; readonly url: string; readonly poolSize: number };

export interface Config {
  readonly nodeEnv: (typeof NODE_ENVS)[number];
  readonly host: string;
  readonly port: number;
  readonly database: Database;
  /**
   * Redis for subscription fan-out across API replicas (`REDIS_URL`); `null` → in-process, which
   * is right for one process. Channels are `prefix` + topic, so deployments may share a server.
   */
  readonly redis: { readonly url: string; readonly prefix: string } | null;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Folder holding the built SPA (index.html and assets); `null` serves no SPA. */
  readonly webDist: string | null;
  /** Express `trust proxy`: how many reverse proxies sit in front (for client IPs). */
  readonly trustProxy: number;
  readonly shutdownTimeoutMs: number;
  /** The GraphQL explorer (Apollo's landing page) is for development only. */
  readonly explorer: boolean;
  /** Load the demo organisation (one sign-in per role). Refused in production. */
  readonly demoData: boolean;
  /**
   * Run the once-a-minute sweeps (overdue cases, missed patrols, unacknowledged escalations).
   * API tests turn them off and call them with their own clock, so nothing writes between a
   * test's snapshots.
   */
  readonly backgroundSweeps: boolean;
  /**
   * `caseStats` answers percentiles exactly (from every case) up to this many cases, and from the
   * rollups' histogram above it (counts are exact either way).
   */
  readonly statsExactBelow: number;
  /**
   * `SQL_TRACE`: every GraphQL response carries the SQL it ran (`extensions.sql`, with the values
   * inlined) — for tests that count statements and the benchmark's floor. Never for real users.
   */
  readonly sqlTrace: boolean;
  /**
   * `TRUSTED_DOCUMENTS` (default: on in production): run only the web app's persisted documents,
   * and documents of their own only for read tokens and staff with the developer permission.
   */
  readonly trustedDocuments: boolean;
  /**
   * `GRAPHQL_EXECUTOR`: `jit` (default) runs queries and mutations compiled by graphql-jit
   * (graphql/jit.ts); `graphql-js` runs them as graphql-js does, a fallback should a document
   * ever behave differently.
   */
  readonly graphqlExecutor: 'jit' | 'graphql-js';
  /**
   * What one caller may ask of the server (docs/limits.md). A caller is a session, an API token,
   * or — signed out — a client address. The shape of a single query (depth, cost …) is part of the
   * contract instead: `LIMITS.query` in @steward/schema.
   */
  readonly limits: {
    /** `RATE_LIMIT`: off only for benchmarks and load tests. */
    readonly rateLimit: boolean;
    /** Length of one rate-limit window, in seconds. */
    readonly windowSeconds: number;
    /** GraphQL requests (HTTP, socket operations and socket openings) per window of one session or token. */
    readonly requestsPerWindow: number;
    /** Requests per window from one client address while signed out (sign-in included). */
    readonly anonymousPerWindow: number;
    /** Export downloads (`GET /export/…`) per window of one caller. */
    readonly exportsPerWindow: number;
    /**
     * GraphQL requests of one caller running at once on one API process. A query cut short by the
     * timeout counts until the work it had started has really finished.
     */
    readonly concurrentRequests: number;
    /** Exports of one caller streaming at once on one API process. */
    readonly concurrentExports: number;
    /** WebSockets one caller may hold open at once on one API process. */
    readonly socketsPerCaller: number;
    /** Longest a query may run (ms) before it is answered `TIMEOUT`; mutations are never cut short. */
    readonly requestTimeoutMs: number;
  };
  /**
   * `EXPORT_BYTES` (default on): a CSV export from SQLite whose columns are all plain (cases,
   * patrol scans) is written from the database's bytes (export.bytes.ts), not cell by cell in JS:
   * the same bytes for half the CPU. Off: every export takes the JS path (the reference the byte
   * path is tested against, and a way out should the two ever differ).
   */
  readonly exportBytes: boolean;
  readonly auth: {
    /** Mark the session cookie `Secure` (serve over HTTPS). */
    readonly cookieSecure: boolean;
    readonly sessionIdleMinutes: number;
    readonly sessionAbsoluteHours: number;
    /** Failed sign-ins per account name before it is locked for `lockMinutes`. */
    readonly maxFailuresPerAccount: number;
    /** Failed sign-ins per client address before it is locked for `lockMinutes`. */
    readonly maxFailuresPerIp: number;
    readonly lockMinutes: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Parses the environment once into a frozen, typed object. Every problem is reported at once,
 * naming the variable, what it must be, and what it was.
 */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = read(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = read(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (/^\d+$/.test(value) && n >= min && n <= max) return n;
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
    return fallback;
  };

  const boolean = (name: string, fallback: boolean): boolean => {
    const value = read(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  };

  const nodeEnv = oneOf('NODE_ENV', NODE_ENVS, 'development');
  const demoData = boolean('DEMO_DATA', false);
  if (demoData && nodeEnv === 'production') {
    problems.push('DEMO_DATA cannot be used with NODE_ENV=production: demo sign-ins have published passwords');
  }
  const database = parseDatabaseUrl(read('DATABASE_URL'), problems, integer('DATABASE_POOL_SIZE', 10, 1, 200));
  const webDistRaw = read('WEB_DIST');
  const config: Config = {
    nodeEnv,
    host: read('HOST') ?? '0.0.0.0',
    port: integer('PORT', 4000, 0, 65535),
    database,
    redis: parseRedis(read('REDIS_URL'), read('REDIS_PREFIX') ?? 'steward:', problems),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    webDist: webDistRaw === 'none' ? null : resolve(webDistRaw ?? resolve(API_ROOT, '../web/dist')),
    trustProxy: integer('TRUST_PROXY', 0, 0, 10),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
    explorer: nodeEnv === 'development',
    demoData,
    backgroundSweeps: boolean('BACKGROUND_SWEEPS', true),
    statsExactBelow: integer('STATS_EXACT_BELOW', 20_000, 0, 10_000_000),
    sqlTrace: boolean('SQL_TRACE', false),
    trustedDocuments: boolean('TRUSTED_DOCUMENTS', nodeEnv === 'production'),
    graphqlExecutor: oneOf('GRAPHQL_EXECUTOR', ['jit', 'graphql-js'] as const, 'jit'),
    limits: {
      rateLimit: boolean('RATE_LIMIT', true),
      windowSeconds: integer('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
      requestsPerWindow: integer('RATE_LIMIT_REQUESTS', 1200, 1, 100_000_000),
      anonymousPerWindow: integer('RATE_LIMIT_ANONYMOUS', 600, 1, 100_000_000),
      exportsPerWindow: integer('RATE_LIMIT_EXPORTS', 60, 1, 1_000_000),
      concurrentRequests: integer('RATE_LIMIT_CONCURRENT', 16, 1, 10_000),
      concurrentExports: integer('RATE_LIMIT_CONCURRENT_EXPORTS', 3, 1, 1000),
      socketsPerCaller: integer('RATE_LIMIT_SOCKETS', 10, 1, 10_000),
      requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', 30_000, 1, 600_000),
    },
    exportBytes: boolean('EXPORT_BYTES', true),
    auth: {
      cookieSecure: boolean('COOKIE_SECURE', false),
      sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', 120, 5, 7 * 24 * 60),
      sessionAbsoluteHours: integer('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
      maxFailuresPerAccount: integer('LOGIN_MAX_FAILURES', 5, 1, 1000),
      maxFailuresPerIp: integer('LOGIN_MAX_FAILURES_PER_IP', 50, 1, 100_000),
      lockMinutes: integer('LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    },
    ...overrides,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/**
 * `DATABASE_URL`: unset → `./data/steward.sqlite` in the API folder; `sqlite:<path>` or
 * `file:<path>` → that SQLite file (relative to the working directory); `postgres://…` → PostgreSQL
 * (with `DATABASE_POOL_SIZE` connections per process, default 10).
 */
function parseDatabaseUrl(url: string | undefined, problems: string[], poolSize: number): Database {
  if (url === undefined) return { driver: 'sqlite', file: resolve(API_ROOT, 'data/steward.sqlite') };
  const sqlite = /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(url);
  if (sqlite?.[1]) {
    const file = sqlite[1];
    return { driver: 'sqlite', file: file === ':memory:' || isAbsolute(file) ? file : resolve(file) };
  }
  if (isPostgresUrl(url)) return { driver: 'postgresql', url, poolSize };
  // A connection string may hold a password: never echo it.
  const shown = url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  problems.push(`DATABASE_URL must be sqlite:<path>, file:<path> or postgres://host/… (got "${shown}")`);
  return { driver: 'sqlite', file: resolve(API_ROOT, 'data/steward.sqlite') };
}

function parseRedis(url: string | undefined, prefix: string, problems: string[]): Config['redis'] {
  if (url === undefined) return null;
  let ok = false;
  try {
    const parsed = new URL(url);
    ok = (parsed.protocol === 'redis:' || parsed.protocol === 'rediss:') && parsed.hostname !== '';
  } catch {
    // reported below
  }
  if (!ok) problems.push('REDIS_URL must be redis://host[:port][/db] or rediss://… (TLS)');
  if (!/^[A-Za-z0-9:_.-]{0,64}$/.test(prefix))
    problems.push('REDIS_PREFIX may hold letters, digits and : _ . - (at most 64)');
  return ok ? { url, prefix } : null;
}

function isPostgresUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
