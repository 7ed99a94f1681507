import { graphql } from '../../gql/index.js';

export const unitSummaryFragment = graphql(`
  fragment UnitSummary on Unit {
    id
    code
    floor
    area
    usage
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
  }
`);

export const contactFragment = graphql(`
  fragment ContactFields on CustomerContact {
    id
    kind
    value
    primary
  }
`);

export const occupancyFragment = graphql(`
  fragment OccupancyFields on Occupancy {
    id
    role
    fromDate
    toDate
    current
    note
  }
`);

export const customerSummaryFragment = graphql(`
  fragment CustomerSummary on Customer {
    id
    name
    kind
    voided
    contacts {
      ...ContactFields
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
          name
        }
      }
    }
  }
`);

/** The intake desk's one box. */
export const customerLookupQuery = graphql(`
  query CustomerLookup($query: String!) {
    customerLookup(query: $query) {
      match
      exact
      matchedValue
      unit {
        ...UnitSummary
        currentOccupants {
          id
          role
          customer {
            id
            name
          }
        }
      }
      customer {
        ...CustomerSummary
      }
    }
  }
`);

export const customerListQuery = graphql(`
  query CustomerList($filter: CustomerFilter, $first: Int, $after: String, $last: Int, $before: String) {
    customers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CustomerSummary
      }
    }
  }
`);

export const customerFileQuery = graphql(`
  query CustomerFile($id: ID!) {
    customer(id: $id) {
      ...CustomerSummary
      idCardLast4
      note
      voidedAt
      voidReason
      createdAt
      updatedAt
      occupancies {
        ...OccupancyFields
        unit {
          ...UnitSummary
        }
      }
    }
  }
`);

export const unitFileQuery = graphql(`
  query UnitFile($id: ID!) {
    unit(id: $id) {
      ...UnitSummary
      note
      currentOccupants {
        ...OccupancyFields
        customer {
          id
          name
          kind
          contacts {
            ...ContactFields
          }
        }
      }
      occupancies {
        ...OccupancyFields
        customer {
          id
          name
          kind
          voided
        }
      }
    }
  }
`);

/** Units to choose from, by part of the code. */
export const unitChoicesQuery = graphql(`
  query UnitChoices($search: String) {
    units(filter: { search: $search }, first: 20) {
      nodes {
        ...UnitSummary
      }
    }
  }
`);

/** Customers to choose from, by part of the name, a phone or a unit code. */
export const customerChoicesQuery = graphql(`
  query CustomerChoices($search: String) {
    customers(filter: { search: $search }, first: 20) {
      nodes {
        id
        name
        kind
        contacts {
          ...ContactFields
        }
      }
    }
  }
`);

export const customerSitesQuery = graphql(`
  query CustomerSites {
    sites {
      id
      code
      name
    }
  }
`);

export const createCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateCustomerMutation = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        id
        name
        kind
        idCardLast4
        note
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const addCustomerContactMutation = graphql(`
  mutation AddCustomerContact($input: AddCustomerContactInput!) {
    addCustomerContact(input: $input) {
      customer {
        id
        contacts {
          ...ContactFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const moveInMutation = graphql(`
  mutation MoveIn($input: MoveInInput!) {
    moveIn(input: $input) {
      occupancy {
        ...OccupancyFields
        unit {
          id
        }
        customer {
          id
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const moveOutMutation = graphql(`
  mutation MoveOut($input: MoveOutInput!) {
    moveOut(input: $input) {
      occupancy {
        ...OccupancyFields
        unit {
          id
        }
        customer {
          id
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const voidCustomerMutation = graphql(`
  mutation VoidCustomer($input: VoidCustomerInput!) {
    voidCustomer(input: $input) {
      customer {
        id
        voided
        voidedAt
        voidReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
