import { addMember, signUp, startTestApp, TestApp } from './support/test-app';

const QUESTIONS = `query ($filter: QuestionFilter, $first: Int, $after: String) {
  questions(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id title kind difficulty tags category { id name } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const CREATE = `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id title prompt revision tags talkingPoints { text } anchors { rating text } category { id } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateQuestionInput!) { updateQuestion(id: $id, input: $input) { id title revision } }`;

describe('the question bank', () => {
  let api: TestApp;
  let admin: { token: string };
  let interviewer: { token: string };
  let manager: { token: string };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signUp(api);
    interviewer = await addMember(api, admin.token, 'INTERVIEWER');
    manager = await addMember(api, admin.token, 'HIRING_MANAGER');
  });
  afterAll(() => api.close());

  it('starts a new organisation with the MLOps bank', async () => {
    const categories = await api.gql(`{ categories { id name position questionCount } }`, {}, interviewer.token);
    const list = categories.data!.categories as Array<{ name: string; position: number; questionCount: number }>;
    expect(list).toHaveLength(14);
    expect(list[0]).toMatchObject({ name: 'Fundamental MLOps Concepts', position: 0, questionCount: 5 });
    expect(list.map((c) => c.name)).toContain('Real-World Scenario Questions');
    expect(list.reduce((sum, c) => sum + c.questionCount, 0)).toBe(70);
    const [{ points }] = await api.sql(`SELECT sum(cardinality(talking_points))::int AS points FROM question`);
    expect(points).toBe(199);
  });

  it('lets an organisation start empty', async () => {
    const empty = await signUp(api, { organizationName: 'Empty', startEmpty: true });
    expect((await api.gql(`{ categories { id } }`, {}, empty.token)).data!.categories).toEqual([]);
  });

  it('pages through the bank in order with a Relay connection', async () => {
    const first = await api.gql(QUESTIONS, { first: 30 }, interviewer.token);
    const page = first.data!.questions;
    expect(page.totalCount).toBe(70);
    expect(page.edges).toHaveLength(30);
    expect(page.edges[0].node.title).toBe('What is MLOps and how does it differ from DevOps?');
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await api.gql(QUESTIONS, { first: 100, after: page.pageInfo.endCursor }, interviewer.token);
    expect(rest.data!.questions.edges).toHaveLength(40);
    expect(rest.data!.questions.pageInfo.hasNextPage).toBe(false);
    const ids = new Set([...page.edges, ...rest.data!.questions.edges].map((edge: { node: { id: string } }) => edge.node.id));
    expect(ids.size).toBe(70);

    const bad = await api.gql(QUESTIONS, { first: 1000 }, interviewer.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('searches with ranking: a title match ranks above a talking-point match', async () => {
    const categories = (await api.gql(`{ categories { id name } }`, {}, admin.token)).data!.categories;
    const categoryId = categories[0].id;
    const inPoints = await api.gql(CREATE, { input: { categoryId, title: 'Zebra question one', talkingPoints: ['mentions quokka once'] } }, admin.token);
    const inTitle = await api.gql(CREATE, { input: { categoryId, title: 'All about the quokka', talkingPoints: ['unrelated'] } }, admin.token);
    const result = await api.gql(QUESTIONS, { filter: { search: 'quokka' } }, interviewer.token);
    expect(result.data!.questions.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([inTitle.data!.createQuestion.id, inPoints.data!.createQuestion.id]);

    const drift = await api.gql(QUESTIONS, { filter: { search: 'drift' }, first: 50 }, interviewer.token);
    const titles: string[] = drift.data!.questions.edges.map((edge: { node: { title: string } }) => edge.node.title);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles[0].toLowerCase()).toContain('drift');
    expect(drift.data!.questions.totalCount).toBe(titles.length);

    // The last word matches as a prefix while typing.
    const typing = await api.gql(QUESTIONS, { filter: { search: 'quok' } }, interviewer.token);
    expect(typing.data!.questions.totalCount).toBe(2);
    // Punctuation cannot inject tsquery syntax.
    const odd = await api.gql(QUESTIONS, { filter: { search: "drift & | ! ( ':*" } }, interviewer.token);
    expect(odd.errors).toBeUndefined();
  });

  it('combines search with category, tag, kind and difficulty filters', async () => {
    const categories = (await api.gql(`{ categories { id name } }`, {}, admin.token)).data!.categories as Array<{ id: string; name: string }>;
    const monitoring = categories.find((c) => c.name === 'Model Monitoring and Observability')!;
    const byCategory = await api.gql(QUESTIONS, { filter: { search: 'drift', categoryIds: [monitoring.id] } }, interviewer.token);
    expect(byCategory.data!.questions.edges.every((edge: { node: { category: { id: string } } }) => edge.node.category.id === monitoring.id)).toBe(true);
    expect(byCategory.data!.questions.totalCount).toBeGreaterThan(0);

    const scenarios = await api.gql(QUESTIONS, { filter: { kinds: ['SCENARIO'] }, first: 50 }, interviewer.token);
    expect(scenarios.data!.questions.totalCount).toBe(10);
    const topics = await api.gql(QUESTIONS, { filter: { kinds: ['TOPIC'], tags: ['Grafana'] } }, interviewer.token);
    expect(topics.data!.questions.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Monitoring Tools']);
    const hard = await api.gql(QUESTIONS, { filter: { difficulties: [3] }, first: 100 }, interviewer.token);
    expect(hard.data!.questions.edges.every((edge: { node: { difficulty: number } }) => edge.node.difficulty === 3)).toBe(true);

    const badKind = await api.gql(QUESTIONS, { filter: { difficulties: [7] } }, interviewer.token);
    expect(badKind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps every revision of an edited question readable', async () => {
    const categoryId = (await api.gql(`{ categories { id } }`, {}, admin.token)).data!.categories[1].id;
    const created = await api.gql(
      CREATE,
      { input: { categoryId, title: 'How do you roll out a feature store?', tags: ['Feast', 'feast', 'Tecton'], talkingPoints: ['online vs offline'], anchors: [{ rating: 4, text: 'covers backfills' }, { rating: 1, text: 'no plan' }] } },
      manager.token,
    );
    const question = created.data!.createQuestion;
    expect(question).toMatchObject({ revision: 1, prompt: 'How do you roll out a feature store?', tags: ['Feast', 'Tecton'], anchors: [{ rating: 1, text: 'no plan' }, { rating: 4, text: 'covers backfills' }] });

    const edited = await api.gql(UPDATE, { id: question.id, input: { title: 'How do you roll out a feature store safely?', expectedRevision: 1 } }, manager.token);
    expect(edited.data!.updateQuestion).toMatchObject({ revision: 2, title: 'How do you roll out a feature store safely?' });
    const unchanged = await api.gql(UPDATE, { id: question.id, input: { title: 'How do you roll out a feature store safely?' } }, manager.token);
    expect(unchanged.data!.updateQuestion.revision).toBe(2);

    const stale = await api.gql(UPDATE, { id: question.id, input: { title: 'Lost update', expectedRevision: 1 } }, admin.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision' });

    const detail = await api.gql(`query ($id: ID!) { question(id: $id) { title revision revisions { revision title talkingPoints { text } } } }`, { id: question.id }, interviewer.token);
    expect(detail.data!.question.revisions.map((r: { revision: number; title: string }) => [r.revision, r.title])).toEqual([
      [2, 'How do you roll out a feature store safely?'],
      [1, 'How do you roll out a feature store?'],
    ]);
  });

  it('rejects bad question input with the field named, and changes nothing', async () => {
    const categoryId = (await api.gql(`{ categories { id } }`, {}, admin.token)).data!.categories[0].id;
    const [{ before }] = await api.sql(`SELECT count(*)::int AS before FROM question`);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ categoryId, title: '' }, 'title'],
      [{ categoryId, title: 'ok', difficulty: 5 }, 'difficulty'],
      [{ categoryId, title: 'ok', estimatedMinutes: 0 }, 'estimatedMinutes'],
      [{ categoryId, title: 'ok', anchors: [{ rating: 9, text: 'x' }] }, 'anchors.0.rating'],
      [{ categoryId: 'nope', title: 'ok' }, 'categoryId'],
    ];
    for (const [input, field] of cases) {
      const result = await api.gql(CREATE, { input }, admin.token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const missing = await api.gql(CREATE, { input: { categoryId: '00000000-0000-4000-8000-000000000000', title: 'ok' } }, admin.token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'categoryId' });
    const [{ after }] = await api.sql(`SELECT count(*)::int AS after FROM question`);
    expect(after).toBe(before);
  });

  it('lets every member read but only admins and hiring managers change the bank', async () => {
    const categoryId = (await api.gql(`{ categories { id } }`, {}, admin.token)).data!.categories[0].id;
    const denied = await api.gql(CREATE, { input: { categoryId, title: 'Interviewer question' } }, interviewer.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const recruiter = await addMember(api, admin.token, 'RECRUITER');
    expect((await api.gql(`mutation { createCategory(input: { name: "Nope" }) { id } }`, {}, recruiter.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`{ exportQuestionBank }`, {}, recruiter.token)).data!.exportQuestionBank).toContain('## Fundamental MLOps Concepts');
  });

  it('manages categories: create, rename, reorder, refuse to delete a non-empty one', async () => {
    const created = await api.gql(`mutation { createCategory(input: { name: "LLMOps", description: "Serving language models" }) { id name position questionCount } }`, {}, manager.token);
    expect(created.data!.createCategory).toMatchObject({ name: 'LLMOps', position: 14, questionCount: 0 });
    const duplicate = await api.gql(`mutation { createCategory(input: { name: "llmops" }) { id } }`, {}, manager.token);
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });

    const ids = (await api.gql(`{ categories { id } }`, {}, manager.token)).data!.categories.map((c: { id: string }) => c.id);
    const reversed = [...ids].reverse();
    const reordered = await api.gql(`mutation ($ids: [ID!]!) { reorderCategories(input: { categoryIds: $ids }) { id position } }`, { ids: reversed }, manager.token);
    expect(reordered.data!.reorderCategories.map((c: { id: string }) => c.id)).toEqual(reversed);
    const partial = await api.gql(`mutation ($ids: [ID!]!) { reorderCategories(input: { categoryIds: $ids }) { id } }`, { ids: reversed.slice(1) }, manager.token);
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryIds' });

    const full = await api.gql(`mutation ($id: ID!) { deleteCategory(id: $id) }`, { id: ids[0] }, manager.token);
    expect(full.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.gql(`mutation ($id: ID!) { deleteCategory(id: $id) }`, { id: created.data!.createCategory.id }, manager.token)).data!.deleteCategory).toBe(true);
  });

  it('builds ordered question sets; a question in a set is archived, not deleted', async () => {
    const page = await api.gql(QUESTIONS, { first: 3 }, manager.token);
    const ids = page.data!.questions.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const created = await api.gql(
      `mutation ($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id name version questionCount questions { id } } }`,
      { input: { name: 'Platform screen', questionIds: ids } },
      manager.token,
    );
    const set = created.data!.createQuestionSet;
    expect(set.questions.map((q: { id: string }) => q.id)).toEqual(ids);

    const reordered = await api.gql(
      `mutation ($id: ID!, $input: UpdateQuestionSetInput!) { updateQuestionSet(id: $id, input: $input) { version questions { id } } }`,
      { id: set.id, input: { questionIds: [ids[2], ids[0], ids[1]], expectedVersion: set.version } },
      manager.token,
    );
    expect(reordered.data!.updateQuestionSet.questions.map((q: { id: string }) => q.id)).toEqual([ids[2], ids[0], ids[1]]);
    const stale = await api.gql(
      `mutation ($id: ID!, $input: UpdateQuestionSetInput!) { updateQuestionSet(id: $id, input: $input) { version } }`,
      { id: set.id, input: { name: 'Renamed', expectedVersion: set.version } },
      manager.token,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const deleted = await api.gql(`mutation ($id: ID!) { deleteQuestion(id: $id) }`, { id: ids[0] }, manager.token);
    expect(deleted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUESTION_IN_USE' });
    const archived = await api.gql(`mutation ($id: ID!) { archiveQuestion(id: $id) { archivedAt } }`, { id: ids[0] }, manager.token);
    expect(archived.data!.archiveQuestion.archivedAt).toBeTruthy();
    const listed = await api.gql(QUESTIONS, { first: 100 }, manager.token);
    expect(listed.data!.questions.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(ids[0]);
    expect((await api.gql(`query ($id: ID!) { question(id: $id) { id } }`, { id: ids[0] }, manager.token)).data!.question.id).toBe(ids[0]);
  });

  it('answers NOT_FOUND for another organisation’s ids', async () => {
    const other = await signUp(api, { organizationName: 'Globex' });
    const theirQuestion = (await api.gql(QUESTIONS, { first: 1 }, other.token)).data!.questions.edges[0].node;
    const theirCategory = theirQuestion.category.id;
    const checks: Array<[string, Record<string, unknown>]> = [
      [`query ($id: ID!) { question(id: $id) { id } }`, { id: theirQuestion.id }],
      [`query ($id: ID!) { category(id: $id) { id } }`, { id: theirCategory }],
      [`mutation ($id: ID!) { updateQuestion(id: $id, input: { title: "hijack" }) { id } }`, { id: theirQuestion.id }],
      [`mutation ($id: ID!) { archiveQuestion(id: $id) { id } }`, { id: theirQuestion.id }],
      [`mutation ($id: ID!) { updateCategory(id: $id, input: { name: "hijack" }) { id } }`, { id: theirCategory }],
    ];
    for (const [query, variables] of checks) {
      const result = await api.gql(query, variables, admin.token);
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const moved = await api.gql(CREATE, { input: { categoryId: theirCategory, title: 'into their bank' } }, admin.token);
    expect(moved.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const sets = await api.gql(`mutation ($ids: [ID!]) { createQuestionSet(input: { name: "x", questionIds: $ids }) { id } }`, { ids: [theirQuestion.id] }, admin.token);
    expect(sets.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ title }] = await api.sql(`SELECT title FROM question WHERE id = $1`, [theirQuestion.id]);
    expect(title).toBe(theirQuestion.title);
    const search = await api.gql(QUESTIONS, { filter: { search: 'quokka' } }, other.token);
    expect(search.data!.questions.totalCount).toBe(0);
  });
});
