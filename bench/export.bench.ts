/**
 * Bulk export over the generated history (issue 7, §Performance): `cases.csv` for the whole year
 * (≈ 1M rows at scale 100) at ≥ 50,000 rows/s with flat memory. Also `cases.ndjson` (each case
 * with its timeline). Memory: the API process's RSS is sampled during each export; a small
 * export (one month) runs first, so "flat" reads as the year's peak against the month's.
 */
import { readFileSync } from 'node:fs';
import type { BenchContext, BenchResult } from './lib.js';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function download(ctx: BenchContext, path: string) {
  let peak = rssMb(ctx.serverPid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(ctx.serverPid));
  }, 100);
  const t0 = performance.now();
  const res = await fetch(`${ctx.url}${path}`, { headers: ctx.headers });
  if (res.status !== 200 || !res.body) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (let i = 0; i < chunk.byteLength; i++) if (chunk[i] === 10) lines++;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  return { rows: lines, bytes, seconds, peakMb: peak };
}

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  // CSV rows = lines minus the header; NDJSON rows = lines. Quoted newlines inside cells would
  // count twice: the generated history has none.
  const month = await download(ctx, '/export/cases.csv?from=2026-10-01&to=2026-11-01');
  const year = await download(ctx, '/export/cases.csv?from=2025-11-01&to=2026-11-01');
  const yearNd = await download(ctx, '/export/cases.ndjson?from=2025-11-01&to=2026-11-01');
  const perSecond = (d: { rows: number; seconds: number }) => Math.round(d.rows / d.seconds);
  ctx.log(`export: month ${month.rows} rows, year ${year.rows} rows (csv), ${yearNd.rows} (ndjson)`);
  results.push(
    {
      name: 'cases.csv, one month',
      metric: 'rows/s',
      value: perSecond({ rows: month.rows - 1, seconds: month.seconds }),
      unit: 'rows/s',
      note: `${month.rows - 1} rows, ${(month.bytes / 1048576).toFixed(0)} MB, peak RSS ${month.peakMb} MB`,
    },
    {
      name: 'cases.csv, the whole year',
      metric: 'rows/s',
      value: perSecond({ rows: year.rows - 1, seconds: year.seconds }),
      unit: 'rows/s',
      baselineRatio: perSecond(year) / Math.max(1, perSecond(month)),
      target: '≥ 50,000 rows/s',
      pass: (year.rows - 1) / year.seconds >= 50_000,
      note: `${year.rows - 1} rows, ${(year.bytes / 1048576).toFixed(0)} MB in ${year.seconds.toFixed(1)} s; ratio against the one-month export`,
    },
    {
      name: 'cases.csv, the whole year: API peak RSS',
      metric: 'peak RSS',
      value: year.peakMb,
      unit: 'MB',
      baselineRatio: year.peakMb / Math.max(1, month.peakMb),
      target: 'flat',
      pass: year.peakMb <= month.peakMb * 1.5,
      note: `ratio against the one-month export's peak (${month.peakMb} MB)`,
    },
    {
      name: 'cases.ndjson with timelines, the whole year',
      metric: 'rows/s',
      value: perSecond(yearNd),
      unit: 'rows/s',
      note: `${yearNd.rows} rows, ${(yearNd.bytes / 1048576).toFixed(0)} MB in ${yearNd.seconds.toFixed(1)} s, peak RSS ${yearNd.peakMb} MB`,
    },
  );
  return results;
}
