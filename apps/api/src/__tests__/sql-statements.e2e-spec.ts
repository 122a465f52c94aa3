import { signUp, startTestApp, TestApp } from './support/test-app';

/** "No N+1": the statements a query runs do not grow with the rows it returns. */
describe('SQL statements per request', () => {
  let api: TestApp;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    process.env.PANELIST_SQL_TRACE = 'true';
    api = await startTestApp();
    ({
      token,
      user: { id: userId },
    } = await signUp(api));
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

  it('stays constant for openings with their counts, and for my interviews with their warnings', async () => {
    const create = (title: string) => api.gql(`mutation ($title: String!) { createOpening(input: { title: $title }) { id stages { id } } }`, { title }, token);
    const opening = (await create('Interviews')).data!.createOpening;
    const list = `query ($first: Int) { openings(first: $first) { edges { node { id applicationCounts { active rejected withdrawn } } } } }`;
    const withFew = await statements(list, { first: 1 });
    for (let n = 0; n < 4; n++) await create(`Opening ${n}`);
    expect(await statements(list, { first: 20 })).toBe(withFew);

    const category = (await api.gql(`{ categories { id } }`, {}, token)).data!.categories[0].id;
    const proposal = (await api.gql(`query ($c: ID!) { proposeRoundQuestions(input: { categoryIds: [$c], durationMinutes: 30 }) { questions { id } } }`, { c: category }, token)).data!.proposeRoundQuestions;
    const round = (
      await api.gql(`mutation ($o: ID!, $input: RoundInput!) { addRound(openingId: $o, input: $input) { id } }`, { o: opening.id, input: { name: 'Screen', stageId: opening.stages[1].id, durationMinutes: 30, questionIds: proposal.questions.map((q: { id: string }) => q.id), panelSize: 2 } }, token)
    ).data!.addRound;
    const schedule = async (n: number) => {
      const candidate = (await api.gql(`mutation ($input: CandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: `I${n}`, email: `i${n}@example.test` } }, token)).data!.createCandidate.id;
      const application = (await api.gql(`mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`, { input: { candidateId: candidate, openingId: opening.id } }, token)).data!.createApplication.id;
      const startsAt = new Date(Date.now() + 86_400_000 + n * 600_000).toISOString();
      const scheduled = await api.gql(`mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`, { input: { applicationId: application, roundId: round.id, startsAt, panelistIds: [userId] } }, token);
      expect(scheduled.errors).toBeUndefined();
    };
    const mine = `{ myInterviews { id candidateName openingTitle roundName warnings panelists { id name } questions { id revision title } } }`;
    await schedule(0);
    const withOne = await statements(mine, {});
    for (let n = 1; n < 4; n++) await schedule(n);
    const all = (await api.gql(mine, {}, token)).data!.myInterviews;
    // Overlapping half-hour interviews ten minutes apart, each with a panel of one where the round asks for two.
    expect(all[0].warnings).toEqual(expect.arrayContaining([expect.stringContaining('has another interview at that time'), 'The round asks for 2 panelists; 1 scheduled']));
    expect(await statements(mine, {})).toBe(withOne);
  });
});
