import { OrganizationFactory, type Organization } from './factories';
import { graphql } from './gql';
import { dataOf } from './support/data-of';
import { startTestApp, TestApp } from './support/test-app';

const CreateApiToken = graphql(`
  mutation TokensCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        scope
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const ApiTokens = graphql(`
  query TokensList {
    apiTokens {
      id
      name
      scope
      lastUsedAt
      revokedAt
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation TokensRevoke($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

const Me = graphql(`
  query TokensMe {
    me {
      id
      role
    }
  }
`);

const CreateCategory = graphql(`
  mutation TokensCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
    }
  }
`);

const LogoutEverywhere = graphql(`
  mutation TokensLogoutEverywhere {
    logoutEverywhere
  }
`);

const DeactivateMember = graphql(`
  mutation TokensDeactivate($id: ID!) {
    deactivateMember(userId: $id) {
      status
    }
  }
`);

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('personal API tokens', () => {
  let api: TestApp;
  let org: Organization;
  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  const create = (scope: 'READ' | 'READ_WRITE', by = org.hiringManager, name = 'Nightly sync') =>
    by.gql(CreateApiToken, { input: { name, scope, expiresAt: inDays(30) } });

  it('is shown once, stored hashed, and listed with its last use', async () => {
    const created = dataOf(await create('READ')).createApiToken;
    expect(created.token).toMatch(/^pnl_[\w-]{43}$/);
    expect(created.apiToken).toMatchObject({ name: 'Nightly sync', scope: 'READ', lastUsedAt: null, revokedAt: null });
    const [stored] = await api.sql<{ matches: boolean }>(
      `SELECT token_hash = sha256($1::text::bytea) AS matches FROM api_token WHERE id = $2`,
      [created.token, created.apiToken.id],
    );
    expect(stored.matches).toBe(true);

    expect(dataOf(await api.signedIn(created.token).gql(Me)).me).toEqual({ id: org.hiringManager.id, role: 'HIRING_MANAGER' });
    const listed = dataOf(await org.hiringManager.gql(ApiTokens)).apiTokens.find((token) => token.id === created.apiToken.id);
    expect(listed).toMatchObject({ name: 'Nightly sync', scope: 'READ' });
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(created.token);
    // Another member never sees it.
    expect(dataOf(await org.recruiter.gql(ApiTokens)).apiTokens.map((token) => token.id)).not.toContain(created.apiToken.id);
  });

  it('keeps a READ token to reading, and a READ_WRITE token to what its member may do', async () => {
    const read = dataOf(await create('READ')).createApiToken.token;
    const refused = await api.signedIn(read).gql(CreateCategory, { input: { name: 'By a read token' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_TOKEN' });
    expect(await api.sql(`SELECT 1 FROM category WHERE name = 'By a read token'`)).toEqual([]);

    const write = dataOf(await create('READ_WRITE')).createApiToken.token;
    expect(dataOf(await api.signedIn(write).gql(CreateCategory, { input: { name: 'By a write token' } })).createCategory.id).toBeDefined();

    // An interviewer's token is still an interviewer.
    const interviewers = dataOf(await create('READ_WRITE', org.interviewer)).createApiToken.token;
    const beyondRole = await api.signedIn(interviewers).gql(CreateCategory, { input: { name: 'By an interviewer' } });
    expect(beyondRole.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('cannot manage sessions or tokens', async () => {
    const token = dataOf(await create('READ_WRITE')).createApiToken.token;
    const script = api.signedIn(token);
    for (const result of [
      await script.gql(ApiTokens),
      await script.gql(CreateApiToken, { input: { name: 'Child', scope: 'READ_WRITE', expiresAt: inDays(1) } }),
      await script.gql(LogoutEverywhere),
    ]) {
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SESSION_REQUIRED' });
    }
  });

  it('stops working when revoked, expired, or its member is deactivated', async () => {
    const revoked = dataOf(await create('READ')).createApiToken;
    expect((await api.signedIn(revoked.token).gql(Me)).errors).toBeUndefined();
    expect(dataOf(await org.hiringManager.gql(RevokeApiToken, { id: revoked.apiToken.id })).revokeApiToken.revokedAt).not.toBeNull();
    expect((await api.signedIn(revoked.token).gql(Me)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Only its member revokes it, once.
    const again = await org.hiringManager.gql(RevokeApiToken, { id: revoked.apiToken.id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const other = dataOf(await create('READ')).createApiToken;
    const byAdmin = await org.admin.gql(RevokeApiToken, { id: other.apiToken.id });
    expect(byAdmin.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await api.sql(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [other.apiToken.id]);
    expect((await api.signedIn(other.token).gql(Me)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const recruiters = dataOf(await create('READ', org.recruiter)).createApiToken;
    dataOf(await org.admin.gql(DeactivateMember, { id: org.recruiter.id }));
    expect((await api.signedIn(recruiters.token).gql(Me)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await api.sql(`SELECT revoked_at IS NOT NULL AS revoked FROM api_token WHERE id = $1`, [recruiters.apiToken.id])).toEqual([
      { revoked: true },
    ]);
  });

  it('names the field for a bad expiry or name, and creates nothing', async () => {
    const [before] = await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM api_token`);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ expiresAt: inDays(-1) }, 'expiresAt'],
      [{ expiresAt: inDays(400) }, 'expiresAt'],
      [{ name: '   ' }, 'name'],
    ];
    for (const [override, field] of cases) {
      const result = await org.admin.gql(CreateApiToken, { input: { name: 'Bad', scope: 'READ', expiresAt: inDays(7), ...override } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await api.sql(`SELECT count(*)::int AS n FROM api_token`)).toEqual([before]);
  });
});
