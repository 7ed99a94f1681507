import { graphql } from '../../gql/index.js';

/** What the wall shows of a case: enough to read it from across the room. */
export const boardCaseFragment = graphql(`
  fragment BoardCaseFields on Case {
    id
    reference
    kind
    title
    severity
    status
    area
    createdAt
    needsEscalation
    escalatedAt
    site {
      code
      name
    }
    holder {
      id
      name
    }
    escalatedTo {
      id
      name
    }
    currentEscalation {
      id
      level
      toName
      waiting
      sentAt
      ackDueAt
      acknowledgedAt
    }
  }
`);

export const boardSnapshotQuery = graphql(`
  query BoardSnapshotView($siteCode: String) {
    board(siteCode: $siteCode) {
      generatedAt
      siteCode
      openCount
      caseLimit
      cases {
        ...BoardCaseFields
      }
      coverage {
        shift {
          id
          startsAt
          endsAt
          status
          site {
            code
            name
            timeZone
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
        coveredCount
        complete
        areas {
          area {
            id
            name
          }
          count
          required
          covered
          lastPatrolAt
        }
      }
    }
  }
`);

export const boardEventsSubscription = graphql(`
  subscription BoardEventsLive($siteCode: String) {
    boardEvents(siteCode: $siteCode) {
      type
      caseId
      shiftId
      at
      major
    }
  }
`);
