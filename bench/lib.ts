/**
 * The contract between the runner (bench/run.ts) and benchmark modules, and small helpers they
 * share. A module exports `run(ctx: BenchContext): Promise<BenchResult[]>`; see bench/README.md.
 */

import { readFileSync } from 'node:fs';

const MANIFEST = new URL('../packages/schema/persisted-documents.json', import.meta.url);

export interface BenchContext {
  /** The API's address, e.g. `http://127.0.0.1:41234` (GraphQL at `${url}/graphql`). */
  url: string;
  /** An API token (read scope) of the demo analyst (company-wide read): `Authorization: Bearer <token>`. */
  token: string;
  /** `{ authorization: 'Bearer …' }`, ready to spread into fetch headers. */
  headers: Record<string, string>;
  /** The SQLite file the server runs on (read it directly only for checks, never while timing). */
  dbFile: string;
  /** The scale the database was generated at, and the generator's seed. */
  scale: number;
  seed: number;
  /** PID of the API process (for peak RSS: /proc/<pid>/status VmHWM). */
  serverPid: number;
  /** Requests per measured series (`--requests`, default 200). */
  requests: number;
  /** Progress lines (stderr). */
  log(message: string): void;
  /** POSTs a GraphQL operation with the token; throws on HTTP or GraphQL errors. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * The same-run baseline: latency of a trivial authenticated round-trip (`{ viewer { staff { id } } }`)
   * measured just now. Report every figure with its ratio to it (`ratio(stats.p95, ctx.baseline.p95)`):
   * the machine is shared and noisy, ratios travel better than milliseconds.
   */
  baseline: Stats;
  /** The tsx CLI (for modules that start helpers from TypeScript source). */
  tsx: string;
  /**
   * Starts one more API process on the same database, as the runner started the first, with
   * `env` on top (e.g. `SQL_TRACE=true`); stop it before the module returns.
   */
  startApi(env: Record<string, string>): Promise<{ url: string; pid: number; stop(): Promise<void> }>;
}

/** A process's resident memory now (/proc/<pid>/status VmRSS), in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

export interface BenchResult {
  /** What was measured, e.g. `cases first page (department + status), first: 20`. */
  name: string;
  /** `p50`, `p95`, `rows/s`, `peak RSS` … */
  metric: string;
  value: number;
  /** `ms`, `rows/s`, `MB` … */
  unit: string;
  /** value ÷ the same metric of the baseline (latencies), when it makes sense. */
  baselineRatio?: number;
  /** The target from the issue, in words: `≤ 20 ms`. */
  target?: string;
  /** Whether the target is met. */
  pass?: boolean;
  /** Samples behind the figure, and anything a reader needs (query plan, rows…). */
  samples?: number;
  note?: string;
}

export interface Stats {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export function stats(durations: number[]): Stats {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return {
    samples: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
  };
}

/** Runs `fn` `warmup` times unmeasured, then `n` times one after another; milliseconds per call. */
export async function measure(n: number, fn: (i: number) => Promise<unknown>, warmup = 10): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const durations: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    durations.push(performance.now() - t);
  }
  return stats(durations);
}

export function ratio(value: number, baseline: number): number {
  return baseline > 0 ? value / baseline : Number.NaN;
}

/** A GraphQL client over fetch with fixed headers. */
export function gqlClient(url: string, headers: Record<string, string>) {
  return async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: T; errors?: unknown[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
    }
    if (res.status !== 200 || body.errors?.length) {
      throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    }
    return body.data as T;
  };
}

/** Latency results (p50 and p95) with their baseline ratios and an optional p95 target in ms. */
export function latencyResults(
  name: string,
  s: Stats,
  baseline: Stats,
  targetMs?: number,
  note?: string,
): BenchResult[] {
  return [
    { name, metric: 'p50', value: s.p50, unit: 'ms', baselineRatio: ratio(s.p50, baseline.p50), samples: s.samples },
    {
      name,
      metric: 'p95',
      value: s.p95,
      unit: 'ms',
      baselineRatio: ratio(s.p95, baseline.p95),
      samples: s.samples,
      ...(targetMs === undefined ? {} : { target: `≤ ${targetMs} ms`, pass: s.p95 <= targetMs }),
      ...(note ? { note } : {}),
    },
  ];
}

/** The persisted id of the web app's document that starts so, e.g. `mutation Login(`. */
export function persistedId(start: string): string {
  const documents = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const found = Object.entries(documents).find(([, text]) => text.startsWith(start) || text.includes(` ${start}`));
  if (!found) throw new Error(`no persisted document with ${start}: run pnpm codegen`);
  return found[0];
}

/**
 * A browser-like session: signs in with the web app's persisted sign-in mutation and runs the
 * app's persisted documents by id (what a production server accepts from a session).
 */
export async function signInByPersistedId(url: string, username: string, password: string) {
  const post = async (start: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: persistedId(start) } },
      }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`${start}: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return { res, data: body.data ?? {} };
  };
  const { res } = await post('mutation Login(', { input: { username, password } });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in as ${username} failed`);
  return {
    cookie,
    persisted: async (start: string, variables: Record<string, unknown> = {}) =>
      (await post(start, variables, { cookie })).data,
  };
}
/**
 * The per-caller limits stay on (their cost is part of what is measured) but never bind: the
 * load generator is one caller at thousands of requests a minute, and the exact year of
 * caseStats runs for seconds. For every API the runner starts, and the replicas bench’s.
 */
export const BENCH_LIMITS = {
  RATE_LIMIT_REQUESTS: '100000000',
  RATE_LIMIT_ANONYMOUS: '100000000',
  RATE_LIMIT_EXPORTS: '1000000',
  RATE_LIMIT_CONCURRENT: '10000',
  RATE_LIMIT_SOCKETS: '10000',
  REQUEST_TIMEOUT_MS: '600000',
} as const;
