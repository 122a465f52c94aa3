import { OrganizationFactory, type Organization } from './factories';
import { graphql } from './gql';
import { dataOf } from './support/data-of';
import { PASSWORD, startSecondInstance, startTestApp, TestApp, uniqueEmail } from './support/test-app';

const Login = graphql(`
  mutation ThrottleLogin($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
    }
  }
`);

/** Password guessing is slowed per account and per address, on every instance, without telling who has an account. */
describe('sign-in throttling', () => {
  let api: TestApp;
  let second: TestApp;
  let org: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    second = await startSecondInstance(api);
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(async () => {
    await second.close();
    await api.close();
  });

  const attempt = (app: TestApp, email: string, password: string) => app.gql(Login, { input: { email, password } });

  it('blocks an account after repeated wrong passwords, on every instance, even for the right one, then clears on success', async () => {
    const email = org.recruiter.email;
    for (let i = 0; i < 6; i++) {
      expect((await attempt(api, email, `guess ${i}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const app of [api, second]) {
      const blocked = await attempt(app, email, PASSWORD);
      expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
      expect(blocked.errors?.[0]?.message).toMatch(/^Too many sign-in attempts: try again in \d+ s$/);
    }

    // An address nobody has an account for is blocked the same way: the answer tells nothing.
    const nobody = uniqueEmail('nobody');
    for (let i = 0; i < 6; i++) await attempt(api, nobody, `guess ${i}`);
    expect((await attempt(api, nobody, PASSWORD)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');

    // Once the block has run out, the right password works and the account's count starts again.
    await api.sql(`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE key = $1`, [`account:${email}`]);
    dataOf(await attempt(second, email, PASSWORD));
    expect(await api.sql(`SELECT failures FROM login_throttle WHERE key = $1`, [`account:${email}`])).toEqual([]);
  });

  it('blocks an address that guesses across many accounts', async () => {
    for (let i = 0; i < 21; i++) await attempt(api, uniqueEmail('spray'), 'password123');
    const blocked = await attempt(api, org.admin.email, PASSWORD);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await api.sql(`DELETE FROM login_throttle WHERE key LIKE 'address:%'`);
    dataOf(await attempt(api, org.admin.email, PASSWORD));
  });
});
