import { graphql } from '../../gql/index.js';

export const staffSummaryFragment = graphql(`
  fragment StaffSummary on Staff {
    id
    employeeNo
    name
    username
    phone
    status
    position {
      id
      key
      name
    }
    department {
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

export const staffDetailFragment = graphql(`
  fragment StaffDetail on Staff {
    ...StaffSummary
    hireDate
    leaveDate
    locale
    mustChangePassword
    createdAt
    updatedAt
  }
`);

export const staffDirectoryQuery = graphql(`
  query StaffDirectory($filter: StaffFilter, $first: Int, $after: String, $last: Int, $before: String) {
    staffMembers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...StaffSummary
      }
    }
  }
`);

/** Departments, positions and sites: what the filters and forms choose from. */
export const staffChoicesQuery = graphql(`
  query StaffChoices {
    departments {
      id
      key
      name
    }
    positions {
      id
      key
      name
      origin
      department {
        id
        key
      }
    }
    sites {
      id
      code
      name
    }
  }
`);

export const staffMemberQuery = graphql(`
  query StaffMember($id: ID!) {
    staffMember(id: $id) {
      ...StaffDetail
    }
  }
`);

export const onboardStaffMutation = graphql(`
  mutation OnboardStaff($input: OnboardStaffInput!) {
    onboardStaff(input: $input) {
      staff {
        ...StaffDetail
      }
      temporaryPassword
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateStaffMutation = graphql(`
  mutation UpdateStaff($input: UpdateStaffInput!) {
    updateStaff(input: $input) {
      staff {
        ...StaffDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const transferStaffMutation = graphql(`
  mutation TransferStaff($input: TransferStaffInput!) {
    transferStaff(input: $input) {
      staff {
        ...StaffDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const suspendStaffMutation = graphql(`
  mutation SuspendStaff($input: StaffStatusChangeInput!) {
    suspendStaff(input: $input) {
      staff {
        ...StaffDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const reinstateStaffMutation = graphql(`
  mutation ReinstateStaff($input: StaffStatusChangeInput!) {
    reinstateStaff(input: $input) {
      staff {
        ...StaffDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const offboardStaffMutation = graphql(`
  mutation OffboardStaff($input: OffboardStaffInput!) {
    offboardStaff(input: $input) {
      staff {
        ...StaffDetail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const resetStaffPasswordMutation = graphql(`
  mutation ResetStaffPassword($input: ResetStaffPasswordInput!) {
    resetStaffPassword(input: $input) {
      staff {
        ...StaffDetail
      }
      temporaryPassword
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
