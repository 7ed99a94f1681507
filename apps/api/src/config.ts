import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The API package's own folder, whether running from src/ (tsx) or dist/ (node). */
export const API_ROOT = fileURLToPath(new URL('..', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['production', 'development', 'test'] as const;

export type Database =
  | { readonly driver: 'sqlite'; readonly file: string }
  | { readonly driver: 'postgresql'; readonly url: string };

export interface Config {
  readonly nodeEnv: (typeof NODE_ENVS)[number];
  readonly host: string;
  readonly port: number;
  readonly database: Database;
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
  const database = parseDatabaseUrl(read('DATABASE_URL'), problems);
  const webDistRaw = read('WEB_DIST');
  const config: Config = {
    nodeEnv,
    host: read('HOST') ?? '0.0.0.0',
    port: integer('PORT', 4000, 0, 65535),
    database,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    webDist: webDistRaw === 'none' ? null : resolve(webDistRaw ?? resolve(API_ROOT, '../web/dist')),
    trustProxy: integer('TRUST_PROXY', 0, 0, 10),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
    explorer: nodeEnv === 'development',
    demoData,
    backgroundSweeps: boolean('BACKGROUND_SWEEPS', true),
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
 * `file:<path>` → that SQLite file (relative to the working directory); `postgres://…` → PostgreSQL.
 */
function parseDatabaseUrl(url: string | undefined, problems: string[]): Database {
  if (url === undefined) return { driver: 'sqlite', file: resolve(API_ROOT, 'data/steward.sqlite') };
  const sqlite = /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(url);
  if (sqlite?.[1]) {
    const file = sqlite[1];
    return { driver: 'sqlite', file: file === ':memory:' || isAbsolute(file) ? file : resolve(file) };
  }
  if (/^postgres(?:ql)?:\/\//.test(url)) {
    // The door is open (no SQLite-only SQL in services), but the driver and its migrations arrive
    // with the scale-out work; say so rather than fail later in an obscure way.
    problems.push('DATABASE_URL: PostgreSQL is not supported yet; use sqlite:<path> or leave it unset');
    return { driver: 'postgresql', url };
  }
  problems.push(`DATABASE_URL must be sqlite:<path>, file:<path> or postgres://… (got "${url}")`);
  return { driver: 'sqlite', file: resolve(API_ROOT, 'data/steward.sqlite') };
}
