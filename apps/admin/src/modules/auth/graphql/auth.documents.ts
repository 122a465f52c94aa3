import { graphql } from '../../../gql';

export const sessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    name
    email
    role
    status
    organization {
      id
      name
    }
  }
`);

export const SetupStatusQuery = graphql(`
  query SetupStatus {
    setupStatus {
      needsSetup
      signUpAllowed
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

// The AuthPayload token is never requested: the admin relies on the HttpOnly session cookie.
export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      name
      organizationName
      role
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);
