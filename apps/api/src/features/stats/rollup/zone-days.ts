import type { EntityManager } from '@mikro-orm/knex';
import { offsetMinutes, zonedDate } from '../../shifts/zoned-time.js';
import { isPostgres } from '../sql.js';

const DAY = 86_400_000;

/** A local `YYYY-MM-DD` as days since 1970-01-01 (the rollups' `day`). */
export const epochDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/** The `YYYY-MM-DD` of an epoch day. */
export const dayText = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The local opening day of an instant in a zone, as an epoch day. */
export const localDay = (instant: Date, zone: string): number => epochDay(zonedDate(instant, zone));

/**
 * The zone's offsets over [from, to]: the offset at `from`, then each change (daylight saving)
 * with the instant it takes effect, found day by day and narrowed to the millisecond.
 */
export function offsetSpans(zone: string, from: number, to: number): { since: number; offsetMs: number }[] {
  const at = (t: number) => offsetMinutes(new Date(t), zone) * 60_000;
  const spans = [{ since: from, offsetMs: at(from) }];
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const before = (spans.at(-1) as { offsetMs: number }).offsetMs;
    if (at(t) === before) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (at(mid) === before) lo = mid;
      else hi = mid;
    }
    spans.push({ since: hi, offsetMs: at(hi) });
  }
  return spans;
}

/**
 * SQL for the local epoch day of an instant column in a zone, for instants within [from, to]:
 * (milliseconds since the epoch + the zone's offset then) ÷ one day, rounded down — the offset a
 * constant, or a CASE over the daylight-saving changes in the range. No dialect's zone functions.
 */
export function localDaySql(
  em: EntityManager,
  column: string,
  zone: string,
  from: number,
  to: number,
): { sql: string; bindings: unknown[] } {
  const pg = isPostgres(em);
  const ms = pg ? `(EXTRACT(EPOCH FROM ${column}) * 1000)` : column;
  const spans = offsetSpans(zone, from, to);
  const bindings: unknown[] = [];
  let offset: string;
  if (spans.length === 1) offset = String(spans[0]?.offsetMs ?? 0);
  else {
    offset = 'CASE';
    for (let i = 1; i < spans.length; i++) {
      offset += ` WHEN ${ms} < ? THEN ${spans[i - 1]?.offsetMs}`;
      bindings.push((spans[i] as { since: number }).since);
    }
    offset += ` ELSE ${spans.at(-1)?.offsetMs} END`;
  }
  const sql = pg ? `CAST(FLOOR((${ms} + ${offset}) / ${DAY}) AS INTEGER)` : `((${ms} + ${offset}) / ${DAY})`;
  return { sql, bindings };
}
