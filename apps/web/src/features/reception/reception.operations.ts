import { graphql } from '../../gql/index.js';

/** What the log shows of a visit, and what its actions are decided from. */
export const receptionVisitFragment = graphql(`
  fragment ReceptionVisitRow on ReceptionVisit {
    id
    status
    purpose
    summary
    outcome
    visitedAt
    visitorName
    visitorPhone
    version
    canHandle
    closedAt
    voidReason
    site {
      id
      code
      name
    }
    unit {
      id
      code
    }
    customer {
      id
      name
    }
    receivedBy {
      id
      name
    }
    case {
      id
      reference
      status
    }
  }
`);

export const receptionVisitsQuery = graphql(`
  query ReceptionVisits($filter: ReceptionVisitFilter, $first: Int, $after: String, $last: Int, $before: String) {
    receptionVisits(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...ReceptionVisitRow
      }
    }
  }
`);

/** The visit a case is being opened from (the intake page's reminder). */
export const receptionVisitQuery = graphql(`
  query ReceptionVisit($id: ID!) {
    receptionVisit(id: $id) {
      ...ReceptionVisitRow
    }
  }
`);

export const recordReceptionVisitMutation = graphql(`
  mutation RecordReceptionVisit($input: RecordReceptionVisitInput!) {
    recordReceptionVisit(input: $input) {
      visit {
        ...ReceptionVisitRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const closeReceptionVisitMutation = graphql(`
  mutation CloseReceptionVisit($input: CloseReceptionVisitInput!) {
    closeReceptionVisit(input: $input) {
      visit {
        ...ReceptionVisitRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const voidReceptionVisitMutation = graphql(`
  mutation VoidReceptionVisit($input: VoidReceptionVisitInput!) {
    voidReceptionVisit(input: $input) {
      visit {
        ...ReceptionVisitRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const linkReceptionVisitToCaseMutation = graphql(`
  mutation LinkReceptionVisitToCase($input: LinkReceptionVisitToCaseInput!) {
    linkReceptionVisitToCase(input: $input) {
      visit {
        ...ReceptionVisitRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
