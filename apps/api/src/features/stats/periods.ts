import { addDays, zonedDate, zonedInstant } from '../shifts/zoned-time.js';

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

/** One calendar bucket: its first local date, and the first local date after it. */
export interface LocalPeriod {
  label: string;
  first: string;
  next: string;
}

/** Monday of the week of a local date (ISO weeks start on Monday). */
function mondayOf(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(date, -((dow + 6) % 7));
}

function firstOfNextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The bucket a local date falls in. */
export function periodOf(date: string, g: Granularity): LocalPeriod {
  switch (g) {
    case 'DAY':
      return { label: date, first: date, next: addDays(date, 1) };
    case 'WEEK': {
      const first = mondayOf(date);
      return { label: first, first, next: addDays(first, 7) };
    }
    case 'MONTH': {
      const first = `${date.slice(0, 7)}-01`;
      return { label: date.slice(0, 7), first, next: firstOfNextMonth(first) };
    }
  }
}

/** Every bucket from the one holding `firstDate` to the one holding `lastDate` (local dates, inclusive). */
export function periodsBetween(firstDate: string, lastDate: string, g: Granularity): LocalPeriod[] {
  const out: LocalPeriod[] = [];
  let p = periodOf(firstDate, g);
  while (p.first <= lastDate) {
    out.push(p);
    p = periodOf(p.next, g);
  }
  return out;
}

/** The buckets covering the instants [from, to) as seen in a zone. */
export function periodsOfInstants(from: Date, to: Date, g: Granularity, timeZone: string): LocalPeriod[] {
  const last = zonedDate(new Date(to.getTime() - 1), timeZone);
  return periodsBetween(zonedDate(from, timeZone), last, g);
}

/** The instant a local date begins in a zone (its midnight; DST-safe). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return zonedInstant(date, '00:00', timeZone);
}

/**
 * A SQL expression giving the bucket index (0…n-1) of `column`, from the ascending starts of
 * buckets 1…n-1 (`bounds[0]`, the first bucket's start, is not needed): a balanced tree of
 * CASE WHEN comparisons — log2(n) per row, no lookup table, no dialect's date functions. Rows
 * outside the buckets must be filtered out by the caller. Bindings follow the text's `?` order.
 */
export function bucketCase(column: string, bounds: readonly unknown[]): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = [];
  const tree = (lo: number, hi: number): string => {
    if (hi - lo <= 1) return String(lo);
    const mid = (lo + hi) >> 1;
    bindings.push(bounds[mid]);
    const left = tree(lo, mid);
    const right = tree(mid, hi);
    return `CASE WHEN ${column} < ? THEN ${left} ELSE ${right} END`;
  };
  return { sql: tree(0, bounds.length), bindings };
}
