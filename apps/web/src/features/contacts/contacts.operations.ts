import { graphql } from '../../gql/index.js';

export const contactFieldsFragment = graphql(`
  fragment DirectoryContactFields on Contact {
    id
    directory
    category
    name
    person
    role
    phone
    altPhone
    dial
    altDial
    note
    active
    stale
    canKeep
    version
    lastVerifiedAt
    verifyNote
    site {
      id
      code
      name
    }
    verifiedBy {
      id
      name
    }
  }
`);

export const contactsQuery = graphql(`
  query ContactDirectory($filter: ContactFilter) {
    contacts(filter: $filter, first: 100) {
      totalCount
      nodes {
        ...DirectoryContactFields
      }
    }
  }
`);

export const contactCoverageQuery = graphql(`
  query ContactCoverage {
    contactCoverage {
      site {
        id
        code
        name
      }
      staleAfterDays
      missingLiaison
      missingEmergency
      stale {
        id
        name
      }
    }
  }
`);

export const contactSitesQuery = graphql(`
  query ContactSites {
    sites {
      id
      code
      name
    }
  }
`);

export const createContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        ...DirectoryContactFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        ...DirectoryContactFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const verifyContactMutation = graphql(`
  mutation VerifyContact($input: VerifyContactInput!) {
    verifyContact(input: $input) {
      contact {
        ...DirectoryContactFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const retireContactMutation = graphql(`
  mutation RetireContact($input: RetireContactInput!) {
    retireContact(input: $input) {
      contact {
        ...DirectoryContactFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
