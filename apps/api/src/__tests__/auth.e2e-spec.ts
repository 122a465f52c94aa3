import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { MemberFactory, OrganizationFactory, type Organization } from './factories';
import { graphql } from './gql';
import { PASSWORD, startTestApp, TestApp, uniqueEmail } from './support/test-app';

const SetupStatus = graphql(`
  query AuthSetupStatus {
    setupStatus {
      needsSetup
      signUpAllowed
    }
  }
`);

const SignUp = graphql(`
  mutation AuthSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        email
        role
      }
    }
  }
`);

const Login = graphql(`
  mutation AuthLogin($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        email
        role
      }
    }
  }
`);

const Me = graphql(`
  query AuthMe {
    me {
      id
      email
      name
      role
      status
      organization {
        id
        name
      }
    }
  }
`);

const MyMembership = graphql(`
  query AuthMyMembership {
    me {
      email
      role
      organization {
        name
      }
    }
  }
`);

const MyRole = graphql(`
  query AuthMyRole {
    me {
      role
    }
  }
`);

const Logout = graphql(`
  mutation AuthLogout {
    logout
  }
`);

const InviteMember = graphql(`
  mutation AuthInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      email
      role
    }
  }
`);

const Invitation = graphql(`
  query AuthInvitation($token: String!) {
    invitation(token: $token) {
      organizationName
      email
      role
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation AuthAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
      user {
        email
        role
      }
    }
  }
`);

const ChangeMemberRole = graphql(`
  mutation AuthChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      role
    }
  }
`);

const DeactivateMember = graphql(`
  mutation AuthDeactivateMember($id: ID!) {
    deactivateMember(userId: $id) {
      status
    }
  }
`);

const Members = graphql(`
  query AuthMembers {
    members {
      email
    }
  }
`);

describe('sign-up, sessions and members', () => {
  let api: TestApp;
  let first: Organization;
  beforeAll(async () => {
    api = await startTestApp({ ALLOW_SIGNUP: 'false' });
  });
  afterAll(() => api.close());

  it('lets the first visitor create the organisation, then closes sign-up', async () => {
    expect((await api.gql(SetupStatus)).data).toEqual({ setupStatus: { needsSetup: true, signUpAllowed: true } });
    first = await OrganizationFactory.from({ organizationName: 'First Org' }).create(api);
    expect(first.admin.role).toBe('ADMIN');
    expect(first.admin.token).toMatch(/^[\w-]{40,}$/);
    expect((await api.gql(SetupStatus)).data).toEqual({ setupStatus: { needsSetup: false, signUpAllowed: false } });

    const second = await api.gql(SignUp, { input: OrganizationFactory.from({ organizationName: 'Second', name: 'Eve' }).build() });
    expect(second.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await api.sql(`SELECT name FROM organization`)).toEqual([{ name: 'First Org' }]);
  });

  it('signs in with email and password, sets an HttpOnly SameSite cookie, and logs out for real', async () => {
    const email = uniqueEmail('nobody');
    const admin = first.admin.email;

    const adminLogin = await api.gql(Login, { input: { email: admin.toUpperCase(), password: PASSWORD } });
    expect(adminLogin.errors).toBeUndefined();
    const cookie = adminLogin.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/panelist_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = api.signedIn(adminLogin.data!.login.token);

    // The cookie alone authenticates the admin app.
    const byCookie = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: print(Me) }),
    }).then((response) => response.json() as Promise<{ data: ResultOf<typeof Me> }>);
    expect(byCookie.data.me.email).toBe(admin);

    const wrong = await api.gql(Login, { input: { email, password: 'not the password' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('Email or password is incorrect');

    expect((await session.gql(Logout)).data).toEqual({ logout: true });
    expect((await session.gql(Me)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the field and the problem for bad sign-up input, and writes nothing', async () => {
    const before = await api.sql(`SELECT count(*)::int AS n FROM user_account`);
    const cases: Array<[Parameters<typeof OrganizationFactory.from>[0], string]> = [
      [{ email: 'not-an-email' }, 'email'],
      [{ password: 'short' }, 'password'],
      [{ password: 'password1234' }, 'password'],
      [{ name: 'Ottilie Brandvold', password: 'ottiliebrandvold' }, 'password'],
      [{ organizationName: '   ' }, 'organizationName'],
    ];
    for (const [override, field] of cases) {
      const result = await api.gql(SignUp, { input: OrganizationFactory.from({ organizationName: 'X', name: 'Y', ...override }).build() });
      expect(result.status).not.toBe(500);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toContain(field);
    }
    expect(await api.sql(`SELECT count(*)::int AS n FROM user_account`)).toEqual(before);
  });

  it('stores argon2id hashes and hashed tokens only', async () => {
    const [row] = await api.sql<{ password_hash: string }>(`SELECT password_hash FROM user_account LIMIT 1`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await api.sql<{ token_hash: Buffer }>(`SELECT token_hash FROM session`);
    expect(sessions.every((session) => session.token_hash.length === 32)).toBe(true);
  });
});

describe('invitations and roles', () => {
  let api: TestApp;
  let org: Organization;
  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  it('invites a member with a role; the one-time token signs them in once', async () => {
    const email = uniqueEmail('invitee');
    const invited = await org.admin.gql(InviteMember, { input: { email, role: 'RECRUITER' } });
    expect(invited.data!.inviteMember).toMatchObject({ email, role: 'RECRUITER' });
    const token = invited.data!.inviteMember.token;

    const preview = await api.gql(Invitation, { token });
    expect(preview.data!.invitation).toEqual({ organizationName: 'Acme', email, role: 'RECRUITER' });

    // A guessable password is refused and leaves the invitation usable.
    const weak = await api.gql(AcceptInvitation, { input: { token, name: 'Rita Recruiter', password: 'iloveyou2024' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(weak.errors?.[0].message).toMatch(/^password: is too easy to guess: /);

    const accepted = await api.gql(AcceptInvitation, { input: { token, name: 'Rita Recruiter', password: PASSWORD } });
    expect(accepted.data!.acceptInvitation.user).toEqual({ email, role: 'RECRUITER' });
    const again = await api.gql(AcceptInvitation, { input: { token, name: 'Rita Again', password: PASSWORD } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'token' });

    const me = await api.signedIn(accepted.data!.acceptInvitation.token).gql(MyMembership);
    expect(me.data!.me).toEqual({ email, role: 'RECRUITER', organization: { name: 'Acme' } });
  });

  it('lets only admins invite and change roles', async () => {
    const manager = await MemberFactory.from({ role: 'HIRING_MANAGER' }).create(org);
    const attempt = await manager.gql(InviteMember, { input: { email: 'x@example.test', role: 'ADMIN' } });
    expect(attempt.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const changed = await org.admin.gql(ChangeMemberRole, { input: { userId: manager.id, role: 'INTERVIEWER' } });
    expect(changed.data!.changeMemberRole.role).toBe('INTERVIEWER');
    // Roles come from the session's member row, so the change applies to the live session at once.
    const me = await manager.gql(MyRole);
    expect(me.data!.me.role).toBe('INTERVIEWER');
  });

  it('keeps one admin, and deactivation ends every session of the member', async () => {
    const demoteSelf = await org.admin.gql(ChangeMemberRole, { input: { userId: org.admin.id, role: 'RECRUITER' } });
    expect(demoteSelf.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });

    const member = await MemberFactory.from({ role: 'INTERVIEWER' }).create(org);
    const deactivated = await org.admin.gql(DeactivateMember, { id: member.id });
    expect(deactivated.data!.deactivateMember.status).toBe('DEACTIVATED');
    expect((await member.gql(MyRole)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await api.gql(Login, { input: { email: member.email, password: PASSWORD } });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for a member of another organisation', async () => {
    const other = await OrganizationFactory.from({ organizationName: 'Other', startEmpty: true }).create(api);
    const result = await org.admin.gql(DeactivateMember, { id: other.admin.id });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const members = await org.admin.gql(Members);
    expect(members.data!.members.map((m) => m.email)).not.toContain(other.admin.email);
  });
});

const LoginTo = graphql(`
  mutation AuthLoginTo($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        email
      }
    }
  }
`);

const MyOrganization = graphql(`
  query AuthMyOrganization {
    me {
      organization {
        name
      }
    }
  }
`);

describe('one person in several organisations', () => {
  let api: TestApp;
  let acme: Organization;
  let globex: Organization;
  beforeAll(async () => {
    api = await startTestApp();
    acme = await OrganizationFactory.from({ organizationName: 'Acme', startEmpty: true }).create(api);
    globex = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  it('never tells another organisation that an email has an account', async () => {
    // Signing up with an email that Acme's admin uses: a new organisation, not EMAIL_TAKEN.
    const signUp = await api.gql(SignUp, {
      input: OrganizationFactory.from({ organizationName: 'Initech', email: acme.admin.email, password: 'plum tractor velvet 93' }).build(),
    });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data!.signUp.user).toMatchObject({ email: acme.admin.email, role: 'ADMIN' });

    // Globex invites the same person: the invitation goes out, as for anyone new to Globex.
    const invited = await globex.admin.gql(InviteMember, { input: { email: acme.admin.email, role: 'INTERVIEWER' } });
    expect(invited.errors).toBeUndefined();
    const accepted = await api.gql(AcceptInvitation, {
      input: { token: invited.data!.inviteMember.token, name: 'Same Person', password: 'quiet harbour lantern' },
    });
    expect(accepted.data!.acceptInvitation.user).toEqual({ email: acme.admin.email, role: 'INTERVIEWER' });

    // Within one organisation an email is still one member: Acme is told, about its own member.
    const again = await acme.admin.gql(InviteMember, { input: { email: acme.admin.email, role: 'RECRUITER' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email' });
    expect(again.errors?.[0].message).toBe('A member of this organisation already has this email');
  });

  it('signs in to the account the password opens, and asks which when it opens several', async () => {
    const email = acme.admin.email;
    const toGlobex = await api.gql(LoginTo, { input: { email, password: 'quiet harbour lantern' } });
    expect((await api.signedIn(toGlobex.data!.login.token).gql(MyOrganization)).data!.me.organization.name).toBe('Globex');

    // Acme's and Initech's accounts share a password: the person chooses.
    const onlyAcme = await api.gql(LoginTo, { input: { email, password: PASSWORD } });
    const [initech] = await api.sql<{ id: string }>(`SELECT id FROM organization WHERE name = 'Initech'`);
    await api.sql(
      `UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE organization_id = $1 AND email = $2)
                    WHERE organization_id = $3 AND email = $2`,
      [acme.id, email, initech.id],
    );
    const both = await api.gql(LoginTo, { input: { email, password: PASSWORD } });
    expect(onlyAcme.errors).toBeUndefined();
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORGANIZATION_REQUIRED', field: 'organizationId' });
    const offered = both.errors?.[0].extensions?.organizations?.map((org) => org.name).sort();
    expect(offered).toEqual(['Acme', 'Initech']);

    const chosen = await api.gql(LoginTo, { input: { email, password: PASSWORD, organizationId: initech.id } });
    expect((await api.signedIn(chosen.data!.login.token).gql(MyOrganization)).data!.me.organization.name).toBe('Initech');
    // Naming an organisation the password does not open is a wrong password, like any other.
    const wrong = await api.gql(LoginTo, { input: { email, password: PASSWORD, organizationId: globex.id } });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('sessions that go unused', () => {
  let api: TestApp;
  let org: Organization;
  beforeAll(async () => {
    api = await startTestApp({ SESSION_IDLE_HOURS: '12' });
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  const signIn = async () => (await api.gql(Login, { input: { email: org.admin.email, password: PASSWORD } })).data!.login.token;
  const age = (token: string, hours: number) =>
    api.sql(`UPDATE session SET last_seen_at = now() - make_interval(hours => $1) WHERE token_hash = sha256($2::text::bytea)`, [
      hours,
      token,
    ]);

  it('ends a session unused for SESSION_IDLE_HOURS, and keeps one in use alive', async () => {
    const idle = await signIn();
    await age(idle, 13);
    expect((await api.signedIn(idle).gql(MyRole)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const inUse = await signIn();
    await age(inUse, 11);
    expect((await api.signedIn(inUse).gql(MyRole)).data).toEqual({ me: { role: 'ADMIN' } });
    const [seen] = await api.sql<{ idle_seconds: number }>(
      `SELECT extract(epoch FROM now() - last_seen_at)::int AS idle_seconds FROM session WHERE token_hash = sha256($1::text::bytea)`,
      [inUse],
    );
    expect(seen.idle_seconds).toBeLessThan(60);
  });
});
