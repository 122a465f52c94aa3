import { signUp, startTestApp, TestApp } from './support/test-app';

/**
 * GraphQL cannot tell "leave out" from "null" in an optional input field, so every update says what null
 * means: it clears what may be empty, and is refused, naming the field, for what always has a value.
 * Never a 500, and a refused update changes nothing.
 */
describe('null in inputs', () => {
  let api: TestApp;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    api = await startTestApp();
    ({
      token,
      user: { id: userId },
    } = await signUp(api));
  });
  afterAll(() => api.close());

  it('openings: a title or status cannot be null; team, location, hiring manager and recruiter clear', async () => {
    const opening = (await api.gql(`mutation ($m: ID) { createOpening(input: { title: "Nulls", team: "Data", location: "Berlin", hiringManagerId: $m, recruiterId: $m }) { id } }`, { m: userId }, token)).data!.createOpening;
    const UPDATE = `mutation ($id: ID!, $input: UpdateOpeningInput!) { updateOpening(id: $id, input: $input) { title status team location hiringManager { id } recruiter { id } } }`;
    for (const field of ['title', 'status']) {
      const refused = await api.gql(UPDATE, { id: opening.id, input: { [field]: null } }, token);
      expect({ field, extensions: refused.errors?.[0].extensions }).toEqual({ field, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    const [before] = await api.sql(`SELECT title, status, version FROM opening WHERE id = $1`, [opening.id]);
    expect(before).toEqual({ title: 'Nulls', status: 'DRAFT', version: 1 });

    const cleared = await api.gql(UPDATE, { id: opening.id, input: { team: null, location: null, hiringManagerId: null, recruiterId: null } }, token);
    expect(cleared.data!.updateOpening).toEqual({ title: 'Nulls', status: 'DRAFT', team: '', location: '', hiringManager: null, recruiter: null });
  });

  it('categories: a name cannot be null; a description clears', async () => {
    const category = (await api.gql(`mutation { createCategory(input: { name: "Null checks", description: "About nulls" }) { id } }`, {}, token)).data!.createCategory;
    const UPDATE = `mutation ($id: ID!, $input: UpdateCategoryInput!) { updateCategory(id: $id, input: $input) { name description } }`;
    expect((await api.gql(UPDATE, { id: category.id, input: { name: null } }, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await api.gql(UPDATE, { id: category.id, input: { description: null } }, token)).data!.updateCategory).toEqual({ name: 'Null checks', description: '' });
  });

  it('questions: no field that always has a value takes null, on create or update; a prompt clears to the title', async () => {
    const [{ id: categoryId }] = (await api.gql(`{ categories { id } }`, {}, token)).data!.categories;
    const created = (await api.gql(`mutation ($c: ID!) { createQuestion(input: { categoryId: $c, title: "Null-safe", prompt: "Explain" }) { id revision } }`, { c: categoryId }, token)).data!.createQuestion;
    const UPDATE = `mutation ($id: ID!, $input: UpdateQuestionInput!) { updateQuestion(id: $id, input: $input) { revision prompt } }`;
    for (const field of ['title', 'categoryId', 'kind', 'difficulty', 'estimatedMinutes', 'tags', 'talkingPoints', 'anchors']) {
      const refused = await api.gql(UPDATE, { id: created.id, input: { [field]: null } }, token);
      expect({ field, extensions: refused.errors?.[0].extensions }).toEqual({ field, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    expect(await api.sql(`SELECT revision FROM question WHERE id = $1`, [created.id])).toEqual([{ revision: created.revision }]);
    const refusedCreate = await api.gql(`mutation ($c: ID!) { createQuestion(input: { categoryId: $c, title: "X", kind: null }) { id } }`, { c: categoryId }, token);
    expect(refusedCreate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });

    expect((await api.gql(UPDATE, { id: created.id, input: { prompt: null } }, token)).data!.updateQuestion.prompt).toBe('Null-safe');
  });

  it('question sets: a name cannot be null; a description clears; a null expected version is no expectation', async () => {
    const set = (await api.gql(`mutation { createQuestionSet(input: { name: "Nullable", description: "Kept?" }) { id version } }`, {}, token)).data!.createQuestionSet;
    const UPDATE = `mutation ($id: ID!, $input: UpdateQuestionSetInput!) { updateQuestionSet(id: $id, input: $input) { name description version } }`;
    expect((await api.gql(UPDATE, { id: set.id, input: { name: null } }, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const cleared = await api.gql(UPDATE, { id: set.id, input: { description: null, expectedVersion: null } }, token);
    expect(cleared.data!.updateQuestionSet).toEqual({ name: 'Nullable', description: '', version: set.version + 1 });
  });

  it('rounds: an update keeps what it leaves out (panel size, level, questions), and refuses a null panel size', async () => {
    const opening = (await api.gql(`mutation { createOpening(input: { title: "Round nulls" }) { id stages { id } } }`, {}, token)).data!.createOpening;
    const questions = (await api.gql(`{ questions(first: 2) { edges { node { id } } } }`, {}, token)).data!.questions.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const base = { name: 'Screen', stageId: opening.stages[1].id, durationMinutes: 45 };
    const ROUND = `{ id panelSize level questions { id } }`;
    const round = (await api.gql(`mutation ($o: ID!, $input: RoundInput!) { addRound(openingId: $o, input: $input) ${ROUND} }`, { o: opening.id, input: { ...base, panelSize: 3, level: 'SENIOR', questionIds: questions } }, token)).data!.addRound;
    const UPDATE = `mutation ($id: ID!, $input: RoundInput!) { updateRound(roundId: $id, input: $input) ${ROUND} }`;
    const renamed = (await api.gql(UPDATE, { id: round.id, input: { ...base, name: 'Phone screen', questionIds: null } }, token)).data!.updateRound;
    expect(renamed).toEqual({ id: round.id, panelSize: 3, level: 'SENIOR', questions: questions.map((id: string) => ({ id })) });
    expect((await api.gql(UPDATE, { id: round.id, input: { ...base, panelSize: null } }, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'panelSize' });
    const fresh = (await api.gql(`mutation ($o: ID!, $input: RoundInput!) { addRound(openingId: $o, input: $input) ${ROUND} }`, { o: opening.id, input: { ...base, name: 'Defaults' } }, token)).data!.addRound;
    expect(fresh).toMatchObject({ panelSize: 1, level: 'MID' });
  });
});
