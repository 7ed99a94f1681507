import { graphql } from '../../gql/index.js';

/** What a queue row shows, and what the viewer's actions are decided from. */
export const caseSummaryFragment = graphql(`
  fragment CaseSummary on Case {
    viewerSteps
    id
    reference
    kind
    status
    channel
    title
    severity
    priority
    beyondAuthority
    needsEscalation
    awaitingAcknowledgement
    overdue
    responseOverdue
    responseDueAt
    resolutionDueAt
    createdAt
    updatedAt
    department {
      id
      key
      name
    }
    holderDepartment {
      id
      key
      name
    }
    holder {
      id
      name
    }
    assignee {
      id
      name
    }
    escalatedTo {
      id
      name
    }
    onBehalfOf {
      id
      key
      name
    }
    receivedBy {
      id
      name
    }
    reporterStaff {
      id
      name
    }
    site {
      id
      code
      name
    }
    unit {
      id
      code
    }
    area
  }
`);

export const caseEventFragment = graphql(`
  fragment CaseEventFields on CaseEvent {
    id
    type
    actorName
    at
    note
    fromStatus
    toStatus
    targetName
    satisfaction
    detailsStep
  }
`);

/** The case page: everything on record, and the timeline. */
export const caseDetailFragment = graphql(`
  fragment CaseDetail on Case {
    ...CaseSummary
    description
    reporterName
    reporterPhone
    reporterCustomer {
      id
      name
    }
    result
    satisfaction
    feedback
    voidReason
    respondedAt
    escalatedAt
    resolvedAt
    closedAt
    details {
      ...CaseKindDetails
    }
    escalations {
      ...EscalationFields
    }
    timeline {
      ...CaseEventFields
    }
  }
`);

/** A kind's own details (rental, task), shown in their own card on the case page. */
export const caseKindDetailsFragment = graphql(`
  fragment CaseKindDetails on CaseDetails {
    __typename
    ... on IncidentDetails {
      occurredAt
      involvedPeople
      vehicles
      actionsTaken
      losses
      reportDeadlineMinutes
      reportDelayMinutes
      reportedLate
      area {
        id
        name
      }
      authorities {
        authority
        notifiedAt
        reference
      }
    }
    ... on TaskDetails {
      mode
      meeting {
        id
        title
      }
    }
    ... on RectificationDetails {
      ...RectificationFields
    }
    ... on RentalDetails {
      askingRent
      prospect
      outcome
      agreedRent
      agreedOn
      unitsOffered {
        id
        code
        building {
          id
          name
        }
        site {
          code
          name
        }
      }
      tenant {
        id
        name
      }
      viewings {
        at
        prospect
        note
        recordedByName
        unit {
          id
          code
        }
      }
    }
  }
`);

export const updateRentalDetailsMutation = graphql(`
  mutation UpdateRentalDetails($input: UpdateRentalDetailsInput!) {
    updateRentalDetails(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordRentalViewingMutation = graphql(`
  mutation RecordRentalViewing($input: RecordRentalViewingInput!) {
    recordRentalViewing(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const caseQueueQuery = graphql(`
  query CaseQueue($filter: CaseFilter, $first: Int, $after: String, $last: Int, $before: String) {
    cases(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CaseSummary
      }
    }
  }
`);

export const caseQuery = graphql(`
  query CaseRecord($id: ID!) {
    case(id: $id) {
      ...CaseDetail
    }
  }
`);

/** What the intake form and the referral pickers choose from. */
export const caseChoicesQuery = graphql(`
  query CaseChoices {
    departments {
      id
      key
      name
    }
    sites {
      id
      code
      name
    }
  }
`);

/** The viewer's sites: a `SITE`-wide grant reaches the cases of these. */
export const viewerSitesQuery = graphql(`
  query CaseViewerSites {
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

/** People a case can be given or referred to (as far as the viewer may see staff). */
export const caseStaffChoicesQuery = graphql(`
  query CaseStaffChoices($departmentKey: String!) {
    staffMembers(filter: { departmentKey: $departmentKey, status: [ACTIVE] }, first: 100) {
      nodes {
        id
        name
        employeeNo
        position {
          id
          name
        }
      }
    }
  }
`);

export const caseEventsSubscription = graphql(`
  subscription CaseEvents($filter: CaseEventsFilter) {
    caseEvents(filter: $filter) {
      ...CaseEventFields
      case {
        ...CaseSummary
        result
        satisfaction
        feedback
        voidReason
        respondedAt
        escalatedAt
        resolvedAt
        closedAt
        # Who holds it up the duty chain changes with these steps (incidents).
        escalations {
          ...EscalationFields
        }
      }
    }
  }
`);

export const openCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const assignCaseMutation = graphql(`
  mutation AssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const referCaseMutation = graphql(`
  mutation ReferCase($input: ReferCaseInput!) {
    referCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const acknowledgeCaseMutation = graphql(`
  mutation AcknowledgeCase($input: CaseStepInput!) {
    acknowledgeCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const escalateCaseMutation = graphql(`
  mutation EscalateCase($input: EscalateCaseInput!) {
    escalateCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const startCaseMutation = graphql(`
  mutation StartCase($input: CaseStepInput!) {
    startCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const resolveCaseMutation = graphql(`
  mutation ResolveCase($input: ResolveCaseInput!) {
    resolveCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const closeCaseMutation = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const reopenCaseMutation = graphql(`
  mutation ReopenCase($input: CaseReasonInput!) {
    reopenCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const voidCaseMutation = graphql(`
  mutation VoidCase($input: CaseReasonInput!) {
    voidCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const commentOnCaseMutation = graphql(`
  mutation CommentOnCase($input: CommentOnCaseInput!) {
    commentOnCase(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The intake desk's search box: a unit code, a phone number or a name, as the caller gives it. */
export const caseIntakeLookupQuery = graphql(`
  query CaseIntakeLookup($query: String!) {
    customerLookup(query: $query) {
      match
      exact
      matchedValue
      unit {
        id
        code
        site {
          id
          code
          name
        }
        currentOccupants {
          id
          role
          customer {
            id
            name
            contacts {
              id
              kind
              value
              primary
            }
          }
        }
      }
      customer {
        id
        name
        kind
        contacts {
          id
          kind
          value
          primary
        }
        occupancies {
          id
          current
          role
          unit {
            id
            code
            site {
              id
              code
              name
            }
          }
        }
      }
    }
  }
`);
