import { graphql } from '../../../gql';

export const memberFieldsFragment = graphql(`
  fragment MemberFields on User {
    id
    name
    email
    role
    status
    createdAt
  }
`);

export const MembersQuery = graphql(`
  query Members {
    members {
      ...MemberFields
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query PendingInvitations {
    pendingInvitations {
      id
      email
      name
      role
      createdAt
      expiresAt
    }
  }
`);

export const invitationTicketFragment = graphql(`
  fragment InvitationTicketFields on InvitationTicket {
    id
    token
    email
    name
    role
    expiresAt
    emailed
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...InvitationTicketFields
    }
  }
`);

/** Only a hash of a token is kept: a pending invitation's link can be replaced, never shown again. */
export const ReissueInvitationMutation = graphql(`
  mutation ReissueInvitation($id: ID!) {
    reissueInvitation(id: $id) {
      ...InvitationTicketFields
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($userId: ID!) {
    deactivateMember(userId: $userId) {
      id
      status
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($userId: ID!) {
    reactivateMember(userId: $userId) {
      id
      status
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);
