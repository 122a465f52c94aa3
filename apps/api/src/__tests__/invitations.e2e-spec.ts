import { OrganizationFactory, type Organization } from './factories';
import { graphql } from './gql';
import { dataOf } from './support/data-of';
import { PASSWORD, startTestApp, TestApp, uniqueEmail } from './support/test-app';

/**
 * Members and invitations as an admin handles them (issue 12 §4): invitations named and listed while pending, a new
 * link for one whose link was lost (only a hash of the token is kept), revoking, and who reads the member list.
 */

const Invite = graphql(`
  mutation InvitationsInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      token
      email
      name
      role
      expiresAt
    }
  }
`);

const Pending = graphql(`
  query InvitationsPending {
    pendingInvitations {
      id
      email
      name
      role
      expiresAt
    }
  }
`);

const Reissue = graphql(`
  mutation InvitationsReissue($id: ID!) {
    reissueInvitation(id: $id) {
      id
      token
      email
      name
      role
      expiresAt
    }
  }
`);

const Revoke = graphql(`
  mutation InvitationsRevoke($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

const Preview = graphql(`
  query InvitationsPreview($token: String!) {
    invitation(token: $token) {
      email
      name
      role
    }
  }
`);

const Accept = graphql(`
  mutation InvitationsAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        email
      }
    }
  }
`);

const Members = graphql(`
  query InvitationsMembers {
    members {
      email
    }
  }
`);

const DAY_MS = 24 * 60 * 60 * 1000;

describe('invitations', () => {
  let api: TestApp;
  let org: Organization;
  let other: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
    other = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  async function invite(name: string | null, role: 'INTERVIEWER' | 'RECRUITER' = 'INTERVIEWER') {
    return dataOf(await org.admin.gql(Invite, { input: { email: uniqueEmail('invitee'), name, role } })).inviteMember;
  }

  async function pending() {
    return dataOf(await org.admin.gql(Pending)).pendingInvitations;
  }

  it('are created several in a row, each named, and listed pending newest first with role and expiry', async () => {
    const before = Date.now();
    const first = await invite('Lin Chen', 'RECRUITER');
    const second = await invite(' Sam Okafor ');
    const third = await invite(null);
    expect([first.name, second.name, third.name]).toEqual(['Lin Chen', 'Sam Okafor', null]);

    const listed = (await pending()).filter((invitation) => [first.id, second.id, third.id].includes(invitation.id));
    expect(listed.map(({ id, email, name, role }) => ({ id, email, name, role }))).toEqual([
      { id: third.id, email: third.email, name: null, role: 'INTERVIEWER' },
      { id: second.id, email: second.email, name: 'Sam Okafor', role: 'INTERVIEWER' },
      { id: first.id, email: first.email, name: 'Lin Chen', role: 'RECRUITER' },
    ]);
    for (const invitation of listed) {
      const expiresIn = Date.parse(invitation.expiresAt) - before;
      expect(expiresIn).toBeGreaterThan(13.9 * DAY_MS);
      expect(expiresIn).toBeLessThan(14.1 * DAY_MS);
    }
    // Every link works, and the accept page starts from the name the admin gave.
    expect(dataOf(await api.gql(Preview, { token: first.token })).invitation).toEqual({
      email: first.email,
      name: 'Lin Chen',
      role: 'RECRUITER',
    });
    expect(dataOf(await api.gql(Preview, { token: third.token })).invitation.name).toBeNull();
  });

  it('refuses a name that is empty or too long, naming the field, and creates nothing', async () => {
    const email = uniqueEmail('nameless');
    for (const name of ['   ', 'x'.repeat(121)]) {
      const refused = await org.admin.gql(Invite, { input: { email, name, role: 'INTERVIEWER' } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
    expect((await pending()).map((invitation) => invitation.email)).not.toContain(email);
  });

  it('get a new link on request: the new one works for another 14 days, the earlier one stops working', async () => {
    const invitation = await invite('Noor Haddad', 'RECRUITER');
    // Two days on, as far as the invitation can tell.
    await api.sql(`UPDATE invitation SET expires_at = expires_at - interval '2 days' WHERE id = $1`, [invitation.id]);
    const before = Date.now();
    const reissued = dataOf(await org.admin.gql(Reissue, { id: invitation.id })).reissueInvitation;
    expect(reissued).toMatchObject({ id: invitation.id, email: invitation.email, name: 'Noor Haddad', role: 'RECRUITER' });
    expect(reissued.token).not.toBe(invitation.token);
    expect(Date.parse(reissued.expiresAt) - before).toBeGreaterThan(13.9 * DAY_MS);

    const old = await api.gql(Preview, { token: invitation.token });
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'token' });
    expect(dataOf(await api.gql(Preview, { token: reissued.token })).invitation.email).toBe(invitation.email);
    // Still one pending invitation for the address, with the new expiry.
    const listed = (await pending()).filter((row) => row.email === invitation.email);
    expect(listed).toEqual([expect.objectContaining({ id: invitation.id, expiresAt: reissued.expiresAt })]);

    const accepted = await api.gql(Accept, { input: { token: reissued.token, name: 'Noor Haddad', password: PASSWORD } });
    expect(accepted.data?.acceptInvitation.user.email).toBe(invitation.email);
    // Accepted: nothing left to reissue.
    const afterAccepting = await org.admin.gql(Reissue, { id: invitation.id });
    expect(afterAccepting.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('renews an expired invitation, which stays listed until then', async () => {
    const invitation = await invite('Ola Nordmann');
    await api.sql(`UPDATE invitation SET expires_at = now() - interval '1 day' WHERE id = $1`, [invitation.id]);
    expect((await pending()).map((row) => row.id)).toContain(invitation.id);
    expect((await api.gql(Preview, { token: invitation.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const renewed = dataOf(await org.admin.gql(Reissue, { id: invitation.id })).reissueInvitation;
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.now() + 13 * DAY_MS);
    expect(dataOf(await api.gql(Preview, { token: renewed.token })).invitation.name).toBe('Ola Nordmann');
  });

  it('are revoked: no longer listed, the link stops working and cannot be reissued', async () => {
    const invitation = await invite('Kai Tanaka');
    expect(dataOf(await org.admin.gql(Revoke, { id: invitation.id })).revokeInvitation).toBe(true);
    expect((await pending()).map((row) => row.id)).not.toContain(invitation.id);
    expect((await api.gql(Preview, { token: invitation.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const attempt of [await org.admin.gql(Revoke, { id: invitation.id }), await org.admin.gql(Reissue, { id: invitation.id })]) {
      expect(attempt.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
  });

  it("answers NOT_FOUND for another organisation's invitation and leaves its link working", async () => {
    const theirs = dataOf(await other.admin.gql(Invite, { input: { email: uniqueEmail('theirs'), role: 'INTERVIEWER' } })).inviteMember;
    for (const attempt of [await org.admin.gql(Reissue, { id: theirs.id }), await org.admin.gql(Revoke, { id: theirs.id })]) {
      expect(attempt.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    expect(dataOf(await api.gql(Preview, { token: theirs.token })).invitation.email).toBe(theirs.email);
    const [row] = await api.sql<{ expires_at: Date }>(`SELECT expires_at FROM invitation WHERE id = $1`, [theirs.id]);
    expect(row.expires_at.toISOString()).toBe(theirs.expiresAt);
  });

  it('are listed, reissued and revoked by admins only', async () => {
    const invitation = await invite('Ira Petrov');
    for (const member of [org.hiringManager, org.recruiter, org.interviewer]) {
      expect((await member.gql(Pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await member.gql(Reissue, { id: invitation.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await member.gql(Revoke, { id: invitation.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(dataOf(await api.gql(Preview, { token: invitation.token })).invitation.name).toBe('Ira Petrov');
  });
});

describe('the member list', () => {
  let api: TestApp;
  let org: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  it('is read by the hiring team, emails included', async () => {
    const everyone = org.members.map((member) => member.email).sort();
    for (const member of [org.admin, org.hiringManager, org.recruiter]) {
      expect(
        dataOf(await member.gql(Members))
          .members.map((row) => row.email)
          .sort(),
      ).toEqual(everyone);
    }
  });

  it("is not read by interviewers, who see only their own interviews' panels", async () => {
    const refused = await org.interviewer.gql(Members);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.members).toBeUndefined();
  });
});
