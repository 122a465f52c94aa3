import { OrganizationFactory, QuestionFactory, type Organization } from './factories';
import { graphql } from './gql';
import { dataOf } from './support/data-of';
import { startTestApp, TestApp } from './support/test-app';

const UpdateQuestion = graphql(`
  mutation RevisionsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      id
      revision
    }
  }
`);

const RestoreRevision = graphql(`
  mutation RevisionsRestore($input: RestoreQuestionRevisionInput!) {
    restoreQuestionRevision(input: $input) {
      id
      revision
      title
    }
  }
`);

const QuestionHistory = graphql(`
  query RevisionsHistory($id: ID!) {
    question(id: $id) {
      revision
      title
      revisions {
        ...RevisionsContent
      }
    }
  }
`);

graphql(`
  fragment RevisionsContent on QuestionRevision {
    revision
    createdBy {
      id
      name
    }
    title
    prompt
    kind
    difficulty
    estimatedMinutes
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
`);

const DeleteCategory = graphql(`
  mutation RevisionsDeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);

const CreateCategory = graphql(`
  mutation RevisionsCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
    }
  }
`);

/** A revision without its number and author: what restoring it copies. */
function contentOf<T extends { revision: number; createdBy?: unknown }>({ revision: _number, createdBy: _author, ...content }: T) {
  return content;
}

/** A question's revision rows and its audit rows: what a refused restore must leave as they were. */
async function footprint(api: TestApp, questionId: string) {
  const [row] = await api.sql<{ revisions: number; audits: number; current: number }>(
    `SELECT (SELECT count(*)::int FROM question_revision WHERE question_id = $1) AS revisions,
            (SELECT count(*)::int FROM audit_event WHERE entity_id = $1) AS audits,
            (SELECT revision FROM question WHERE id = $1) AS current`,
    [questionId],
  );
  return row;
}

const RevisionCategories = graphql(`
  query RevisionCategories($id: ID!) {
    question(id: $id) {
      revisions {
        revision
        category {
          name
        }
      }
    }
  }
`);

describe('question revision history', () => {
  let api: TestApp;
  let org: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ organizationName: 'Revisions Inc' }).create(api);
  });
  afterAll(() => api.close());

  /** Revision 1 by the hiring manager, revision 2 (every field changed) by the admin. */
  async function editedQuestion() {
    const question = await QuestionFactory.from({
      categoryId: org.categories[0].id,
      title: 'How do you version training data?',
      prompt: 'Walk us through versioning the data a model was trained on.',
      difficulty: 1,
      estimatedMinutes: 5,
      tags: ['DVC'],
      talkingPoints: ['immutable snapshots', 'lineage to the model'],
      anchors: [{ rating: 1, text: 'no versioning' }],
    }).create(org.hiringManager);
    dataOf(
      await org.admin.gql(UpdateQuestion, {
        id: question.id,
        input: {
          categoryId: org.categories[1].id,
          title: 'How do you version training data and features?',
          prompt: 'Walk us through versioning data and features.',
          kind: 'SCENARIO',
          difficulty: 3,
          estimatedMinutes: 12,
          tags: ['DVC', 'Feast'],
          talkingPoints: ['immutable snapshots', 'point-in-time joins'],
          anchors: [{ rating: 4, text: 'covers point-in-time correctness' }],
          expectedRevision: 1,
        },
      }),
    );
    return question;
  }

  it('restores an earlier revision as a new revision with its content, naming who saved each one, with an audit row', async () => {
    const question = await editedQuestion();

    const restored = dataOf(
      await org.admin.gql(RestoreRevision, { input: { questionId: question.id, revision: 1, expectedRevision: 2 } }),
    ).restoreQuestionRevision;

    const { question: history } = dataOf(await org.interviewer.gql(QuestionHistory, { id: question.id }));
    const [third, second, first] = history.revisions;
    expect(history.revisions.map((entry) => entry.revision)).toEqual([3, 2, 1]);
    expect(restored.revision).toBe(3);
    const firstContent = contentOf(first);
    expect(first.revision).toBe(1);
    expect(contentOf(third)).toEqual(firstContent);
    expect(firstContent).not.toEqual(contentOf(second));
    expect(restored).toMatchObject({ revision: 3, title: firstContent.title });
    expect(history).toMatchObject({ revision: 3, title: firstContent.title });
    expect(first.createdBy?.id).toBe(org.hiringManager.id);
    expect(second.createdBy?.id).toBe(org.admin.id);
    expect(third.createdBy).toMatchObject({ id: org.admin.id, name: org.admin.name });

    const [audit] = await api.sql<{ action: string; actor_id: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT action, actor_id, before, after FROM audit_event WHERE entity_id = $1 ORDER BY at DESC, id DESC LIMIT 1`,
      [question.id],
    );
    expect(audit).toMatchObject({
      action: 'REVISION_RESTORED',
      actor_id: org.admin.id,
      before: { title: 'How do you version training data and features?', difficulty: 3, revision: 2 },
      after: { title: 'How do you version training data?', difficulty: 1, revision: 3, restoredRevision: 1 },
    });
    expect(audit.after.talkingPoints).toEqual(['immutable snapshots', 'lineage to the model']);
  });

  it('refuses the current revision, one reading the same, a missing one and a stale edit, and changes nothing', async () => {
    const question = await editedQuestion();
    dataOf(await org.admin.gql(RestoreRevision, { input: { questionId: question.id, revision: 1 } }));
    const before = await footprint(api, question.id);
    expect(before.current).toBe(3);

    const refusals: Array<[input: { revision: number; expectedRevision?: number }, code: string, field: string, message: RegExp]> = [
      [{ revision: 3 }, 'BAD_USER_INPUT', 'revision', /revision 3 is the current one/],
      // Revision 1 is what revision 3 restored: restoring it again would only copy the current content.
      [{ revision: 1 }, 'BAD_USER_INPUT', 'revision', /reads the same as the current revision 3/],
      [{ revision: 9 }, 'NOT_FOUND', 'revision', /no revision 9/],
      [{ revision: 0 }, 'BAD_USER_INPUT', 'revision', /revision/],
      [{ revision: 2, expectedRevision: 2 }, 'CONFLICT', 'expectedRevision', /Someone saved revision 3/],
    ];
    for (const [input, code, field, message] of refusals) {
      const answer = await org.hiringManager.gql(RestoreRevision, { input: { questionId: question.id, ...input } });
      expect([input, answer.errors?.[0].extensions]).toEqual([input, expect.objectContaining({ code, field })]);
      expect(answer.errors?.[0].message).toMatch(message);
    }
    expect(await footprint(api, question.id)).toEqual(before);
  });

  it('refuses a revision whose category has been deleted since, naming the revision, and still reads the history', async () => {
    const categoryId = dataOf(await org.admin.gql(CreateCategory, { input: { name: 'Short-lived' } })).createCategory.id;
    const question = await QuestionFactory.from({ categoryId, title: 'Moved on' }).create(org.admin);
    dataOf(await org.admin.gql(UpdateQuestion, { id: question.id, input: { categoryId: org.categories[0].id } }));
    dataOf(await org.admin.gql(DeleteCategory, { id: categoryId }));
    const before = await footprint(api, question.id);

    const answer = await org.admin.gql(RestoreRevision, { input: { questionId: question.id, revision: 1 } });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'revision' });
    expect(answer.errors?.[0].message).toMatch(/category of revision 1 has been deleted/);
    expect(await footprint(api, question.id)).toEqual(before);

    // The history still reads: the first revision's category is gone, the current one's is not.
    const history = dataOf(await org.admin.gql(RevisionCategories, { id: question.id })).question.revisions;
    expect(history).toEqual([
      { revision: 2, category: { name: org.categories[0].name } },
      { revision: 1, category: null },
    ]);
  });

  it('answers NOT_FOUND for another organisation’s question and lets only admins and hiring managers restore', async () => {
    const other = await OrganizationFactory.from({ organizationName: 'Globex Revisions' }).create(api);
    const theirs = other.categories[0].questions[0];
    dataOf(await other.admin.gql(UpdateQuestion, { id: theirs.id, input: { title: 'Their second revision' } }));
    const theirsBefore = await footprint(api, theirs.id);

    const foreign = await org.admin.gql(RestoreRevision, { input: { questionId: theirs.id, revision: 1 } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'questionId' });
    expect(await footprint(api, theirs.id)).toEqual(theirsBefore);

    const ours = await editedQuestion();
    const oursBefore = await footprint(api, ours.id);
    for (const member of [org.recruiter, org.interviewer]) {
      const refused = await member.gql(RestoreRevision, { input: { questionId: ours.id, revision: 1 } });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await footprint(api, ours.id)).toEqual(oursBefore);
  });
});
