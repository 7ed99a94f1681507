import type { EntityManager } from '@mikro-orm/knex';
import { bucketCase } from '../periods.js';
import { isPostgres, msBetween } from '../sql.js';
import { DEFAULT_TIME_ZONE } from '../stats.common.js';
import { CUBES, DIMENSION_COLUMNS, type RollupDimension } from './cubes.js';
import { BUCKET_COLUMNS, BUCKET_FLOORS } from './histogram.js';
import { localDaySql } from './zone-days.js';

/** Bump when the cubes or buckets change: every database rebuilds its rollups at the next start. */
export const ROLLUP_VERSION = 1;

const DIMENSIONS = Object.keys(DIMENSION_COLUMNS) as RollupDimension[];

/** Whether the rollups are current (built at this version, no site's zone changed since). */
export async function rollupsReady(em: EntityManager): Promise<boolean> {
  const rows = await em.getConnection().execute<{ version: number }[]>('select version from case_rollup_state');
  return rows.some((r) => Number(r.version) === ROLLUP_VERSION);
}

/** Rebuilds the rollups when they are not current (at start-up, after a bulk load); returns whether it did. */
export async function ensureRollups(em: EntityManager): Promise<{ rebuilt: boolean; rows: number; ms: number }> {
  if (await rollupsReady(em)) return { rebuilt: false, rows: 0, ms: 0 };
  return { rebuilt: true, ...(await rebuildRollups(em)) };
}

/**
 * Recounts every cube from the cases, in SQL, in one transaction: per cube and per zone, the
 * cases of that zone's sites grouped by local opening day and the cube's dimensions, with the
 * histogram of times to result. Replicas starting together take turns (PostgreSQL: an advisory
 * lock; SQLite: the single writer) and the second finds the work done.
 */
export async function rebuildRollups(em: EntityManager): Promise<{ rows: number; ms: number }> {
  const started = Date.now();
  const pg = isPostgres(em);
  let rows = 0;
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const exec = <T>(sql: string, params: unknown[] = [], method: 'all' | 'run' = 'run') =>
      conn.execute(sql, params, method, tx.getTransactionContext()) as Promise<T>;
    if (pg) await exec(`select pg_advisory_xact_lock(hashtext('steward.case_rollup'))`, [], 'all');
    await exec('delete from case_rollup');
    const [range] = await exec<{ lo: unknown; hi: unknown }[]>(
      'select min(created_at) as lo, max(created_at) as hi from case_record',
      [],
      'all',
    );
    const sites = await exec<{ code: string; time_zone: string | null }[]>(
      'select code, time_zone from site',
      [],
      'all',
    );
    if (range?.lo != null) {
      const lo = toMs(range.lo);
      const hi = toMs(range.hi);
      const byZone = new Map<string, string[]>();
      for (const s of sites) {
        const zone = s.time_zone || DEFAULT_TIME_ZONE;
        byZone.set(zone, [...(byZone.get(zone) ?? []), s.code]);
      }
      if (!byZone.has(DEFAULT_TIME_ZONE)) byZone.set(DEFAULT_TIME_ZONE, []);
      const duration = msBetween(tx, 'created_at', 'resolved_at');
      const bucket = bucketCase(duration, BUCKET_FLOORS);
      const counters = [
        'count(*)',
        'count(resolved_at)',
        'sum(case when resolved_at is not null and resolved_at <= resolution_due_at then 1 else 0 end)',
        ...BUCKET_COLUMNS.map((_, k) => `sum(case when b = ${k} then 1 else 0 end)`),
      ];
      const keyColumns = ['cube', 'zone', 'day', ...Object.values(DIMENSION_COLUMNS)];
      const insertInto = `insert into case_rollup (${[...keyColumns, 'cnt', 'resolved_n', 'in_sla_n', ...BUCKET_COLUMNS].join(', ')})`;
      for (const [zone, codes] of byZone) {
        // The default zone also takes the cases without a site; one zone for everything needs no condition.
        const only = byZone.size === 1;
        const where = only
          ? '1 = 1'
          : zone === DEFAULT_TIME_ZONE
            ? `(site_code is null${codes.length ? ` or site_code in (${codes.map(() => '?').join(', ')})` : ''})`
            : `site_code in (${codes.map(() => '?').join(', ')})`;
        const whereParams = only ? [] : codes;
        const day = localDaySql(tx, 'created_at', zone, lo, hi);
        for (const cube of CUBES) {
          const dims = DIMENSIONS.map((d) => (cube.dims.includes(d) ? `coalesce(${DIMENSION_COLUMNS[d]}, '')` : `''`));
          const sql = `${insertInto}
select ?, ?, day, ${DIMENSIONS.map((_, i) => `d${i}`).join(', ')}, ${counters.join(', ')}
from (
  select ${day.sql} as day, ${dims.map((d, i) => `${d} as d${i}`).join(', ')}, resolved_at, resolution_due_at,
    case when resolved_at is null then null else ${bucket.sql} end as b
  from case_record where ${where}
) t
group by day, ${DIMENSIONS.map((_, i) => `d${i}`).join(', ')}`;
          await exec(sql, [cube.name, zone, ...day.bindings, ...bucket.bindings, ...whereParams]);
        }
      }
      const [count] = await exec<{ n: number }[]>('select count(*) as n from case_rollup', [], 'all');
      rows = Number(count?.n ?? 0);
    }
    await exec('delete from case_rollup_state');
    await exec('insert into case_rollup_state (id, version, built_at) values (1, ?, ?)', [
      ROLLUP_VERSION,
      pg ? new Date() : Date.now(),
    ]);
  });
  return { rows, ms: Date.now() - started };
}

function toMs(v: unknown): number {
  return v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(String(v));
}
