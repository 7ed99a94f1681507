/**
 * caseStats over many cases on SQLite: grouped by month and department, p50/p95 of the whole
 * GraphQL round trip as an analyst (cookie session) sees it.
 *
 *   cd tests && npx tsx ../bench/case-stats.ts [cases=1000000] [runs=20]
 *
 * Self-contained: a temp folder, a real Steward (demo organisation), then synthetic cases
 * bulk-inserted straight into `case_record` (not the `seed --scale` generator: only the columns
 * the aggregates read need believable values). `run()` returns the figures for a runner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSteward } from '../apps/api/src/app.js';
import { loadConfig } from '../apps/api/src/config.js';
import { DEMO_PASSWORD } from '../apps/api/src/features/demo/demo.seed.js';
import { createLogger } from '../apps/api/src/logger.js';

export interface CaseStatsBenchResult {
  cases: number;
  spanDays: number;
  insertSeconds: number;
  scenarios: {
    name: string;
    groupBy: string[];
    rangeDays: number;
    runs: number;
    p50: number;
    p95: number;
    max: number;
    groups: number;
  }[];
}

const DAY = 86_400_000;
const KINDS = ['COMPLAINT', 'INQUIRY', 'REPAIR', 'SPECIAL_SERVICE', 'TASK', 'PUBLIC_ORDER'];
const CHANNELS = ['PHONE', 'DESK_VISIT', 'ONLINE', 'PATROL'];
const AREAS = ['1号楼', '2号楼', '地下车库', '东门', '会所', null];

/** A small deterministic generator (mulberry32): the same data on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;

export async function run(opts: { cases?: number; runs?: number; spanDays?: number; log?: (s: string) => void } = {}) {
  const cases = opts.cases ?? 1_000_000;
  const runs = opts.runs ?? 20;
  const spanDays = opts.spanDays ?? 730;
  const log = opts.log ?? ((s: string) => console.log(s));
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-bench-stats-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: `sqlite:${join(dataDir, 'steward.sqlite')}`,
    WEB_DIST: 'none',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'true',
    BACKGROUND_SWEEPS: 'false',
  });
  const steward = await startSteward(config, createLogger(config));
  try {
    const knex = steward.orm.em.getKnex();
    const departments = (await knex('department').select('key').limit(12)).map((r: { key: string }) => r.key);
    const staff = (await knex('staff').select('id').limit(20)).map((r: { id: string }) => r.id);
    const sites = (await knex('site').select('code')).map((r: { code: string }) => r.code);
    const rnd = random(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
    const end = Date.now();
    const start = end - spanDays * DAY;
    const t0 = performance.now();
    const BATCH = 400;
    await knex.transaction(async (trx) => {
      for (let i = 0; i < cases; i += BATCH) {
        const rows = [];
        for (let j = i; j < Math.min(cases, i + BATCH); j++) {
          const created = Math.floor(start + rnd() * (end - start));
          const due = created + pick([1, 3, 3, 7]) * DAY;
          const resolved = rnd() < 0.85 ? created + Math.floor(rnd() * rnd() * 8 * DAY) : null;
          const status =
            resolved === null ? pick(['OPEN', 'ASSIGNED', 'IN_PROGRESS']) : rnd() < 0.7 ? 'CLOSED' : 'RESOLVED';
          rows.push({
            id: `bench-${j}`,
            reference: `BN-${j}`,
            kind: pick(KINDS),
            status,
            channel: pick(CHANNELS),
            title: '合成案例',
            description: '基准测试用合成数据',
            site_code: pick(sites),
            area: pick(AREAS),
            severity: rnd() < 0.05 ? 'MAJOR' : 'GENERAL',
            priority: 'NORMAL',
            beyond_authority: 0,
            department_key: pick(departments),
            awaiting_acknowledgement: 0,
            received_by_id: pick(staff),
            response_due_at: created + 2 * 3600_000,
            resolution_due_at: due,
            resolved_at: resolved,
            created_at: created,
            updated_at: resolved ?? created,
            version: 1,
          });
        }
        await trx('case_record').insert(rows);
      }
    });
    await knex.raw('ANALYZE');
    const insertSeconds = (performance.now() - t0) / 1000;
    log(`inserted ${cases} cases over ${spanDays} days in ${insertSeconds.toFixed(1)} s`);

    const login = await fetch(`${steward.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }',
        variables: { i: { username: 'analyst', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const query = `query($g: [CaseStatsDimension!]!, $f: CaseStatsFilter) { caseStats(groupBy: $g, filter: $f) {
      groups { period { label } department { key } count open overdue medianMinutesToResult p90MinutesToResult resolvedWithinSla } } }`;
    const scenarios: CaseStatsBenchResult['scenarios'] = [];
    for (const [name, groupBy, rangeDays] of [
      ['month × department, whole span', ['MONTH', 'DEPARTMENT'], spanDays],
      ['month × department, last 365 days (default range)', ['MONTH', 'DEPARTMENT'], 365],
      ['month × department, last 90 days', ['MONTH', 'DEPARTMENT'], 90],
      ['day, last 30 days', ['DAY'], 30],
    ] as const) {
      const filter = {
        openedFrom: new Date(end - rangeDays * DAY).toISOString(),
        openedTo: new Date(end).toISOString(),
      };
      const times: number[] = [];
      let groups = 0;
      for (let i = 0; i < runs + 2; i++) {
        const t = performance.now();
        const res = await fetch(`${steward.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables: { g: groupBy, f: filter } }),
        });
        const body = (await res.json()) as { data?: { caseStats: { groups: unknown[] } }; errors?: unknown };
        if (!body.data) throw new Error(JSON.stringify(body.errors));
        groups = body.data.caseStats.groups.length;
        if (i >= 2) times.push(performance.now() - t); // two warm-up calls
      }
      times.sort((a, b) => a - b);
      const row = {
        name,
        groupBy: [...groupBy],
        rangeDays,
        runs,
        p50: pct(times, 0.5),
        p95: pct(times, 0.95),
        max: times.at(-1) as number,
        groups,
      };
      scenarios.push(row);
      log(
        `${name}: p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, max ${row.max.toFixed(0)} ms (${groups} groups, ${runs} runs)`,
      );
    }
    return { cases, spanDays, insertSeconds, scenarios } satisfies CaseStatsBenchResult;
  } finally {
    await steward.close();
    if (process.env.BENCH_KEEP) log(`kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [cases, runs] = process.argv.slice(2).map(Number);
  await run({ cases: cases || undefined, runs: runs || undefined });
  process.exit(0);
}
