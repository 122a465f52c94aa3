import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { CandidateFactory, InterviewFactory, OpeningFactory, OrganizationFactory, type Member, type Organization } from './factories';
import { graphql } from './gql';
import { startTestApp, TestApp } from './support/test-app';

/** The lookup of the caller's session (liveSessionSql), which the count leaves out. */
const SESSION_LOOKUP = /FROM session s JOIN user_account u/;

const Questions = graphql(`
  query SqlQuestions($first: Int) {
    questions(first: $first) {
      totalCount
      edges {
        node {
          id
          category {
            id
            name
            questionCount
          }
        }
      }
    }
  }
`);

const Board = graphql(`
  query SqlBoard($id: ID!) {
    pipelineBoard(openingId: $id) {
      columns {
        stage {
          name
        }
        count
        cards {
          id
          timeInStageSeconds
          candidateId
          candidateName
          candidateTags
        }
      }
    }
  }
`);

const Column = graphql(`
  query SqlColumn($id: ID!, $stage: ID!, $first: Int) {
    boardColumnCards(openingId: $id, stageId: $stage, first: $first) {
      totalCount
      edges {
        node {
          id
          candidateName
          candidateTags
        }
      }
    }
  }
`);

const Openings = graphql(`
  query SqlOpenings($first: Int) {
    openings(first: $first) {
      edges {
        node {
          id
          applicationCounts {
            active
            rejected
            withdrawn
          }
        }
      }
    }
  }
`);

const MyInterviews = graphql(`
  query SqlMyInterviews {
    myInterviews {
      id
      candidateName
      openingTitle
      roundName
      warnings
      panelists {
        id
        name
      }
      questions {
        id
        revision
        title
      }
    }
  }
`);

const Comparison = graphql(`
  query SqlComparison($id: ID!) {
    comparison(openingId: $id) {
      rows {
        application {
          id
          candidate {
            name
          }
          stage {
            name
          }
        }
        categoryScores {
          mean
        }
        overallScore
        decision {
          decision
        }
      }
    }
  }
`);

const QuestionSignals = graphql(`
  query SqlQuestionSignals($first: Int) {
    questions(first: $first) {
      edges {
        node {
          id
          signal {
            timesAsked
            pointBiserial
          }
        }
      }
    }
  }
`);

/** "No N+1": the statements a query runs do not grow with the rows it returns. */
describe('SQL statements per request', () => {
  let api: TestApp;
  let org: Organization;
  let admin: Member;

  beforeAll(async () => {
    process.env.PANELIST_SQL_TRACE = 'true';
    api = await startTestApp();
    org = await OrganizationFactory.from().create(api);
    admin = org.admin;
  });
  afterAll(async () => {
    delete process.env.PANELIST_SQL_TRACE;
    await api.close();
  });

  /**
   * Runs the query twice and counts the second run's statements, leaving out the session lookup: whether it
   * runs depends on when the session was last remembered (5 s), not on the query.
   */
  async function statements<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<number> {
    await traced(document, variables);
    return traced(document, variables);
  }

  async function traced<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<number> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}`, 'x-sql-trace': '1' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { errors?: unknown; extensions: { sql: { statements: Array<{ text: string }> } } };
    expect(body.errors).toBeUndefined();
    return body.extensions.sql.statements.filter((statement) => !SESSION_LOOKUP.test(statement.text)).length;
  }

  it('stays constant for the bank list and the pipeline board as rows grow', async () => {
    expect(await statements(Questions, { first: 1 })).toBe(await statements(Questions, { first: 50 }));

    const opening = await OpeningFactory.from({ title: 'Board' }).create(admin);
    const add = () => CandidateFactory.from().application(opening).create(admin);
    await add();
    const withOne = await statements(Board, { id: opening.id });
    for (let n = 1; n < 25; n++) await add();
    expect(await statements(Board, { id: opening.id })).toBe(withOne);
    expect(withOne).toBeLessThanOrEqual(8);

    const stage = opening.stages[0].id;
    expect(await statements(Column, { id: opening.id, stage, first: 1 })).toBe(
      await statements(Column, { id: opening.id, stage, first: 25 }),
    );
  });

  it('stays constant for the comparison as candidates grow, and for the bank list with each question’s signal', async () => {
    const opening = await OpeningFactory.from({ title: 'Comparison' })
      .round({ name: 'Systems', focusCategoryIds: [org.categories[0].id] }, (round) => round.proposedFrom([org.categories[0].id], 2))
      .create(admin);
    const add = () => CandidateFactory.from().application(opening, { stage: 'Onsite' }).create(admin);
    await add();
    const withOne = await statements(Comparison, { id: opening.id });
    for (let n = 1; n < 10; n++) await add();
    expect(await statements(Comparison, { id: opening.id })).toBe(withOne);
    expect(await statements(QuestionSignals, { first: 1 })).toBe(await statements(QuestionSignals, { first: 50 }));
  });

  it('stays constant for openings with their counts, and for my interviews with their warnings', async () => {
    const opening = await OpeningFactory.from({ title: 'Interviews' })
      .round({ name: 'Screen', stage: 'Recruiter screen', durationMinutes: 30, panelSize: 2 }, (round) =>
        round.proposedFrom([org.categories[0].id]),
      )
      .create(admin);
    const withFew = await statements(Openings, { first: 1 });
    for (let n = 0; n < 4; n++) await OpeningFactory.from({ title: `Opening ${n}` }).create(admin);
    expect(await statements(Openings, { first: 20 })).toBe(withFew);

    const schedule = async (n: number) => {
      const candidate = await CandidateFactory.from().application(opening).create(admin);
      const startsAt = new Date(Date.now() + 86_400_000 + n * 600_000);
      await InterviewFactory.from({ application: candidate.applications[0], round: opening.rounds[0], panel: [admin], startsAt }).create(
        admin,
      );
    };
    await schedule(0);
    const withOne = await statements(MyInterviews, {});
    for (let n = 1; n < 4; n++) await schedule(n);
    const all = (await admin.gql(MyInterviews)).data!.myInterviews;
    // Overlapping half-hour interviews ten minutes apart, each with a panel of one where the round asks for two.
    expect(all[0].warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('has another interview at that time'),
        'The round asks for 2 panelists; 1 scheduled',
      ]),
    );
    expect(await statements(MyInterviews, {})).toBe(withOne);
  });
});
