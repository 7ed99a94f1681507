import { describe, expect, it } from 'vitest';
import { BUCKET_FLOORS, bucketOf, HISTOGRAM_BUCKETS, quantileOf } from './histogram.js';

/** Exact nearest-rank quantile, as caseStats computes it in SQL. */
function exact(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * q) - 1] as number;
}

function histogram(values: number[]): number[] {
  const h = Array.from({ length: HISTOGRAM_BUCKETS }, () => 0);
  for (const v of values) h[bucketOf(v)] = (h[bucketOf(v)] as number) + 1;
  return h;
}

describe('time-to-result histogram', () => {
  it('puts each time in the bucket whose floor it reaches', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(59_999)).toBe(0);
    expect(bucketOf(60_000)).toBe(1);
    expect(bucketOf(74_999)).toBe(1);
    expect(bucketOf(75_000)).toBe(2);
    expect(bucketOf(-5)).toBe(0);
    expect(bucketOf(10 * 365 * 86_400_000)).toBe(HISTOGRAM_BUCKETS - 1);
    for (let k = 1; k < HISTOGRAM_BUCKETS; k++) {
      expect(bucketOf(BUCKET_FLOORS[k] as number)).toBe(k);
      expect(bucketOf((BUCKET_FLOORS[k] as number) - 1)).toBe(k - 1);
    }
  });

  it('reads a percentile in the same bucket as the exact nearest-rank value', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const n of [1, 2, 3, 10, 99, 1000]) {
      // Log-normal-ish times from a minute to a few weeks, like results of cases.
      const values = Array.from({ length: n }, () => Math.round(60_000 * Math.exp(random() * 10)));
      const h = histogram(values);
      for (const q of [0.5, 0.9]) {
        const approx = quantileOf(h, q) as number;
        expect(bucketOf(approx)).toBe(bucketOf(exact(values, q)));
      }
    }
  });

  it('has no percentile without results', () => {
    expect(quantileOf(histogram([]), 0.5)).toBeNull();
  });
});
