/**
 * Cross-replica subscription delivery through Redis (issue 7, §Performance: p99 ≤ 250 ms).
 * Starts its own Redis and two built API replicas on one fresh database (PostgreSQL when
 * STEWARD_PG_URL is set, else one SQLite file), signs in on replica A, subscribes on replica B,
 * and times "comment sent on A → event received on B". The same-run baseline is the same journey
 * within one replica (subscriber and mutation both on A), so the ratio is what Redis adds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropDatabase } from '../apps/api/src/db/postgres-admin.js';
import { startBuiltServer } from '../tests/support/built-server.js';
import { noteListener as subscriber } from '../tests/support/note-listener.js';
import { startRedis } from '../tests/support/redis.js';
import { BENCH_LIMITS, type BenchContext, type BenchResult, ratio, stats } from './lib.js';

const COMMENT = 'mutation ($input: CommentOnCaseInput!) { commentOnCase(input: $input) { userErrors { message } } }';

/** Signs in with the demo password (not through tests/support/steward.ts: that loads the API's source). */
async function signIn(url: string, username: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
      variables: { input: { username, password: 'Steward2026' } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in as ${username} failed: ${await res.text()}`);
  const authHeaders = { cookie };
  return {
    authHeaders,
    post: async (body: string) =>
      (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...authHeaders },
          body,
        })
      ).json() as Promise<unknown>,
  };
}

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-replicas-'));
  const pg = process.env.STEWARD_PG_URL;
  const dbName = `steward_bench_${Date.now().toString(36)}`;
  const databaseUrl = pg ? await createDatabase(pg, dbName) : `sqlite:${join(dir, 'replicas.sqlite')}`;
  const redis = await startRedis();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    DEMO_DATA: 'true',
    BACKGROUND_SWEEPS: 'false',
    WEB_DIST: 'none',
    LOG_LEVEL: 'warn',
    ...BENCH_LIMITS,
  };
  ctx.log(`replicas: starting two API processes on ${pg ? 'PostgreSQL' : 'one SQLite file'} and Redis`);
  const a = await startBuiltServer(env, 180_000);
  const b = await startBuiltServer(env, 120_000);
  try {
    const cs = await signIn(a.url, 'cs');
    const list = await cs.post(JSON.stringify({ query: '{ cases(first: 1) { nodes { id } } }' }));
    const caseId = (list as { data: { cases: { nodes: { id: string }[] } } }).data.cases.nodes[0]?.id;
    if (!caseId) throw new Error('no demo case to comment on');

    const series = async (label: string, subscribeAt: string) => {
      const sub = subscriber(subscribeAt, cs.authHeaders);
      await sub.connected;
      await new Promise((r) => setTimeout(r, 300)); // let the Redis SUBSCRIBE land
      const durations: number[] = [];
      const n = Math.max(50, ctx.requests);
      for (let i = -10; i < n; i++) {
        const note = `${label} ${i} ${Date.now()}`;
        const arrived = sub.expect(note);
        const t0 = performance.now();
        await cs.post(JSON.stringify({ query: COMMENT, variables: { input: { caseId, note } } }));
        const at = await arrived;
        if (i >= 0) durations.push(at - t0); // the first ten warm up
      }
      await sub.close();
      return stats(durations);
    };
    const local = await series('same replica', a.url);
    const cross = await series('other replica', b.url);
    const name = `comment on replica A → subscriber on replica B (via Redis, ${pg ? 'PostgreSQL' : 'SQLite'})`;
    return [
      {
        name: 'comment → subscriber on the same replica (baseline for the row below)',
        metric: 'p99',
        value: local.p99,
        unit: 'ms',
        baselineRatio: ratio(local.p99, ctx.baseline.p99),
        samples: local.samples,
      },
      {
        name,
        metric: 'p50',
        value: cross.p50,
        unit: 'ms',
        baselineRatio: ratio(cross.p50, local.p50),
        samples: cross.samples,
      },
      {
        name,
        metric: 'p99',
        value: cross.p99,
        unit: 'ms',
        baselineRatio: ratio(cross.p99, local.p99),
        target: '≤ 250 ms',
        pass: cross.p99 <= 250,
        samples: cross.samples,
        note: 'ratios against the same journey within one replica',
      },
    ];
  } finally {
    await Promise.allSettled([a.stop(), b.stop()]);
    await redis.stop();
    if (pg) await dropDatabase(pg, dbName);
    rmSync(dir, { recursive: true, force: true });
  }
}
