import { graphql } from '../../gql/index.js';

/** One entry of a duty log, as the timeline shows it. */
export const dutyLogEntryFragment = graphql(`
  fragment DutyLogEntryFields on DutyLogEntry {
    id
    at
    recordedAt
    text
    author {
      id
      name
    }
    case {
      id
      reference
      title
    }
  }
`);

/** A duty log with its entries, for the shift console and the log's own page. */
export const dutyLogDetailFragment = graphql(`
  fragment DutyLogDetail on DutyLog {
    id
    date
    status
    reviewedAt
    reviewNote
    viewerMayWrite
    viewerMayReview
    reviewedBy {
      id
      name
    }
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
    shift {
      ...ShiftSummary
    }
    entries {
      ...DutyLogEntryFields
    }
  }
`);

/** A row of the duty log list. */
export const dutyLogRowFragment = graphql(`
  fragment DutyLogRow on DutyLog {
    id
    date
    status
    entryCount
    reviewedAt
    reviewedBy {
      id
      name
    }
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
    shift {
      ...ShiftSummary
    }
  }
`);

export const shiftDutyLogQuery = graphql(`
  query ShiftDutyLog($id: ID!) {
    shift(id: $id) {
      id
      status
      dutyLog {
        ...DutyLogDetail
      }
    }
  }
`);

export const dutyLogQuery = graphql(`
  query DutyLog($id: ID!) {
    dutyLog(id: $id) {
      ...DutyLogDetail
    }
  }
`);

export const todaysDutyLogQuery = graphql(`
  query TodaysDutyLog($siteCode: String!) {
    todaysDutyLog(siteCode: $siteCode) {
      ...DutyLogDetail
    }
  }
`);

export const dutyLogsQuery = graphql(`
  query DutyLogs($filter: DutyLogFilter, $first: Int, $after: String, $last: Int, $before: String) {
    dutyLogs(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...DutyLogRow
      }
    }
  }
`);

export const departmentsQuery = graphql(`
  query DutyLogDepartments {
    departments {
      id
      key
      name
    }
  }
`);

export const sitesQuery = graphql(`
  query DutyLogSites {
    sites {
      id
      code
      name
    }
  }
`);

export const addDutyLogEntryMutation = graphql(`
  mutation AddDutyLogEntry($input: AddDutyLogEntryInput!) {
    addDutyLogEntry(input: $input) {
      entry {
        ...DutyLogEntryFields
      }
      dutyLog {
        ...DutyLogDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const reviewDutyLogMutation = graphql(`
  mutation ReviewDutyLog($input: ReviewDutyLogInput!) {
    reviewDutyLog(input: $input) {
      dutyLog {
        ...DutyLogDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Cases to link an entry to: the recent ones the viewer may see at the site. */
export const linkableCasesQuery = graphql(`
  query DutyLogLinkableCases($filter: CaseFilter) {
    cases(filter: $filter, first: 30) {
      nodes {
        id
        reference
        title
      }
    }
  }
`);

/** A handover as the console, the director's list and the printed sheet show it. */
export const handoverDetailFragment = graphql(`
  fragment HandoverDetail on Handover {
    id
    date
    status
    note
    late
    hasDiscrepancy
    submittedAt
    acceptedAt
    acceptanceNote
    acceptedOnBehalf
    disputedAt
    disputeReason
    resolvedAt
    resolution
    resolutionNote
    cashExpected
    cashCounted
    cashDifference
    cashExplanation
    viewerSteps
    site {
      id
      code
      name
    }
    shift {
      ...ShiftSummary
    }
    incomingShift {
      ...ShiftSummary
    }
    outgoingLeader {
      id
      name
    }
    incomingLeader {
      id
      name
    }
    submittedBy {
      id
      name
    }
    acceptedBy {
      id
      name
    }
    disputedBy {
      id
      name
    }
    resolvedBy {
      id
      name
    }
    items {
      kind
      recordId
      reference
      description
      status
      dueAt
      actionNeeded
    }
    counts {
      materialId
      name
      unit
      expected
      counted
      difference
      explanation
    }
  }
`);

export const shiftHandoverQuery = graphql(`
  query ShiftHandover($id: ID!) {
    shift(id: $id) {
      id
      status
      handoverSteps
      handover {
        ...HandoverDetail
      }
      incomingHandover {
        ...HandoverDetail
      }
      handoverPrefill {
        cashExpected
        openMatters {
          kind
          recordId
          reference
          title
          status
          dueAt
        }
        materials {
          id
          name
          unit
          expectedQuantity
          note
        }
        incomingShift {
          ...ShiftSummary
        }
      }
    }
  }
`);

/** The printed sheet: the shift, its handover, its log's size. */
export const handoverSheetQuery = graphql(`
  query HandoverSheet($id: ID!) {
    shift(id: $id) {
      ...ShiftSummary
      department {
        id
        name
      }
      handover {
        ...HandoverDetail
      }
    }
  }
`);

export const handoversQuery = graphql(`
  query Handovers($filter: HandoverFilter, $first: Int, $after: String, $last: Int, $before: String) {
    handovers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        date
        status
        late
        hasDiscrepancy
        submittedAt
        acceptedAt
        acceptedOnBehalf
        disputeReason
        site {
          id
          code
          name
        }
        shift {
          ...ShiftSummary
        }
        outgoingLeader {
          id
          name
        }
        incomingLeader {
          id
          name
        }
      }
    }
  }
`);

export const saveHandoverDraftMutation = graphql(`
  mutation SaveHandoverDraft($input: HandoverDraftInput!) {
    saveHandoverDraft(input: $input) {
      handover {
        ...HandoverDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const submitHandoverMutation = graphql(`
  mutation SubmitHandover($input: HandoverDraftInput!) {
    submitHandover(input: $input) {
      handover {
        ...HandoverDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const acceptHandoverMutation = graphql(`
  mutation AcceptHandover($input: AcceptHandoverInput!) {
    acceptHandover(input: $input) {
      handover {
        ...HandoverDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const disputeHandoverMutation = graphql(`
  mutation DisputeHandover($input: DisputeHandoverInput!) {
    disputeHandover(input: $input) {
      handover {
        ...HandoverDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const resolveHandoverDisputeMutation = graphql(`
  mutation ResolveHandoverDispute($input: ResolveHandoverDisputeInput!) {
    resolveHandoverDispute(input: $input) {
      handover {
        ...HandoverDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const shiftMaterialsQuery = graphql(`
  query ShiftMaterials($siteCode: String, $includeInactive: Boolean!) {
    shiftMaterials(siteCode: $siteCode, includeInactive: $includeInactive) {
      id
      name
      unit
      expectedQuantity
      note
      active
      site {
        id
        code
      }
    }
  }
`);

export const createShiftMaterialMutation = graphql(`
  mutation CreateShiftMaterial($input: CreateShiftMaterialInput!) {
    createShiftMaterial(input: $input) {
      material {
        id
        name
        unit
        expectedQuantity
        note
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateShiftMaterialMutation = graphql(`
  mutation UpdateShiftMaterial($input: UpdateShiftMaterialInput!) {
    updateShiftMaterial(input: $input) {
      material {
        id
        name
        unit
        expectedQuantity
        note
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cashLedgerQuery = graphql(`
  query CashLedger($siteCode: String!, $first: Int) {
    cashBalance(siteCode: $siteCode)
    cashLedger(siteCode: $siteCode, first: $first) {
      totalCount
      nodes {
        id
        at
        direction
        amount
        purpose
        receiptNo
        recordedBy {
          id
          name
        }
        shift {
          id
          date
          pattern {
            id
            name
          }
        }
      }
    }
  }
`);

export const recordCashMovementMutation = graphql(`
  mutation RecordCashMovement($input: RecordCashMovementInput!) {
    recordCashMovement(input: $input) {
      movement {
        id
      }
      balance
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
