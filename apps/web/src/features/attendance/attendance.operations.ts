import { graphql } from '../../gql/index.js';

/** A discipline record, as the console and the discipline list show it. */
export const disciplineRecordFragment = graphql(`
  fragment DisciplineRecordFields on DisciplineRecord {
    id
    kind
    origin
    status
    post
    observation
    observedAt
    correction
    correctedAt
    escalationNote
    escalatedAt
    voidReason
    viewerMayHandle
    staff {
      id
      name
      employeeNo
    }
    recordedBy {
      id
      name
    }
    correctedBy {
      id
      name
    }
    reportedTo {
      id
      name
    }
  }
`);

/** Someone on a shift with what the pre-shift meeting and attendance record of them. */
export const attendanceMemberFragment = graphql(`
  fragment AttendanceMemberFields on ShiftMember {
    id
    role
    post
    onLeave
    leaveNote
    rollCall
    checkInAt
    checkOutAt
    attendanceStatus
    minutesLate
    minutesEarly
    staff {
      id
      name
      employeeNo
    }
    groomingCheck {
      id
      uniform
      badge
      appearance
      equipment
      passed
      note
      rechecks
      checkedAt
      discipline {
        id
        status
      }
    }
  }
`);

/** The console's briefing tab: everyone's roll call, grooming, post and attendance; topics; records. */
export const shiftBriefingPanelQuery = graphql(`
  query ShiftBriefingPanel($id: ID!) {
    shift(id: $id) {
      id
      status
      viewerMayLead
      members {
        ...AttendanceMemberFields
      }
      briefing {
        id
        topics
        notes
        recordedAt
        heldBy {
          id
          name
        }
      }
      disciplineRecords {
        ...DisciplineRecordFields
      }
    }
  }
`);

/** "My shift": the viewer's own place, post and attendance. */
export const myAttendanceQuery = graphql(`
  query MyAttendance($id: ID!) {
    shift(id: $id) {
      id
      status
      startsAt
      endsAt
      viewerMember {
        ...AttendanceMemberFields
      }
    }
  }
`);

export const recordRollCallMutation = graphql(`
  mutation RecordRollCall($input: RecordRollCallInput!) {
    recordRollCall(input: $input) {
      shift {
        id
        members {
          ...AttendanceMemberFields
        }
      }
      raised {
        ...DisciplineRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordGroomingCheckMutation = graphql(`
  mutation RecordGroomingCheck($input: RecordGroomingCheckInput!) {
    recordGroomingCheck(input: $input) {
      groomingCheck {
        id
        passed
      }
      discipline {
        ...DisciplineRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const assignShiftPostsMutation = graphql(`
  mutation AssignShiftPosts($input: AssignShiftPostsInput!) {
    assignShiftPosts(input: $input) {
      shift {
        id
        members {
          ...AttendanceMemberFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordShiftBriefingMutation = graphql(`
  mutation RecordShiftBriefing($input: RecordShiftBriefingInput!) {
    recordShiftBriefing(input: $input) {
      briefing {
        id
        topics
        notes
        recordedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const checkInMutation = graphql(`
  mutation CheckIn($input: AttendanceInput!) {
    checkIn(input: $input) {
      member {
        ...AttendanceMemberFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const checkOutMutation = graphql(`
  mutation CheckOut($input: AttendanceInput!) {
    checkOut(input: $input) {
      member {
        ...AttendanceMemberFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordDisciplineMutation = graphql(`
  mutation RecordDiscipline($input: RecordDisciplineInput!) {
    recordDiscipline(input: $input) {
      record {
        ...DisciplineRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const correctDisciplineMutation = graphql(`
  mutation CorrectDiscipline($input: CorrectDisciplineInput!) {
    correctDiscipline(input: $input) {
      record {
        ...DisciplineRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const escalateDisciplineMutation = graphql(`
  mutation EscalateDiscipline($input: EscalateDisciplineInput!) {
    escalateDiscipline(input: $input) {
      record {
        ...DisciplineRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const voidDisciplineMutation = graphql(`
  mutation VoidDiscipline($input: VoidDisciplineInput!) {
    voidDiscipline(input: $input) {
      record {
        ...DisciplineRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The discipline list: a page of records with the shift each was observed on. */
export const disciplineRecordsQuery = graphql(`
  query DisciplineRecords($filter: DisciplineFilter, $first: Int, $after: String, $last: Int, $before: String) {
    disciplineRecords(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...DisciplineRecordFields
        shift {
          id
          date
          site {
            id
            name
          }
          pattern {
            id
            name
          }
          leader {
            id
            name
          }
        }
      }
    }
  }
`);

/** Attendance over a week, for the director's and the Office's overview. */
export const attendanceRangeQuery = graphql(`
  query AttendanceRange($range: AttendanceRangeInput!) {
    attendance(range: $range) {
      id
      role
      post
      onLeave
      checkInAt
      checkOutAt
      attendanceStatus
      minutesLate
      minutesEarly
      staff {
        id
        name
        employeeNo
      }
      shift {
        id
        date
        startsAt
        endsAt
        site {
          id
          name
        }
        pattern {
          id
          name
          crossesMidnight
        }
        team {
          id
          name
        }
      }
    }
  }
`);
