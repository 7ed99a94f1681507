import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AttendanceStatsService } from './attendance-stats.service.js';
import { CASE_READ_PERMISSIONS, type CaseStatsPlan, CaseStatsService } from './case-stats.service.js';
import { PatrolStatsService } from './patrol-stats.service.js';
import { AttendanceStatsDimension, CaseStatsDimension, PatrolStatsDimension } from './stats.enums.js';
import { CaseStatsFilter, StatsDateRange } from './stats.inputs.js';
import { AttendanceStats, CaseStats, CaseStatsRow, PatrolCoverageStats } from './stats.types.js';

@Resolver(() => CaseStats)
export class StatsResolver {
  @Authorized(...CASE_READ_PERMISSIONS)
  @Query(() => CaseStats, {
    description:
      'Case figures (count, open, overdue, time to result, share within the service level) over the cases you may see, ' +
      'grouped by up to 3 dimensions; an empty `groupBy` gives the totals only.',
  })
  caseStats(
    @Arg('groupBy', () => [CaseStatsDimension], {
      defaultValue: [],
      description: 'At most 3, none twice, at most one of DAY/WEEK/MONTH.',
    })
    groupBy: CaseStatsDimension[],
    @Arg('filter', () => CaseStatsFilter, {
      nullable: true,
      description: 'Which cases: opened in a range (default the last 365 days), a site, a department, kinds, statuses.',
    })
    filter: CaseStatsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<CaseStats> {
    return new CaseStatsService(ctx).plan(filter, groupBy);
  }

  @FieldResolver(() => [CaseStatsRow], {
    description: 'One row per group, in the order of the grouping (periods in time order).',
  })
  groups(@Root() stats: CaseStats, @Ctx() ctx: Context): Promise<CaseStatsRow[]> {
    const plan = stats.plan as CaseStatsPlan;
    return new CaseStatsService(ctx).rows(plan, plan.dims);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the percentiles were computed from every case (true) or from the per-day histograms (false: ' +
      'the range holds more than 20,000 cases and `filter.exact` was not asked).',
  })
  percentilesExact(@Root() stats: CaseStats, @Ctx() ctx: Context): Promise<boolean> {
    return new CaseStatsService(ctx).percentilesExact(stats.plan as CaseStatsPlan);
  }

  @FieldResolver(() => CaseStatsRow, { description: 'All the cases counted, together.' })
  async totals(@Root() stats: CaseStats, @Ctx() ctx: Context): Promise<CaseStatsRow> {
    return (await new CaseStatsService(ctx).rows(stats.plan as CaseStatsPlan, []))[0] as CaseStatsRow;
  }
}

@Resolver()
export class ShiftStatsResolver {
  @Authorized('patrol.read')
  @Query(() => PatrolCoverageStats, {
    description:
      'Patrol coverage over shift dates (the areas each shift had to patrol, SL-4: covered or not, patrols, scans, rounds, ' +
      'missed patrols), over the shifts whose patrols you follow, grouped by up to 3 dimensions. Not `patrolCoverage(shiftId)`, one shift’s areas.',
  })
  patrolCoverageStats(
    @Arg('groupBy', () => [PatrolStatsDimension], {
      defaultValue: [],
      description: 'At most 3, none twice, at most one of DAY/WEEK/MONTH.',
    })
    groupBy: PatrolStatsDimension[],
    @Arg('range', () => StatsDateRange, {
      nullable: true,
      description: 'Shift dates (default the last 28 days), optionally one site or department.',
    })
    range: StatsDateRange | null,
    @Ctx() ctx: Context,
  ): Promise<PatrolCoverageStats> {
    return new PatrolStatsService(ctx).stats(range, groupBy);
  }

  @Authorized('attendance.read')
  @Query(() => AttendanceStats, {
    description:
      'Attendance over shift dates (R36: on time, late, left early, absent, on leave) over the rostered places you may read, ' +
      'grouped by up to 3 dimensions.',
  })
  attendanceStats(
    @Arg('groupBy', () => [AttendanceStatsDimension], {
      defaultValue: [],
      description: 'At most 3, none twice, at most one of DAY/WEEK/MONTH.',
    })
    groupBy: AttendanceStatsDimension[],
    @Arg('range', () => StatsDateRange, {
      nullable: true,
      description: 'Shift dates (default the last 28 days), optionally one site or department.',
    })
    range: StatsDateRange | null,
    @Ctx() ctx: Context,
  ): Promise<AttendanceStats> {
    return new AttendanceStatsService(ctx).stats(range, groupBy);
  }
}

export const statsResolvers = [StatsResolver, ShiftStatsResolver] as const;
