/**
 * Times to result kept as a histogram, so the rollups can answer percentiles without the cases:
 * bucket 0 holds results within a minute, bucket k (1…63) those from 1.25^(k-1) to 1.25^k
 * minutes, the last one everything from about 1.9 years on. The bucket that holds the
 * nearest-rank percentile is known exactly; the value is interpolated inside it, so it lies in
 * the same 25 %-wide bucket as the exact figure (tests/api/stats-rollup.test.ts checks this).
 */
export const HISTOGRAM_BUCKETS = 64;
const RATIO = 1.25;
const MINUTE = 60_000;

/** Lower edge of each bucket in milliseconds (bucket 0 starts at 0). */
export const BUCKET_FLOORS: readonly number[] = Array.from({ length: HISTOGRAM_BUCKETS }, (_, k) =>
  k === 0 ? 0 : Math.round(MINUTE * RATIO ** (k - 1)),
);

/** The histogram's column for a bucket (`h0` … `h63`). */
export const bucketColumn = (k: number): string => `h${k}`;
export const BUCKET_COLUMNS: readonly string[] = BUCKET_FLOORS.map((_, k) => bucketColumn(k));

/** The bucket of a time to result in milliseconds (negative times, clock skew, count as 0). */
export function bucketOf(ms: number): number {
  let lo = 0;
  let hi = HISTOGRAM_BUCKETS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ms >= (BUCKET_FLOORS[mid] as number)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The q-quantile (0 < q ≤ 1) of a histogram by nearest rank — the rank the exact figures use
 * (`ceil(n·q)`) — interpolated linearly inside the bucket that holds it; null when empty.
 */
export function quantileOf(counts: readonly number[], q: number): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(n * q - 1e-9));
  let before = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] as number;
    if (c > 0 && before + c >= rank) {
      const lo = BUCKET_FLOORS[k] as number;
      const hi = k + 1 < HISTOGRAM_BUCKETS ? (BUCKET_FLOORS[k + 1] as number) : lo * RATIO;
      return lo + ((hi - lo) * (rank - before - 0.5)) / c;
    }
    before += c;
  }
  return null;
}
