import { graphql } from '../../gql/index.js';

/** What a row of the meetings list shows. */
export const meetingSummaryFragment = graphql(`
  fragment MeetingSummary on Meeting {
    id
    kind
    status
    title
    scheduledAt
    heldAt
    department {
      id
      key
      name
    }
    site {
      id
      code
      name
    }
    chair {
      id
      name
    }
    attendees {
      attended
    }
    overdueActionItemCount
    actionItems {
      id
      status
    }
  }
`);

/** One action item: the task it became, as far as the viewer may see it. */
export const meetingActionItemFragment = graphql(`
  fragment MeetingActionItemFields on Case {
    id
    reference
    title
    status
    overdue
    resolutionDueAt
    resolvedAt
    assignee {
      id
      name
    }
  }
`);

/** Everything the meeting page shows. */
export const meetingDetailFragment = graphql(`
  fragment MeetingDetail on Meeting {
    ...MeetingSummary
    agenda
    absenteesNote
    review
    requirements
    minutes
    reportedAt
    reportNote
    reportedTo {
      id
      name
    }
    cancelledAt
    cancelReason
    createdAt
    updatedAt
    version
    viewerMayManage
    createdBy {
      id
      name
    }
    attendees {
      attended
      staff {
        id
        name
        position {
          id
          name
        }
      }
    }
    actionItems {
      ...MeetingActionItemFields
    }
  }
`);

export const meetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter, $first: Int, $after: String, $last: Int, $before: String) {
    meetings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes {
        ...MeetingSummary
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

export const meetingsLastHeldQuery = graphql(`
  query MeetingsLastHeld {
    meetingsLastHeld {
      kind
      heldAt
    }
  }
`);

export const meetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingDetail
    }
  }
`);

/** People who may be asked to a meeting or given its action items (as far as the viewer may see staff). */
export const meetingStaffChoicesQuery = graphql(`
  query MeetingStaffChoices {
    staffMembers(filter: { status: [ACTIVE] }, first: 100) {
      nodes {
        id
        name
        department {
          id
          key
          name
        }
        position {
          id
          name
        }
      }
    }
  }
`);

export const scheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting {
        ...MeetingDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordMeetingMinutesMutation = graphql(`
  mutation RecordMeetingMinutes($input: RecordMeetingMinutesInput!) {
    recordMeetingMinutes(input: $input) {
      meeting {
        ...MeetingDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const reportMeetingMutation = graphql(`
  mutation ReportMeeting($input: ReportMeetingInput!) {
    reportMeeting(input: $input) {
      meeting {
        ...MeetingDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      meeting {
        ...MeetingDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const addMeetingActionItemMutation = graphql(`
  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {
    addMeetingActionItem(input: $input) {
      meeting {
        ...MeetingDetail
      }
      task {
        ...MeetingActionItemFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Sites a meeting may be held at, and the viewer's own (a shift leader's meetings are at theirs). */
export const meetingSitesQuery = graphql(`
  query MeetingSites {
    sites {
      id
      code
      name
    }
    viewer {
      staff {
        id
        sites {
          id
          code
        }
      }
    }
  }
`);
