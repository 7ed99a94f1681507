import { graphql } from '../../gql/index.js';

/** A shift as a calendar cell shows it: pattern, team, leader, people (on leave marked). */
export const rosterCellFragment = graphql(`
  fragment RosterCell on Shift {
    ...ShiftSummary
    members {
      id
      role
      onLeave
      leaveNote
      staff {
        id
        name
      }
    }
  }
`);

export const rosterCalendarQuery = graphql(`
  query RosterCalendar($range: RosterRangeInput!) {
    roster(range: $range) {
      ...RosterCell
    }
  }
`);

export const rosterSitesQuery = graphql(`
  query RosterSites {
    sites {
      id
      code
      name
      timeZone
    }
  }
`);

/** Teams and patterns, for filters, the generator and setup. */
export const rosterSetupQuery = graphql(`
  query RosterSetup {
    teams {
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
    shiftPatterns {
      id
      code
      name
      nameZh: name(locale: ZH_CN)
      nameEn: name(locale: EN)
      startTime
      endTime
      crossesMidnight
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

/** One shift's people, as the director's edit drawer shows them. */
export const rosterShiftQuery = graphql(`
  query RosterShift($id: ID!) {
    shift(id: $id) {
      ...ShiftSummary
      members {
        ...ShiftMemberFields
        canLead
        swap {
          id
          kind
          requester {
            id
            name
          }
        }
      }
    }
  }
`);

export const addShiftMemberMutation = graphql(`
  mutation AddShiftMember($input: AddShiftMemberInput!) {
    addShiftMember(input: $input) {
      shift {
        ...RosterCell
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const removeShiftMemberMutation = graphql(`
  mutation RemoveShiftMember($input: RemoveShiftMemberInput!) {
    removeShiftMember(input: $input) {
      shift {
        ...RosterCell
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const changeShiftLeaderMutation = graphql(`
  mutation ChangeShiftLeader($input: ChangeShiftLeaderInput!) {
    changeShiftLeader(input: $input) {
      shift {
        ...RosterCell
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const setShiftMemberLeaveMutation = graphql(`
  mutation SetShiftMemberLeave($input: SetShiftMemberLeaveInput!) {
    setShiftMemberLeave(input: $input) {
      shift {
        ...RosterCell
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const generateRosterMutation = graphql(`
  mutation GenerateRosterFromRotation($input: GenerateRosterInput!) {
    generateRoster(input: $input) {
      shifts {
        id
      }
      kept
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- swaps ----------------------------------------------------------------------------------

export const swapFieldsFragment = graphql(`
  fragment ShiftSwapFields on ShiftSwap {
    id
    kind
    status
    reason
    decisionNote
    createdAt
    decidedAt
    viewerMayDecide
    viewerMayCancel
    requester {
      id
      name
    }
    colleague {
      id
      name
    }
    decidedBy {
      id
      name
    }
    fromShift {
      ...ShiftSummary
    }
    toShift {
      ...ShiftSummary
    }
  }
`);

export const shiftSwapsQuery = graphql(`
  query ShiftSwaps($filter: ShiftSwapFilter, $first: Int, $after: String) {
    shiftSwaps(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ShiftSwapFields
      }
    }
  }
`);

export const pendingSwapCountQuery = graphql(`
  query PendingSwapCount {
    shiftSwaps(filter: { involvement: TO_DECIDE }, first: 1) {
      totalCount
    }
  }
`);

export const shiftSwapOptionsQuery = graphql(`
  query ShiftSwapOptions($shiftId: ID!) {
    shiftSwapOptions(shiftId: $shiftId) {
      mayCover
      staff {
        id
        name
      }
      shifts {
        ...ShiftSummary
      }
    }
  }
`);

export const requestShiftSwapMutation = graphql(`
  mutation RequestShiftSwap($input: RequestShiftSwapInput!) {
    requestShiftSwap(input: $input) {
      swap {
        ...ShiftSwapFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const approveShiftSwapMutation = graphql(`
  mutation ApproveShiftSwap($input: DecideShiftSwapInput!) {
    approveShiftSwap(input: $input) {
      swap {
        ...ShiftSwapFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const rejectShiftSwapMutation = graphql(`
  mutation RejectShiftSwap($input: DecideShiftSwapInput!) {
    rejectShiftSwap(input: $input) {
      swap {
        ...ShiftSwapFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cancelShiftSwapMutation = graphql(`
  mutation CancelShiftSwap($input: CancelShiftSwapInput!) {
    cancelShiftSwap(input: $input) {
      swap {
        ...ShiftSwapFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- leave ----------------------------------------------------------------------------------

export const staffLeaveFieldsFragment = graphql(`
  fragment StaffLeaveFields on StaffLeave {
    id
    fromDate
    toDate
    reason
    createdAt
    cancelledAt
    cancelReason
    viewerMayCancel
    staff {
      id
      name
    }
    recordedBy {
      id
      name
    }
  }
`);

export const staffLeavesQuery = graphql(`
  query StaffLeaves($filter: StaffLeaveFilter, $first: Int, $after: String) {
    staffLeaves(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StaffLeaveFields
      }
    }
  }
`);

export const recordStaffLeaveMutation = graphql(`
  mutation RecordStaffLeave($input: RecordStaffLeaveInput!) {
    recordStaffLeave(input: $input) {
      leave {
        ...StaffLeaveFields
      }
      shiftsChanged
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cancelStaffLeaveMutation = graphql(`
  mutation CancelStaffLeave($input: CancelStaffLeaveInput!) {
    cancelStaffLeave(input: $input) {
      leave {
        ...StaffLeaveFields
      }
      shiftsChanged
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- overview -------------------------------------------------------------------------------

export const shiftsOverviewQuery = graphql(`
  query ShiftsOverview($input: ShiftsOverviewInput) {
    shiftsOverview(input: $input) {
      current
      rostered
      onLeave
      checkedIn
      late
      absent
      shift {
        ...ShiftSummary
      }
    }
  }
`);

// ---- setup ----------------------------------------------------------------------------------

export const createShiftPatternMutation = graphql(`
  mutation RosterCreateShiftPattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) {
      pattern {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateShiftPatternMutation = graphql(`
  mutation RosterUpdateShiftPattern($input: UpdateShiftPatternInput!) {
    updateShiftPattern(input: $input) {
      pattern {
        id
        name
        startTime
        endTime
        crossesMidnight
        lateGraceMinutes
        earlyLeaveGraceMinutes
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const createTeamMutation = graphql(`
  mutation RosterCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateTeamMutation = graphql(`
  mutation RosterUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team {
        id
        name
        active
        leader {
          id
          name
        }
        members {
          id
          name
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Order-maintenance staff and their sites, for team set-up (the director reads their department). */
export const rosterStaffQuery = graphql(`
  query RosterStaff {
    staffMembers(filter: { departmentKey: "order_maintenance", status: [ACTIVE] }, first: 100) {
      nodes {
        id
        name
        sites {
          id
          code
        }
      }
    }
  }
`);
