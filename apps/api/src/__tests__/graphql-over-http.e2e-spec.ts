import { serverAudits } from 'graphql-http';
import { OrganizationFactory, type Organization } from './factories';
import { startTestApp, TestApp } from './support/test-app';

/** The GraphQL-over-HTTP spec's own audits (graphql-http), run against the real server. */
describe('GraphQL over HTTP', () => {
  let api: TestApp;
  let org: Organization;
  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from().create(api);
  });
  afterAll(() => api.close());

  async function audit(headers: Record<string, string>): Promise<void> {
    const fetchFn: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), ...headers } });
    const results = await Promise.all(serverAudits({ url: `${api.url}/graphql`, fetchFn }).map((check) => check.fn()));
    // Errors and warnings (MUSTs and SHOULDs) both fail; notices are MAYs the server chose not to do.
    const failures = results.flatMap((result) =>
      result.status === 'error' || result.status === 'warn' ? [`${result.status} ${result.id} ${result.name}: ${result.reason}`] : [],
    );
    expect(failures).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(40);
  }

  it('passes every audit that the spec makes a MUST or a SHOULD', () => audit({}));

  // Signed in, every request goes through the session lookup first: that must not change what the spec sees.
  it('passes them signed in as well', () => audit({ authorization: `Bearer ${org.recruiter.token}` }));
});
