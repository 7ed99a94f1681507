import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import { patrolShiftFilter } from '../patrols/patrol.access.js';
import { PATROL_RULES } from '../patrols/patrol.rules.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Area } from '../places/area.entity.js';
import { Shift } from '../shifts/shift.entity.js';
import { Site } from '../sites/site.entity.js';
import { bucketCase } from './periods.js';
import { boolParam, columnOf, tableOf } from './sql.js';
import {
  checkGroupBy,
  compareKeys,
  type DateRangePlan,
  datePeriod,
  dateRangePlan,
  num,
  ref,
  sumGrouped,
} from './stats.common.js';
import { PatrolStatsDimension } from './stats.enums.js';
import type { StatsDateRange } from './stats.inputs.js';
import { type PatrolCoverageStats, PatrolCoverageStatsRow } from './stats.types.js';

/**
 * Patrol coverage in SQL, as `patrolCoverage(shiftId)` defines it for one shift (C1, SL-4): each
 * active patrolled area of the shift's site that existed before the shift ended is due its minimum
 * (`minPatrols`, else 2) of distinct rounds scanning one of its checkpoints; a missed patrol on
 * record fixes the count and minimum it recorded.
 */
export class PatrolStatsService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em as unknown as EntityManager;
  }

  async stats(range: StatsDateRange | null, groupBy: readonly PatrolStatsDimension[]): Promise<PatrolCoverageStats> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const granularity = checkGroupBy(groupBy);
    const plan = dateRangePlan(range, granularity, this.ctx.clock());
    const shifts = patrolShiftFilter(viewer);
    const where: FilterQuery<Shift>[] = [shifts ?? { id: null }, { date: { $gte: plan.from, $lte: plan.to } }];
    if (plan.siteCode) where.push({ site: plan.siteCode });
    if (plan.departmentKey) where.push({ department: plan.departmentKey });
    const run = (dims: readonly PatrolStatsDimension[]) => this.rows(plan, { $and: where } as FilterQuery<Shift>, dims);
    const [groups, totals] = await Promise.all([run(groupBy), run([])]);
    return { from: plan.from, to: plan.to, groupBy: [...groupBy], groups, totals: totals[0] as PatrolCoverageStatsRow };
  }

  private async rows(
    plan: DateRangePlan,
    shiftWhere: FilterQuery<Shift>,
    dims: readonly PatrolStatsDimension[],
  ): Promise<PatrolCoverageStatsRow[]> {
    const em = this.em;
    const knex = em.getKnex();
    const s = (p: string) => `s.${columnOf(em, Shift.name, p)}`;
    const shiftQuery = em
      .createQueryBuilder(Shift, 's')
      .select('s.id')
      .where(shiftWhere as never)
      .getKnexQuery();
    shiftQuery.clearSelect();
    shiftQuery.select(
      knex.raw(
        `${s('id')} AS shift_id, ${s('site')} AS site_code, ${s('date')} AS shift_date, ${s('endsAt')} AS ends_at`,
      ),
    );
    const shiftSql = shiftQuery.toSQL();

    const a = (p: string) => `a.${columnOf(em, Area.name, p)}`;
    const scan = tableOf(em, 'PatrolScan');
    const sc = (p: string) => `ps.${columnOf(em, 'PatrolScan', p)}`;
    const round = tableOf(em, 'PatrolRound');
    const rc = (p: string) => `pr.${columnOf(em, 'PatrolRound', p)}`;
    const missed = tableOf(em, 'MissedPatrol');
    const mc = (p: string) => `m.${columnOf(em, 'MissedPatrol', p)}`;

    const groupSql: { sql: string; bindings: unknown[] }[] = dims.map((d) => {
      switch (d) {
        case PatrolStatsDimension.SITE:
          return { sql: 'sh.site_code', bindings: [] };
        case PatrolStatsDimension.AREA:
          return { sql: a('id'), bindings: [] };
        case PatrolStatsDimension.SHIFT:
          return { sql: 'sh.shift_id', bindings: [] };
        default:
          // Shift dates are local `YYYY-MM-DD` text: periods compare as text, zone-correct by construction.
          return bucketCase(
            'sh.shift_date',
            plan.periods.map((p) => p.first),
          );
      }
    });
    const done = `(SELECT COUNT(DISTINCT ${sc('round')}) FROM ${scan} ps WHERE ${sc('shift')} = sh.shift_id AND ${sc('area')} = ${a('id')})`;
    const base = {
      sql: `SELECT ${groupSql.map((g, i) => `${g.sql} AS g${i}, `).join('')}sh.shift_id AS shift_id,
  COALESCE(${mc('required')}, COALESCE(${a('minPatrols')}, ?)) AS required,
  COALESCE(${mc('count')}, ${done}) AS done,
  (SELECT COUNT(*) FROM ${scan} ps WHERE ${sc('shift')} = sh.shift_id AND ${sc('area')} = ${a('id')}) AS scans,
  (SELECT COUNT(DISTINCT ${sc('round')}) FROM ${scan} ps JOIN ${round} pr ON ${rc('id')} = ${sc('round')}
     WHERE ${sc('shift')} = sh.shift_id AND ${sc('area')} = ${a('id')} AND ${rc('completedAt')} IS NOT NULL) AS rounds_completed,
  CASE WHEN ${mc('id')} IS NOT NULL THEN 1 ELSE 0 END AS missed
FROM (${shiftSql.sql}) sh
JOIN ${tableOf(em, Area.name)} a ON ${a('site')} = sh.site_code AND ${a('active')} = ? AND ${a('patrolled')} = ? AND ${a('createdAt')} < sh.ends_at
LEFT JOIN ${missed} m ON ${mc('shift')} = sh.shift_id AND ${mc('area')} = ${a('id')}`,
      bindings: [
        ...groupSql.flatMap((g) => g.bindings),
        PATROL_RULES.minPerArea,
        ...shiftSql.bindings,
        boolParam(em, true),
        boolParam(em, true),
      ],
    };
    // One row per area due in a shift, then grouped.
    const raw = await sumGrouped(em, base, dims.length, {
      shifts: 'COUNT(DISTINCT shift_id)',
      areas_due: `SUM(CASE WHEN required > 0 THEN 1 ELSE 0 END)`,
      areas_covered: `SUM(CASE WHEN required > 0 AND done >= required THEN 1 ELSE 0 END)`,
      required_n: 'SUM(required)',
      done_n: 'SUM(done)',
      scans_n: 'SUM(scans)',
      rounds_n: 'SUM(rounds_completed)',
      missed_n: 'SUM(missed)',
    });

    const ids = (i: number) => [...new Set(raw.map((r) => String(r[`g${i}`])))];
    const areaIdx = dims.indexOf(PatrolStatsDimension.AREA);
    const areas =
      areaIdx >= 0 ? new Map((await em.find(Area, { id: { $in: ids(areaIdx) } })).map((x) => [x.id, x])) : new Map();
    const shiftIdx = dims.indexOf(PatrolStatsDimension.SHIFT);
    const shiftRows =
      shiftIdx >= 0
        ? new Map(
            (await em.find(Shift, { id: { $in: ids(shiftIdx) } }, { populate: ['pattern'] })).map((x) => [x.id, x]),
          )
        : new Map<string, Shift>();
    const sites = dims.includes(PatrolStatsDimension.SITE)
      ? new Map((await em.find(Site, {})).map((x) => [x.code, x]))
      : new Map<string, Site>();

    const out = raw.map((r) => {
      const row = new PatrolCoverageStatsRow();
      const keys: (string | number)[] = [];
      dims.forEach((d, i) => {
        const v = r[`g${i}`];
        switch (d) {
          case PatrolStatsDimension.SITE:
            row.site = ref(this.ctx, String(v), sites.get(String(v)));
            keys.push(String(v));
            break;
          case PatrolStatsDimension.AREA: {
            const area = areas.get(String(v)) as Area | undefined;
            row.area = ref(this.ctx, String(v), area, toGlobalId('Area', String(v)));
            keys.push(row.area.name);
            break;
          }
          case PatrolStatsDimension.SHIFT: {
            const shift = shiftRows.get(String(v));
            const pattern = shift?.pattern.getEntity();
            row.shift = {
              id: toGlobalId('Shift', String(v)),
              key: shift?.date ?? '',
              name:
                shift && pattern
                  ? `${shift.date} ${this.ctx.locale === 'en' ? pattern.nameEn : pattern.nameZh}`
                  : String(v),
            };
            keys.push(`${shift?.startsAt.toISOString() ?? ''}${String(v)}`);
            break;
          }
          default:
            row.period = datePeriod(plan.periods[Number(v)] as DateRangePlan['periods'][number]);
            keys.push(Number(v));
        }
      });
      row.shifts = num(r.shifts);
      row.areasDue = num(r.areas_due);
      row.areasCovered = num(r.areas_covered);
      row.coverage = row.areasDue ? row.areasCovered / row.areasDue : null;
      row.patrolsRequired = num(r.required_n);
      row.patrolsDone = num(r.done_n);
      row.scans = num(r.scans_n);
      row.roundsCompleted = num(r.rounds_n);
      row.missedPatrols = num(r.missed_n);
      return { keys, row };
    });
    if (dims.length === 0 && out.length === 0) out.push({ keys: [], row: new PatrolCoverageStatsRow() });
    return out.sort((x, y) => compareKeys(x.keys, y.keys)).map((o) => o.row);
  }
}
