import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { PermissionCode } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { caseReadFilter } from '../cases/case.access.js';
import { Case } from '../cases/case.entity.js';
import { type CaseChannel, type CaseKind, CaseStatus, type Severity } from '../cases/case.enums.js';
import { caseKinds } from '../cases/case.kinds.js';
import { ACTIVE_STATUSES } from '../cases/case.service.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { bucketCase, type Granularity, type LocalPeriod, periodsBetween, startOfLocalDay } from './periods.js';
import { type Cube, cubeFor, DIMENSION_COLUMNS, type RollupDimension, rollupDimensionOf } from './rollup/cubes.js';
import { BUCKET_COLUMNS, BUCKET_FLOORS, quantileOf } from './rollup/histogram.js';
import { rollupsReady } from './rollup/rollup.rebuild.js';
import { dayText, epochDay, localDay } from './rollup/zone-days.js';
import { columnOf, instantParam, isPostgres, msBetween, tableOf } from './sql.js';
import {
  checkGroupBy,
  checkRangeDays,
  compareKeys,
  DEFAULT_TIME_ZONE,
  num,
  rangeDays,
  ref,
  siteZones,
} from './stats.common.js';
import { CaseStatsDimension } from './stats.enums.js';
import type { CaseStatsFilter } from './stats.inputs.js';
import { type CaseStats, CaseStatsRow, type StatsPeriod } from './stats.types.js';

/** Reading any kind of case: `caseStats` answers whoever may list some cases (their slice of them). */
export const CASE_READ_PERMISSIONS = [...new Set(caseKinds().map((k) => `${k.resource}.read`))] as PermissionCode[];

const DEFAULT_RANGE_DAYS = 365;

/** What `caseStats` validated and worked out, run by its fields (groups, totals) when asked for. */
export interface CaseStatsPlan {
  from: Date;
  to: Date;
  dims: CaseStatsDimension[];
  granularity: Granularity | null;
  where: FilterQuery<Case>;
  periods: LocalPeriod[];
  /** The zone each site's periods are cut in; cases without a site use the default zone. */
  zones: Map<string, string>;
  /** The zone period start/end instants are shown in. */
  displayZone: string;
  siteCode: string | null;
  now: Date;
  /** The filter's conditions the rollups can apply. */
  filter: { kinds: CaseKind[] | null; statuses: CaseStatus[] | null; departmentKey: string | null };
  /** The viewer reads every kind company-wide (no read condition). */
  companyWide: boolean;
  /** Exact percentiles asked for. */
  exact: boolean;
  /** The groups from the rollups (null: from the cases), once decided and read. */
  rollup?: Promise<HistGroup[] | null>;
}

/** A piece of SQL and its bindings, in the order of its `?`s. */
type Sql = { sql: string; bindings: unknown[] };

/** One group's figures, however computed (times in milliseconds). */
interface Group {
  g: unknown[];
  cnt: number;
  open: number;
  overdue: number;
  resolved: number;
  inSla: number;
  med: number | null;
  p90: number | null;
}

/** A group from the rollups: the figures and the histogram of times to result. */
interface HistGroup extends Group {
  hist: number[];
}

function emptyGroup(g: unknown[]): HistGroup {
  const hist = BUCKET_COLUMNS.map(() => 0);
  return { g, cnt: 0, open: 0, overdue: 0, resolved: 0, inSla: 0, med: null, p90: null, hist };
}

/** Two groups' figures together (histograms add bucket by bucket). */
function addGroup(a: HistGroup, b: HistGroup): HistGroup {
  return {
    ...a,
    cnt: a.cnt + b.cnt,
    open: a.open + b.open,
    overdue: a.overdue + b.overdue,
    resolved: a.resolved + b.resolved,
    inSla: a.inSla + b.inSla,
    hist: a.hist.map((n, k) => n + (b.hist[k] as number)),
  };
}

function withPercentiles(group: HistGroup): Group {
  return { ...group, med: quantileOf(group.hist, 0.5), p90: quantileOf(group.hist, 0.9) };
}

/**
 * The whole local days of a zone inside [from, to) as epoch days, and the partial stretches at
 * either end (instants); null when not one whole day fits.
 */
function wholeDays(from: Date, to: Date, zone: string): { first: number; last: number; edges: [Date, Date][] } | null {
  let first = localDay(from, zone);
  if (startOfLocalDay(dayText(first), zone) < from) first += 1;
  let last = localDay(new Date(to.getTime() - 1), zone);
  if (startOfLocalDay(dayText(last + 1), zone) > to) last -= 1;
  if (first > last) return null;
  const start = startOfLocalDay(dayText(first), zone);
  const end = startOfLocalDay(dayText(last + 1), zone);
  const edges: [Date, Date][] = [];
  if (from < start) edges.push([from, start]);
  if (end < to) edges.push([end, to]);
  return { first, last, edges };
}

/**
 * Case figures computed in SQL, one statement per call: the visible cases in range are grouped;
 * the percentiles of time to result come from ROW_NUMBER/COUNT over each group's resolved cases
 * (nearest rank), so no case is ever loaded into memory. Portable to PostgreSQL (sql.ts).
 */
export class CaseStatsService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em as unknown as EntityManager;
  }

  async plan(filter: CaseStatsFilter | null | undefined, groupBy: readonly CaseStatsDimension[]): Promise<CaseStats> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const granularity = checkGroupBy(groupBy);
    const f = filter ?? {};
    const now = this.ctx.clock();
    const to = f.openedTo ?? now;
    const from = f.openedFrom ?? new Date(to.getTime() - DEFAULT_RANGE_DAYS * 86_400_000);
    if (from.getTime() >= to.getTime()) throw badInput('filter.openedTo', 'must be after openedFrom');
    checkRangeDays(rangeDays(from, to), granularity, 'filter.openedFrom');
    const siteCode = f.siteCode?.trim() || null;
    if (siteCode && siteCode.length > 32) throw badInput('filter.siteCode', 'must be at most 32 characters');
    const departmentKey = f.departmentKey?.trim() || null;
    if (departmentKey && departmentKey.length > 64)
      throw badInput('filter.departmentKey', 'must be at most 64 characters');

    // (An analyst reading every kind company-wide gets no read condition, so the index covers the query.)
    const scope = caseReadFilter(viewer);
    const where: FilterQuery<Case>[] = [scope, { createdAt: { $gte: from, $lt: to } }];
    if (f.kinds?.length) where.push({ kind: { $in: f.kinds } });
    where.push(f.statuses?.length ? { status: { $in: f.statuses } } : { status: { $ne: CaseStatus.VOIDED } });
    if (siteCode) where.push({ site: siteCode });
    if (departmentKey) where.push({ department: departmentKey });

    const allZones = await siteZones(this.em);
    const zones = siteCode ? new Map([[siteCode, allZones.get(siteCode) ?? DEFAULT_TIME_ZONE]]) : allZones;
    const distinct = new Set([...zones.values(), ...(siteCode ? [] : [DEFAULT_TIME_ZONE])]);
    const displayZone = siteCode
      ? (zones.get(siteCode) as string)
      : distinct.size === 1
        ? ([...distinct][0] as string)
        : DEFAULT_TIME_ZONE;
    let periods: LocalPeriod[] = [];
    if (granularity) {
      const last = new Date(to.getTime() - 1);
      const firsts = [...distinct].map((z) => zonedDate(from, z)).sort();
      const lasts = [...distinct].map((z) => zonedDate(last, z)).sort();
      periods = periodsBetween(firsts[0] as string, lasts[lasts.length - 1] as string, granularity);
    }
    const plan: CaseStatsPlan = {
      from,
      to,
      dims: [...groupBy],
      granularity,
      where: { $and: where } as FilterQuery<Case>,
      periods,
      zones,
      displayZone,
      siteCode,
      now,
      filter: {
        kinds: f.kinds?.length ? f.kinds : null,
        statuses: f.statuses?.length ? f.statuses : null,
        departmentKey,
      },
      companyWide: Object.keys(scope as object).length === 0,
      exact: f.exact ?? false,
    };
    return { from, to, groupBy: [...groupBy], plan };
  }

  /** The SQL expression for the period index of a case's opening, in its site's zone. */
  private periodExpression(plan: CaseStatsPlan, createdAt: string, siteCode: string) {
    const em = this.em;
    const treeFor = (zone: string) =>
      bucketCase(
        createdAt,
        plan.periods.map((p) => instantParam(em, startOfLocalDay(p.first, zone))),
      );
    if (plan.siteCode) return treeFor(plan.zones.get(plan.siteCode) ?? DEFAULT_TIME_ZONE);
    const byZone = new Map<string, string[]>();
    for (const [code, zone] of plan.zones) byZone.set(zone, [...(byZone.get(zone) ?? []), code]);
    const others = [...byZone.keys()].filter((z) => z !== DEFAULT_TIME_ZONE);
    if (others.length === 0) return treeFor(DEFAULT_TIME_ZONE);
    let sql = 'CASE';
    const bindings: unknown[] = [];
    for (const zone of others) {
      const codes = byZone.get(zone) as string[];
      const tree = treeFor(zone);
      sql += ` WHEN ${siteCode} IN (${codes.map(() => '?').join(', ')}) THEN ${tree.sql}`;
      bindings.push(...codes, ...tree.bindings);
    }
    const fallback = treeFor(DEFAULT_TIME_ZONE);
    sql += ` ELSE ${fallback.sql} END`;
    bindings.push(...fallback.bindings);
    return { sql, bindings };
  }

  /** Whether this plan's percentiles are exact (every case read) or from the rollups' histogram. */
  async percentilesExact(plan: CaseStatsPlan): Promise<boolean> {
    return (await this.fromRollups(plan)) === null;
  }

  /** Runs the plan grouped by `dims` (none: one row, the totals). */
  async rows(plan: CaseStatsPlan, dims: readonly CaseStatsDimension[]): Promise<CaseStatsRow[]> {
    const rolled = await this.fromRollups(plan);
    if (!rolled) return this.toRows(plan, dims, await this.exactGroups(plan, dims));
    // The rollups were read once, by the plan's grouping: the totals are their sum.
    const groups = dims.length ? rolled : [rolled.reduce(addGroup, emptyGroup([]))];
    return this.toRows(plan, dims, groups.map(withPercentiles));
  }

  /**
   * The plan's groups from the rollups, or null to read the cases: decided and read once per
   * query (groups and totals agree). The rollups serve whoever reads every kind company-wide
   * (others' slices are cut by people and holders the rollups do not keep) when a cube has every
   * dimension asked for, they are current, and their whole days in range hold more cases than
   * `STATS_EXACT_BELOW`.
   */
  private fromRollups(plan: CaseStatsPlan): Promise<HistGroup[] | null> {
    plan.rollup ??= (async () => {
      if (plan.exact || !plan.companyWide) return null;
      const needed = new Set<RollupDimension>(['status']);
      for (const d of plan.dims) {
        const r = rollupDimensionOf(d);
        if (r === null) return null;
        if (r !== 'period') needed.add(r);
      }
      if (plan.filter.kinds?.length) needed.add('kind');
      if (plan.siteCode) needed.add('site');
      if (plan.filter.departmentKey) needed.add('department');
      const cube = cubeFor(needed);
      if (!cube || !(await rollupsReady(this.em))) return null;
      return this.rollupGroups(plan, plan.dims, cube);
    })();
    return plan.rollup;
  }

  /** The SQL group expressions of `dims` over the cases (`c`), as `g0`, `g1`, … */
  private groupSelects(plan: CaseStatsPlan, dims: readonly CaseStatsDimension[]) {
    const em = this.em;
    const col = (p: string) => `c.${columnOf(em, Case.name, p)}`;
    return dims.map((d, i) => {
      const expr = ((): { sql: string; bindings: unknown[] } => {
        switch (d) {
          case CaseStatsDimension.KIND:
            return { sql: col('kind'), bindings: [] };
          case CaseStatsDimension.STATUS:
            return { sql: col('status'), bindings: [] };
          case CaseStatsDimension.DEPARTMENT:
            return { sql: col('department'), bindings: [] };
          case CaseStatsDimension.AREA:
            return { sql: `COALESCE(${col('area')}, '')`, bindings: [] };
          case CaseStatsDimension.CHANNEL:
            return { sql: col('channel'), bindings: [] };
          case CaseStatsDimension.SEVERITY:
            return { sql: col('severity'), bindings: [] };
          case CaseStatsDimension.SITE:
            return { sql: `COALESCE(${col('site')}, '')`, bindings: [] };
          default:
            return this.periodExpression(plan, col('createdAt'), col('site'));
        }
      })();
      return { sql: `${expr.sql} AS g${i}`, bindings: expr.bindings };
    });
  }

  /**
   * `SELECT g0…, <extra> FROM case_record c WHERE <the plan's scoping and filters>`: the scoping
   * exactly as the case list builds it (MikroORM turns the filter into SQL).
   */
  private casesQuery(plan: CaseStatsPlan, dims: readonly CaseStatsDimension[], extra: Sql[]) {
    const knex = this.em.getKnex();
    const base = this.em
      .createQueryBuilder(Case, 'c')
      .select('c.id')
      .where(plan.where as never)
      .getKnexQuery();
    base.clearSelect();
    for (const s of [...this.groupSelects(plan, dims), ...extra]) base.select(knex.raw(s.sql, s.bindings as never[]));
    return base.toSQL();
  }

  /** Per-case columns the figures are made of (open, overdue, time to result, within the deadline). */
  private caseMeasures(plan: CaseStatsPlan) {
    const em = this.em;
    const col = (p: string) => `c.${columnOf(em, Case.name, p)}`;
    const [createdAt, resolvedAt, dueAt, status] = [
      col('createdAt'),
      col('resolvedAt'),
      col('resolutionDueAt'),
      col('status'),
    ];
    const active = ACTIVE_STATUSES.map(() => '?').join(', ');
    return [
      { sql: `CASE WHEN ${status} IN (${active}) THEN 1 ELSE 0 END AS is_open`, bindings: [...ACTIVE_STATUSES] },
      {
        sql: `CASE WHEN ${status} IN (${active}) AND ${dueAt} < ? THEN 1 ELSE 0 END AS is_overdue`,
        bindings: [...ACTIVE_STATUSES, instantParam(em, plan.now)],
      },
      {
        sql: `CASE WHEN ${resolvedAt} IS NOT NULL THEN ${msBetween(em, createdAt, resolvedAt)} END AS dur`,
        bindings: [],
      },
      {
        sql: `CASE WHEN ${resolvedAt} IS NOT NULL AND ${resolvedAt} <= ${dueAt} THEN 1 ELSE 0 END AS in_sla`,
        bindings: [],
      },
    ];
  }

  /** Exact figures from the cases: percentiles by ROW_NUMBER over each group's resolved cases. */
  private async exactGroups(plan: CaseStatsPlan, dims: readonly CaseStatsDimension[]): Promise<Group[]> {
    const { sql: baseSql, bindings: baseBindings } = this.casesQuery(plan, dims, this.caseMeasures(plan));
    const g = dims.map((_, i) => `g${i}`);
    const keys = g.join(', ');
    const partition = g.length ? `PARTITION BY ${keys}` : '';
    const groupBy = g.length ? `GROUP BY ${keys}` : '';
    const on = g.length ? g.map((k) => `a.${k} = p.${k}`).join(' AND ') : '1 = 1';
    // MATERIALIZED (SQLite ≥ 3.35, PostgreSQL ≥ 12): the filtered cases are read once, not once per use.
    const sql = `WITH base AS MATERIALIZED (${baseSql}),
ranked AS (
  SELECT ${g.length ? `${keys}, ` : ''}dur,
    ROW_NUMBER() OVER (${partition} ORDER BY dur) AS rn,
    COUNT(*) OVER (${partition} ORDER BY dur ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
  FROM base WHERE dur IS NOT NULL
),
pct AS (
  SELECT ${g.length ? `${keys}, ` : ''}MIN(CASE WHEN rn * 2 >= n THEN dur END) AS med, MIN(CASE WHEN rn * 10 >= n * 9 THEN dur END) AS p90
  FROM ranked ${groupBy}
),
agg AS (
  SELECT ${g.length ? `${keys}, ` : ''}COUNT(*) AS cnt, SUM(is_open) AS open_n, SUM(is_overdue) AS overdue_n,
    COUNT(dur) AS resolved_n, SUM(in_sla) AS in_sla_n
  FROM base ${groupBy}
)
SELECT ${g.map((k) => `a.${k} AS ${k}, `).join('')}a.cnt, a.open_n, a.overdue_n, a.resolved_n, a.in_sla_n, p.med, p.p90
FROM agg a LEFT JOIN pct p ON ${on}`;
    const raw = (await this.em.getConnection().execute(this.em.getKnex().raw(sql, baseBindings as never[]))) as Record<
      string,
      unknown
    >[];
    return raw.map((r) => ({
      g: dims.map((_, i) => r[`g${i}`]),
      cnt: num(r.cnt),
      open: num(r.open_n),
      overdue: num(r.overdue_n),
      resolved: num(r.resolved_n),
      inSla: num(r.in_sla_n),
      med: r.med == null ? null : Number(r.med),
      p90: r.p90 == null ? null : Number(r.p90),
    }));
  }

  /**
   * Which rollup rows a plan reads: the cube, each zone's whole local days inside the range, and
   * the filters (statuses; by default all but VOIDED). The partial days at the range's ends are
   * not in it: `edges` names them, per zone, for reading from the cases.
   */
  private rollupWhere(plan: CaseStatsPlan, cube: Cube) {
    const f = plan.filter;
    const conditions = ['cube = ?'];
    const bindings: unknown[] = [cube.name];
    const days: string[] = [];
    const edges: { zone: string; windows: [Date, Date][] }[] = [];
    const zones = plan.siteCode
      ? [plan.zones.get(plan.siteCode) ?? DEFAULT_TIME_ZONE]
      : [...new Set([...plan.zones.values(), DEFAULT_TIME_ZONE])];
    for (const zone of zones) {
      const span = wholeDays(plan.from, plan.to, zone);
      if (span) {
        days.push('(zone = ? AND day >= ? AND day <= ?)');
        bindings.push(zone, span.first, span.last);
      }
      const windows = span ? span.edges : [[plan.from, plan.to] as [Date, Date]];
      if (windows.length) edges.push({ zone, windows });
    }
    conditions.push(days.length ? `(${days.join(' OR ')})` : '1 = 0');
    if (f.statuses?.length) {
      conditions.push(`status IN (${f.statuses.map(() => '?').join(', ')})`);
      bindings.push(...f.statuses);
    } else {
      conditions.push('status <> ?');
      bindings.push(CaseStatus.VOIDED);
    }
    if (f.kinds?.length) {
      conditions.push(`kind IN (${f.kinds.map(() => '?').join(', ')})`);
      bindings.push(...f.kinds);
    }
    if (plan.siteCode) {
      conditions.push('site_code = ?');
      bindings.push(plan.siteCode);
    }
    if (f.departmentKey) {
      conditions.push('department_key = ?');
      bindings.push(f.departmentKey);
    }
    return { sql: conditions.join(' AND '), bindings, edges };
  }

  /**
   * `SELECT g0…, <extra> FROM case_record c WHERE <the filters> AND <conditions>` in plain SQL, for
   * the rollups' company-wide readers (no read condition): every condition placed by hand, so the
   * planner takes the narrow index each part needs.
   */
  private filteredCases(
    plan: CaseStatsPlan,
    dims: readonly CaseStatsDimension[],
    extra: Sql[],
    conditions: Sql[],
  ): Sql {
    const em = this.em;
    const col = (p: string) => `c.${columnOf(em, Case.name, p)}`;
    const f = plan.filter;
    const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');
    const where: Sql[] = [
      ...conditions,
      f.statuses
        ? { sql: `${col('status')} IN (${list(f.statuses)})`, bindings: [...f.statuses] }
        : { sql: `${col('status')} <> ?`, bindings: [CaseStatus.VOIDED] },
    ];
    if (f.kinds) where.push({ sql: `${col('kind')} IN (${list(f.kinds)})`, bindings: [...f.kinds] });
    if (plan.siteCode) where.push({ sql: `${col('site')} = ?`, bindings: [plan.siteCode] });
    if (f.departmentKey) where.push({ sql: `${col('department')} = ?`, bindings: [f.departmentKey] });
    const selects = [...this.groupSelects(plan, dims), ...extra];
    return {
      sql: `SELECT ${selects.map((x) => x.sql).join(', ')} FROM ${tableOf(em, Case.name)} c WHERE ${where.map((w) => w.sql).join(' AND ')}`,
      bindings: [...selects.flatMap((x) => x.bindings), ...where.flatMap((w) => w.bindings)],
    };
  }

  /**
   * Figures from the rollups: the whole days from the cube (counts and histograms summed in SQL),
   * the partial days at the ends from the cases into the same histogram buckets, and overdue
   * (it depends on the moment asked) from the open cases, which are few.
   */
  private async rollupGroups(
    plan: CaseStatsPlan,
    dims: readonly CaseStatsDimension[],
    cube: Cube,
  ): Promise<HistGroup[] | null> {
    const em = this.em;
    const conn = em.getConnection();
    const where = this.rollupWhere(plan, cube);
    const selects = dims.map((d) => {
      const r = rollupDimensionOf(d);
      if (r === 'period')
        return bucketCase(
          'day',
          plan.periods.map((p) => epochDay(p.first)),
        );
      return { sql: DIMENSION_COLUMNS[r as RollupDimension], bindings: [] as unknown[] };
    });
    const g = dims.map((_, i) => `g${i}`);
    const groupBy = g.length ? `GROUP BY ${g.join(', ')}` : '';
    const active = ACTIVE_STATUSES.map(() => '?').join(', ');
    const sums = BUCKET_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', ');
    const rollupSql = `SELECT ${selects.map((s, i) => `${s.sql} AS g${i}, `).join('')}SUM(cnt) AS cnt,
  SUM(CASE WHEN status IN (${active}) THEN cnt ELSE 0 END) AS open_n, SUM(resolved_n) AS resolved_n, SUM(in_sla_n) AS in_sla_n, ${sums}
FROM case_rollup WHERE ${where.sql} ${groupBy}`;
    const acc = new Map<string, HistGroup>();
    const groupOf = (r: Record<string, unknown>) => {
      const values = dims.map((d, i) =>
        rollupDimensionOf(d) === 'period' ? Number(r[`g${i}`]) : String(r[`g${i}`] ?? ''),
      );
      const key = JSON.stringify(values);
      let group = acc.get(key);
      if (!group) {
        group = emptyGroup(values);
        acc.set(key, group);
      }
      return group;
    };
    const rollupRows = (await conn.execute(rollupSql, [
      ...selects.flatMap((s) => s.bindings),
      ...ACTIVE_STATUSES,
      ...where.bindings,
    ] as never[])) as Record<string, unknown>[];
    let wholeDays = 0;
    for (const r of rollupRows) {
      wholeDays += num(r.cnt);
      if (num(r.cnt) === 0 && num(r.resolved_n) === 0) continue;
      const group = groupOf(r);
      group.cnt += num(r.cnt);
      group.open += num(r.open_n);
      group.resolved += num(r.resolved_n);
      group.inSla += num(r.in_sla_n);
      BUCKET_COLUMNS.forEach((c, k) => {
        group.hist[k] = (group.hist[k] as number) + num(r[c]);
      });
    }

    // Few cases in range: exact figures cost little, so the cases answer.
    if (wholeDays <= this.ctx.config.statsExactBelow) return null;

    const keys = g.length ? `${g.join(', ')}, ` : '';
    const col = (p: string) => `c.${columnOf(em, Case.name, p)}`;
    const instant = (d: Date) => instantParam(em, d);
    // Sites of a zone, when the zones differ (one zone for all: no condition).
    const sitesOf = (zone: string): Sql[] => {
      if (plan.siteCode || [...plan.zones.values()].every((z) => z === DEFAULT_TIME_ZONE)) return [];
      const codes = [...plan.zones].filter(([, z]) => z === zone).map(([code]) => code);
      const list = codes.length ? `${col('site')} IN (${codes.map(() => '?').join(', ')})` : '1 = 0';
      return [
        zone === DEFAULT_TIME_ZONE
          ? { sql: `(${col('site')} IS NULL OR ${list})`, bindings: codes }
          : { sql: list, bindings: codes },
      ];
    };
    const bucket = bucketCase('dur', BUCKET_FLOORS);
    for (const { zone, windows } of where.edges) {
      for (const [a, b] of windows) {
        const edge = this.filteredCases(plan, dims, this.caseMeasures(plan), [
          { sql: `${col('createdAt')} >= ? AND ${col('createdAt')} < ?`, bindings: [instant(a), instant(b)] },
          ...sitesOf(zone),
        ]);
        const sql = `SELECT ${keys}CASE WHEN dur IS NULL THEN NULL ELSE ${bucket.sql} END AS b, COUNT(*) AS cnt,
  SUM(is_open) AS open_n, COUNT(dur) AS resolved_n, SUM(in_sla) AS in_sla_n
FROM (${edge.sql}) t GROUP BY ${keys}b`;
        const rows = (await conn.execute(sql, [...bucket.bindings, ...edge.bindings] as never[])) as Record<
          string,
          unknown
        >[];
        for (const r of rows) {
          const group = groupOf(r);
          group.cnt += num(r.cnt);
          group.open += num(r.open_n);
          group.resolved += num(r.resolved_n);
          group.inSla += num(r.in_sla_n);
          if (r.b != null) group.hist[Number(r.b)] = (group.hist[Number(r.b)] as number) + num(r.resolved_n);
        }
      }
    }

    // Overdue from the open cases past their deadline, found by the (status, deadline) index: on
    // SQLite the unary + keeps the planner off the opening-time index, which would read the range.
    const plus = isPostgres(em) ? '' : '+';
    const overdue = this.filteredCases(
      plan,
      dims,
      [{ sql: '1 AS one', bindings: [] }],
      [
        { sql: `${col('status')} IN (${active})`, bindings: [...ACTIVE_STATUSES] },
        { sql: `${col('resolutionDueAt')} < ?`, bindings: [instant(plan.now)] },
        {
          sql: `${plus}${col('createdAt')} >= ? AND ${plus}${col('createdAt')} < ?`,
          bindings: [instant(plan.from), instant(plan.to)],
        },
      ],
    );
    const overdueRows = (await conn.execute(
      `SELECT ${keys}COUNT(*) AS n FROM (${overdue.sql}) t ${groupBy}`,
      overdue.bindings as never[],
    )) as Record<string, unknown>[];
    for (const r of overdueRows) groupOf(r).overdue += num(r.n);

    return [...acc.values()];
  }

  /** Rows for the API: keys turned into refs and periods, sorted by the grouping. */
  private async toRows(
    plan: CaseStatsPlan,
    dims: readonly CaseStatsDimension[],
    groups: Group[],
  ): Promise<CaseStatsRow[]> {
    const em = this.em;
    const departments = dims.includes(CaseStatsDimension.DEPARTMENT)
      ? new Map(
          (
            await em.find(Department, {
              key: { $in: [...new Set(groups.map((r) => String(r.g[dims.indexOf(CaseStatsDimension.DEPARTMENT)])))] },
            })
          ).map((d) => [d.key, d]),
        )
      : new Map<string, Department>();
    const sites = dims.includes(CaseStatsDimension.SITE)
      ? new Map((await em.find(Site, {})).map((s) => [s.code, s]))
      : new Map<string, Site>();

    const out: { keys: (string | number)[]; row: CaseStatsRow }[] = [];
    for (const r of groups) {
      const row = new CaseStatsRow();
      const keys: (string | number)[] = [];
      dims.forEach((d, i) => {
        const v = r.g[i];
        switch (d) {
          case CaseStatsDimension.KIND:
            row.kind = String(v) as CaseKind;
            break;
          case CaseStatsDimension.STATUS:
            row.status = String(v) as CaseStatus;
            break;
          case CaseStatsDimension.DEPARTMENT:
            row.department = ref(this.ctx, String(v), departments.get(String(v)));
            break;
          case CaseStatsDimension.AREA:
            row.area = String(v ?? '');
            break;
          case CaseStatsDimension.CHANNEL:
            row.channel = String(v) as CaseChannel;
            break;
          case CaseStatsDimension.SEVERITY:
            row.severity = String(v) as Severity;
            break;
          case CaseStatsDimension.SITE: {
            const code = String(v ?? '');
            row.site = code ? ref(this.ctx, code, sites.get(code)) : { id: null, key: '', name: '' };
            break;
          }
          default:
            row.period = this.period(plan, Number(v));
        }
        keys.push(
          d === CaseStatsDimension.DAY || d === CaseStatsDimension.WEEK || d === CaseStatsDimension.MONTH
            ? Number(v)
            : String(v ?? ''),
        );
      });
      row.count = r.cnt;
      row.open = r.open;
      row.overdue = r.overdue;
      row.resolved = r.resolved;
      row.medianMinutesToResult = r.med === null ? null : r.med / 60_000;
      row.p90MinutesToResult = r.p90 === null ? null : r.p90 / 60_000;
      row.resolvedWithinSla = row.resolved ? r.inSla / row.resolved : null;
      out.push({ keys, row });
    }
    if (dims.length === 0 && out.length === 0) out.push({ keys: [], row: new CaseStatsRow() });
    return out.sort((a, b) => compareKeys(a.keys, b.keys)).map((o) => o.row);
  }

  private period(plan: CaseStatsPlan, index: number): StatsPeriod {
    const p = plan.periods[index] as LocalPeriod;
    return {
      label: p.label,
      start: startOfLocalDay(p.first, plan.displayZone),
      end: startOfLocalDay(p.next, plan.displayZone),
    };
  }
}
