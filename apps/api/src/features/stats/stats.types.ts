import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CaseChannel, CaseKind, CaseStatus, Severity } from '../cases/case.enums.js';
import { AttendanceStatsDimension, CaseStatsDimension, PatrolStatsDimension } from './stats.enums.js';

@ObjectType('StatsPeriod', { description: 'A calendar period of a statistics row, in the site’s time zone.' })
export class StatsPeriod {
  @Field(() => String, { description: '`YYYY-MM-DD` (day), the Monday `YYYY-MM-DD` (week) or `YYYY-MM` (month).' })
  label: string;

  @Field(() => Date, { description: 'When it begins (local midnight).' })
  start: Date;

  @Field(() => Date, { description: 'When the next period begins.' })
  end: Date;
}

@ObjectType('StatsRef', {
  description: 'What a statistics row is about: a department, site, area, team, person or shift.',
})
export class StatsRef {
  @Field(() => ID, { nullable: true, description: 'Its global id, when it is a node (area, team, person, shift).' })
  id: string | null;

  @Field(() => String, { description: 'Its key or code (a department key, a site code, an area code …).' })
  key: string;

  @Field(() => String, { description: 'Its name in your language.' })
  name: string;
}

@ObjectType('CaseStatsRow', {
  description: 'One group of cases (or all of them, as `totals`): the group’s values, then the figures.',
})
export class CaseStatsRow {
  @Field(() => CaseKind, { nullable: true, description: 'Grouped by KIND: the kind.' })
  kind: CaseKind | null = null;

  @Field(() => CaseStatus, { nullable: true, description: 'Grouped by STATUS: the status.' })
  status: CaseStatus | null = null;

  @Field(() => StatsRef, { nullable: true, description: 'Grouped by DEPARTMENT: the owning department.' })
  department: StatsRef | null = null;

  @Field(() => StatsRef, { nullable: true, description: 'Grouped by SITE: the site (null key `""`: no site).' })
  site: StatsRef | null = null;

  @Field(() => String, { nullable: true, description: 'Grouped by AREA: the area text (`""` when none was given).' })
  area: string | null = null;

  @Field(() => CaseChannel, { nullable: true, description: 'Grouped by CHANNEL: the channel.' })
  channel: CaseChannel | null = null;

  @Field(() => Severity, { nullable: true, description: 'Grouped by SEVERITY: the severity.' })
  severity: Severity | null = null;

  @Field(() => StatsPeriod, { nullable: true, description: 'Grouped by DAY, WEEK or MONTH: the period opened in.' })
  period: StatsPeriod | null = null;

  @Field(() => Int, { description: 'Cases opened.' })
  count = 0;

  @Field(() => Int, { description: 'Of those, still open (open, assigned or in progress).' })
  open = 0;

  @Field(() => Int, {
    description: 'Of those, open and past their result deadline now (as the `overdue` filter of `cases`).',
  })
  overdue = 0;

  @Field(() => Int, { description: 'Of those, with a result (resolved, or resolved and closed).' })
  resolved = 0;

  @Field(() => Float, {
    nullable: true,
    description: 'Median minutes from opening to the result (nearest rank); null when none has a result.',
  })
  medianMinutesToResult: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description:
      '90th percentile of the minutes from opening to the result (nearest rank); null when none has a result.',
  })
  p90MinutesToResult: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0–1) of those with a result that had it by their result deadline; null when none has a result.',
  })
  resolvedWithinSla: number | null = null;
}

@ObjectType('CaseStats', { description: 'Case figures over a time range, grouped as asked.' })
export class CaseStats {
  @Field(() => Date, { description: 'Cases opened at or after this instant…' })
  from: Date;

  @Field(() => Date, { description: '…and before this one.' })
  to: Date;

  @Field(() => [CaseStatsDimension], { description: 'The grouping, as asked.' })
  groupBy: CaseStatsDimension[];

  /** What the field resolvers run (not exposed). */
  plan: unknown;
}

@ObjectType('PatrolCoverageStatsRow', {
  description: 'Patrol coverage of one group of shift areas (or all, as `totals`).',
})
export class PatrolCoverageStatsRow {
  @Field(() => StatsRef, { nullable: true, description: 'Grouped by SITE: the site.' })
  site: StatsRef | null = null;

  @Field(() => StatsRef, { nullable: true, description: 'Grouped by AREA: the area.' })
  area: StatsRef | null = null;

  @Field(() => StatsRef, { nullable: true, description: 'Grouped by SHIFT: the shift (key: its local date).' })
  shift: StatsRef | null = null;

  @Field(() => StatsPeriod, {
    nullable: true,
    description: 'Grouped by DAY, WEEK or MONTH: the shifts’ local date’s period.',
  })
  period: StatsPeriod | null = null;

  @Field(() => Int, { description: 'Shifts.' })
  shifts = 0;

  @Field(() => Int, { description: 'Area-shifts due a patrol: each patrolled area of each shift (SL-4).' })
  areasDue = 0;

  @Field(() => Int, { description: 'Of those, patrolled at least the required number of times.' })
  areasCovered = 0;

  @Field(() => Float, { nullable: true, description: '`areasCovered / areasDue` (0–1); null when nothing was due.' })
  coverage: number | null = null;

  @Field(() => Int, { description: 'Patrols required: the sum of each area’s minimum per shift.' })
  patrolsRequired = 0;

  @Field(() => Int, {
    description: 'Patrols made: distinct rounds that scanned a checkpoint of the area, per area-shift.',
  })
  patrolsDone = 0;

  @Field(() => Int, { description: 'Checkpoint scans.' })
  scans = 0;

  @Field(() => Int, { description: 'Rounds completed (of rounds started in these shifts).' })
  roundsCompleted = 0;

  @Field(() => Int, { description: 'Missed patrols on record.' })
  missedPatrols = 0;
}

@ObjectType('PatrolCoverageStats', { description: 'Patrol coverage over a range of shift dates, grouped as asked.' })
export class PatrolCoverageStats {
  @Field(() => String, { description: 'First local date, `YYYY-MM-DD`.' })
  from: string;

  @Field(() => String, { description: 'Last local date (inclusive).' })
  to: string;

  @Field(() => [PatrolStatsDimension], { description: 'The grouping, as asked.' })
  groupBy: PatrolStatsDimension[];

  @Field(() => [PatrolCoverageStatsRow], { description: 'One row per group, in the order of the grouping.' })
  groups: PatrolCoverageStatsRow[];

  @Field(() => PatrolCoverageStatsRow, { description: 'All of it together.' })
  totals: PatrolCoverageStatsRow;
}

@ObjectType('AttendanceStatsRow', { description: 'Attendance of one group of rostered places (or all, as `totals`).' })
export class AttendanceStatsRow {
  @Field(() => StatsRef, { nullable: true, description: 'Grouped by SITE: the site.' })
  site: StatsRef | null = null;

  @Field(() => StatsRef, { nullable: true, description: 'Grouped by DEPARTMENT: the shift’s department.' })
  department: StatsRef | null = null;

  @Field(() => StatsRef, { nullable: true, description: 'Grouped by TEAM: the team (key `""`: none).' })
  team: StatsRef | null = null;

  @Field(() => StatsRef, { nullable: true, description: 'Grouped by PERSON: the person.' })
  person: StatsRef | null = null;

  @Field(() => StatsPeriod, {
    nullable: true,
    description: 'Grouped by DAY, WEEK or MONTH: the shifts’ local date’s period.',
  })
  period: StatsPeriod | null = null;

  @Field(() => Int, { description: 'Places rostered (people on shifts, not taken off).' })
  rostered = 0;

  @Field(() => Int, { description: 'Checked in (on time, late, or leaving early).' })
  present = 0;

  @Field(() => Int, { description: 'Checked in on time and stayed.' })
  onTime = 0;

  @Field(() => Int, { description: 'Checked in after the pattern’s grace minutes (R36).' })
  late = 0;

  @Field(() => Int, { description: 'Checked out before the end, beyond the grace minutes.' })
  leftEarly = 0;

  @Field(() => Int, { description: 'No check-in, and the grace minutes after the start have passed.' })
  absent = 0;

  @Field(() => Int, { description: 'On leave for the shift.' })
  onLeave = 0;

  @Field(() => Int, { description: 'Not yet due (the shift has not started, or is within its grace minutes).' })
  expected = 0;
}

@ObjectType('AttendanceStats', { description: 'Attendance over a range of shift dates, grouped as asked.' })
export class AttendanceStats {
  @Field(() => String, { description: 'First local date, `YYYY-MM-DD`.' })
  from: string;

  @Field(() => String, { description: 'Last local date (inclusive).' })
  to: string;

  @Field(() => [AttendanceStatsDimension], { description: 'The grouping, as asked.' })
  groupBy: AttendanceStatsDimension[];

  @Field(() => [AttendanceStatsRow], { description: 'One row per group, in the order of the grouping.' })
  groups: AttendanceStatsRow[];

  @Field(() => AttendanceStatsRow, { description: 'All of it together.' })
  totals: AttendanceStatsRow;
}
