import { OrganizationFactory, QuestionFactory, type Organization } from './factories';
import { graphql } from './gql';
import type { CreateQuestionInput } from './gql/graphql';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const Questions = graphql(`
  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {
    questions(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          kind
          difficulty
          tags
          category {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

const CreateQuestion = graphql(`
  mutation BankCreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
      title
      prompt
      revision
      tags
      talkingPoints {
        text
      }
      anchors {
        rating
        text
      }
      category {
        id
      }
    }
  }
`);

const UpdateQuestion = graphql(`
  mutation BankUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      id
      title
      revision
    }
  }
`);

const QuestionById = graphql(`
  query BankQuestion($id: ID!) {
    question(id: $id) {
      id
    }
  }
`);

const QuestionRevisions = graphql(`
  query BankQuestionRevisions($id: ID!) {
    question(id: $id) {
      title
      revision
      revisions {
        revision
        title
        talkingPoints {
          text
        }
      }
    }
  }
`);

const ArchiveQuestion = graphql(`
  mutation BankArchiveQuestion($id: ID!) {
    archiveQuestion(id: $id) {
      id
      archivedAt
    }
  }
`);

const DeleteQuestion = graphql(`
  mutation BankDeleteQuestion($id: ID!) {
    deleteQuestion(id: $id)
  }
`);

const Categories = graphql(`
  query BankCategories {
    categories {
      id
      name
      position
      questionCount
    }
  }
`);

const CategoryById = graphql(`
  query BankCategory($id: ID!) {
    category(id: $id) {
      id
    }
  }
`);

const CreateCategory = graphql(`
  mutation BankCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      name
      position
      questionCount
    }
  }
`);

const UpdateCategory = graphql(`
  mutation BankUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      id
    }
  }
`);

const ReorderCategories = graphql(`
  mutation BankReorderCategories($ids: [ID!]!) {
    reorderCategories(input: { categoryIds: $ids }) {
      id
      position
    }
  }
`);

const DeleteCategory = graphql(`
  mutation BankDeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);

const ExportBank = graphql(`
  query BankExport {
    exportQuestionBank
  }
`);

const CreateQuestionSet = graphql(`
  mutation BankCreateQuestionSet($input: CreateQuestionSetInput!) {
    createQuestionSet(input: $input) {
      id
      name
      version
      questionCount
      questions {
        id
      }
    }
  }
`);

const UpdateQuestionSet = graphql(`
  mutation BankUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {
    updateQuestionSet(id: $id, input: $input) {
      version
      questions {
        id
      }
    }
  }
`);

describe('the question bank', () => {
  let api: TestApp;
  let org: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from().create(api);
  });
  afterAll(() => api.close());

  it('starts a new organisation with the MLOps bank', async () => {
    const list = (await org.interviewer.gql(Categories)).data!.categories;
    expect(list).toHaveLength(14);
    expect(list[0]).toMatchObject({ name: 'Fundamental MLOps Concepts', position: 0, questionCount: 5 });
    expect(list.map((c) => c.name)).toContain('Real-World Scenario Questions');
    expect(list.reduce((sum, c) => sum + c.questionCount, 0)).toBe(70);
    const [{ points }] = await api.sql(`SELECT sum(cardinality(talking_points))::int AS points FROM question`);
    expect(points).toBe(199);
  });

  it('lets an organisation start empty', async () => {
    const empty = await OrganizationFactory.from({ organizationName: 'Empty', startEmpty: true }).create(api);
    expect((await empty.admin.gql(Categories)).data!.categories).toEqual([]);
  });

  it('exports only the bank an organisation built itself when it started empty', async () => {
    const own = await OrganizationFactory.from({ organizationName: 'Own bank', startEmpty: true })
      .category({ name: 'LLMOps' }, (category) =>
        category.question({ title: 'How do you serve a language model?' }).question({ title: 'What is a KV cache?' }),
      )
      .create(api);
    expect(own.categories.map((category) => [category.name, category.questions.map((question) => question.title)])).toEqual([
      ['LLMOps', ['How do you serve a language model?', 'What is a KV cache?']],
    ]);
    const markdown = (await own.interviewer.gql(ExportBank)).data!.exportQuestionBank;
    expect(markdown).toContain('## LLMOps');
    expect(markdown).toContain('### 1. How do you serve a language model?');
    expect(markdown).toContain('### 2. What is a KV cache?');
    expect(markdown).not.toContain('## Fundamental MLOps Concepts');
  });

  it('pages through the bank in order with a Relay connection', async () => {
    const first = await org.interviewer.gql(Questions, { first: 30 });
    const page = first.data!.questions;
    expect(page.totalCount).toBe(70);
    expect(page.edges).toHaveLength(30);
    expect(page.edges[0].node.title).toBe('What is MLOps and how does it differ from DevOps?');
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await org.interviewer.gql(Questions, { first: 100, after: page.pageInfo.endCursor });
    expect(rest.data!.questions.edges).toHaveLength(40);
    expect(rest.data!.questions.pageInfo.hasNextPage).toBe(false);
    const ids = new Set([...page.edges, ...rest.data!.questions.edges].map((edge) => edge.node.id));
    expect(ids.size).toBe(70);

    const bad = await org.interviewer.gql(Questions, { first: 1000 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('searches with ranking: a title match ranks above a talking-point match', async () => {
    const categoryId = org.categories[0].id;
    const inPoints = await QuestionFactory.from({
      categoryId,
      title: 'Zebra question one',
      talkingPoints: ['mentions quokka once'],
    }).create(org.admin);
    const inTitle = await QuestionFactory.from({ categoryId, title: 'All about the quokka', talkingPoints: ['unrelated'] }).create(
      org.admin,
    );
    const result = await org.interviewer.gql(Questions, { filter: { search: 'quokka' } });
    expect(result.data!.questions.edges.map((edge) => edge.node.id)).toEqual([inTitle.id, inPoints.id]);

    const drift = await org.interviewer.gql(Questions, { filter: { search: 'drift' }, first: 50 });
    const titles = drift.data!.questions.edges.map((edge) => edge.node.title);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles[0].toLowerCase()).toContain('drift');
    expect(drift.data!.questions.totalCount).toBe(titles.length);

    // The last word matches as a prefix while typing.
    const typing = await org.interviewer.gql(Questions, { filter: { search: 'quok' } });
    expect(typing.data!.questions.totalCount).toBe(2);
    // Punctuation cannot inject tsquery syntax.
    const odd = await org.interviewer.gql(Questions, { filter: { search: "drift & | ! ( ':*" } });
    expect(odd.errors).toBeUndefined();
  });

  it('combines search with category, tag, kind and difficulty filters', async () => {
    const monitoring = org.categories.find((c) => c.name === 'Model Monitoring and Observability')!;
    const byCategory = await org.interviewer.gql(Questions, { filter: { search: 'drift', categoryIds: [monitoring.id] } });
    expect(byCategory.data!.questions.edges.every((edge) => edge.node.category.id === monitoring.id)).toBe(true);
    expect(byCategory.data!.questions.totalCount).toBeGreaterThan(0);

    const scenarios = await org.interviewer.gql(Questions, { filter: { kinds: ['SCENARIO'] }, first: 50 });
    expect(scenarios.data!.questions.totalCount).toBe(10);
    const topics = await org.interviewer.gql(Questions, { filter: { kinds: ['TOPIC'], tags: ['Grafana'] } });
    expect(topics.data!.questions.edges.map((edge) => edge.node.title)).toEqual(['Monitoring Tools']);
    const hard = await org.interviewer.gql(Questions, { filter: { difficulties: [3] }, first: 100 });
    expect(hard.data!.questions.edges.every((edge) => edge.node.difficulty === 3)).toBe(true);

    const badKind = await org.interviewer.gql(Questions, { filter: { difficulties: [7] } });
    expect(badKind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps every revision of an edited question readable', async () => {
    const manager = org.hiringManager;
    const categoryId = org.categories[1].id;
    const created = await manager.gql(CreateQuestion, {
      input: {
        categoryId,
        title: 'How do you roll out a feature store?',
        tags: ['Feast', 'feast', 'Tecton'],
        talkingPoints: ['online vs offline'],
        anchors: [
          { rating: 4, text: 'covers backfills' },
          { rating: 1, text: 'no plan' },
        ],
      },
    });
    const question = created.data!.createQuestion;
    expect(question).toMatchObject({
      revision: 1,
      prompt: 'How do you roll out a feature store?',
      tags: ['Feast', 'Tecton'],
      anchors: [
        { rating: 1, text: 'no plan' },
        { rating: 4, text: 'covers backfills' },
      ],
    });

    const edited = await manager.gql(UpdateQuestion, {
      id: question.id,
      input: { title: 'How do you roll out a feature store safely?', expectedRevision: 1 },
    });
    expect(edited.data!.updateQuestion).toMatchObject({ revision: 2, title: 'How do you roll out a feature store safely?' });
    const unchanged = await manager.gql(UpdateQuestion, {
      id: question.id,
      input: { title: 'How do you roll out a feature store safely?' },
    });
    expect(unchanged.data!.updateQuestion.revision).toBe(2);

    const stale = await org.admin.gql(UpdateQuestion, { id: question.id, input: { title: 'Lost update', expectedRevision: 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision' });

    const detail = await org.interviewer.gql(QuestionRevisions, { id: question.id });
    expect(detail.data!.question.revisions.map((r) => [r.revision, r.title])).toEqual([
      [2, 'How do you roll out a feature store safely?'],
      [1, 'How do you roll out a feature store?'],
    ]);
  });

  it('rejects bad question input with the field named, and changes nothing', async () => {
    const categoryId = org.categories[0].id;
    const [{ before }] = await api.sql(`SELECT count(*)::int AS before FROM question`);
    const cases: Array<[CreateQuestionInput, string]> = [
      [{ categoryId, title: '' }, 'title'],
      [{ categoryId, title: 'ok', difficulty: 5 }, 'difficulty'],
      [{ categoryId, title: 'ok', estimatedMinutes: 0 }, 'estimatedMinutes'],
      [{ categoryId, title: 'ok', anchors: [{ rating: 9, text: 'x' }] }, 'anchors.0.rating'],
      [{ categoryId: 'nope', title: 'ok' }, 'categoryId'],
    ];
    for (const [input, field] of cases) {
      const result = await org.admin.gql(CreateQuestion, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const missing = await org.admin.gql(CreateQuestion, { input: { categoryId: '00000000-0000-4000-8000-000000000000', title: 'ok' } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'categoryId' });
    const [{ after }] = await api.sql(`SELECT count(*)::int AS after FROM question`);
    expect(after).toBe(before);
  });

  it('lets every member read but only admins and hiring managers change the bank', async () => {
    const categoryId = org.categories[0].id;
    const denied = await org.interviewer.gql(CreateQuestion, { input: { categoryId, title: 'Interviewer question' } });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await org.recruiter.gql(CreateCategory, { input: { name: 'Nope' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await org.recruiter.gql(ExportBank)).data!.exportQuestionBank).toContain('## Fundamental MLOps Concepts');
  });

  it('manages categories: create, rename, reorder, refuse to delete a non-empty one', async () => {
    const manager = org.hiringManager;
    const created = await manager.gql(CreateCategory, { input: { name: 'LLMOps', description: 'Serving language models' } });
    expect(created.data!.createCategory).toMatchObject({ name: 'LLMOps', position: 14, questionCount: 0 });
    const duplicate = await manager.gql(CreateCategory, { input: { name: 'llmops' } });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });

    const ids = (await manager.gql(Categories)).data!.categories.map((c) => c.id);
    const reversed = [...ids].reverse();
    const reordered = await manager.gql(ReorderCategories, { ids: reversed });
    expect(reordered.data!.reorderCategories.map((c) => c.id)).toEqual(reversed);
    const partial = await manager.gql(ReorderCategories, { ids: reversed.slice(1) });
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryIds' });

    const full = await manager.gql(DeleteCategory, { id: ids[0] });
    expect(full.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await manager.gql(DeleteCategory, { id: created.data!.createCategory.id })).data!.deleteCategory).toBe(true);
  });

  it('builds ordered question sets; a question in a set is archived, not deleted', async () => {
    const manager = org.hiringManager;
    const page = await manager.gql(Questions, { first: 3 });
    const ids = page.data!.questions.edges.map((edge) => edge.node.id);
    const created = await manager.gql(CreateQuestionSet, { input: { name: 'Platform screen', questionIds: ids } });
    const set = created.data!.createQuestionSet;
    expect(set.questions.map((q) => q.id)).toEqual(ids);

    const reordered = await manager.gql(UpdateQuestionSet, {
      id: set.id,
      input: { questionIds: [ids[2], ids[0], ids[1]], expectedVersion: set.version },
    });
    expect(reordered.data!.updateQuestionSet.questions.map((q) => q.id)).toEqual([ids[2], ids[0], ids[1]]);
    const stale = await manager.gql(UpdateQuestionSet, { id: set.id, input: { name: 'Renamed', expectedVersion: set.version } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const deleted = await manager.gql(DeleteQuestion, { id: ids[0] });
    expect(deleted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUESTION_IN_USE' });
    const archived = await manager.gql(ArchiveQuestion, { id: ids[0] });
    expect(archived.data!.archiveQuestion.archivedAt).toBeTruthy();
    const listed = await manager.gql(Questions, { first: 100 });
    expect(listed.data!.questions.edges.map((edge) => edge.node.id)).not.toContain(ids[0]);
    expect((await manager.gql(QuestionById, { id: ids[0] })).data!.question.id).toBe(ids[0]);
  });

  it('answers NOT_FOUND for another organisation’s ids', async () => {
    await QuestionFactory.from({ categoryId: org.categories[0].id, title: 'Our own quokka' }).create(org.admin);
    const other = await OrganizationFactory.from({ organizationName: 'Globex' }).create(api);
    const theirQuestion = other.categories[0].questions[0];
    const theirCategory = other.categories[0].id;
    const admin = org.admin;
    const checks: Array<() => Promise<GraphQLResponse<unknown>>> = [
      () => admin.gql(QuestionById, { id: theirQuestion.id }),
      () => admin.gql(CategoryById, { id: theirCategory }),
      () => admin.gql(UpdateQuestion, { id: theirQuestion.id, input: { title: 'hijack' } }),
      () => admin.gql(ArchiveQuestion, { id: theirQuestion.id }),
      () => admin.gql(UpdateCategory, { id: theirCategory, input: { name: 'hijack' } }),
    ];
    for (const check of checks) {
      const result = await check();
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const moved = await admin.gql(CreateQuestion, { input: { categoryId: theirCategory, title: 'into their bank' } });
    expect(moved.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const sets = await admin.gql(CreateQuestionSet, { input: { name: 'x', questionIds: [theirQuestion.id] } });
    expect(sets.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ title }] = await api.sql(`SELECT title FROM question WHERE id = $1`, [theirQuestion.id]);
    expect(title).toBe(theirQuestion.title);
    const search = await other.admin.gql(Questions, { filter: { search: 'quokka' } });
    expect(search.data!.questions.totalCount).toBe(0);
  });
});
