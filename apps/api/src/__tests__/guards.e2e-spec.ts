import { OrganizationFactory } from './factories';
import { allOperations, allSubscriptions, PUBLIC_OPERATIONS } from './support/operations';
import { openSocket } from './support/subscriptions';
import { startTestApp, TestApp } from './support/test-app';

describe('every operation is guarded', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    // An organisation with its bank, so a guard that let a caller through would have rows to act on.
    await OrganizationFactory.from().create(api);
  });
  afterAll(() => api.close());

  it('answers UNAUTHENTICATED to an anonymous caller for every non-public query and mutation', async () => {
    const operations = (await allOperations(api)).filter((operation) => !PUBLIC_OPERATIONS.has(operation.name));
    for (const { name, document, variables } of operations) {
      const result = await api.gql(document, variables);
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'UNAUTHENTICATED' });
    }
    expect(operations.length).toBeGreaterThan(50);
    expect(await api.sql(`SELECT count(*)::int AS n FROM organization`)).toEqual([{ n: 1 }]);
  });

  it('answers UNAUTHENTICATED to an anonymous socket for every subscription', async () => {
    const subscriptions = await allSubscriptions(api);
    const socket = openSocket(api.url);
    try {
      for (const { name, document, variables } of subscriptions) {
        const result = await socket.subscribe(document, variables).next();
        expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'UNAUTHENTICATED' });
      }
    } finally {
      await socket.close();
    }
    expect(subscriptions.length).toBeGreaterThan(0);
  });

  it('never answers 500 to malformed requests', async () => {
    const bodies = [
      '{',
      JSON.stringify({ query: '{ nope }' }),
      JSON.stringify({ query: 'query { question(id: "not-a-uuid") { id } }' }),
      JSON.stringify({}),
    ];
    for (const body of bodies) {
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBeLessThan(500);
    }
  });
});
