import { addMember, PASSWORD, signUp, startTestApp, TestApp, uniqueEmail } from './support/test-app';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email role } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token user { id email role } } }`;
const ME = `{ me { id email name role status organization { id name } } }`;

describe('sign-up, sessions and members', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ ALLOW_SIGNUP: 'false' });
  });
  afterAll(() => api.close());

  it('lets the first visitor create the organisation, then closes sign-up', async () => {
    expect((await api.gql(`{ setupStatus { needsSetup signUpAllowed } }`)).data).toEqual({ setupStatus: { needsSetup: true, signUpAllowed: true } });
    const first = await signUp(api, { organizationName: 'First Org' });
    expect(first.user.role).toBe('ADMIN');
    expect(first.token).toMatch(/^[\w-]{40,}$/);
    expect((await api.gql(`{ setupStatus { needsSetup signUpAllowed } }`)).data).toEqual({ setupStatus: { needsSetup: false, signUpAllowed: false } });

    const second = await api.gql(SIGN_UP, { input: { organizationName: 'Second', name: 'Eve', email: uniqueEmail(), password: PASSWORD } });
    expect(second.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await api.sql(`SELECT name FROM organization`)).toEqual([{ name: 'First Org' }]);
  });

  it('signs in with email and password, sets an HttpOnly SameSite cookie, and logs out for real', async () => {
    const email = uniqueEmail('nobody');
    const admin = (await api.sql<{ email: string }>(`SELECT email FROM user_account LIMIT 1`))[0].email;
    expect(admin).toBeDefined();

    const adminLogin = await api.gql(LOGIN, { input: { email: admin.toUpperCase(), password: PASSWORD } });
    expect(adminLogin.errors).toBeUndefined();
    const cookie = adminLogin.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/panelist_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = adminLogin.data!.login.token;

    // The cookie alone authenticates the admin app.
    const byCookie = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    }).then((response) => response.json() as Promise<{ data: { me: { email: string } } }>);
    expect(byCookie.data.me.email).toBe(admin);

    const wrong = await api.gql(LOGIN, { input: { email, password: 'not the password' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('Email or password is incorrect');

    expect((await api.gql(`mutation { logout }`, {}, token)).data).toEqual({ logout: true });
    expect((await api.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the field and the problem for bad sign-up input, and writes nothing', async () => {
    const before = await api.sql(`SELECT count(*)::int AS n FROM user_account`);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ email: 'not-an-email' }, 'email'],
      [{ password: 'short' }, 'password'],
      [{ organizationName: '   ' }, 'organizationName'],
    ];
    for (const [override, field] of cases) {
      const result = await api.gql(SIGN_UP, { input: { organizationName: 'X', name: 'Y', email: uniqueEmail(), password: PASSWORD, ...override } });
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
  let admin: { token: string; user: { id: string } };
  beforeAll(async () => {
    api = await startTestApp();
    admin = await signUp(api, { startEmpty: true });
  });
  afterAll(() => api.close());

  it('invites a member with a role; the one-time token signs them in once', async () => {
    const email = uniqueEmail('invitee');
    const invited = await api.gql(`mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token email role } }`, { input: { email, role: 'RECRUITER' } }, admin.token);
    expect(invited.data!.inviteMember).toMatchObject({ email, role: 'RECRUITER' });
    const token = invited.data!.inviteMember.token;

    const preview = await api.gql(`query ($token: String!) { invitation(token: $token) { organizationName email role } }`, { token });
    expect(preview.data!.invitation).toEqual({ organizationName: 'Acme', email, role: 'RECRUITER' });

    const accept = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { email role } } }`;
    const accepted = await api.gql(accept, { input: { token, name: 'Rita Recruiter', password: PASSWORD } });
    expect(accepted.data!.acceptInvitation.user).toEqual({ email, role: 'RECRUITER' });
    const again = await api.gql(accept, { input: { token, name: 'Rita Again', password: PASSWORD } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'token' });

    const me = await api.gql(`{ me { email role organization { name } } }`, {}, accepted.data!.acceptInvitation.token);
    expect(me.data!.me).toEqual({ email, role: 'RECRUITER', organization: { name: 'Acme' } });
  });

  it('lets only admins invite and change roles', async () => {
    const manager = await addMember(api, admin.token, 'HIRING_MANAGER');
    const attempt = await api.gql(`mutation { inviteMember(input: { email: "x@example.test", role: ADMIN }) { token } }`, {}, manager.token);
    expect(attempt.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const changed = await api.gql(`mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`, { input: { userId: manager.user.id, role: 'INTERVIEWER' } }, admin.token);
    expect(changed.data!.changeMemberRole.role).toBe('INTERVIEWER');
    // Roles come from the session's member row, so the change applies to the live session at once.
    const me = await api.gql(`{ me { role } }`, {}, manager.token);
    expect(me.data!.me.role).toBe('INTERVIEWER');
  });

  it('keeps one admin, and deactivation ends every session of the member', async () => {
    const demoteSelf = await api.gql(`mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`, { input: { userId: admin.user.id, role: 'RECRUITER' } }, admin.token);
    expect(demoteSelf.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });

    const member = await addMember(api, admin.token, 'INTERVIEWER');
    const deactivated = await api.gql(`mutation ($id: ID!) { deactivateMember(userId: $id) { status } }`, { id: member.user.id }, admin.token);
    expect(deactivated.data!.deactivateMember.status).toBe('DEACTIVATED');
    expect((await api.gql(`{ me { id } }`, {}, member.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await api.sql<{ email: string }>(`SELECT email FROM user_account WHERE id = $1`, [member.user.id]);
    const login = await api.gql(LOGIN, { input: { email: row.email, password: PASSWORD } });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for a member of another organisation', async () => {
    const other = await signUp(api, { organizationName: 'Other', startEmpty: true });
    const result = await api.gql(`mutation ($id: ID!) { deactivateMember(userId: $id) { status } }`, { id: other.user.id }, admin.token);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const members = await api.gql(`{ members { email } }`, {}, admin.token);
    expect(members.data!.members.map((m: { email: string }) => m.email)).not.toContain(other.user.email);
  });
});
