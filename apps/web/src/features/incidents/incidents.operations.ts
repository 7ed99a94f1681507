import { graphql } from '../../gql/index.js';

/** One report up the duty chain, as the case page and the board show it. */
export const escalationFieldsFragment = graphql(`
  fragment EscalationFields on Escalation {
    id
    level
    toName
    onDuty
    reason
    sentAt
    sentByName
    ackDueAt
    acknowledgedAt
    note
    passedOnAt
    waiting
    reminders
    to {
      id
    }
  }
`);

export const reportIncidentMutation = graphql(`
  mutation ReportIncident($input: OpenCaseInput!) {
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

export const acknowledgeEscalationMutation = graphql(`
  mutation AcknowledgeEscalation($input: CaseStepInput!) {
    acknowledgeEscalation(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateIncidentMutation = graphql(`
  mutation UpdateIncident($input: UpdateIncidentInput!) {
    updateIncident(input: $input) {
      case {
        ...CaseDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The areas of a site, to say where it happened. */
export const incidentAreasQuery = graphql(`
  query IncidentAreas($siteCode: String) {
    areas(siteCode: $siteCode) {
      id
      name
      kind
    }
  }
`);

/** Open incidents, newest first, with who holds each up the chain. */
export const openIncidentsQuery = graphql(`
  query OpenIncidents($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        reference
        kind
        title
        status
        severity
        area
        createdAt
        site {
          code
          name
        }
        currentEscalation {
          ...EscalationFields
        }
      }
    }
  }
`);
