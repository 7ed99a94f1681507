import { graphql } from '../../gql/index.js';

export const auditEventFragment = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    occurredAt
    action
    actorName
    viaToken
    actor {
      id
    }
    targetType
    targetId
    ip
    requestId
    changes {
      field
      before
      after
    }
  }
`);

export const auditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
    }
  }
`);

/** Names for the records events point at (those the viewer may see). */
export const auditTargetsQuery = graphql(`
  query AuditTargets($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Staff {
        name
        employeeNo
      }
      ... on ApiToken {
        name
        prefix
      }
      ... on Position {
        name
      }
      ... on Customer {
        name
      }
      ... on Unit {
        code
        site {
          id
          name
        }
      }
      ... on Building {
        name
        site {
          id
          name
        }
      }
    }
  }
`);

/** Names for the keys that changes record (departments, positions, sites). */
export const auditVocabularyQuery = graphql(`
  query AuditVocabulary {
    departments {
      id
      key
      name
    }
    positions {
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

/** The actions on record (what the log can be filtered by). */
export const auditActionsQuery = graphql(`
  query AuditActions {
    auditActions
  }
`);
