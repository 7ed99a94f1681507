/**
 * Issue 8's harness: Steward against the floor, side by side, in one run. The floor is a plain
 * `node:http` server running the very statements Steward ran for the same operation (captured
 * from a second API process with SQL_TRACE=true) and answering JSON.stringify of the rows; so
 * each ratio is what Steward's layers (HTTP framework, GraphQL, ORM, auth) cost on top of the SQL.
 *
 * autocannon on loopback, 10 connections, `BENCH_SECONDS` (default 10) per target and operation;
 * req/s, p50/p99 latency, the API's peak RSS during the run, SQL statements per operation.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { type BenchContext, type BenchResult, rssMb } from './lib.js';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Operation {
  name: string;
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The target for the req/s ratio to the floor. */
  targetRatio?: number;
}

export const LIST = `query BenchCasesPage {
  cases(first: 100) {
    edges { node { id reference kind status channel title createdAt resolutionDueAt assignee { name } department { name } } }
  }
}`;
export const ONE = `query BenchCase($id: ID!) {
  case(id: $id) {
    id reference kind status title description createdAt resolvedAt
    timeline { type at note actorName actor { name } }
  }
}`;
export const STATS = `query BenchStats {
  caseStats(filter: { openedFrom: "2025-11-01T00:00:00Z", openedTo: "2026-11-02T00:00:00Z" }, groupBy: [MONTH, DEPARTMENT]) {
    totals { count open overdue medianMinutesToResult p90MinutesToResult resolvedWithinSla }
    groups { period { label } department { key } count medianMinutesToResult p90MinutesToResult resolvedWithinSla }
  }
}`;
export const VIEWER = '{ viewer { authenticatedBy staff { id name } } }';

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  peakMb: number | null;
}

async function load(url: string, headers: Record<string, string>, body: string, pid: number | null): Promise<Load> {
  let peak = pid ? rssMb(pid) : 0;
  const sampler = pid ? setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100) : null;
  try {
    const r = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    return {
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.non2xx + r.timeouts,
      peakMb: pid ? peak : null,
    };
  } finally {
    if (sampler) clearInterval(sampler);
  }
}

function startFloor(ctx: BenchContext, operationsFile: string): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./floor-server.ts', import.meta.url));
  const child = spawn(process.execPath, [ctx.tsx, script, ctx.dbFile, operationsFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`the floor server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(String(chunk))?.[1];
      if (port) ok({ url: `http://127.0.0.1:${port}`, child });
    });
  });
}

type Traced = { data?: unknown; errors?: unknown[]; extensions?: { sql?: { sql: string; params: unknown[] }[] } };

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const first = await ctx.gql<{ cases: { edges: { node: { id: string } }[] } }>(
    '{ cases(first: 1, filter: { statuses: [CLOSED] }) { edges { node { id } } } }',
  );
  const caseId = first.cases.edges[0]?.node.id;
  if (!caseId) throw new Error('no closed case to read');
  const operations: Operation[] = [
    {
      name: 'list',
      label: 'cases(first: 100), 8 fields + assignee and department names',
      query: LIST,
      targetRatio: 0.6,
    },
    { name: 'one', label: 'case(id) with its timeline', query: ONE, variables: { id: caseId }, targetRatio: 0.7 },
    { name: 'stats', label: 'caseStats by month × department, the year', query: STATS },
    { name: 'viewer', label: 'viewer', query: VIEWER },
  ];

  // 1. The statements of each operation, from a second API process that traces them.
  ctx.log('capturing each operation’s SQL (SQL_TRACE=true) …');
  const traced = await ctx.startApi({ SQL_TRACE: 'true' });
  const captured: Record<string, { sql: string; params: unknown[] }[]> = {};
  try {
    for (const op of operations) {
      let body: Traced = {};
      // The second answer: the first may warm caches that change what runs.
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${traced.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...ctx.headers },
          body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
        });
        body = (await res.json()) as Traced;
        if (body.errors?.length) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
      }
      captured[op.name] = body.extensions?.sql ?? [];
    }
  } finally {
    await traced.stop();
  }
  const dir = mkdtempSync(join(tmpdir(), 'steward-floor-'));
  const operationsFile = join(dir, 'operations.json');
  writeFileSync(operationsFile, JSON.stringify(captured));

  // 2. The floor and Steward, operation by operation, one after the other.
  const floor = await startFloor(ctx, operationsFile);
  const results: BenchResult[] = [];
  try {
    for (const op of operations) {
      const body = JSON.stringify({ query: op.query, variables: op.variables ?? {} });
      ctx.log(`${op.name}: floor …`);
      const f = await load(`${floor.url}/op/${op.name}`, {}, '', null);
      ctx.log(`${op.name}: Steward …`);
      const s = await load(`${ctx.url}/graphql`, ctx.headers, body, ctx.serverPid);
      const statements = captured[op.name]?.length ?? 0;
      const ratio = s.rps / Math.max(1, f.rps);
      const errors = s.errors || f.errors ? `; errors: Steward ${s.errors}, floor ${f.errors}` : '';
      results.push(
        {
          name: op.label,
          metric: 'req/s',
          value: s.rps,
          unit: 'req/s',
          baselineRatio: ratio,
          ...(op.targetRatio ? { target: `≥ ${op.targetRatio}× the floor`, pass: ratio >= op.targetRatio } : {}),
          note: `floor ${Math.round(f.rps)} req/s (p50 ${f.p50} ms, p99 ${f.p99} ms); ${statements} SQL statements${errors}; ratio against the floor`,
        },
        {
          name: op.label,
          metric: 'p99',
          value: s.p99,
          unit: 'ms',
          baselineRatio: s.p99 / Math.max(0.01, f.p99),
          ...(op.targetRatio ? { target: '≤ 25 ms', pass: s.p99 <= 25 } : {}),
          note: `p50 ${s.p50} ms; ${CONNECTIONS} connections, ${SECONDS} s; ratio against the floor's p99`,
        },
        {
          name: op.label,
          metric: 'peak RSS',
          value: s.peakMb ?? Number.NaN,
          unit: 'MB',
          note: 'the API process, sampled every 100 ms during the run',
        },
      );
    }
  } finally {
    floor.child.kill('SIGTERM');
  }
  return results;
}
