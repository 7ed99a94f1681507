import { graphql } from '../../gql/index.js';

/** What a roster cell or a list row shows of a shift. */
export const shiftSummaryFragment = graphql(`
  fragment ShiftSummary on Shift {
    id
    date
    status
    startsAt
    endsAt
    site {
      id
      code
      name
      timeZone
    }
    pattern {
      id
      code
      name
      startTime
      endTime
      crossesMidnight
    }
    team {
      id
      name
    }
    leader {
      id
      name
    }
  }
`);

/** Someone on a shift, as the console and "my shift" show them. */
export const shiftMemberFragment = graphql(`
  fragment ShiftMemberFields on ShiftMember {
    id
    role
    post
    onLeave
    leaveNote
    rollCall
    checkInAt
    checkOutAt
    attendanceStatus
    staff {
      id
      name
      employeeNo
    }
  }
`);

/** Everything the shift console shows of the shift itself (each panel asks for its own records). */
export const shiftDetailFragment = graphql(`
  fragment ShiftDetail on Shift {
    ...ShiftSummary
    briefingAt
    onDutyAt
    handingOverAt
    closedAt
    note
    viewerMayLead
    department {
      id
      key
      name
    }
    members {
      ...ShiftMemberFields
    }
    viewerMember {
      ...ShiftMemberFields
    }
  }
`);

export const shiftQuery = graphql(`
  query Shift($id: ID!) {
    shift(id: $id) {
      ...ShiftDetail
    }
  }
`);

export const myCurrentShiftQuery = graphql(`
  query MyCurrentShift {
    myCurrentShift {
      ...ShiftDetail
    }
  }
`);

export const rosterQuery = graphql(`
  query Roster($range: RosterRangeInput!) {
    roster(range: $range) {
      ...ShiftSummary
      members {
        id
        role
        onLeave
        staff {
          id
          name
        }
      }
    }
  }
`);

export const teamsQuery = graphql(`
  query Teams($siteCode: String) {
    teams(siteCode: $siteCode) {
      id
      name
      active
      site {
        id
        code
        name
      }
      leader {
        id
        name
      }
      members {
        id
        name
      }
    }
  }
`);

export const shiftPatternsQuery = graphql(`
  query ShiftPatterns($siteCode: String) {
    shiftPatterns(siteCode: $siteCode) {
      id
      code
      name
      startTime
      endTime
      crossesMidnight
      durationMinutes
      lateGraceMinutes
      earlyLeaveGraceMinutes
      active
      site {
        id
        code
      }
    }
  }
`);

export const startShiftBriefingMutation = graphql(`
  mutation StartShiftBriefing($input: ShiftStepInput!) {
    startShiftBriefing(input: $input) {
      shift {
        ...ShiftDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const startShiftDutyMutation = graphql(`
  mutation StartShiftDuty($input: ShiftStepInput!) {
    startShiftDuty(input: $input) {
      shift {
        ...ShiftDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const shiftEventsSubscription = graphql(`
  subscription ShiftEvents($filter: ShiftEventsFilter) {
    shiftEvents(filter: $filter) {
      type
      at
      subjectId
      shift {
        id
        status
      }
    }
  }
`);
