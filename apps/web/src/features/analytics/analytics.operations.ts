import { graphql } from '../../gql/index.js';

export const caseStatsQuery = graphql(`
  query AnalyticsCaseStats($groupBy: [CaseStatsDimension!]!, $filter: CaseStatsFilter) {
    caseStats(groupBy: $groupBy, filter: $filter) {
      from
      to
      groupBy
      percentilesExact
      groups {
        kind
        status
        department { key name }
        site { key name }
        area
        channel
        severity
        period { label start end }
        count
        open
        overdue
        resolved
        medianMinutesToResult
        p90MinutesToResult
        resolvedWithinSla
      }
      totals {
        count
        open
        overdue
        resolved
        medianMinutesToResult
        p90MinutesToResult
        resolvedWithinSla
      }
    }
  }
`);

/** Pickers' choices: sites for everyone; departments for whoever reads the rulebook (else taken from the figures). */
export const analyticsSitesQuery = graphql(`
  query AnalyticsSites {
    sites { code name }
  }
`);

export const analyticsDepartmentsQuery = graphql(`
  query AnalyticsDepartments {
    departments { key name }
  }
`);

export const patrolStatsQuery = graphql(`
  query AnalyticsPatrolStats($groupBy: [PatrolStatsDimension!]!, $range: StatsDateRange) {
    patrolCoverageStats(groupBy: $groupBy, range: $range) {
      groupBy
      groups {
        site { key name }
        area { key name }
        shift { key name }
        period { label }
        shifts
        areasDue
        areasCovered
        coverage
        patrolsRequired
        patrolsDone
        scans
        missedPatrols
      }
      totals { shifts areasDue areasCovered coverage patrolsRequired patrolsDone scans missedPatrols }
    }
  }
`);

export const attendanceStatsQuery = graphql(`
  query AnalyticsAttendanceStats($groupBy: [AttendanceStatsDimension!]!, $range: StatsDateRange) {
    attendanceStats(groupBy: $groupBy, range: $range) {
      groupBy
      groups {
        site { key name }
        department { key name }
        team { key name }
        person { key name }
        period { label }
        rostered
        present
        onTime
        late
        leftEarly
        absent
        onLeave
      }
      totals { rostered present onTime late leftEarly absent onLeave }
    }
  }
`);
