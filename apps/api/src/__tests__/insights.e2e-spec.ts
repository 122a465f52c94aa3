import {
  CandidateFactory,
  InterviewFactory,
  OpeningFactory,
  OrganizationFactory,
  type Application,
  type Interview,
  type Member,
  type Opening,
  type Organization,
} from './factories';
import { graphql } from './gql';
import type { Recommendation } from './gql/graphql';
import { dataOf } from './support/data-of';
import { startTestApp, TestApp } from './support/test-app';

const MyScorecard = graphql(`
  query InsightsMyScorecard($interviewId: ID!) {
    myScorecard(interviewId: $interviewId) {
      id
      version
      ratings {
        questionId
      }
      categoryRatings {
        categoryId
      }
    }
  }
`);

const Save = graphql(`
  mutation InsightsSave($input: SaveScorecardInput!) {
    saveScorecard(input: $input) {
      id
      version
    }
  }
`);

const Submit = graphql(`
  mutation InsightsSubmit($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) {
      id
      version
    }
  }
`);

const Amend = graphql(`
  mutation InsightsAmend($input: AmendScorecardInput!) {
    amendScorecard(input: $input) {
      version
    }
  }
`);

const Compare = graphql(`
  query InsightsComparison($openingId: ID!, $filter: ComparisonFilter) {
    comparison(openingId: $openingId, filter: $filter) {
      rows {
        application {
          id
          status
        }
        categoryScores {
          categoryId
          mean
          calibratedMean
          ratings
          disagreement
          rounds {
            roundId
            mean
            ratings
          }
        }
        overallScore
        calibratedScore
        calibrationBacked
        recommendations {
          recommendation
          count
        }
        scorecardCount
        evidenceGaps {
          unratedCategoryIds
          disagreementCategoryIds
        }
        decision {
          decision
        }
      }
      weights {
        categoryId
        weight
        openingAverage
      }
      weightsRationale
      hiddenForIndependence
    }
  }
`);

const Csv = graphql(`
  query InsightsCsv($openingId: ID!) {
    comparisonCsv(openingId: $openingId)
  }
`);

const Grid = graphql(`
  query InsightsGrid($openingId: ID!, $applicationIds: [ID!]!) {
    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {
      questions {
        id
      }
      cells {
        questionId
        applicationId
        ratings {
          panelistId
          panelist {
            name
          }
          rating
          notes
          talkingPointsCovered
        }
      }
    }
  }
`);

const Calibration = graphql(`
  query InsightsCalibration($openingId: ID!) {
    interviewerCalibration(openingId: $openingId) {
      interviewer {
        id
      }
      leniency
      sharedCandidates
      backed
    }
  }
`);

const Agreement = graphql(`
  query InsightsAgreement($openingId: ID!, $categoryId: ID) {
    agreement(openingId: $openingId, categoryId: $categoryId) {
      alpha
      pairableUnits
      low
    }
  }
`);

const Agreements = graphql(`
  query InsightsAgreements($openingId: ID!) {
    openingAgreement(openingId: $openingId) {
      categoryId
      alpha
      pairableUnits
    }
  }
`);

const Signal = graphql(`
  query InsightsSignal($questionId: ID!) {
    questionSignal(questionId: $questionId) {
      timesAsked
      mean
      distribution
      pointBiserial
      sampleSize
    }
  }
`);

const Weights = graphql(`
  mutation InsightsWeights($input: WeightsInput!) {
    setComparisonWeights(input: $input) {
      weightsRationale
      rows {
        application {
          id
        }
        overallScore
      }
    }
  }
`);

const Decide = graphql(`
  mutation InsightsDecide($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      decision
      reason
      decidedBy {
        id
      }
    }
  }
`);

const Reverse = graphql(`
  mutation InsightsReverse($input: ReverseDecisionInput!) {
    reverseDecision(input: $input) {
      reversedAt
      reversalReason
    }
  }
`);

const Debrief = graphql(`
  query InsightsDebrief($applicationId: ID!) {
    debrief(applicationId: $applicationId) {
      application {
        stage {
          name
        }
        status
        outcomeReasonChoice {
          label
        }
      }
      scores {
        overallScore
      }
      note {
        body
        version
      }
      decisions {
        decision
        reversedAt
      }
    }
  }
`);

const SaveNote = graphql(`
  mutation InsightsSaveNote($input: SaveDebriefNoteInput!) {
    saveDebriefNote(input: $input) {
      body
      version
    }
  }
`);

const Reasons = graphql(`
  query InsightsReasons {
    outcomeReasons(kind: REJECTION) {
      id
      label
    }
  }
`);

const OpeningReport = graphql(`
  query InsightsOpeningReport($openingId: ID!) {
    openingReport(openingId: $openingId) {
      stages {
        stageName
        entered
        movedOn
        left
        current
        exits {
          status
          reason
          count
        }
        medianHoursInStage
      }
      rejectionReasons {
        reason
        count
      }
      feedback {
        seats
        recommendationsOnTime
        scorecardsOnTime
        scorecardsSubmitted
      }
    }
    openingReportCsv(openingId: $openingId)
  }
`);

const InterviewerReport = graphql(`
  query InsightsInterviewerReport($openingId: ID!) {
    interviewerReport(openingId: $openingId) {
      interviewer {
        id
      }
      seats
      scorecardsSubmitted
      scorecardOnTimeRate
      ratingDistribution
      leniency
      leniencyBacked
      agreementRate
      agreementSample
    }
  }
`);

const UpdateReason = graphql(`
  mutation InsightsUpdateReason($input: UpdateOutcomeReasonInput!) {
    updateOutcomeReason(input: $input) {
      label
      archived
    }
  }
`);

const BoardDecisions = graphql(`
  query InsightsBoard($openingId: ID!) {
    pipelineBoard(openingId: $openingId) {
      columns {
        cards {
          id
          decision {
            decision
          }
        }
      }
    }
  }
`);

type Rated = { c1: number; c2: number; recommendation: Recommendation };

describe('comparison, calibration, signal and decisions', () => {
  let api: TestApp;
  let org: Organization;
  let other: Organization;
  let ivy: Member;
  let pat: Member;
  let opening: Opening;
  let c1: string;
  let c2: string;
  const candidates: Record<string, Application> = {};
  const interviews: Record<string, Interview> = {};

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from()
      .member({ role: 'INTERVIEWER', name: 'Ivy Interviewer' })
      .member({ role: 'INTERVIEWER', name: 'Pat Interviewer' })
      .create(api);
    other = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(api);
    [ivy, pat] = org.members.slice(4);
    const [first, second] = org.categories.filter((category) => category.questions.length >= 2);
    [c1, c2] = [first.id, second.id];
    opening = await OpeningFactory.from({ title: 'MLOps Engineer' })
      .round({ name: 'Systems', focusCategoryIds: [c1, c2], durationMinutes: 45 }, (round) => round.proposedFrom([c1, c2], 4))
      .create(org.hiringManager);

    // Hand-computed fixture: two panelists (the org's interviewer "I" and Ivy "V") rate four candidates.
    const plan: Record<string, Array<[Member, Rated]>> = {
      A: [
        [org.interviewer, { c1: 4, c2: 3, recommendation: 'STRONG_YES' }],
        [ivy, { c1: 3, c2: 3, recommendation: 'YES' }],
      ],
      B: [
        [org.interviewer, { c1: 3, c2: 2, recommendation: 'YES' }],
        [ivy, { c1: 1, c2: 2, recommendation: 'NO' }],
      ],
      C: [
        [org.interviewer, { c1: 2, c2: 2, recommendation: 'NO' }],
        [ivy, { c1: 2, c2: 1, recommendation: 'STRONG_NO' }],
      ],
      D: [[org.interviewer, { c1: 4, c2: 4, recommendation: 'YES' }]],
    };
    for (const [name, ratings] of Object.entries(plan)) {
      const interview = await interviewOf(
        name,
        ratings.map(([member]) => member),
      );
      for (const [member, rated] of ratings) await scoreAndSubmit(member, interview, rated);
    }
  }, 180_000);
  afterAll(() => api.close());

  async function interviewOf(name: string, panel: Member[]): Promise<Interview> {
    const candidate = await CandidateFactory.from({ name }).application(opening, { stage: 'Onsite' }).create(org.recruiter);
    candidates[name] = candidate.applications[0];
    return (interviews[name] = await InterviewFactory.from({
      application: candidate.applications[0],
      round: opening.rounds[0],
      panel,
    }).create(org.recruiter));
  }

  /** Every question rated at the panelist's first-category rating, with notes; both focus categories rated. */
  async function save(member: Member, interview: Interview, rated: Rated) {
    const card = dataOf(await member.gql(MyScorecard, { interviewId: interview.id })).myScorecard;
    return dataOf(
      await member.gql(Save, {
        input: {
          scorecardId: card.id,
          version: card.version,
          ratings: card.ratings.map((rating) => ({
            questionId: rating.questionId,
            rating: rated.c1,
            notes: `${member.name} on ${rating.questionId}`,
            talkingPointsCovered: [0],
          })),
          categoryRatings: [
            { categoryId: c1, rating: rated.c1 },
            { categoryId: c2, rating: rated.c2 },
          ],
          recommendation: rated.recommendation,
        },
      }),
    ).saveScorecard;
  }

  async function scoreAndSubmit(member: Member, interview: Interview, rated: Rated) {
    const saved = await save(member, interview, rated);
    return dataOf(await member.gql(Submit, { input: { scorecardId: saved.id, version: saved.version } })).submitScorecard;
  }

  const rowOf = <T extends { application: { id: string } }>(rows: readonly T[], name: string): T | undefined =>
    rows.find((row) => row.application.id === candidates[name].id);

  it('compares candidates by category mean, weighted overall score, tally and evidence gaps, from submitted scorecards', async () => {
    const { comparison } = dataOf(await org.recruiter.gql(Compare, { openingId: opening.id }));
    expect(comparison.rows.map((row) => row.application.id)).toEqual(['D', 'A', 'B', 'C'].map((name) => candidates[name].id));
    expect(comparison.weights.map((weight) => [weight.categoryId, weight.weight])).toEqual([
      [c1, 1],
      [c2, 1],
    ]);

    const a = rowOf(comparison.rows, 'A')!;
    expect(a.categoryScores.map((score) => [score.mean, score.ratings])).toEqual([
      [3.5, 2],
      [3, 2],
    ]);
    expect(a.overallScore).toBeCloseTo(3.25, 10);
    expect(a.recommendations).toEqual([
      { recommendation: 'STRONG_YES', count: 1 },
      { recommendation: 'YES', count: 1 },
    ]);
    expect(a.scorecardCount).toBe(2);
    expect(a.categoryScores[0].rounds).toEqual([{ roundId: opening.rounds[0].id, mean: 3.5, ratings: 2 }]);

    const b = rowOf(comparison.rows, 'B')!;
    expect(b.overallScore).toBe(2);
    // 3 and 1 on the first category: two levels apart.
    expect(b.evidenceGaps).toEqual({ unratedCategoryIds: [], disagreementCategoryIds: [c1] });
    expect(rowOf(comparison.rows, 'C')!.overallScore).toBeCloseTo(1.75, 10);
    expect(comparison.weights[0].openingAverage).toBeCloseTo((3.5 + 2 + 2 + 4) / 4, 10);
  });

  it('measures leniency against co-panelists and calibrates the score beside the raw one', async () => {
    const calibration = dataOf(await org.recruiter.gql(Calibration, { openingId: opening.id })).interviewerCalibration;
    const byId = new Map(calibration.map((row) => [row.interviewer.id, row]));
    // I minus V on the six shared candidate-categories: 1, 0, 2, 0, 0, 1 → mean 4/6.
    expect(byId.get(org.interviewer.id)!.leniency).toBeCloseTo(4 / 6, 10);
    expect(byId.get(ivy.id)!.leniency).toBeCloseTo(-4 / 6, 10);
    expect(byId.get(org.interviewer.id)).toMatchObject({ sharedCandidates: 3, backed: true });

    const { comparison } = dataOf(await org.recruiter.gql(Compare, { openingId: opening.id }));
    // D was rated by I alone: removing I's offset from the panel mean (1/3) lowers it; pairs rated by both keep their mean.
    const d = rowOf(comparison.rows, 'D')!;
    expect(d.overallScore).toBe(4);
    expect(d.calibratedScore).toBeCloseTo(4 - 1 / 3, 10);
    expect(d.calibrationBacked).toBe(true);
    expect(rowOf(comparison.rows, 'A')!.calibratedScore).toBeCloseTo(3.25, 10);
  });

  it('computes Krippendorff’s ordinal alpha of the recommendations and flags it low', async () => {
    // Units A (4,3), B (3,2), C (2,1); D has one value and is not pairable. n = 6, n1..n4 = 1,2,2,1.
    // Observed: 2·(δ²34 + δ²23 + δ²12) = 2·(2.25 + 4 + 2.25) = 17; expected: Σ n_c n_k δ²_ck = 198; α = 1 − 5·17/198.
    const { agreement } = dataOf(await org.recruiter.gql(Agreement, { openingId: opening.id, categoryId: null }));
    expect(agreement.alpha).toBeCloseTo(1 - 85 / 198, 10);
    expect(agreement).toMatchObject({ pairableUnits: 3, low: true });
    const second = dataOf(await org.recruiter.gql(Agreement, { openingId: opening.id, categoryId: c2 })).agreement;
    expect(second.pairableUnits).toBe(3);

    // All at once (one statement) gives the same figures as one by one.
    const all = dataOf(await org.recruiter.gql(Agreements, { openingId: opening.id })).openingAgreement;
    expect(all.map((entry) => entry.categoryId)).toEqual([null, ...[c1, c2].sort()]);
    expect(all[0].alpha).toBeCloseTo(agreement.alpha!, 10);
    expect(all.find((entry) => entry.categoryId === c2)).toMatchObject({ alpha: second.alpha, pairableUnits: 3 });
  });

  it('shows the same questions across candidates with each panelist’s rating, notes and talking points', async () => {
    const { questionGrid } = dataOf(
      await org.recruiter.gql(Grid, { openingId: opening.id, applicationIds: [candidates.A.id, candidates.B.id] }),
    );
    expect(questionGrid.questions).toHaveLength(opening.rounds[0].questions.length);
    const questionId = questionGrid.questions[0].id;
    const cell = questionGrid.cells.find((entry) => entry.questionId === questionId && entry.applicationId === candidates.B.id)!;
    expect(cell.ratings.map((rating) => [rating.panelistId, rating.rating]).sort()).toEqual(
      [
        [org.interviewer.id, 3],
        [ivy.id, 1],
      ].sort(),
    );
    expect(cell.ratings.find((rating) => rating.panelistId === ivy.id)).toMatchObject({
      panelist: { name: 'Ivy Interviewer' },
      notes: `Ivy Interviewer on ${questionId}`,
      talkingPointsCovered: [0],
    });

    const tooMany = await org.recruiter.gql(Grid, { openingId: opening.id, applicationIds: [] });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationIds' });
    const malformed = await org.recruiter.gql(Grid, { openingId: opening.id, applicationIds: [candidates.A.id, 'nope'] });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationIds.1' });
  });

  it('weighs categories as the hiring manager sets them, with a rationale required for unequal weights', async () => {
    const weights = [
      { categoryId: c1, weight: 3 },
      { categoryId: c2, weight: 1 },
    ];
    const noRationale = await org.hiringManager.gql(Weights, { input: { openingId: opening.id, weights } });
    expect(noRationale.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    const negative = await org.hiringManager.gql(Weights, {
      input: { openingId: opening.id, weights: [{ categoryId: c1, weight: -1 }], rationale: 'x' },
    });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights.0.weight' });

    const set = dataOf(
      await org.hiringManager.gql(Weights, { input: { openingId: opening.id, weights, rationale: 'Systems depth matters most' } }),
    ).setComparisonWeights;
    expect(set.weightsRationale).toBe('Systems depth matters most');
    expect(rowOf(set.rows, 'A')!.overallScore).toBeCloseTo((3 * 3.5 + 3) / 4, 10);

    dataOf(
      await org.hiringManager.gql(Weights, {
        input: {
          openingId: opening.id,
          weights: [
            { categoryId: c1, weight: 1 },
            { categoryId: c2, weight: 1 },
          ],
        },
      }),
    );
  });

  it('exports the comparison as CSV, keeping a formula-like name as text', async () => {
    const interview = await interviewOf('=HYPERLINK("http://evil.example")', [pat]);
    await scoreAndSubmit(pat, interview, { c1: 2, c2: 3, recommendation: 'NO' });
    const csv = dataOf(await org.recruiter.gql(Csv, { openingId: opening.id })).comparisonCsv;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^Candidate,Stage,Status,.*\(weight 1\),.*Overall score,Calibrated score/);
    expect(lines.find((line) => line.startsWith('A,'))).toContain(',3.25,');
    expect(lines.find((line) => line.includes('HYPERLINK'))).toMatch(/^"'=HYPERLINK\(""http:\/\/evil.example""\)"/);
  });

  it('records decisions that move the application, shows them on the board, and reverses them with a reason', async () => {
    const hire = dataOf(
      await org.recruiter.gql(Decide, { input: { applicationId: candidates.A.id, decision: 'HIRE', reason: 'Strong on every category' } }),
    ).recordDecision;
    expect(hire).toMatchObject({ decision: 'HIRE', decidedBy: { id: org.recruiter.id } });
    expect(dataOf(await org.recruiter.gql(Debrief, { applicationId: candidates.A.id })).debrief.application.stage.name).toBe('Hired');

    const reversed = dataOf(
      await org.hiringManager.gql(Reverse, { input: { decisionId: hire.id, reason: 'Budget frozen until Q2' } }),
    ).reverseDecision;
    expect(reversed.reversalReason).toBe('Budget frozen until Q2');
    let debrief = dataOf(await org.recruiter.gql(Debrief, { applicationId: candidates.A.id })).debrief;
    expect(debrief.application.stage.name).toBe('Onsite');
    expect(debrief.decisions).toHaveLength(1);
    expect(debrief.decisions[0].reversedAt).not.toBeNull();
    const again = await org.hiringManager.gql(Reverse, { input: { decisionId: hire.id, reason: 'twice' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    dataOf(await org.recruiter.gql(Decide, { input: { applicationId: candidates.A.id, decision: 'HIRE', reason: 'Budget back' } }));
    dataOf(await org.recruiter.gql(Decide, { input: { applicationId: candidates.B.id, decision: 'ADVANCE', reason: 'One more round' } }));
    const skillsGap = dataOf(await org.recruiter.gql(Reasons)).outcomeReasons.find((reason) => reason.label === 'Skills gap')!;
    dataOf(
      await org.recruiter.gql(Decide, {
        input: { applicationId: candidates.C.id, decision: 'REJECT', reason: 'Weak on monitoring', outcomeReasonId: skillsGap.id },
      }),
    );
    debrief = dataOf(await org.recruiter.gql(Debrief, { applicationId: candidates.C.id })).debrief;
    expect(debrief.application).toMatchObject({ status: 'REJECTED', outcomeReasonChoice: { label: 'Skills gap' } });
    expect(dataOf(await org.recruiter.gql(Debrief, { applicationId: candidates.B.id })).debrief.application.stage.name).toBe('Debrief');

    const board = dataOf(await org.recruiter.gql(BoardDecisions, { openingId: opening.id })).pipelineBoard;
    const cards = board.columns.flatMap((column) => column.cards);
    expect(cards.find((card) => card.id === candidates.B.id)?.decision).toEqual({ decision: 'ADVANCE' });
    expect(cards.find((card) => card.id === candidates.D.id)?.decision).toBeNull();

    const noReason = await org.recruiter.gql(Decide, { input: { applicationId: candidates.D.id, decision: 'ADVANCE', reason: ' ' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const elsewhere = await other.admin.gql(Decide, { input: { applicationId: candidates.D.id, decision: 'HIRE', reason: 'x' } });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reports the funnel, why applications left, feedback on time, and each interviewer’s work', async () => {
    // A's interview ended an hour ago; its scorecards came in just now, well within the default deadlines.
    await api.sql(`UPDATE interview SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [
      interviews.A.id,
    ]);
    const { openingReport, openingReportCsv } = dataOf(await org.recruiter.gql(OpeningReport, { openingId: opening.id }));
    const stage = (name: string) => openingReport.stages.find((entry) => entry.stageName === name)!;
    expect(openingReport.stages.map((entry) => entry.stageName)).toEqual(opening.stages.map((entry) => entry.name));
    expect(stage('Onsite').exits).toEqual([{ status: 'REJECTED', reason: 'Skills gap', count: 1 }]);
    // D and the candidate named like a formula are still there.
    expect(stage('Onsite')).toMatchObject({ left: 1, current: 2 });
    expect(stage('Hired').entered).toBe(1);
    expect(stage('Debrief')).toMatchObject({ entered: 1, left: 0 });
    expect(stage('Applied').medianHoursInStage).not.toBeNull();
    expect(openingReport.rejectionReasons).toEqual([{ reason: 'Skills gap', count: 1 }]);
    expect(openingReport.feedback).toEqual({ seats: 2, recommendationsOnTime: 2, scorecardsOnTime: 2, scorecardsSubmitted: 2 });
    expect(openingReportCsv.split('\n')[0]).toBe('Stage,Entered,Moved on,Left,Median hours in stage,Why they left');
    expect(openingReportCsv).toContain('Rejected: Skills gap (1)');

    const report = dataOf(await org.recruiter.gql(InterviewerReport, { openingId: opening.id })).interviewerReport;
    const mine = report.find((row) => row.interviewer.id === org.interviewer.id)!;
    // Category ratings by I: A 4, 3; B 3, 2; C 2, 2; D 4, 4. Recommendations against Ivy's: A yes/yes, B yes/no, C no/no.
    expect(mine).toMatchObject({ seats: 1, scorecardsSubmitted: 1, scorecardOnTimeRate: 1, ratingDistribution: [0, 3, 2, 3] });
    expect(mine.leniency).toBeCloseTo(4 / 6, 10);
    expect(mine.leniencyBacked).toBe(true);
    expect(mine.agreementRate).toBeCloseTo(2 / 3, 10);
    expect(mine.agreementSample).toBe(3);
    const forInterviewer = await org.interviewer.gql(InterviewerReport, { openingId: opening.id });
    expect(forInterviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('measures how well a question separates hired from rejected candidates', async () => {
    // Every question was rated at the panelist's first-category rating. Hired A: 4, 3; rejected C: 2, 2;
    // B and D are undecided and leave the signal out. r = (3.5 − 2) / σ · √(½·½) with σ = √(2.75/4).
    const questionId = opening.rounds[0].questions[0].id;
    const { questionSignal } = dataOf(await org.recruiter.gql(Signal, { questionId }));
    expect(questionSignal.timesAsked).toBe(8);
    expect(questionSignal.sampleSize).toBe(4);
    expect(questionSignal.pointBiserial).toBeCloseTo((1.5 / Math.sqrt(2.75 / 4)) * 0.5, 10);
    expect(questionSignal.mean).toBeCloseTo((4 + 3 + 3 + 1 + 2 + 2 + 4 + 2) / 8, 10);
    expect(questionSignal.distribution).toEqual([1, 3, 2, 2]);
  });

  it('renames or archives a reason, changing only what the input names', async () => {
    const timing = dataOf(await org.admin.gql(Reasons)).outcomeReasons.find((reason) => reason.label === 'Position filled')!;
    const renamed = dataOf(await org.admin.gql(UpdateReason, { input: { id: timing.id, label: 'Role filled' } })).updateOutcomeReason;
    expect(renamed).toEqual({ label: 'Role filled', archived: false });
    const archived = dataOf(await org.admin.gql(UpdateReason, { input: { id: timing.id, archived: true } })).updateOutcomeReason;
    expect(archived).toEqual({ label: 'Role filled', archived: true });
    expect(dataOf(await org.admin.gql(Reasons)).outcomeReasons.map((reason) => reason.label)).not.toContain('Role filled');
  });

  it('keeps debrief notes from overwriting each other', async () => {
    const first = dataOf(
      await org.recruiter.gql(SaveNote, { input: { applicationId: candidates.D.id, body: 'Ask about on-call', version: 0 } }),
    ).saveDebriefNote;
    expect(first).toEqual({ body: 'Ask about on-call', version: 1 });
    const stale = await org.hiringManager.gql(SaveNote, { input: { applicationId: candidates.D.id, body: 'Mine', version: 0 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', version: 1, theirs: 'Ask about on-call' });
  });

  it('uses submitted scorecards only, and hides a candidate from a panelist who has not submitted for them', async () => {
    const interview = await interviewOf('E', [ivy, org.hiringManager]);
    await save(ivy, interview, { c1: 4, c2: 4, recommendation: 'STRONG_YES' });

    const forRecruiter = dataOf(await org.recruiter.gql(Compare, { openingId: opening.id })).comparison;
    expect(rowOf(forRecruiter.rows, 'E')).toMatchObject({ scorecardCount: 0, overallScore: null });
    expect(rowOf(forRecruiter.rows, 'E')!.evidenceGaps.unratedCategoryIds).toEqual([c1, c2]);

    const forManager = dataOf(await org.hiringManager.gql(Compare, { openingId: opening.id })).comparison;
    expect(rowOf(forManager.rows, 'E')).toBeUndefined();
    expect(forManager.hiddenForIndependence).toBe(1);
    // An interviewer's count names only what submitting would show them, not candidates they never met.
    expect(dataOf(await pat.gql(Compare, { openingId: opening.id })).comparison.hiddenForIndependence).toBe(0);
    const debrief = await org.hiringManager.gql(Debrief, { applicationId: candidates.E.id });
    expect(debrief.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEEDBACK_PENDING' });
    const grid = await org.hiringManager.gql(Grid, { openingId: opening.id, applicationIds: [candidates.E.id] });
    expect(grid.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Interviewers see only the candidates they interviewed and submitted for.
    const forIvy = dataOf(await ivy.gql(Compare, { openingId: opening.id })).comparison;
    expect(forIvy.rows.map((row) => row.application.id).sort()).toEqual([candidates.A.id, candidates.B.id, candidates.C.id].sort());
    const notHers = await ivy.gql(Debrief, { applicationId: candidates.D.id });
    expect(notHers.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_CANDIDATE' });
    const csv = dataOf(await ivy.gql(Csv, { openingId: opening.id })).comparisonCsv;
    expect(csv).not.toMatch(/^D,/m);

    const elsewhere = await other.admin.gql(Compare, { openingId: opening.id });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the comparison in step with amendments', async () => {
    const interview = await interviewOf('F', [pat]);
    const submitted = await scoreAndSubmit(pat, interview, { c1: 4, c2: 4, recommendation: 'STRONG_YES' });
    dataOf(
      await pat.gql(Amend, {
        input: {
          scorecardId: submitted.id,
          reason: 'Misread my notes',
          categoryRatings: [{ categoryId: c1, rating: 2 }],
          recommendation: 'NO',
        },
      }),
    );
    const row = rowOf(dataOf(await org.recruiter.gql(Compare, { openingId: opening.id })).comparison.rows, 'F')!;
    expect(row.categoryScores.map((score) => score.mean)).toEqual([2, 4]);
    expect(row.recommendations).toEqual([{ recommendation: 'NO', count: 1 }]);
  });
});
