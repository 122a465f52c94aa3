import { print } from 'graphql';
import { OrganizationFactory, type Organization } from './factories';
import { graphql } from './gql';
import { startTestApp, TestApp } from './support/test-app';

const Search = graphql(`
  query SearchHighlights($filter: QuestionFilter, $first: Int) {
    questions(filter: $filter, first: $first) {
      totalCount
      totalCountIsExact
      edges {
        node {
          id
          title
          difficulty
          titleHighlight {
            text
            highlighted
          }
          snippet {
            source
            parts {
              text
              highlighted
            }
          }
        }
      }
    }
  }
`);

/** Highlighted runs in [brackets], so a test reads as what a person sees. */
const marked = (parts: Array<{ text: string; highlighted: boolean }> | null | undefined) =>
  parts?.map((part) => (part.highlighted ? `[${part.text}]` : part.text)).join('') ?? null;

describe('search results say why they matched', () => {
  let api: TestApp;
  let org: Organization;

  beforeAll(async () => {
    process.env.PANELIST_SQL_TRACE = 'true';
    api = await startTestApp();
    org = await OrganizationFactory.from({ organizationName: 'Highlights', startEmpty: true })
      .category({ name: 'Monitoring' }, (category) =>
        category
          .question({
            title: 'Detecting drift in <b>production</b>',
            prompt: 'Your model drifts slowly. How do you notice?',
            difficulty: 2,
          })
          .question({
            title: 'Alerting on pipelines',
            prompt: 'Alerts fire all night and nobody reads them. What do you change first?',
            talkingPoints: [
              'Routes pages to owners',
              'Watches data drift with a population stability index, weekly, against the training window',
            ],
            difficulty: 2,
          })
          .question({
            title: 'Drift of data over time',
            prompt:
              'How does data change after launch? Think about seasonality, new markets, upstream schema changes and quiet logging bugs, then about what you would alert on, who gets paged when it moves, and how you would tell a real shift from noise.',
            difficulty: 3,
          })
          .question({ title: 'Feature stores', prompt: 'When is a feature store worth it?', tags: ['drift'], difficulty: 1 })
          // No prompt of its own: it is the title.
          .question({ title: 'Drift budgets', difficulty: 3 }),
      )
      .create(api);
  });
  afterAll(async () => {
    delete process.env.PANELIST_SQL_TRACE;
    await api.close();
  });

  async function search(filter: Record<string, unknown>) {
    const result = await org.interviewer.gql(Search, { filter, first: 20 });
    expect(result.errors).toBeUndefined();
    return result.data!.questions;
  }

  it('highlights the matching words in the title, as text runs (user markup stays text)', async () => {
    const { edges } = await search({ search: 'drift' });
    const byTitle = new Map(edges.map(({ node }) => [node.title, node]));
    expect(marked(byTitle.get('Detecting drift in <b>production</b>')!.titleHighlight)).toBe('Detecting [drift] in <b>production</b>');
    expect(marked(byTitle.get('Drift of data over time')!.titleHighlight)).toBe('[Drift] of data over time');
    // Matched in a talking point only: the title has nothing to mark, the snippet says where.
    const alerting = byTitle.get('Alerting on pipelines')!;
    expect(marked(alerting.titleHighlight)).toBe('Alerting on pipelines');
    expect(alerting.snippet).toMatchObject({ source: 'TALKING_POINT' });
    expect(marked(alerting.snippet!.parts)).toBe(
      'Watches data [drift] with a population stability index, weekly, against the training window',
    );
  });

  it('takes the snippet from the prompt when it matches, with an ellipsis where words were cut', async () => {
    const { edges } = await search({ search: 'drifts' });
    const detecting = edges.find(({ node }) => node.title.startsWith('Detecting'))!.node;
    expect(detecting.snippet).toMatchObject({ source: 'PROMPT' });
    expect(marked(detecting.snippet!.parts)).toBe('Your model [drifts] slowly. How do you notice?');

    const long = await search({ search: 'logging' });
    expect(marked(long.edges[0].node.snippet!.parts)).toMatch(/^… .*\[logging\].* …$/);
  });

  it('has no snippet when only the title or tags matched, and no highlights outside a search', async () => {
    const tagged = await search({ search: 'drift', difficulties: [1] });
    expect(tagged.edges.map(({ node }) => [node.title, node.snippet])).toEqual([['Feature stores', null]]);
    const budgets = await search({ search: 'budgets' });
    expect(budgets.edges.map(({ node }) => [marked(node.titleHighlight), node.snippet])).toEqual([['Drift [budgets]', null]]);
    const listed = await search({});
    expect(listed.edges.every(({ node }) => node.titleHighlight === null && node.snippet === null)).toBe(true);
  });

  it('matches a quoted phrase as those words in that order', async () => {
    const phrase = await search({ search: '"data drift"' });
    expect(phrase.edges.map(({ node }) => node.title)).toEqual(['Alerting on pipelines']);
    expect(phrase.totalCount).toBe(1);
    // Unquoted, the same words match anywhere: "Drift of data" too.
    const words = await search({ search: 'data drift' });
    expect(words.edges.map(({ node }) => node.title).sort()).toEqual(['Alerting on pipelines', 'Drift of data over time']);
    // Still typing inside the quotes: the last word is a prefix.
    expect((await search({ search: '"data dri' })).totalCount).toBe(1);
    // Quotes alone or unbalanced are no error.
    expect((await search({ search: '"' })).totalCount).toBe(5);
  });

  it('counts exactly what the filters in force leave', async () => {
    const intermediate = await search({ search: 'drift', difficulties: [2] });
    expect(intermediate).toMatchObject({ totalCount: 2, totalCountIsExact: true });
    expect(intermediate.edges.every(({ node }) => node.difficulty === 2)).toBe(true);
  });

  it('knows the exact total from the ranking window when every match fits in it, without counting again', async () => {
    const many = await OrganizationFactory.from({ organizationName: 'Window', startEmpty: true })
      .category({ name: 'Zebras' }, (category) => {
        for (let n = 1; n <= 30; n++) category.question({ title: `Zebra question ${n}` });
        return category;
      })
      .create(api);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${many.interviewer.token}`, 'x-sql-trace': '1' },
      body: JSON.stringify({ query: print(Search), variables: { filter: { search: 'zebra' }, first: 5 } }),
    });
    const body = (await response.json()) as {
      data: { questions: { totalCount: number; totalCountIsExact: boolean; edges: unknown[] } };
      extensions: { sql: { statements: Array<{ text: string }> } };
    };
    expect(body.data.questions).toMatchObject({ totalCount: 30, totalCountIsExact: true });
    expect(body.data.questions.edges).toHaveLength(5);
    expect(body.extensions.sql.statements.filter((statement) => statement.text.includes('AS total'))).toEqual([]);
  });

  it('counts exactly when a full window estimates a total near the exact-count limit, except for a phrase', async () => {
    const many = await OrganizationFactory.from({ organizationName: 'Full window', startEmpty: true })
      .category({ name: 'Yaks' }, (category) => {
        for (let n = 1; n <= 110; n++) category.question({ title: `Yak question ${n}` });
        return category;
      })
      .create(api);
    const result = await many.interviewer.gql(Search, { filter: { search: 'yak' }, first: 5 });
    expect(result.data!.questions).toMatchObject({ totalCount: 110, totalCountIsExact: true });

    // A phrase's count would recheck the words' positions in every row holding them: its window's estimate stands.
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${many.interviewer.token}`, 'x-sql-trace': '1' },
      body: JSON.stringify({ query: print(Search), variables: { filter: { search: '"yak question"' }, first: 5 } }),
    });
    const body = (await response.json()) as {
      data: { questions: { totalCount: number; totalCountIsExact: boolean } };
      extensions: { sql: { statements: Array<{ text: string }> } };
    };
    expect(body.data.questions.totalCountIsExact).toBe(false);
    expect(body.data.questions.totalCount).toBeGreaterThanOrEqual(100);
    expect(body.extensions.sql.statements.filter((statement) => statement.text.includes('AS total'))).toEqual([]);
  });

  it('never lets the highlight marks through from what people wrote', async () => {
    const category = org.categories[0].id;
    const sneaky = `Drift \u0002sneaky\u0003 marks`;
    const created = await org.hiringManager.gql(CreateQuestion, { input: { categoryId: category, title: sneaky, difficulty: 3 } });
    expect(created.errors).toBeUndefined();
    const { edges } = await search({ search: 'sneaky' });
    expect(marked(edges[0].node.titleHighlight)).toBe('Drift [sneaky] marks');
  });
});

const CreateQuestion = graphql(`
  mutation HighlightsCreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`);
