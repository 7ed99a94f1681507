import { graphql } from '../../gql/index.js';

export const positionGrantsFragment = graphql(`
  fragment PositionGrants on PositionPermissions {
    position {
      id
      key
    }
    grants {
      permission
      scope
    }
  }
`);

export const permissionMatrixQuery = graphql(`
  query PermissionMatrix {
    positions {
      id
      key
      name
      origin
      department {
        id
        key
        name
      }
    }
    permissionCatalogue {
      key
      name
      records
      actions {
        code
        action
      }
    }
    positionPermissions {
      ...PositionGrants
    }
  }
`);

export const setPositionGrantMutation = graphql(`
  mutation SetPositionGrant($input: SetPositionGrantInput!) {
    setPositionGrant(input: $input) {
      positionPermissions {
        ...PositionGrants
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
