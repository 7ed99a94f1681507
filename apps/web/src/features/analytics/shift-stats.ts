import type { AttendanceStatsDimension, PatrolStatsDimension } from '../../gql/graphql.js';
import { attendanceStatsQuery, patrolStatsQuery } from './analytics.operations.js';
import type { ShiftStatsConfig } from './components/ShiftStatsPanel.js';

/** Patrol coverage (SL-4: each patrolled area of each shift, covered or not). */
export const PATROL_STATS: ShiftStatsConfig<PatrolStatsDimension> = {
  id: 'patrols',
  query: patrolStatsQuery,
  field: 'patrolCoverageStats',
  dimensions: ['MONTH', 'WEEK', 'DAY', 'SITE', 'AREA', 'SHIFT'],
  defaultGroupBy: ['WEEK', 'SITE'],
  measures: [
    { key: 'shifts', total: true },
    { key: 'areasDue' },
    { key: 'areasCovered' },
    { key: 'coverage', share: true, total: true },
    { key: 'patrolsRequired' },
    { key: 'patrolsDone', total: true },
    { key: 'scans' },
    { key: 'missedPatrols', total: true },
  ],
};

/** Attendance of rostered people: present, on time, late, left early, absent, on leave. */
export const ATTENDANCE_STATS: ShiftStatsConfig<AttendanceStatsDimension> = {
  id: 'attendance',
  query: attendanceStatsQuery,
  field: 'attendanceStats',
  dimensions: ['MONTH', 'WEEK', 'DAY', 'SITE', 'DEPARTMENT', 'TEAM', 'PERSON'],
  defaultGroupBy: ['WEEK', 'TEAM'],
  measures: [
    { key: 'rostered', total: true },
    { key: 'present' },
    { key: 'onTime', total: true },
    { key: 'late', total: true },
    { key: 'leftEarly' },
    { key: 'absent', total: true },
    { key: 'onLeave' },
  ],
};
