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
  query ApiTokens($all: Boolean!) {
    apiTokens(all: $all) {
      ...ApiTokenFields
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
