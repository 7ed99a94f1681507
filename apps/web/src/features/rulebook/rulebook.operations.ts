import { graphql } from '../../gql/index.js';

export const dutyItemFragment = graphql(`
  fragment DutyItem on Duty {
    id
    citation
    number
    text
    source
    readingNote
  }
`);

export const rulebookOverviewQuery = graphql(`
  query RulebookOverview {
    departments {
      id
      key
      name
      status
      shortCode
      chapterNo
      duties {
        id
      }
    }
    positions {
      id
      key
      name
      status
      department {
        id
      }
      duties {
        id
      }
    }
  }
`);

export const positionDetailFragment = graphql(`
  fragment PositionDetail on Position {
    id
    key
    name
    status
    shortCode
    departmentInferred
    notes
    reportingChain {
      id
      key
      name
    }
    duties {
      ...DutyItem
    }
  }
`);

export const departmentDetailQuery = graphql(`
  query DepartmentDetail($key: String!) {
    department(key: $key) {
      id
      key
      name
      summary
      status
      shortCode
      chapterNo
      chapterTitle
      notes
      reportsTo {
        id
        key
        name
      }
      head {
        id
        key
        name
      }
      possiblySameAs {
        id
        key
        name
      }
      duties {
        ...DutyItem
      }
      positions {
        ...PositionDetail
      }
    }
  }
`);

export const companyLevelQuery = graphql(`
  query CompanyLevelPositions {
    positions {
      department {
        id
      }
      ...PositionDetail
    }
  }
`);

export const dutySearchQuery = graphql(`
  query DutySearch($search: String!) {
    duties(filter: { search: $search }) {
      ...DutyItem
      owner {
        __typename
        ... on Department {
          id
          key
          name
        }
        ... on Position {
          id
          key
          name
          department {
            id
            key
          }
        }
      }
    }
  }
`);
