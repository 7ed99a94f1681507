import { graphql } from '../../gql/index.js';

/** A list row of an inspection. */
export const inspectionSummaryFragment = graphql(`
  fragment InspectionSummary on Inspection {
    id
    type
    status
    scheduledFor
    performedAt
    completedAt
    checklistName
    site {
      id
      code
      name
    }
    inspectors {
      id
      name
    }
    areas {
      id
      name
    }
    passCount
    failCount
    notApplicableCount
    pendingCount
    unnoticedFailures
  }
`);

/** The inspection page: its items and results, the notices issued from them, what the viewer may do. */
export const inspectionDetailFragment = graphql(`
  fragment InspectionDetail on Inspection {
    ...InspectionSummary
    scope
    summary
    checklistRevision
    cancelReason
    cancelledAt
    createdAt
    plannedBy {
      id
      name
    }
    viewerSteps
    items {
      id
      seq
      text
      result
      note
      recordedAt
      area {
        id
        name
      }
      recordedBy {
        id
        name
      }
      notice {
        id
        reference
        status
        overdue
      }
    }
  }
`);

export const inspectionsQuery = graphql(`
  query Inspections($filter: InspectionFilter, $first: Int, $after: String, $last: Int, $before: String) {
    inspections(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...InspectionSummary
      }
    }
  }
`);

export const inspectionQuery = graphql(`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionDetail
    }
  }
`);

export const inspectionRegularityQuery = graphql(`
  query InspectionRegularity {
    inspectionRegularity {
      type
      intervalDays
      overdue
      dueBy
      lastPerformedAt
      site {
        id
        code
        name
      }
      lastInspection {
        id
      }
      nextPlanned {
        id
        scheduledFor
      }
    }
  }
`);

export const inspectionChecklistsQuery = graphql(`
  query InspectionChecklists($includeRetired: Boolean) {
    inspectionChecklists(includeRetired: $includeRetired) {
      id
      type
      name
      items
      revision
      active
      updatedAt
    }
  }
`);

/** What the plan form offers: sites, areas of the chosen site, people who may inspect there, checklists. */
export const planChoicesQuery = graphql(`
  query InspectionPlanChoices($siteCode: String!) {
    inspectorChoices(siteCode: $siteCode) {
      id
      name
      position {
        id
        name
      }
    }
    areas(siteCode: $siteCode) {
      id
      name
    }
    inspectionChecklists {
      id
      type
      name
      revision
    }
  }
`);

export const inspectionSitesQuery = graphql(`
  query InspectionSites {
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

export const noticeChoicesQuery = graphql(`
  query RectificationNoticeChoices($siteCode: String!) {
    areas(siteCode: $siteCode) {
      id
      name
    }
    departments {
      id
      key
      name
    }
  }
`);

export const planInspectionMutation = graphql(`
  mutation PlanInspection($input: PlanInspectionInput!) {
    planInspection(input: $input) {
      inspection {
        ...InspectionDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordInspectionResultsMutation = graphql(`
  mutation RecordInspectionResults($input: RecordInspectionResultsInput!) {
    recordInspectionResults(input: $input) {
      inspection {
        ...InspectionDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const completeInspectionMutation = graphql(`
  mutation CompleteInspection($input: CompleteInspectionInput!) {
    completeInspection(input: $input) {
      inspection {
        ...InspectionDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cancelInspectionMutation = graphql(`
  mutation CancelInspection($input: CancelInspectionInput!) {
    cancelInspection(input: $input) {
      inspection {
        ...InspectionDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const createChecklistMutation = graphql(`
  mutation CreateInspectionChecklist($input: CreateInspectionChecklistInput!) {
    createInspectionChecklist(input: $input) {
      checklist {
        id
        type
        name
        items
        revision
        active
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateChecklistMutation = graphql(`
  mutation UpdateInspectionChecklist($input: UpdateInspectionChecklistInput!) {
    updateInspectionChecklist(input: $input) {
      checklist {
        id
        type
        name
        items
        revision
        active
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- rectification notices ------------------------------------------------------------------

/** A notice's own details (R20), shown on the case page and in the notices list. */
export const rectificationFieldsFragment = graphql(`
  fragment RectificationFields on RectificationDetails {
    origin
    sourceLabel
    addresseeType
    addresseeName
    requirement
    acknowledgedAt
    acknowledgedByName
    verified
    verifiedAt
    verifiedByName
    viewerMayAcknowledge
    viewerMayVerify
    area {
      id
      name
    }
    addresseeDepartment {
      id
      key
      name
    }
    inspection {
      id
      type
      scheduledFor
    }
    externalInspection {
      id
      bodyName
      inspectedAt
    }
    sourceCase {
      id
      reference
    }
    followUps {
      kind
      at
      note
      recordedByName
    }
    reinspections {
      at
      result
      note
      recordedByName
      newDeadline
    }
  }
`);

export const rectificationNoticesQuery = graphql(`
  query RectificationNotices($filter: CaseFilter, $first: Int, $after: String, $last: Int, $before: String) {
    cases(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        reference
        title
        status
        overdue
        resolutionDueAt
        createdAt
        site {
          id
          code
          name
        }
        details {
          __typename
          ... on RectificationDetails {
            origin
            addresseeName
            acknowledgedAt
            verified
            area {
              id
              name
            }
            addresseeDepartment {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const issueNoticeMutation = graphql(`
  mutation IssueRectificationNotice($input: OpenCaseInput!) {
    openCase(input: $input) {
      case {
        id
        reference
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const acknowledgeNoticeMutation = graphql(`
  mutation AcknowledgeRectificationNotice($input: AcknowledgeRectificationNoticeInput!) {
    acknowledgeRectificationNotice(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordFollowUpMutation = graphql(`
  mutation RecordRectificationFollowUp($input: RecordRectificationFollowUpInput!) {
    recordRectificationFollowUp(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordReinspectionMutation = graphql(`
  mutation RecordReinspection($input: RecordReinspectionInput!) {
    recordReinspection(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// ---- external inspections --------------------------------------------------------------------

export const externalInspectionFragment = graphql(`
  fragment ExternalInspectionFields on ExternalInspection {
    id
    bodyType
    bodyName
    inspectedAt
    scope
    findings
    documentsProvided
    voidedAt
    voidReason
    openNoticeCount
    viewerMayEdit
    site {
      id
      code
      name
    }
    receivedBy {
      id
      name
    }
    recordedBy {
      id
      name
    }
    notices {
      id
      reference
      title
      status
      overdue
      resolutionDueAt
    }
  }
`);

export const externalInspectionsQuery = graphql(`
  query ExternalInspections(
    $filter: ExternalInspectionFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    externalInspections(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...ExternalInspectionFields
      }
    }
  }
`);

export const externalInspectionQuery = graphql(`
  query ExternalInspection($id: ID!) {
    externalInspection(id: $id) {
      ...ExternalInspectionFields
    }
  }
`);

export const recordExternalMutation = graphql(`
  mutation RecordExternalInspection($input: RecordExternalInspectionInput!) {
    recordExternalInspection(input: $input) {
      externalInspection {
        ...ExternalInspectionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateExternalMutation = graphql(`
  mutation UpdateExternalInspection($input: UpdateExternalInspectionInput!) {
    updateExternalInspection(input: $input) {
      externalInspection {
        ...ExternalInspectionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const voidExternalMutation = graphql(`
  mutation VoidExternalInspection($input: VoidExternalInspectionInput!) {
    voidExternalInspection(input: $input) {
      externalInspection {
        ...ExternalInspectionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
