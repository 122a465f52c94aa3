import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import { GraphQLClient, PASSWORD, TestApp, uniqueEmail } from '../support/test-app';

export const memberFields = graphql(`
  fragment FactoryMember on User {
    id
    email
    name
    role
  }
`);

const InviteMember = graphql(`
  mutation FactoryInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
      user {
        ...FactoryMember
      }
    }
  }
`);

/** A member of an organisation, signed in: what the API answered about them, and a client with their session. */
export interface Member extends GraphQLClient {
  id: string;
  email: string;
  name: string;
  role: Role;
  token: string;
}

export function signedInMember(api: TestApp, session: { token: string; user: Omit<Member, 'token' | 'gql'> }): Member {
  const { id, email, name, role } = session.user;
  return { id, email, name, role, token: session.token, gql: api.signedIn(session.token).gql };
}

export interface MemberOverrides {
  role: Role;
  name?: string;
  email?: string;
}

const DEFAULT_NAMES: Record<Role, string> = {
  ADMIN: 'Ada Admin',
  HIRING_MANAGER: 'Hana Manager',
  RECRUITER: 'Rita Recruiter',
  INTERVIEWER: 'Ivan Interviewer',
};

/** Where a member joins: the organisation's admin invites, the invitee accepts on the same server. */
export interface JoinableOrganization {
  api: TestApp;
  admin: Member;
}

/** A member invited by the admin who accepted the invitation: `MemberFactory.from({ role: 'RECRUITER' }).create(org)`. */
export class MemberFactory {
  private constructor(private readonly value: Required<MemberOverrides>) {}

  static from(overrides: MemberOverrides): MemberFactory {
    return new MemberFactory({ name: DEFAULT_NAMES[overrides.role], email: uniqueEmail(overrides.role.toLowerCase()), ...overrides });
  }

  build(): Required<MemberOverrides> {
    return { ...this.value };
  }

  async create({ api, admin }: JoinableOrganization): Promise<Member> {
    const { role, name, email } = this.build();
    const ticket = dataOf(await admin.gql(InviteMember, { input: { email, role } })).inviteMember;
    const accepted = dataOf(await api.gql(AcceptInvitation, { input: { token: ticket.token, name, password: PASSWORD } })).acceptInvitation;
    return signedInMember(api, accepted);
  }
}
