import { CategoryFactory, OpeningFactory, OrganizationFactory, QuestionFactory, type Member, type Organization } from './factories';
import { graphql } from './gql';
import { startTestApp, TestApp } from './support/test-app';

const UpdateOpening = graphql(`
  mutation NullsUpdateOpening($id: ID!, $input: UpdateOpeningInput!) {
    updateOpening(id: $id, input: $input) {
      title
      status
      team
      location
      hiringManager {
        id
      }
      recruiter {
        id
      }
    }
  }
`);

const UpdateCategory = graphql(`
  mutation NullsUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      name
      description
    }
  }
`);

const CreateQuestion = graphql(`
  mutation NullsCreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`);

const UpdateQuestion = graphql(`
  mutation NullsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      revision
      prompt
    }
  }
`);

const CreateQuestionSet = graphql(`
  mutation NullsCreateQuestionSet($input: CreateQuestionSetInput!) {
    createQuestionSet(input: $input) {
      id
      version
    }
  }
`);

const UpdateQuestionSet = graphql(`
  mutation NullsUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {
    updateQuestionSet(id: $id, input: $input) {
      name
      description
      version
    }
  }
`);

const AddRound = graphql(`
  mutation NullsAddRound($openingId: ID!, $input: RoundInput!) {
    addRound(openingId: $openingId, input: $input) {
      id
      panelSize
      level
      questions {
        id
      }
    }
  }
`);

const UpdateRound = graphql(`
  mutation NullsUpdateRound($id: ID!, $input: RoundInput!) {
    updateRound(roundId: $id, input: $input) {
      id
      panelSize
      level
      questions {
        id
      }
    }
  }
`);

/**
 * GraphQL cannot tell "leave out" from "null" in an optional input field, so every update says what null
 * means: it clears what may be empty, and is refused, naming the field, for what always has a value.
 * Never a 500, and a refused update changes nothing.
 */
describe('null in inputs', () => {
  let api: TestApp;
  let org: Organization;
  let admin: Member;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from().create(api);
    admin = org.admin;
  });
  afterAll(() => api.close());

  it('openings: a title or status cannot be null; team, location, hiring manager and recruiter clear', async () => {
    const opening = await OpeningFactory.from({
      title: 'Nulls',
      team: 'Data',
      location: 'Berlin',
      hiringManagerId: admin.id,
      recruiterId: admin.id,
    }).create(admin);
    for (const field of ['title', 'status'] as const) {
      const refused = await admin.gql(UpdateOpening, { id: opening.id, input: { [field]: null } });
      expect({ field, extensions: refused.errors?.[0].extensions }).toEqual({
        field,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    const [before] = await api.sql(`SELECT title, status, version FROM opening WHERE id = $1`, [opening.id]);
    expect(before).toEqual({ title: 'Nulls', status: 'DRAFT', version: 1 });

    const cleared = await admin.gql(UpdateOpening, {
      id: opening.id,
      input: { team: null, location: null, hiringManagerId: null, recruiterId: null },
    });
    expect(cleared.data!.updateOpening).toEqual({
      title: 'Nulls',
      status: 'DRAFT',
      team: '',
      location: '',
      hiringManager: null,
      recruiter: null,
    });
  });

  it('categories: a name cannot be null; a description clears', async () => {
    const category = await CategoryFactory.from({ name: 'Null checks', description: 'About nulls' }).create(admin);
    expect((await admin.gql(UpdateCategory, { id: category.id, input: { name: null } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect((await admin.gql(UpdateCategory, { id: category.id, input: { description: null } })).data!.updateCategory).toEqual({
      name: 'Null checks',
      description: '',
    });
  });

  it('questions: no field that always has a value takes null, on create or update; a prompt clears to the title', async () => {
    const categoryId = org.categories[0].id;
    const created = await QuestionFactory.from({ categoryId, title: 'Null-safe', prompt: 'Explain' }).create(admin);
    for (const field of ['title', 'categoryId', 'kind', 'difficulty', 'estimatedMinutes', 'tags', 'talkingPoints', 'anchors'] as const) {
      const refused = await admin.gql(UpdateQuestion, { id: created.id, input: { [field]: null } });
      expect({ field, extensions: refused.errors?.[0].extensions }).toEqual({
        field,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    expect(await api.sql(`SELECT revision FROM question WHERE id = $1`, [created.id])).toEqual([{ revision: created.revision }]);
    const refusedCreate = await admin.gql(CreateQuestion, { input: { categoryId, title: 'X', kind: null } });
    expect(refusedCreate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });

    expect((await admin.gql(UpdateQuestion, { id: created.id, input: { prompt: null } })).data!.updateQuestion.prompt).toBe('Null-safe');
  });

  it('question sets: a name cannot be null; a description clears; a null expected version is no expectation', async () => {
    const set = (await admin.gql(CreateQuestionSet, { input: { name: 'Nullable', description: 'Kept?' } })).data!.createQuestionSet;
    expect((await admin.gql(UpdateQuestionSet, { id: set.id, input: { name: null } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    const cleared = await admin.gql(UpdateQuestionSet, { id: set.id, input: { description: null, expectedVersion: null } });
    expect(cleared.data!.updateQuestionSet).toEqual({ name: 'Nullable', description: '', version: set.version + 1 });
  });

  it('rounds: an update keeps what it leaves out (panel size, level, questions), and refuses a null panel size', async () => {
    const opening = await OpeningFactory.from({ title: 'Round nulls' }).create(admin);
    const questions = org.categories[0].questions.slice(0, 2).map((question) => question.id);
    const base = { name: 'Screen', stageId: opening.stages[1].id, durationMinutes: 45 };
    const round = (
      await admin.gql(AddRound, { openingId: opening.id, input: { ...base, panelSize: 3, level: 'SENIOR', questionIds: questions } })
    ).data!.addRound;
    const renamed = (await admin.gql(UpdateRound, { id: round.id, input: { ...base, name: 'Phone screen', questionIds: null } })).data!
      .updateRound;
    expect(renamed).toEqual({ id: round.id, panelSize: 3, level: 'SENIOR', questions: questions.map((id) => ({ id })) });
    expect((await admin.gql(UpdateRound, { id: round.id, input: { ...base, panelSize: null } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'panelSize',
    });
    const fresh = (await admin.gql(AddRound, { openingId: opening.id, input: { ...base, name: 'Defaults' } })).data!.addRound;
    expect(fresh).toMatchObject({ panelSize: 1, level: 'MID' });
  });
});
