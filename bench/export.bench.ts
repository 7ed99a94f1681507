/**
 * Bulk export over the generated history (issue 7, §Performance): `cases.csv` for the whole year
 * (≈ 1M rows at scale 100) at ≥ 50,000 rows/s with flat memory. Also `cases.ndjson` (each case
 * with its timeline). Memory: the API process's RSS is sampled during each export; a small
 * export (one month) runs first, so "flat" reads as the year's peak against the month's.
 */
import { readFileSync } from 'node:fs';
import { type BenchContext, type BenchResult, rssMb } from './lib.js';

/** CPU seconds the API process has used (all its threads: SQLite works in libuv's pool). */
function cpuSeconds(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat (utime, stime) in clock ticks, after the ")" of the name.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function download(ctx: BenchContext, path: string) {
  let peak = rssMb(ctx.serverPid);
  const cpu0 = cpuSeconds(ctx.serverPid);
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
    // memchr rather than a loop over every byte: the client shares the machine with the server.
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) lines++;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  return { rows: lines, bytes, seconds, peakMb: peak, cpuSeconds: cpuSeconds(ctx.serverPid) - cpu0 };
}

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  // CSV rows = lines minus the header; NDJSON rows = lines. Quoted newlines inside cells would
  // count twice: the generated history has none.
  const month = await download(ctx, '/export/cases.csv?from=2026-10-01&to=2026-11-01');
  const year = await download(ctx, '/export/cases.csv?from=2025-11-01&to=2026-11-01');
  const yearNd = await download(ctx, '/export/cases.ndjson?from=2025-11-01&to=2026-11-01');
  const perSecond = (d: { rows: number; seconds: number }) => Math.round(d.rows / d.seconds);
  // On a shared machine the wall clock counts other work too: the API's own CPU per row travels better.
  const cpu = (d: { rows: number; cpuSeconds: number }) =>
    `API CPU ${d.cpuSeconds.toFixed(1)} s (${Math.round((d.cpuSeconds * 1e6) / Math.max(1, d.rows))} µs a row)`;
  ctx.log(`export: month ${month.rows} rows, year ${year.rows} rows (csv), ${yearNd.rows} (ndjson)`);
  results.push(
    {
      name: 'cases.csv, one month',
      metric: 'rows/s',
      value: perSecond({ rows: month.rows - 1, seconds: month.seconds }),
      unit: 'rows/s',
      note: `${month.rows - 1} rows, ${(month.bytes / 1048576).toFixed(0)} MB, peak RSS ${month.peakMb} MB, ${cpu(month)}`,
    },
    {
      name: 'cases.csv, the whole year',
      metric: 'rows/s',
      value: perSecond({ rows: year.rows - 1, seconds: year.seconds }),
      unit: 'rows/s',
      baselineRatio: perSecond(year) / Math.max(1, perSecond(month)),
      target: '≥ 50,000 rows/s',
      pass: (year.rows - 1) / year.seconds >= 50_000,
      note: `${year.rows - 1} rows, ${(year.bytes / 1048576).toFixed(0)} MB in ${year.seconds.toFixed(1)} s, ${cpu(year)}; ratio against the one-month export`,
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
      note: `${yearNd.rows} rows, ${(yearNd.bytes / 1048576).toFixed(0)} MB in ${yearNd.seconds.toFixed(1)} s, peak RSS ${yearNd.peakMb} MB, ${cpu(yearNd)}`,
    },
  );
  return results;
}
