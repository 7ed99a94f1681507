/**
 * `pnpm bench [--scale N] [--seed n] [--requests n] [--only name,…] [--server dist|src] [--no-write]`
 *
 * 1. Generates a scale-N database (`pnpm seed`) into bench/.cache, once per scale + seed +
 *    generator version + migration list (a cached file whose migrations are a prefix of today's
 *    is reused: the server applies the new ones as it starts).
 * 2. Starts the API on it (the built one, apps/api/dist, when present) on a free local port.
 * 3. Signs in as the demo analyst, makes a read token, measures the baseline round-trip, runs
 *    every benchmark module (bench/*.bench.ts and those listed in bench/modules.ts), measures
 *    the baseline again, prints a table and writes bench/RESULTS.md.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BENCH_LIMITS,
  type BenchContext,
  type BenchResult,
  gqlClient,
  measure,
  type Stats,
  signInByPersistedId,
} from './lib.js';
import { LISTED_MODULES } from './modules.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const API = join(ROOT, 'apps/api');
const CACHE = join(BENCH, '.cache');
const TSX = createRequire(join(ROOT, 'tests/package.json')).resolve('tsx/cli');
const DEMO_PASSWORD = 'Steward2026';
const BASELINE = '{ viewer { authenticatedBy staff { id } } }';

interface Args {
  scale: number;
  seed: number;
  requests: number;
  only: string[] | null;
  server: 'dist' | 'src' | null;
  write: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scale: 100, seed: 1, requests: 200, only: null, server: null, write: true };
  const rest = argv.filter((a) => a !== '--');
  const fail = (message: string): never => {
    console.error(`bench: ${message}`);
    process.exit(2);
  };
  while (rest.length) {
    const flag = rest.shift() as string;
    const value = () => rest.shift() ?? fail(`${flag} needs a value`);
    switch (flag) {
      case '--scale':
        args.scale = Number(value());
        if (!(args.scale >= 1 && args.scale <= 1000)) fail('--scale must be a number from 1 to 1000');
        break;
      case '--seed':
        args.seed = Number(value());
        if (!Number.isInteger(args.seed) || args.seed < 0) fail('--seed must be a whole number');
        break;
      case '--requests':
        args.requests = Number(value());
        if (!Number.isInteger(args.requests) || args.requests < 1) fail('--requests must be a whole number');
        break;
      case '--only':
        args.only = value().split(',');
        break;
      case '--server': {
        const v = value();
        if (v !== 'dist' && v !== 'src') fail('--server must be dist or src');
        args.server = v as 'dist' | 'src';
        break;
      }
      case '--no-write':
        args.write = false;
        break;
      default:
        fail(`unknown argument "${flag}"`);
    }
  }
  return args;
}

const log = (message: string) => console.error(`[bench] ${message}`);

function migrationList(): string[] {
  return readdirSync(join(API, 'src/db/migrations'))
    .filter((f) => /^Migration\d+_\w+\.ts$/.test(f))
    .sort();
}

function generatorVersion(): number {
  const source = readFileSync(join(API, 'src/features/demo/scale/scale-history.ts'), 'utf8');
  return Number(/GENERATOR_VERSION = (\d+)/.exec(source)?.[1] ?? 0);
}

interface CacheInfo {
  scale: number;
  seed: number;
  generator: number;
  migrations: string[];
  generatedAt: string;
  seconds: number;
  bytes: number;
  output: string;
}

/** The cached database for these arguments, generating it when there is none. */
export async function database(
  args: Pick<Args, 'scale' | 'seed'>,
): Promise<{ file: string; info: CacheInfo; cached: boolean }> {
  mkdirSync(CACHE, { recursive: true });
  const migrations = migrationList();
  const generator = generatorVersion();
  const stem = `scale-${args.scale}-seed-${args.seed}-g${generator}`;
  const key = createHash('sha256').update(migrations.join('\n')).digest('hex').slice(0, 10);
  const file = join(CACHE, `${stem}-${key}.sqlite`);
  const sidecar = (f: string) => f.replace(/\.sqlite$/, '.json');
  if (existsSync(file) && existsSync(sidecar(file))) {
    return { file, info: JSON.parse(readFileSync(sidecar(file), 'utf8')), cached: true };
  }
  // An older copy whose migrations are a prefix of today's: the server will bring it up to date.
  for (const f of readdirSync(CACHE).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.json'))) {
    const info = JSON.parse(readFileSync(join(CACHE, f), 'utf8')) as CacheInfo;
    const older = join(CACHE, f.replace(/\.json$/, '.sqlite'));
    if (existsSync(older) && info.migrations.every((m, i) => migrations[i] === m)) {
      log(
        `reusing ${f.replace(/\.json$/, '')} (the server applies ${migrations.length - info.migrations.length} new migrations)`,
      );
      renameSync(older, file);
      rmSync(join(CACHE, f));
      writeFileSync(sidecar(file), JSON.stringify({ ...info, migrations }, null, 2));
      return { file, info: { ...info, migrations }, cached: true };
    }
  }
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  log(`generating scale ${args.scale} (seed ${args.seed}) into ${partial} …`);
  const started = Date.now();
  const output = await new Promise<string>((ok, fail) => {
    const child = spawn(
      process.execPath,
      [TSX, 'src/tools/seed.ts', '--scale', String(args.scale), '--seed', String(args.seed), '--database', partial],
      {
        cwd: API,
        env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      process.stderr.write(chunk);
    });
    child.on('exit', (code) => (code === 0 ? ok(out) : fail(new Error(`seed exited with ${code}`))));
  });
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  renameSync(partial, file);
  const info: CacheInfo = {
    scale: args.scale,
    seed: args.seed,
    generator,
    migrations,
    generatedAt: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
    bytes: statSync(file).size,
    output,
  };
  writeFileSync(sidecar(file), JSON.stringify(info, null, 2));
  return { file, info, cached: false };
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export async function startServer(
  file: string,
  which: 'dist' | 'src',
  extraEnv: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // BENCH_NODE_ARGS: flags for the API process only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
  // to profile what a bench drives (NODE_OPTIONS refuses --cpu-prof).
  const flags = [...(process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean), ...nodeFlags];
  const command = [...flags, ...(which === 'dist' ? [join(API, 'dist/main.js')] : [TSX, join(API, 'src/main.ts')])];
  const child = spawn(process.execPath, command, {
    cwd: API,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${file}`,
      WEB_DIST: 'none',
      LOG_LEVEL: 'warn',
      BACKGROUND_SWEEPS: 'false',
      DEMO_DATA: 'false',
      ...BENCH_LIMITS,
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000; // a new index over a million rows takes a while
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Signs in as the demo analyst and makes a read token the way the web app does: by the persisted
 * ids of its own documents (the production server runs no other text from a browser session).
 */
export async function analystToken(url: string): Promise<string> {
  const login = await signInByPersistedId(url, 'analyst', DEMO_PASSWORD);
  const created = (await login.persisted('mutation CreateApiToken(', {
    input: {
      name: `bench ${new Date().toISOString()}`,
      scopes: ['READ'],
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  })) as { createApiToken?: { secret: string | null; userErrors: unknown[] } };
  const secret = created.createApiToken?.secret;
  if (!secret) throw new Error(`no token: ${JSON.stringify(created)}`);
  return secret;
}

function modules(only: string[] | null): string[] {
  const found = readdirSync(BENCH)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const all = [...found, ...LISTED_MODULES.filter((m) => !found.includes(m))];
  return only ? all.filter((m) => only.some((o) => m.startsWith(o))) : all;
}

const fmt = (n: number | undefined, digits = 1) =>
  n === undefined || Number.isNaN(n) ? '' : n >= 1000 ? Math.round(n).toLocaleString('en') : n.toFixed(digits);

function table(results: (BenchResult & { module: string })[]): string {
  const rows = results.map((r) => [
    r.module,
    r.name,
    r.metric,
    `${fmt(r.value, r.unit === '×' ? 2 : 1)} ${r.unit}`,
    r.baselineRatio === undefined ? '' : `${fmt(r.baselineRatio, 2)}×`,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'yes' : '**no**',
    r.note ?? '',
  ]);
  const head = ['module', 'benchmark', 'metric', 'value', 'vs baseline', 'target', 'met', 'note'];
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const which = args.server ?? (existsSync(join(API, 'dist/main.js')) ? 'dist' : 'src');
  const load = loadavg();
  const db = await database(args);
  log(
    `database: ${db.file} (${(db.info.bytes / 1024 / 1024).toFixed(0)} MB, ${db.cached ? 'cached' : 'generated now'})`,
  );
  log(`starting the API (${which}) …`);
  const started = Date.now();
  const { url, child } = await startServer(db.file, which);
  const startSeconds = (Date.now() - started) / 1000;
  const results: (BenchResult & { module: string })[] = [];
  let baselineEnd: Stats | null = null;
  let baseline: Stats;
  try {
    const token = await analystToken(url);
    const headers = { authorization: `Bearer ${token}` };
    const gql = gqlClient(url, headers);
    log(`baseline: ${args.requests} × ${BASELINE}`);
    baseline = await measure(args.requests, () => gql(BASELINE));
    results.push(
      {
        module: 'baseline',
        name: 'viewer round-trip (start)',
        metric: 'p50',
        value: baseline.p50,
        unit: 'ms',
        samples: baseline.samples,
      },
      {
        module: 'baseline',
        name: 'viewer round-trip (start)',
        metric: 'p95',
        value: baseline.p95,
        unit: 'ms',
        samples: baseline.samples,
      },
    );
    const ctx: BenchContext = {
      url,
      token,
      headers,
      dbFile: db.file,
      scale: args.scale,
      seed: args.seed,
      serverPid: child.pid ?? 0,
      requests: args.requests,
      log: (m) => log(`  ${m}`),
      gql,
      baseline,
      tsx: TSX,
      startApi: async (env) => {
        const api = await startServer(db.file, which, env);
        return {
          url: api.url,
          pid: api.child.pid ?? 0,
          stop: () =>
            new Promise<void>((done) => {
              if (api.child.exitCode !== null) return done();
              api.child.once('exit', () => done());
              api.child.kill('SIGTERM');
            }),
        };
      },
    };
    for (const name of modules(args.only)) {
      const path = join(BENCH, name);
      if (!existsSync(path)) {
        log(`${name}: not here yet, skipped`);
        continue;
      }
      log(`${name} …`);
      try {
        const mod = (await import(pathToFileURL(path).href)) as { run?: (c: BenchContext) => Promise<BenchResult[]> };
        if (typeof mod.run !== 'function') throw new Error('exports no run(ctx)');
        for (const r of await mod.run(ctx)) results.push({ module: name.replace(/\.ts$/, ''), ...r });
      } catch (error) {
        log(`${name} failed: ${(error as Error).stack ?? error}`);
        results.push({
          module: name,
          name: 'FAILED',
          metric: '',
          value: Number.NaN,
          unit: '',
          note: String(error).slice(0, 200),
        });
      }
    }
    baselineEnd = await measure(args.requests, () => gql(BASELINE));
    results.push(
      {
        module: 'baseline',
        name: 'viewer round-trip (end)',
        metric: 'p50',
        value: baselineEnd.p50,
        unit: 'ms',
        samples: baselineEnd.samples,
      },
      {
        module: 'baseline',
        name: 'viewer round-trip (end)',
        metric: 'p95',
        value: baselineEnd.p95,
        unit: 'ms',
        samples: baselineEnd.samples,
      },
    );
  } finally {
    child.kill('SIGTERM');
  }

  const rendered = table(results);
  console.log(`\n${rendered}\n`);
  if (!args.write) return;
  const cpu = cpus();
  const generated = db.info.output
    .split('\n')
    .filter((l) => /^\s+\w+\s+[\d,]+$/.test(l))
    .map((l) => l.trim().replace(/\s+/, ': '))
    .join(', ');
  const header = `# Benchmark results

Written by \`pnpm bench\` (bench/run.ts); see bench/README.md. One section per scale, the latest
run of each. Latencies are client-side, over HTTP to the API on the same machine, one request at a
time; **vs baseline** divides each by the same statistic of a trivial authenticated round-trip
(\`${BASELINE}\`) measured in the same run, since the machine is shared and noisy.
`;
  const section = `<!-- scale ${args.scale} -->
## Scale ${args.scale}

- **Date**: ${new Date().toISOString()}
- **Machine**: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM (${(freemem() / 2 ** 30).toFixed(1)} GB free), load average at start ${load.map((l) => l.toFixed(1)).join(' / ')}
- **Node**: ${process.version}; API from \`${which}\`, SQLite (WAL), started in ${startSeconds.toFixed(1)} s
- **Data**: scale ${args.scale}, seed ${args.seed} (generator v${db.info.generator}): ${generated || 'demo only'}
- **Generation**: ${db.info.seconds.toFixed(0)} s on ${db.info.generatedAt.slice(0, 10)}, database ${(db.info.bytes / 1024 / 1024).toFixed(0)} MB${db.cached ? ' (cached; not regenerated for this run)' : ''}
- **Requests per series**: ${args.requests}

${rendered}
<!-- /scale ${args.scale} -->
`;
  const file = join(BENCH, 'RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const sections = [...previous.matchAll(/<!-- scale ([\d.]+) -->[\s\S]*?<!-- \/scale \1 -->\n?/g)]
    .filter((m) => Number(m[1]) !== args.scale)
    .map((m) => [Number(m[1]), m[0]] as const);
  sections.push([args.scale, section]);
  sections.sort((a, b) => b[0] - a[0]);
  // Hand-written sections (`<!-- name … -->` … `<!-- /name -->`) stay, after the measured ones.
  const kept = [...previous.matchAll(/<!-- ([a-z][a-z-]*)\b[^>]*-->[\s\S]*?<!-- \/\1 -->\n?/g)].map((m) => m[0]);
  writeFileSync(file, `${header}\n${[...sections.map(([, text]) => text), ...kept].join('\n')}`);
  // Aligned as the linter wants it (`pnpm lint` checks markdown tables too), so a run's file commits as written.
  const formatted = spawnSync('pnpm', ['exec', 'biome', 'format', '--write', file], { cwd: ROOT, stdio: 'ignore' });
  log(`wrote bench/RESULTS.md${formatted.status === 0 ? '' : ' (not formatted: run `pnpm format`)'}`);
}

// Run as the command, not when bench/profile.ts borrows the helpers above.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
