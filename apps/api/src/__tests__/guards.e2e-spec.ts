import { allOperations, PUBLIC_OPERATIONS } from './support/operations';
import { startTestApp, TestApp } from './support/test-app';

describe('every operation is guarded', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers UNAUTHENTICATED to an anonymous caller for every non-public query and mutation', async () => {
    const operations = (await allOperations(api)).filter((operation) => !PUBLIC_OPERATIONS.has(operation.name));
    for (const { name, query, variables } of operations) {
      const result = await api.gql(query, variables);
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'UNAUTHENTICATED' });
    }
    expect(operations.length).toBeGreaterThan(50);
    expect(await api.sql(`SELECT count(*)::int AS n FROM organization`)).toEqual([{ n: 0 }]);
  });

  it('never answers 500 to malformed requests', async () => {
    const bodies = ['{', JSON.stringify({ query: '{ nope }' }), JSON.stringify({ query: 'query { question(id: "not-a-uuid") { id } }' }), JSON.stringify({})];
    for (const body of bodies) {
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBeLessThan(500);
    }
  });
});
