import { graphql } from '../../gql/index.js';

export const slaPoliciesQuery = graphql(`
  query SlaPolicies {
    slaPolicies {
      kind
      priority
      responseMinutes
      resolutionMinutes
      updatedAt
    }
  }
`);

export const setSlaPolicyMutation = graphql(`
  mutation SetSlaPolicy($input: SetSlaPolicyInput!) {
    setSlaPolicy(input: $input) {
      slaPolicy {
        kind
        priority
        responseMinutes
        resolutionMinutes
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
