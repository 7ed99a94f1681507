/**
 * `pnpm bench:profile <operation> [--requests n] [--in-flight n] [--scale N] [--keep dir]`
 *
 * Where one operation's server time goes: starts the built API on the cached scale-N database
 * (as `pnpm bench` does) under `--cpu-prof`, sends the operation `--requests` times with
 * `--in-flight` requests outstanding, and prints
 * - the API's CPU per request (`/proc/<pid>/stat`, user + system, over the measured requests);
 * - self time by package (node_modules package, our own files by folder, Node internals, GC);
 * - inclusive time by package (a sample counts once for every package on its stack);
 * - the functions with the most self time.
 * `--sql` prints the operation's statements instead (the API with SQL_TRACE=true, no profile).
 * Operations: the throughput harness's `list`, `one`, `stats`, `viewer`, and the pagination
 * bench's filtered first page, `first-page`.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gqlClient } from './lib.js';
import { OPEN_CS, PAGE } from './pagination.bench.js';
import { analystToken, database, startServer } from './run.js';
import { LIST, ONE, STATS, VIEWER } from './throughput.bench.js';

interface Profile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const operation = args.shift();
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const requests = option('--requests', 1000);
const inFlight = option('--in-flight', 2);
const scale = option('--scale', 100);
const keepAt = args.indexOf('--keep');
const sqlOnly = args.includes('--sql');
const profileDir = keepAt >= 0 ? (args[keepAt + 1] as string) : join(tmpdir(), `steward-profile-${process.pid}`);

const CLK_TCK = 100; // USER_HZ on Linux
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

/** `pkg`, `@scope/pkg`, `steward:features/cases`, `node:internal`, or the V8 pseudo-frames. */
function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (inModules) return inModules[1] as string;
  const ours = /apps\/api\/(?:dist|src)\/(.*)\/[^/]+$/.exec(url);
  if (ours) return `steward:${(ours[1] as string).split('/').slice(0, 2).join('/')}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url.replace(/^file:\/\//, '');
}

/** Samples between `from` and `to` (µs on CLOCK_MONOTONIC, as V8 stamps them) only. */
function summarise(profile: Profile, perRequest: number, from: number, to: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const fns = new Map<string, number>();
  const ours = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const dt = delta / 1000;
    const node = byId.get(id);
    if (at < from || at > to || !node || node.callFrame.functionName === '(idle)') return;
    total += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    self.set(pkg, (self.get(pkg) ?? 0) + dt);
    const fn = `${functionName || '(anonymous)'} ${pkg}:${lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + dt);
    const seen = new Set<string>();
    const ourFns = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frame = byId.get(up)?.callFrame;
      if (!frame) continue;
      const p = packageOf(frame.url, frame.functionName);
      seen.add(p);
      if (p.startsWith('steward:')) ourFns.add(`${frame.functionName || '(anonymous)'} ${p}:${frame.lineNumber + 1}`);
    }
    for (const p of seen) inclusive.set(p, (inclusive.get(p) ?? 0) + dt);
    for (const f of ourFns) ours.set(f, (ours.get(f) ?? 0) + dt);
  });
  const table = (title: string, m: Map<string, number>, n: number) =>
    [
      `\n${title} (ms per request, share of busy time)`,
      ...[...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(
          ([k, v]) =>
            `${(v / perRequest).toFixed(3).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`,
        ),
    ].join('\n');
  return [
    `busy (sampled) ${(total / perRequest).toFixed(2)} ms per request`,
    table('self time by package', self, 25),
    table('inclusive time by package', inclusive, 25),
    table('functions by self time', fns, 40),
    table('our functions, inclusive', ours, 30),
  ].join('\n');
}

async function main(): Promise<void> {
  const db = await database({ scale, seed: 1 });
  const server = sqlOnly
    ? await startServer(db.file, 'dist', { SQL_TRACE: 'true' })
    : await startServer(db.file, 'dist', {}, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  const pid = server.child.pid as number;
  const window = [0, 0];
  try {
    const token = await analystToken(server.url);
    const post = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then(async (r) => {
        const body = (await r.json()) as { errors?: unknown[]; extensions?: { sql?: { sql: string }[] } };
        if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
        if (sqlOnly) for (const s of body.extensions?.sql ?? []) console.log(`${s.sql}\n`);
      });
    const closed = await gqlClient(server.url, { authorization: `Bearer ${token}` })<{
      cases: { nodes: { id: string }[] };
    }>('{ cases(first: 1, filter: { statuses: [CLOSED] }) { nodes { id } } }');
    const operations: Record<string, () => Promise<void>> = {
      list: () => post(LIST),
      one: () => post(ONE, { id: closed.cases.nodes[0]?.id }),
      stats: () => post(STATS),
      viewer: () => post(VIEWER),
      'first-page': () => post(PAGE, { first: 20, filter: OPEN_CS }),
    };
    const send = operation ? operations[operation] : undefined;
    if (!send) throw new Error(`name an operation: ${Object.keys(operations).join(', ')}`);
    if (sqlOnly) {
      await send();
      return;
    }
    const drive = async (n: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (next++ < n) await send();
        }),
      );
    };
    await drive(Math.min(200, requests)); // warm-up: JIT, compiled documents, caches
    const cpu0 = cpuMs(pid);
    const t0 = performance.now();
    window[0] = Number(process.hrtime.bigint() / 1000n);
    await drive(requests);
    window[1] = Number(process.hrtime.bigint() / 1000n);
    const wall = performance.now() - t0;
    const cpu = cpuMs(pid) - cpu0;
    console.log(
      `${operation}: ${requests} requests, ${inFlight} in flight: API CPU ${(cpu / requests).toFixed(2)} ms per request, ` +
        `${((requests * 1000) / wall).toFixed(0)} req/s wall`,
    );
  } finally {
    // SIGTERM: the API closes and exits, and Node writes the profile on exit.
    const exited = new Promise((ok) => server.child.once('exit', ok));
    server.child.kill('SIGTERM');
    await exited;
  }
  if (sqlOnly) return;
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${profileDir}`);
  // Only the measured requests: not start-up, the sign-in or the warm-up.
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as Profile;
  console.log(summarise(profile, requests, window[0] as number, window[1] as number));
  if (keepAt < 0) rmSync(profileDir, { recursive: true, force: true });
  else console.log(`\nprofile kept in ${join(profileDir, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
