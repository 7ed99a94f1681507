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
import { columnOf, instantParam, msBetween } from './sql.js';
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
    const where: FilterQuery<Case>[] = [caseReadFilter(viewer), { createdAt: { $gte: from, $lt: to } }];
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

  /** Runs the plan grouped by `dims` (none: one row, the totals). */
  async rows(plan: CaseStatsPlan, dims: readonly CaseStatsDimension[]): Promise<CaseStatsRow[]> {
    const em = this.em;
    const knex = em.getKnex();
    const col = (p: string) => `c.${columnOf(em, Case.name, p)}`;
    const createdAt = col('createdAt');
    const resolvedAt = col('resolvedAt');
    const dueAt = col('resolutionDueAt');
    const status = col('status');

    const selects: { sql: string; bindings: unknown[] }[] = dims.map((d, i) => {
      const expr = ((): { sql: string; bindings: unknown[] } => {
        switch (d) {
          case CaseStatsDimension.KIND:
            return { sql: col('kind'), bindings: [] };
          case CaseStatsDimension.STATUS:
            return { sql: status, bindings: [] };
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
            return this.periodExpression(plan, createdAt, col('site'));
        }
      })();
      return { sql: `${expr.sql} AS g${i}`, bindings: expr.bindings };
    });
    const active = ACTIVE_STATUSES.map(() => '?').join(', ');
    selects.push(
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
    );

    // The scoping and filters exactly as the case list builds them (MikroORM turns the filter into SQL).
    const base = em
      .createQueryBuilder(Case, 'c')
      .select('c.id')
      .where(plan.where as never)
      .getKnexQuery();
    base.clearSelect();
    for (const s of selects) base.select(knex.raw(s.sql, s.bindings as never[]));
    const { sql: baseSql, bindings: baseBindings } = base.toSQL();

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
    const query = knex.raw(sql, baseBindings as never[]);
    const raw = (await em.getConnection().execute(query)) as Record<string, unknown>[];

    const departments = dims.includes(CaseStatsDimension.DEPARTMENT)
      ? new Map(
          (
            await em.find(Department, {
              key: { $in: [...new Set(raw.map((r) => String(r[`g${dims.indexOf(CaseStatsDimension.DEPARTMENT)}`])))] },
            })
          ).map((d) => [d.key, d]),
        )
      : new Map<string, Department>();
    const sites = dims.includes(CaseStatsDimension.SITE)
      ? new Map((await em.find(Site, {})).map((s) => [s.code, s]))
      : new Map<string, Site>();

    const out: { keys: (string | number)[]; row: CaseStatsRow }[] = [];
    for (const r of raw) {
      const row = new CaseStatsRow();
      const keys: (string | number)[] = [];
      dims.forEach((d, i) => {
        const v = r[`g${i}`];
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
      row.count = num(r.cnt);
      row.open = num(r.open_n);
      row.overdue = num(r.overdue_n);
      row.resolved = num(r.resolved_n);
      row.medianMinutesToResult = r.med === null || r.med === undefined ? null : Number(r.med) / 60_000;
      row.p90MinutesToResult = r.p90 === null || r.p90 === undefined ? null : Number(r.p90) / 60_000;
      row.resolvedWithinSla = row.resolved ? num(r.in_sla_n) / row.resolved : null;
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
