import { graphql } from '../../gql/index.js';

/** What a card on the board shows, and what decides the viewer's buttons. */
export const noticeSummaryFragment = graphql(`
  fragment NoticeSummary on Notice {
    id
    reference
    kind
    status
    effectiveStatus
    isExpired
    title
    body
    audience
    audienceLabel
    postedAt
    publishAt
    expiresAt
    issuedAt
    createdAt
    requiresAcknowledgement
    acknowledgedByMe
    viewerMustAcknowledge
    acknowledgementCount
    audienceSize
    department {
      id
      key
      name
    }
  }
`);

/** The notice page: everything on record, and what the viewer may do with it. */
export const noticeDetailFragment = graphql(`
  fragment NoticeDetail on Notice {
    ...NoticeSummary
    authorName
    issuedByName
    withdrawnByName
    withdrawnAt
    withdrawReason
    updatedAt
    acknowledgementDepartments {
      id
      key
      name
    }
    site {
      id
      code
      name
    }
    building {
      id
      code
      name
    }
    unit {
      id
      code
    }
    viewerCanEdit
    viewerCanIssue
    viewerCanWithdraw
  }
`);

export const noticeBoardQuery = graphql(`
  query NoticeBoard($filter: NoticeFilter, $first: Int, $after: String, $last: Int, $before: String) {
    notices(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...NoticeSummary
      }
    }
  }
`);

/** The notices waiting for the viewer's acknowledgement (the top of the board). */
export const noticesToAcknowledgeQuery = graphql(`
  query NoticesToAcknowledge {
    notices(filter: { needsMyAcknowledgement: true }, first: 50) {
      totalCount
      nodes {
        ...NoticeSummary
      }
    }
  }
`);

export const myPendingAcknowledgementsQuery = graphql(`
  query MyPendingAcknowledgements {
    myPendingAcknowledgements
  }
`);

export const noticeQuery = graphql(`
  query NoticeRecord($id: ID!) {
    notice(id: $id) {
      ...NoticeDetail
    }
  }
`);

/** Who has read it and who has not: only for those who may follow it (else null). */
export const noticeProgressQuery = graphql(`
  query NoticeProgress($id: ID!) {
    notice(id: $id) {
      id
      acknowledgementCount
      audienceSize
      acknowledgements(first: 100) {
        totalCount
        nodes {
          id
          staffName
          at
          department {
            id
            name
          }
        }
      }
      pendingAcknowledgers {
        name
        department {
          id
          key
          name
        }
      }
    }
  }
`);

/** The draft form's choices: departments to ask, sites. */
export const noticeChoicesQuery = graphql(`
  query NoticeChoices {
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

export const noticeBuildingsQuery = graphql(`
  query NoticeBuildings($siteCode: String) {
    buildings(siteCode: $siteCode) {
      id
      code
      name
    }
  }
`);

export const draftNoticeMutation = graphql(`
  mutation DraftNotice($input: DraftNoticeInput!) {
    draftNotice(input: $input) {
      notice {
        ...NoticeDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateNoticeMutation = graphql(`
  mutation UpdateNotice($input: UpdateNoticeInput!) {
    updateNotice(input: $input) {
      notice {
        ...NoticeDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const issueNoticeMutation = graphql(`
  mutation IssueNotice($input: NoticeStepInput!) {
    issueNotice(input: $input) {
      notice {
        ...NoticeDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const withdrawNoticeMutation = graphql(`
  mutation WithdrawNotice($input: WithdrawNoticeInput!) {
    withdrawNotice(input: $input) {
      notice {
        ...NoticeDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const acknowledgeNoticeMutation = graphql(`
  mutation AcknowledgeNotice($input: NoticeStepInput!) {
    acknowledgeNotice(input: $input) {
      notice {
        ...NoticeSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
