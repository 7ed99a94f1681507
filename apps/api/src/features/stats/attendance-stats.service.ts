import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import { attendanceReadFilter } from '../attendance/attendance.access.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { type Shift, ShiftMember } from '../shifts/shift.entity.js';
import { Team } from '../shifts/team.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { bucketCase } from './periods.js';
import { boolParam, columnOf, instantParam, msBetween } from './sql.js';
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
import { AttendanceStatsDimension } from './stats.enums.js';
import type { StatsDateRange } from './stats.inputs.js';
import { type AttendanceStats, AttendanceStatsRow } from './stats.types.js';

/**
 * Attendance in SQL, as `attendanceStatus` (shifts/attendance-status.ts) decides it for one place:
 * on leave; else no check-in is absent once the pattern's late grace has passed (expected before);
 * a check-in after the grace is late; a check-out before the end beyond its grace left early.
 */
export class AttendanceStatsService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em as unknown as EntityManager;
  }

  async stats(range: StatsDateRange | null, groupBy: readonly AttendanceStatsDimension[]): Promise<AttendanceStats> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const granularity = checkGroupBy(groupBy);
    const plan = dateRangePlan(range, granularity, this.ctx.clock());
    const shift: FilterQuery<Shift> = { date: { $gte: plan.from, $lte: plan.to } };
    if (plan.siteCode) Object.assign(shift, { site: plan.siteCode });
    if (plan.departmentKey) Object.assign(shift, { department: plan.departmentKey });
    const where = { $and: [attendanceReadFilter(viewer), { removedAt: null, shift }] } as FilterQuery<ShiftMember>;
    const [groups, totals] = await Promise.all([this.rows(plan, where, groupBy), this.rows(plan, where, [])]);
    return { from: plan.from, to: plan.to, groupBy: [...groupBy], groups, totals: totals[0] as AttendanceStatsRow };
  }

  private async rows(
    plan: DateRangePlan,
    where: FilterQuery<ShiftMember>,
    dims: readonly AttendanceStatsDimension[],
  ): Promise<AttendanceStatsRow[]> {
    const em = this.em;
    const knex = em.getKnex();
    const m = (p: string) => `m.${columnOf(em, ShiftMember.name, p)}`;
    const s = (p: string) => `s.${columnOf(em, 'Shift', p)}`;
    const p = (x: string) => `p.${columnOf(em, 'ShiftPattern', x)}`;
    const groupSql = dims.map((d) => {
      switch (d) {
        case AttendanceStatsDimension.SITE:
          return { sql: s('site'), bindings: [] as unknown[] };
        case AttendanceStatsDimension.DEPARTMENT:
          return { sql: s('department'), bindings: [] };
        case AttendanceStatsDimension.TEAM:
          return { sql: `COALESCE(${s('team')}, '')`, bindings: [] };
        case AttendanceStatsDimension.PERSON:
          return { sql: m('staff'), bindings: [] };
        default:
          return bucketCase(
            s('date'),
            plan.periods.map((x) => x.first),
          );
      }
    });
    const onLeave = `${m('onLeave')} = ?`;
    const lateMs = `${p('lateGraceMinutes')} * 60000`;
    const late = `${msBetween(em, s('startsAt'), m('checkInAt'))} > ${lateMs}`;
    const early = `${m('checkOutAt')} IS NOT NULL AND ${msBetween(em, m('checkOutAt'), s('endsAt'))} > ${p('earlyLeaveGraceMinutes')} * 60000`;
    const now = instantParam(em, this.ctx.clock());
    const yes = boolParam(em, true);
    const flags: { sql: string; bindings: unknown[] }[] = [
      { sql: `CASE WHEN ${onLeave} THEN 1 ELSE 0 END AS on_leave`, bindings: [yes] },
      {
        sql: `CASE WHEN NOT (${onLeave}) AND ${m('checkInAt')} IS NOT NULL THEN 1 ELSE 0 END AS present`,
        bindings: [yes],
      },
      {
        sql: `CASE WHEN NOT (${onLeave}) AND ${m('checkInAt')} IS NOT NULL AND ${late} THEN 1 ELSE 0 END AS late`,
        bindings: [yes],
      },
      {
        sql: `CASE WHEN NOT (${onLeave}) AND ${m('checkInAt')} IS NOT NULL AND ${early} THEN 1 ELSE 0 END AS left_early`,
        bindings: [yes],
      },
      {
        sql: `CASE WHEN NOT (${onLeave}) AND ${m('checkInAt')} IS NOT NULL AND NOT (${late}) AND NOT (${early}) THEN 1 ELSE 0 END AS on_time`,
        bindings: [yes],
      },
      {
        sql: `CASE WHEN NOT (${onLeave}) AND ${m('checkInAt')} IS NULL AND ${msBetween(em, s('startsAt'), '?')} > ${lateMs} THEN 1 ELSE 0 END AS absent`,
        bindings: [yes, now],
      },
    ];
    const qb = em
      .createQueryBuilder(ShiftMember, 'm')
      .select('m.id')
      .join('m.shift', 's')
      .join('s.pattern', 'p')
      .where(where as never)
      .getKnexQuery();
    qb.clearSelect();
    for (const [i, g] of groupSql.entries()) qb.select(knex.raw(`${g.sql} AS g${i}`, g.bindings as never[]));
    for (const f of flags) qb.select(knex.raw(f.sql, f.bindings as never[]));
    const raw = await sumGrouped(em, qb.toSQL(), dims.length, {
      rostered: 'COUNT(*)',
      on_leave_n: 'SUM(on_leave)',
      present_n: 'SUM(present)',
      late_n: 'SUM(late)',
      early_n: 'SUM(left_early)',
      on_time_n: 'SUM(on_time)',
      absent_n: 'SUM(absent)',
    });

    const ids = (d: AttendanceStatsDimension) => [...new Set(raw.map((r) => String(r[`g${dims.indexOf(d)}`])))];
    const has = (d: AttendanceStatsDimension) => dims.includes(d);
    const sites = has(AttendanceStatsDimension.SITE)
      ? new Map((await em.find(Site, {})).map((x) => [x.code, x]))
      : new Map<string, Site>();
    const departments = has(AttendanceStatsDimension.DEPARTMENT)
      ? new Map(
          (await em.find(Department, { key: { $in: ids(AttendanceStatsDimension.DEPARTMENT) } })).map((x) => [
            x.key,
            x,
          ]),
        )
      : new Map<string, Department>();
    const teams = has(AttendanceStatsDimension.TEAM)
      ? new Map((await em.find(Team, { id: { $in: ids(AttendanceStatsDimension.TEAM) } })).map((x) => [x.id, x]))
      : new Map<string, Team>();
    const people = has(AttendanceStatsDimension.PERSON)
      ? new Map((await em.find(Staff, { id: { $in: ids(AttendanceStatsDimension.PERSON) } })).map((x) => [x.id, x]))
      : new Map<string, Staff>();

    const out = raw.map((r) => {
      const row = new AttendanceStatsRow();
      const keys: (string | number)[] = [];
      dims.forEach((d, i) => {
        const v = String(r[`g${i}`] ?? '');
        switch (d) {
          case AttendanceStatsDimension.SITE:
            row.site = ref(this.ctx, v, sites.get(v));
            keys.push(v);
            break;
          case AttendanceStatsDimension.DEPARTMENT:
            row.department = ref(this.ctx, v, departments.get(v));
            keys.push(v);
            break;
          case AttendanceStatsDimension.TEAM: {
            const team = teams.get(v);
            row.team = { id: v ? toGlobalId('Team', v) : null, key: v, name: team?.name ?? '' };
            keys.push(row.team.name);
            break;
          }
          case AttendanceStatsDimension.PERSON: {
            const person = people.get(v);
            row.person = { id: toGlobalId('Staff', v), key: person?.employeeNo ?? v, name: person?.name ?? '' };
            keys.push(row.person.key);
            break;
          }
          default:
            row.period = datePeriod(plan.periods[Number(v)] as DateRangePlan['periods'][number]);
            keys.push(Number(v));
        }
      });
      row.rostered = num(r.rostered);
      row.onLeave = num(r.on_leave_n);
      row.present = num(r.present_n);
      row.late = num(r.late_n);
      row.leftEarly = num(r.early_n);
      row.onTime = num(r.on_time_n);
      row.absent = num(r.absent_n);
      row.expected = row.rostered - row.onLeave - row.present - row.absent;
      return { keys, row };
    });
    if (dims.length === 0 && out.length === 0) out.push({ keys: [], row: new AttendanceStatsRow() });
    return out.sort((x, y) => compareKeys(x.keys, y.keys)).map((o) => o.row);
  }
}
