import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { addDays, daysBetween, zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { type Granularity, periodsBetween, startOfLocalDay } from './periods.js';
import { MAX_DIMENSIONS, TIME_DIMENSIONS } from './stats.enums.js';
import type { StatsRef } from './stats.types.js';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;
/** Longest range: 3 years of days (about 1,100 buckets), 10 years of weeks or months or none. */
export const MAX_RANGE_DAYS = { DAY: 3 * 366, OTHER: 10 * 366 } as const;

/** Checks a grouping: at most three dimensions, none twice, at most one calendar period. */
export function checkGroupBy<T extends string>(groupBy: readonly T[]): Granularity | null {
  if (groupBy.length > MAX_DIMENSIONS) throw badInput('groupBy', `at most ${MAX_DIMENSIONS} dimensions`);
  const seen = new Set<string>();
  for (const d of groupBy) {
    if (seen.has(d)) throw badInput('groupBy', `lists ${d} twice`);
    seen.add(d);
  }
  const periods = groupBy.filter((d) => (TIME_DIMENSIONS as readonly string[]).includes(d));
  if (periods.length > 1) throw badInput('groupBy', 'at most one of DAY, WEEK and MONTH');
  return (periods[0] as Granularity | undefined) ?? null;
}

export function checkRangeDays(days: number, granularity: Granularity | null, field: string): void {
  const max = granularity === 'DAY' ? MAX_RANGE_DAYS.DAY : MAX_RANGE_DAYS.OTHER;
  if (days > max) {
    throw badInput(
      field,
      granularity === 'DAY' ? 'the range is at most 3 years by day' : 'the range is at most 10 years',
    );
  }
}

export function rangeDays(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` argument that is a real calendar date, or a bad-input error naming it. */
export function checkDate(value: string, field: string): string {
  const v = value.trim();
  const d = new Date(`${v}T00:00:00Z`);
  if (!DATE.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
    throw badInput(field, 'must be a date, YYYY-MM-DD');
  return v;
}

/** Every site's zone (a small table), and the zone for people who name none. */
export async function siteZones(em: EntityManager): Promise<Map<string, string>> {
  const sites = await em.find(Site, {}, { fields: ['code', 'timeZone'] });
  return new Map(sites.map((s) => [s.code, s.timeZone || DEFAULT_TIME_ZONE]));
}

/** The periods (labels and local dates) between two local dates. */
export function localPeriods(first: string, last: string, g: Granularity) {
  return periodsBetween(first, last, g);
}

/** A named thing in the viewer's language. */
export function ref(
  ctx: Context,
  key: string,
  names: { nameZh: string; nameEn: string } | undefined,
  id: string | null = null,
): StatsRef {
  return { id, key, name: names ? (ctx.locale === 'en' ? names.nameEn : names.nameZh) : key };
}

/** Compares two group rows by their keys in grouping order (periods by index, the rest as text). */
export function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** A checked range of local shift dates, and the periods it spans when grouped by one. */
export interface DateRangePlan {
  from: string;
  to: string;
  siteCode: string | null;
  departmentKey: string | null;
  periods: ReturnType<typeof periodsBetween>;
}

const DEFAULT_DATE_RANGE_DAYS = 28;

export function dateRangePlan(
  range: { from?: string | null; to?: string | null; siteCode?: string | null; departmentKey?: string | null } | null,
  granularity: Granularity | null,
  now: Date,
): DateRangePlan {
  const to = range?.to ? checkDate(range.to, 'range.to') : zonedDate(now, DEFAULT_TIME_ZONE);
  const from = range?.from ? checkDate(range.from, 'range.from') : addDays(to, -(DEFAULT_DATE_RANGE_DAYS - 1));
  const span = daysBetween(from, to);
  if (span < 0) throw badInput('range.to', 'must not be before from');
  checkRangeDays(span + 1, granularity, 'range.from');
  const siteCode = range?.siteCode?.trim() || null;
  if (siteCode && siteCode.length > 32) throw badInput('range.siteCode', 'must be at most 32 characters');
  const departmentKey = range?.departmentKey?.trim() || null;
  if (departmentKey && departmentKey.length > 64)
    throw badInput('range.departmentKey', 'must be at most 64 characters');
  return {
    from,
    to,
    siteCode,
    departmentKey,
    periods: granularity ? periodsBetween(from, to, granularity) : [],
  };
}

/** A period of local dates as a row shows it (instants in the default zone: shift dates carry no zone of their own here). */
export function datePeriod(p: { label: string; first: string; next: string }, timeZone = DEFAULT_TIME_ZONE) {
  return { label: p.label, start: startOfLocalDay(p.first, timeZone), end: startOfLocalDay(p.next, timeZone) };
}

/**
 * Groups a base query's rows (columns g0…, plus the metric columns) and sums the metrics:
 * `SELECT g…, SUM(m)… FROM (base) GROUP BY g…`. Returns the raw rows.
 */
export async function sumGrouped(
  em: EntityManager,
  base: { sql: string; bindings: readonly unknown[] },
  dims: number,
  sums: Record<string, string>,
): Promise<Record<string, unknown>[]> {
  const g = Array.from({ length: dims }, (_, i) => `g${i}`);
  const metrics = Object.entries(sums).map(([alias, expr]) => `${expr} AS ${alias}`);
  const sql = `WITH base AS (${base.sql}) SELECT ${[...g, ...metrics].join(', ')} FROM base${g.length ? ` GROUP BY ${g.join(', ')}` : ''}`;
  return (await em.getConnection().execute(em.getKnex().raw(sql, base.bindings as never[]))) as Record<
    string,
    unknown
  >[];
}
