/**
 * Bulk export throughput and memory: `GET /export/cases.csv` (and `.ndjson` with timelines) over
 * a scratch SQLite database filled with synthetic cases (1,000,000 by default).
 *
 *   cd tests && npx tsx ../bench/export.ts [cases] [--keep]
 *   (or import { run } from 'bench/export.ts')
 *
 * The database is kept in $BENCH_DIR (default /tmp/steward-bench-export) and reused while it
 * holds enough cases, so a second run measures without refilling. The synthetic rows are plain
 * bulk inserts (one OPENED and one ASSIGNED event per case), not the `seed --scale` generator.
 * The server runs in this process, so RSS is the server's plus a client that counts and drops.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSteward } from '../apps/api/src/app.js';
import { loadConfig } from '../apps/api/src/config.js';
import { DEMO_PASSWORD } from '../apps/api/src/features/demo/demo.seed.js';
import { createLogger } from '../apps/api/src/logger.js';

export interface ExportBenchResult {
  cases: number;
  runs: { url: string; rows: number; bytes: number; seconds: number; rowsPerSecond: number; peakRssMb: number }[];
  rssBeforeMb: number;
}

type Sql = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const mb = (n: number) => Math.round(n / 1048576);

async function fill(sql: Sql, wanted: number, log: (s: string) => void): Promise<number> {
  const [count] = await sql('select count(*) as n from case_record');
  const have = Number(count?.n ?? 0);
  if (have >= wanted) return have;
  const [staff] = await sql("select id, name from staff where username = 'cs'");
  const staffId = String(staff?.id);
  const staffName = String(staff?.name);
  const kinds = ['COMPLAINT', 'INQUIRY', 'REPAIR', 'SPECIAL_SERVICE'];
  const statuses = ['OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
  const titles = [
    '楼道灯不亮',
    '电梯异响, 请尽快检修',
    '"噪音" 投诉：楼上装修',
    '停车位被占用\n请处理',
    '=SUM(A1) 水管漏水',
  ];
  const start = Date.now() - 360 * 86_400_000;
  const step = Math.floor((355 * 86_400_000) / wanted);
  const CASES_PER_INSERT = 400; // 23 variables × 400 < SQLite's 32,766 variables
  const t0 = Date.now();
  await sql('begin');
  for (let i = have; i < wanted; i += CASES_PER_INSERT) {
    const n = Math.min(CASES_PER_INSERT, wanted - i);
    const caseRows: unknown[] = [];
    const eventRows: unknown[] = [];
    for (let j = 0; j < n; j++) {
      const k = i + j;
      const id = randomUUID();
      const at = start + k * step;
      caseRows.push(
        id,
        `BENCH-${String(k).padStart(8, '0')}`,
        kinds[k % kinds.length],
        statuses[k % statuses.length],
        'PHONE',
        titles[k % titles.length],
        `合成数据第 ${k} 条：业主来电反映问题，需安排人员上门查看并回访。`,
        k % 3 === 0 ? 'CUIHU' : null,
        k % 7 === 0 ? '东大门' : null,
        'GENERAL',
        'NORMAL',
        0,
        'customer_service',
        k % 2 ? staffId : null,
        0,
        staffId,
        at + 3_600_000,
        at + 86_400_000,
        k % 5 >= 3 ? 'Fixed and called back' : null,
        k % 5 === 4 ? 4 : null,
        at,
        at,
        1,
      );
      eventRows.push(randomUUID(), id, 1, 'OPENED', staffId, staffName, at, null, null);
      eventRows.push(
        randomUUID(),
        id,
        2,
        'ASSIGNED',
        staffId,
        staffName,
        at + 60_000,
        '请上门查看',
        '{"status":"ASSIGNED"}',
      );
    }
    await sql(
      `insert into case_record (id, reference, kind, status, channel, title, description, site_code, area, severity, priority, beyond_authority, department_key, holder_id, holder_department_key, awaiting_acknowledgement, received_by_id, response_due_at, resolution_due_at, result, satisfaction, created_at, updated_at, version) values ${Array.from({ length: n }, () => `(?,?,?,?,?,?,?,?,?,?,?,?,?,?,${"'customer_service'"},?,?,?,?,?,?,?,?,?)`).join(',')}`,
      caseRows,
    );
    await sql(
      `insert into case_event (id, case_id, seq, type, actor_id, actor_name, at, note, data) values ${Array.from({ length: n * 2 }, () => '(?,?,?,?,?,?,?,?,?)').join(',')}`,
      eventRows,
    );
    if (((i - have) / CASES_PER_INSERT) % 250 === 249) {
      await sql('commit');
      await sql('begin');
      log(`  filled ${i + n} cases (${Math.round((i + n - have) / ((Date.now() - t0) / 1000))}/s)`);
    }
  }
  await sql('commit');
  return wanted;
}

/** Fills (if needed) and measures; returns the figures. */
export async function run(cases = 1_000_000, log: (s: string) => void = console.log): Promise<ExportBenchResult> {
  const dir = process.env.BENCH_DIR ?? '/tmp/steward-bench-export';
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: `sqlite:${join(dir, 'steward.sqlite')}`,
    WEB_DIST: 'none',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'true',
    BACKGROUND_SWEEPS: 'false',
  });
  const steward = await startSteward(config, createLogger(config));
  try {
    const connection = steward.orm.em.fork().getConnection();
    const sql: Sql = (q, params = []) => connection.execute(q, params) as Promise<Record<string, unknown>[]>;
    const total = await fill(sql, cases, log);
    log(`database: ${total} cases in ${dir}`);

    const login = await fetch(`${steward.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { userErrors { message } } }',
        variables: { input: { username: 'analyst', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const from = new Date(Date.now() - 365 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    (globalThis as { gc?: () => void }).gc?.();
    const rssBefore = process.memoryUsage().rss;
    const result: ExportBenchResult = { cases: total, runs: [], rssBeforeMb: mb(rssBefore) };
    for (const file of ['cases.csv', 'cases.ndjson', 'case-events.csv']) {
      const url = `/export/${file}?from=${from}&to=${to}`;
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 50);
      const t0 = performance.now();
      const res = await fetch(`${steward.url}${url}`, { headers: { cookie } });
      if (res.status !== 200 || !res.body) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      // CSV records end in CRLF (a newline inside a quoted cell is a bare LF); NDJSON lines in LF.
      const end = file.endsWith('.csv') ? 13 : 10;
      let rows = 0;
      let bytes = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === end) rows++;
      }
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      if (file.endsWith('.csv')) rows -= 1; // the header
      const entry = { url, rows, bytes, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: mb(peak) };
      result.runs.push(entry);
      log(
        `${file}: ${rows} lines, ${mb(bytes)} MB in ${seconds.toFixed(1)} s = ${entry.rowsPerSecond} rows/s; peak RSS ${entry.peakRssMb} MB (before ${result.rssBeforeMb} MB)`,
      );
    }
    return result;
  } finally {
    await steward.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  run(n).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
