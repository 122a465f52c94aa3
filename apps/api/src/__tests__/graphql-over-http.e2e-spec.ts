import { serverAudits } from 'graphql-http';
import { startTestApp, TestApp } from './support/test-app';

/** The GraphQL-over-HTTP spec's own audits (graphql-http), run against the real server. */
describe('GraphQL over HTTP', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('passes every audit that the spec makes a MUST', async () => {
    const results = await Promise.all(serverAudits({ url: `${api.url}/graphql`, fetchFn: fetch }).map((audit) => audit.fn()));
    const failures = results.flatMap((result) => (result.status === 'error' ? [`${result.id} ${result.name}: ${result.reason}`] : []));
    expect(failures).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(40);
  });
});
