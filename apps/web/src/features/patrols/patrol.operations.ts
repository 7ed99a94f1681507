import { graphql } from '../../gql/index.js';

export const patrolScanFieldsFragment = graphql(`
  fragment PatrolScanFields on PatrolScan {
    id
    scannedAt
    method
    observation
    checkpoint {
      id
      name
    }
    area {
      id
      name
    }
    caseReference
    case {
      id
      reference
      title
    }
  }
`);

export const patrolRoundFieldsFragment = graphql(`
  fragment PatrolRoundFields on PatrolRound {
    id
    startedAt
    lastScanAt
    completedAt
    open
    patroller {
      id
      name
    }
    scans {
      ...PatrolScanFields
    }
  }
`);

export const missedPatrolFieldsFragment = graphql(`
  fragment MissedPatrolFields on MissedPatrol {
    id
    count
    required
    status
    recordedAt
    reviewedAt
    reviewNote
    viewerMayReview
    reviewedBy {
      id
      name
    }
    area {
      id
      name
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
      }
      team {
        id
        name
      }
      leader {
        id
        name
      }
    }
  }
`);

export const patrolCoverageQuery = graphql(`
  query PatrolCoverage($shiftId: ID!) {
    patrolCoverage(shiftId: $shiftId) {
      minimumDefault
      roundGapMinutes
      coveredCount
      complete
      areas {
        count
        required
        covered
        lastPatrolAt
        area {
          id
          name
          kind
        }
        missedPatrol {
          ...MissedPatrolFields
        }
      }
    }
  }
`);

export const patrolRoundsQuery = graphql(`
  query PatrolRounds($shiftId: ID!, $mine: Boolean!) {
    patrolRounds(filter: { shiftId: $shiftId, mine: $mine }, first: 100) {
      nodes {
        ...PatrolRoundFields
      }
    }
  }
`);

/** The checkpoints a patroller may pick from when no card can be read. */
export const patrolCheckpointsQuery = graphql(`
  query PatrolCheckpoints($siteCode: String!) {
    areas(siteCode: $siteCode) {
      id
      name
      kind
      checkpoints {
        id
        name
        locationHint
      }
    }
  }
`);

export const missedPatrolsQuery = graphql(`
  query MissedPatrols($filter: MissedPatrolFilter, $first: Int, $after: String) {
    missedPatrols(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        ...MissedPatrolFields
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

export const recordPatrolScanMutation = graphql(`
  mutation RecordPatrolScan($input: RecordPatrolScanInput!) {
    recordPatrolScan(input: $input) {
      scan {
        ...PatrolScanFields
        round {
          id
          startedAt
          open
          scans {
            id
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const completePatrolRoundMutation = graphql(`
  mutation CompletePatrolRound($input: CompletePatrolRoundInput!) {
    completePatrolRound(input: $input) {
      round {
        id
        completedAt
        open
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const reportPatrolAnomalyMutation = graphql(`
  mutation ReportPatrolAnomaly($input: ReportPatrolAnomalyInput!) {
    reportPatrolAnomaly(input: $input) {
      scan {
        ...PatrolScanFields
      }
      case {
        id
        reference
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const reviewMissedPatrolMutation = graphql(`
  mutation ReviewMissedPatrol($input: ReviewMissedPatrolInput!) {
    reviewMissedPatrol(input: $input) {
      missedPatrol {
        ...MissedPatrolFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
