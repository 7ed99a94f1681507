import { graphql } from '../../gql/index.js';

export const userErrorFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`);

export const viewerFragment = graphql(`
  fragment ViewerFields on Viewer {
    authenticatedBy
    mustChangePassword
    permissions {
      permission
      scope
    }
    staff {
      id
      name
      username
      employeeNo
      locale
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
        timeZone
      }
    }
  }
`);

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        ...ViewerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout {
      signedOut
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      viewer {
        ...ViewerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const setMyLocaleMutation = graphql(`
  mutation SetMyLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input) {
      viewer {
        ...ViewerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
