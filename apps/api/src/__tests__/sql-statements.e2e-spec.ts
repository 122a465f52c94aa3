import { signUp, startTestApp, TestApp } from './support/test-app';

/** "No N+1": the statements a query runs do not grow with the rows it returns. */
describe('SQL statements per request', () => {
  let api: TestApp;
  let token: string;

  beforeAll(async () => {
    process.env.PANELIST_SQL_TRACE = 'true';
    api = await startTestApp();
    token = (await signUp(api)).token;
  });
  afterAll(async () => {
    delete process.env.PANELIST_SQL_TRACE;
    await api.close();
  });

  /** Runs the query twice and counts the second run, whose session lookup is already remembered. */
  async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
    await traced(query, variables);
    return traced(query, variables);
  }

  async function traced(query: string, variables: Record<string, unknown>): Promise<number> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-sql-trace': '1' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown; extensions: { sql: { count: number } } };
    expect(body.errors).toBeUndefined();
    return body.extensions.sql.count;
  }

  it('stays constant for the bank list and the pipeline board as rows grow', async () => {
    const list = `query ($first: Int) { questions(first: $first) { totalCount edges { node { id category { id name questionCount } } } } }`;
    expect(await statements(list, { first: 1 })).toBe(await statements(list, { first: 50 }));

    const opening = (await api.gql(`mutation { createOpening(input: { title: "Board" }) { id } }`, {}, token)).data!.createOpening.id;
    const board = `query ($id: ID!) { pipelineBoard(openingId: $id) { columns { stage { name } count cards { id timeInStageSeconds candidateId candidateName candidateTags } } } }`;
    const add = async (n: number) => {
      const candidate = (await api.gql(`mutation ($input: CandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: `C${n}`, email: `c${n}@example.test` } }, token)).data!.createCandidate.id;
      await api.gql(`mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`, { input: { candidateId: candidate, openingId: opening } }, token);
    };
    await add(0);
    const withOne = await statements(board, { id: opening });
    for (let n = 1; n < 25; n++) await add(n);
    expect(await statements(board, { id: opening })).toBe(withOne);
    expect(withOne).toBeLessThanOrEqual(8);

    const stage = (await api.gql(`query ($id: ID!) { opening(id: $id) { stages { id } } }`, { id: opening }, token)).data!.opening.stages[0].id;
    const column = `query ($id: ID!, $stage: ID!, $first: Int) { boardColumnCards(openingId: $id, stageId: $stage, first: $first) { totalCount edges { node { id candidateName candidateTags } } } }`;
    expect(await statements(column, { id: opening, stage, first: 1 })).toBe(await statements(column, { id: opening, stage, first: 25 }));
  });
});
