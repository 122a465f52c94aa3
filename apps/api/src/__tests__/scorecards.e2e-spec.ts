import {
  CandidateFactory,
  InterviewFactory,
  OpeningFactory,
  OrganizationFactory,
  type Interview,
  type Member,
  type Opening,
  type Organization,
} from './factories';
import { graphql } from './gql';
import type { SaveScorecardInput, ScorecardsCardFragment } from './gql/graphql';
import { dataOf } from './support/data-of';
import { openSocket, type Socket } from './support/subscriptions';
import { startSecondInstance, startTestApp, TestApp } from './support/test-app';

graphql(`
  fragment ScorecardsCard on Scorecard {
    id
    version
    status
    ratings {
      questionId
      categoryId
      rating
      notAsked
      notes
      talkingPointsCovered
    }
    categoryRatings {
      categoryId
      rating
      suggestedRating
    }
    recommendation
    summary
  }
`);

const MyScorecard = graphql(`
  query ScorecardsMine($interviewId: ID!) {
    myScorecard(interviewId: $interviewId) {
      ...ScorecardsCard
    }
  }
`);

const Save = graphql(`
  mutation ScorecardsSave($input: SaveScorecardInput!) {
    saveScorecard(input: $input) {
      ...ScorecardsCard
    }
  }
`);

const Submit = graphql(`
  mutation ScorecardsSubmit($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) {
      id
      version
      status
      submittedAt
    }
  }
`);

const Amend = graphql(`
  mutation ScorecardsAmend($input: AmendScorecardInput!) {
    amendScorecard(input: $input) {
      version
      recommendation
      amendments {
        authorId
        reason
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

const InterviewScorecards = graphql(`
  query ScorecardsOfInterview($id: ID!) {
    interview(id: $id) {
      id
      ratingScale
      questions {
        id
      }
      panelists {
        id
      }
      scorecards {
        id
        status
        recommendation
        panelist {
          id
        }
        ratings {
          rating
          notes
        }
      }
      panelProgress {
        panelistId
        status
      }
    }
  }
`);

const PanelProgress = graphql(`
  subscription ScorecardsPanelProgress($interviewId: ID!) {
    panelProgress(interviewId: $interviewId) {
      interviewId
      panelistId
      status
      resync
    }
  }
`);

const BoardFeedback = graphql(`
  query ScorecardsBoardFeedback($openingId: ID!) {
    pipelineBoard(openingId: $openingId) {
      columns {
        cards {
          id
          feedback {
            submitted
            expected
          }
        }
      }
    }
  }
`);

const BoardChanged = graphql(`
  subscription ScorecardsBoardChanged($openingId: ID!) {
    boardChanged(openingId: $openingId) {
      kind
      applicationId
      card {
        feedback {
          submitted
          expected
        }
      }
    }
  }
`);

type Scorecard = ScorecardsCardFragment;

describe('scorecards', () => {
  let api: TestApp;
  let second: TestApp;
  let org: Organization;
  let other: Organization;
  let ivy: Member;
  let opening: Opening;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    second = await startSecondInstance(api);
    org = await OrganizationFactory.from().member({ role: 'INTERVIEWER', name: 'Ivy Interviewer' }).create(api);
    other = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(api);
    ivy = org.members[4];
    const [first, secondCategory] = org.categories.filter((category) => category.questions.length >= 2);
    opening = await OpeningFactory.from({ title: 'MLOps Engineer' })
      .round({ name: 'Systems', focusCategoryIds: [first.id, secondCategory.id], durationMinutes: 45 }, (round) =>
        round.proposedFrom([first.id, secondCategory.id], 7),
      )
      .create(org.hiringManager);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(async () => {
    await second.close();
    await api.close();
  });

  /** A new candidate interviewed in the Systems round by `panel`. */
  async function interviewWith(panel: Member[]): Promise<Interview> {
    const candidate = await CandidateFactory.from().application(opening, { stage: 'Onsite' }).create(org.recruiter);
    return InterviewFactory.from({ application: candidate.applications[0], round: opening.rounds[0], panel }).create(org.recruiter);
  }

  async function open(member: Member, interview: Interview): Promise<Scorecard> {
    return dataOf(await member.gql(MyScorecard, { interviewId: interview.id })).myScorecard;
  }

  /** A complete scorecard (every focus category rated, a recommendation), submitted. */
  async function scoreAndSubmit(member: Member, interview: Interview, recommendation: 'YES' | 'NO' = 'YES'): Promise<void> {
    const card = await open(member, interview);
    const saved = dataOf(
      await member.gql(Save, {
        input: {
          scorecardId: card.id,
          version: card.version,
          ratings: card.ratings.map((rating) => ({ questionId: rating.questionId, rating: 3, notes: `${member.name} notes` })),
          categoryRatings: card.categoryRatings.map((category) => ({ categoryId: category.categoryId, rating: 3 })),
          recommendation,
          summary: 'Clear thinker',
        },
      }),
    ).saveScorecard;
    dataOf(await member.gql(Submit, { input: { scorecardId: saved.id, version: saved.version } }));
  }

  it('opens one empty draft per panelist with a row per pinned question and focus category', async () => {
    const interview = await interviewWith([org.interviewer, ivy]);
    const card = await open(org.interviewer, interview);
    expect(card).toMatchObject({ status: 'DRAFT', version: 0, recommendation: null, summary: '' });
    expect(card.ratings.map((rating) => rating.questionId)).toEqual(interview.questions.map((question) => question.id));
    expect(card.categoryRatings).toHaveLength(2);
    expect((await open(org.interviewer, interview)).id).toBe(card.id);
    expect((await open(ivy, interview)).id).not.toBe(card.id);

    const notOnPanel = await org.hiringManager.gql(MyScorecard, { interviewId: interview.id });
    expect(notOnPanel.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'interviewId' });
    const elsewhere = await other.admin.gql(MyScorecard, { interviewId: interview.id });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('merges saves of different fields from two tabs and answers CONFLICT with both values for the same field', async () => {
    const interview = await interviewWith([org.interviewer]);
    const card = await open(org.interviewer, interview);
    const [first, secondQuestion] = card.ratings.map((rating) => rating.questionId);

    // Tab A and tab B both opened version 0.
    const a = dataOf(
      await org.interviewer.gql(Save, { input: { scorecardId: card.id, version: 0, ratings: [{ questionId: first, rating: 4 }] } }),
    );
    expect(a.saveScorecard.version).toBe(1);
    const b = dataOf(
      await org.interviewer.gql(Save, {
        input: {
          scorecardId: card.id,
          version: 0,
          ratings: [{ questionId: secondQuestion, notes: 'Mentioned drift', talkingPointsCovered: [1, 0, 1] }],
        },
      }),
    ).saveScorecard;
    expect(b.version).toBe(2);
    expect(b.ratings[0]).toMatchObject({ rating: 4 });
    expect(b.ratings[1]).toMatchObject({ notes: 'Mentioned drift', talkingPointsCovered: [0, 1] });

    // Tab B, still on version 0, rates the first question differently: both values come back.
    const clash = await org.interviewer.gql(Save, {
      input: { scorecardId: card.id, version: 0, ratings: [{ questionId: first, rating: 2 }] },
    });
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: `question:${first}:rating`,
      version: 2,
      conflicts: [{ field: `question:${first}:rating`, yours: 2, theirs: 4 }],
    });
    // Keeping theirs is a no-op; keeping yours is a save from the version the conflict named.
    const kept = dataOf(
      await org.interviewer.gql(Save, { input: { scorecardId: card.id, version: 2, ratings: [{ questionId: first, rating: 2 }] } }),
    ).saveScorecard;
    expect(kept).toMatchObject({ version: 3 });
    expect(kept.ratings[0].rating).toBe(2);
    expect(kept.categoryRatings.find((category) => category.suggestedRating !== null)).toBeDefined();
  });

  it('refuses bad answers naming the field, and changes nothing', async () => {
    const interview = await interviewWith([org.interviewer]);
    const card = await open(org.interviewer, interview);
    const questionId = card.ratings[0].questionId;
    const cases: Array<[Omit<SaveScorecardInput, 'scorecardId' | 'version'>, string]> = [
      [{ ratings: [{ questionId, rating: 5 }] }, 'ratings.0.rating'],
      [{ ratings: [{ questionId: card.id, rating: 2 }] }, 'ratings.0.questionId'],
      [{ ratings: [{ questionId, talkingPointsCovered: [99] }] }, 'ratings.0.talkingPointsCovered'],
      [{ categoryRatings: [{ categoryId: other.id, rating: 2 }] }, 'categoryRatings.0.categoryId'],
    ];
    for (const [edits, field] of cases) {
      const answer = await org.interviewer.gql(Save, { input: { scorecardId: card.id, version: 0, ...edits } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await open(org.interviewer, interview)).toEqual(card);
    const someoneElse = await ivy.gql(Save, { input: { scorecardId: card.id, version: 0, summary: 'mine now' } });
    expect(someoneElse.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('submits only a complete scorecard, freezes it, and keeps amendments with who, what and why', async () => {
    const interview = await interviewWith([org.interviewer]);
    const card = await open(org.interviewer, interview);
    const incomplete = await org.interviewer.gql(Submit, { input: { scorecardId: card.id, version: 0 } });
    expect(incomplete.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'recommendation' } });
    expect(incomplete.errors?.[0]?.message).toMatch(/recommendation.*2 category rating/);

    await scoreAndSubmit(org.interviewer, interview, 'NO');
    const submitted = await open(org.interviewer, interview);
    expect(submitted.status).toBe('SUBMITTED');
    const frozen = await org.interviewer.gql(Save, {
      input: { scorecardId: card.id, version: submitted.version, summary: 'changed my mind' },
    });
    expect(frozen.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const amended = dataOf(
      await org.interviewer.gql(Amend, { input: { scorecardId: card.id, reason: 'Re-read my notes', recommendation: 'YES' } }),
    ).amendScorecard;
    expect(amended.recommendation).toBe('YES');
    expect(amended.amendments).toEqual([
      { authorId: org.interviewer.id, reason: 'Re-read my notes', changes: [{ field: 'recommendation', before: '"NO"', after: '"YES"' }] },
    ]);
    const noReason = await org.interviewer.gql(Amend, { input: { scorecardId: card.id, reason: '', summary: 'x' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('keeps every panelist independent until they submit, on every role and through a later interview of the candidate', async () => {
    const interview = await interviewWith([org.interviewer, ivy]);
    await scoreAndSubmit(org.interviewer, interview);
    await open(ivy, interview);
    await ivy.gql(Save, { input: { scorecardId: (await open(ivy, interview)).id, version: 0, summary: 'Ivy draft' } });

    const seenBy = async (member: Member) => {
      const { scorecards } = dataOf(await member.gql(InterviewScorecards, { id: interview.id })).interview;
      return scorecards.map((card) => `${card.panelist?.id === ivy.id ? 'ivy' : 'first'}:${card.status}`).sort();
    };
    // Ivy has not submitted: only her own draft.
    expect(await seenBy(ivy)).toEqual(['ivy:DRAFT']);
    expect(dataOf(await ivy.gql(InterviewScorecards, { id: interview.id })).interview.ratingScale).toEqual([
      'Strong no',
      'No',
      'Yes',
      'Strong yes',
    ]);
    // The hiring team reads submitted scorecards, never drafts.
    for (const member of [org.admin, org.hiringManager, org.recruiter]) expect(await seenBy(member)).toEqual(['first:SUBMITTED']);
    // An interviewer who submitted sees their own panel's submitted ones.
    expect(await seenBy(org.interviewer)).toEqual(['first:SUBMITTED']);

    // The hiring manager sits on a later interview of the same candidate: until they submit it, they see nothing of the first.
    const application = dataOf(await org.recruiter.gql(InterviewScorecards, { id: interview.id })).interview;
    expect(application.panelProgress.map((progress) => progress.status).sort()).toEqual(['DRAFTING', 'SUBMITTED']);
    const { candidateApplication } = await laterInterviewOf(interview, [org.hiringManager]);
    expect(await seenBy(org.hiringManager)).toEqual([]);
    await scoreAndSubmit(org.hiringManager, candidateApplication);
    expect(await seenBy(org.hiringManager)).toEqual(['first:SUBMITTED']);

    await scoreAndSubmit(ivy, interview);
    expect(await seenBy(ivy)).toEqual(['first:SUBMITTED', 'ivy:SUBMITTED']);
  });

  /** Another interview of the same application, with `panel`. */
  async function laterInterviewOf(interview: Interview, panel: Member[]): Promise<{ candidateApplication: Interview }> {
    const { applicationId } = (
      await api.sql<{ application_id: string }>('SELECT application_id FROM interview WHERE id = $1', [interview.id])
    ).map((row) => ({ applicationId: row.application_id }))[0];
    const later = await InterviewFactory.from({
      application: { id: applicationId },
      round: opening.rounds[0],
      panel,
      startsAt: new Date(Date.now() + 3 * 86_400_000),
    }).create(org.recruiter);
    return { candidateApplication: later };
  }

  it('sends panel progress, statuses only, to a watcher on another instance; outsiders cannot watch', async () => {
    const interview = await interviewWith([org.interviewer]);
    const socket = openSocket(second.url, { token: org.recruiter.token });
    sockets.push(socket);
    const progress = socket.subscribe(PanelProgress, { interviewId: interview.id });
    expect((await progress.next()).data?.panelProgress).toMatchObject({ resync: true });

    const card = await open(org.interviewer, interview);
    dataOf(await org.interviewer.gql(Save, { input: { scorecardId: card.id, version: 0, summary: 'Started' } }));
    expect((await progress.next()).data?.panelProgress).toEqual({
      interviewId: interview.id,
      panelistId: org.interviewer.id,
      status: 'DRAFTING',
      resync: false,
    });
    // Later saves change no status: nothing is sent until the submission.
    await scoreAndSubmit(org.interviewer, interview);
    expect((await progress.next()).data?.panelProgress).toMatchObject({ panelistId: org.interviewer.id, status: 'SUBMITTED' });
    expect(progress.pending).toEqual([]);

    for (const outsider of [ivy, other.admin]) {
      const theirs = openSocket(api.url, { token: outsider.token });
      sockets.push(theirs);
      const refused = await theirs.subscribe(PanelProgress, { interviewId: interview.id }).next();
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('shows on the board how many of a card’s panel have submitted, live, without a score', async () => {
    const interview = await interviewWith([org.interviewer, ivy]);
    const { application_id: applicationId } = (
      await api.sql<{ application_id: string }>('SELECT application_id FROM interview WHERE id = $1', [interview.id])
    )[0];
    const feedbackOnBoard = async () =>
      dataOf(await org.recruiter.gql(BoardFeedback, { openingId: opening.id }))
        .pipelineBoard.columns.flatMap((column) => column.cards)
        .find((card) => card.id === applicationId)?.feedback;
    expect(await feedbackOnBoard()).toEqual({ submitted: 0, expected: 2 });

    const socket = openSocket(second.url, { token: org.recruiter.token });
    sockets.push(socket);
    const changes = socket.subscribe(BoardChanged, { openingId: opening.id });
    expect((await changes.next()).data?.boardChanged.kind).toBe('RESYNC');
    await scoreAndSubmit(ivy, interview);
    expect((await changes.next()).data?.boardChanged).toEqual({
      kind: 'UPDATED',
      applicationId,
      card: { feedback: { submitted: 1, expected: 2 } },
    });
    expect(await feedbackOnBoard()).toEqual({ submitted: 1, expected: 2 });
  });
});
