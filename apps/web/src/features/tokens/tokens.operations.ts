import { graphql } from '../../gql/index.js';

export const apiTokenFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scopes
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
    owner {
      id
      name
      employeeNo
    }
  }
`);

export const apiTokensQuery = graphql(`
  query ApiTokens($all: Boolean!, $first: Int, $after: String, $last: Int, $before: String) {
    apiTokens(all: $all, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes {
        ...ApiTokenFields
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

export const createApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token {
        ...ApiTokenFields
      }
      secret
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      token {
        ...ApiTokenFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
