import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '@panelist/server-core';
import { Application, ApplicationStatus } from '@panelist/server-pipeline';
import { Question } from '@panelist/server-question-bank';
import { Recommendation } from '@panelist/server-scorecards';
import { Decision } from './decision.entity';

@ObjectType({ description: 'One round’s part of a category score' })
export class RoundCategoryScore {
  @Field(() => ID)
  roundId: string;

  @Field(() => Float)
  mean: number;

  @Field(() => Int)
  ratings: number;
}

@ObjectType({ description: 'A candidate’s ratings on one focus category, from submitted scorecards, on the 1–4 scale' })
export class CategoryScore {
  @Field(() => ID)
  categoryId: string;

  @Field(() => Float, { nullable: true, description: 'Mean of the panelists’ ratings; null when nobody rated it yet' })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The mean with each panelist’s leniency removed, where enough shared candidates back it',
  })
  calibratedMean: number | null;

  @Field(() => Int)
  ratings: number;

  @Field({ description: 'Panelists differ by two levels or more on it' })
  disagreement: boolean;

  @Field(() => [RoundCategoryScore], { description: 'Per round, for the breakdown on demand' })
  rounds: RoundCategoryScore[];
}

@ObjectType()
export class RecommendationCount {
  @Field(() => Recommendation)
  recommendation: Recommendation;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'What the team still does not know about a candidate' })
export class EvidenceGaps {
  @Field(() => [ID], { description: 'Focus categories of the loop that no submitted scorecard rated yet' })
  unratedCategoryIds: string[];

  @Field(() => [ID], { description: 'Categories where panelists disagree by two levels or more' })
  disagreementCategoryIds: string[];
}

@ObjectType()
export class ComparisonRow {
  @Field(() => Application)
  application: Application;

  @Field(() => ID)
  candidateId: string;

  @Field({ description: 'The candidate’s name (application.candidate holds the rest)' })
  candidateName: string;

  @Field({ description: 'The name of the stage the application is at' })
  stageName: string;

  @Field(() => [CategoryScore], { description: 'One per focus category of the comparison, in its order' })
  categoryScores: CategoryScore[];

  @Field(() => Float, { nullable: true, description: 'Weighted mean of the category means (see Comparison.method)' })
  overallScore: number | null;

  @Field(() => Float, { nullable: true, description: 'The same from calibrated means; shown beside the raw score, never instead' })
  calibratedScore: number | null;

  @Field({ description: 'False when a panelist’s leniency rests on too few shared candidates to remove' })
  calibrationBacked: boolean;

  @Field(() => [RecommendationCount], { description: 'How many submitted scorecards recommended each level, strongest first' })
  recommendations: RecommendationCount[];

  @Field(() => Int, { description: 'Submitted scorecards it rests on' })
  scorecardCount: number;

  @Field(() => EvidenceGaps)
  evidenceGaps: EvidenceGaps;
}

@ObjectType()
export class CategoryWeight {
  @Field(() => ID)
  categoryId: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { nullable: true, description: 'The average of the category means of every candidate you may see, filter aside' })
  openingAverage: number | null;
}

@ObjectType({ description: 'An opening’s candidates side by side, from submitted scorecards only' })
export class Comparison {
  @Field(() => [ComparisonRow])
  rows: ComparisonRow[];

  @Field(() => [CategoryWeight], { description: 'The focus categories of the loop, in loop order, with their weights' })
  weights: CategoryWeight[];

  @Field({ description: 'Why the hiring manager weighed the categories so; empty for equal weights' })
  weightsRationale: string;

  @Field({ description: 'How the overall score is made, in words' })
  method: string;

  @Field(() => Int, { description: 'Candidates left out until you submit your own scorecard for them (interviewers never see others)' })
  hiddenForIndependence: number;

  @Field(() => Int, { description: 'Fewer shared candidates than this and a panelist’s leniency is not removed' })
  minSharedCandidates: number;
}

@ObjectType({ description: 'One panelist’s answer to one question for one candidate' })
export class GridRating {
  @Field(() => ID)
  panelistId: string;

  @Field(() => ID)
  roundId: string;

  @Field(() => Int, { nullable: true, description: 'The level given, on the round’s scale of `levels`' })
  rating: number | null;

  @Field(() => Int)
  levels: number;

  @Field()
  notAsked: boolean;

  @Field()
  notes: string;

  @Field(() => [Int], { description: 'Indexes of the question’s talking points the candidate covered' })
  talkingPointsCovered: number[];
}

@ObjectType()
export class GridCell {
  @Field(() => ID)
  questionId: string;

  @Field(() => ID)
  applicationId: string;

  @Field(() => [GridRating])
  ratings: GridRating[];
}

@ObjectType({ description: 'The same questions across candidates: a row per question, a column per candidate' })
export class QuestionGrid {
  @Field(() => [Question], { description: 'Every question a submitted scorecard of these candidates answered, in bank order' })
  questions: Question[];

  @Field(() => [Application])
  applications: Application[];

  @Field(() => [GridCell])
  cells: GridCell[];
}

@ObjectType()
export class InterviewerCalibration {
  @Field(() => User)
  interviewer: User;

  @Field(() => Float, {
    description: 'Mean offset of their category ratings from their co-panelists’ on the same candidates (+ lenient, − strict)',
  })
  leniency: number;

  @Field(() => Int)
  sharedCandidates: number;

  @Field(() => Int, { description: 'Candidate-category pairs the offset rests on' })
  ratings: number;

  @Field({ description: 'Enough shared candidates for calibration to remove this offset' })
  backed: boolean;
}

@ObjectType({ description: 'Krippendorff’s alpha (ordinal) over submitted scorecards' })
export class AgreementResult {
  @Field(() => Float, { nullable: true, description: 'Null when undefined: no candidate has two ratings, or all ratings are equal' })
  alpha: number | null;

  @Field(() => Int, { description: 'Candidates with two or more ratings' })
  pairableUnits: number;

  @Field(() => Int)
  pairableValues: number;

  @Field({ description: 'Below 0.667, Krippendorff’s lowest level for tentative conclusions' })
  low: boolean;

  @Field(() => ID, { nullable: true, description: 'The category; null for the overall recommendation' })
  categoryId: string | null;
}

@ObjectType({ description: 'How a question’s ratings spread and whether they separate hired from rejected candidates' })
export class QuestionSignal {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { description: 'Submitted scorecards that rated it' })
  timesAsked: number;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => [Int], { description: 'Ratings per level on the 1–4 scale, lowest first' })
  distribution: number[];

  @Field(() => Float, { nullable: true, description: 'Correlation of its ratings with being hired (1) rather than rejected (0)' })
  pointBiserial: number | null;

  @Field(() => Int, { description: 'Ratings of candidates since hired or rejected: what pointBiserial rests on' })
  sampleSize: number;

  @Field(() => [String], { description: 'NO_SPREAD: everyone rates it the same; NO_SIGNAL: enough uses and no separation' })
  flags: string[];
}

@ObjectType({ description: 'The debrief’s discussion note' })
export class DebriefNoteView {
  @Field()
  body: string;

  @Field(() => Int, { description: 'Pass it back when saving: a save from an older version answers CONFLICT' })
  version: number;

  @Field(() => User, { nullable: true })
  updatedBy: User | null;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType({ description: 'One application’s debrief: scores and gaps from submitted scorecards, the note and the decisions' })
export class Debrief {
  @Field(() => Application)
  application: Application;

  @Field(() => ComparisonRow, { description: 'Its row of the opening’s comparison' })
  scores: ComparisonRow;

  @Field(() => [CategoryWeight])
  weights: CategoryWeight[];

  @Field(() => DebriefNoteView)
  note: DebriefNoteView;

  @Field(() => [Decision], { description: 'Every decision, oldest first, reversed ones included' })
  decisions: Decision[];
}

@ObjectType({ description: 'Applications that left from a stage for one reason' })
export class StageExit {
  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field(() => String, { description: 'The reason’s label, or “No reason chosen”' })
  reason: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class StageFunnel {
  @Field(() => ID)
  stageId: string;

  @Field()
  stageName: string;

  @Field(() => Int, { description: 'Applications that entered the stage' })
  entered: number;

  @Field(() => Int, { description: 'Applications that moved on to a later stage' })
  movedOn: number;

  @Field(() => Int, { description: 'Applications that left the pipeline from it' })
  left: number;

  @Field(() => Int, { description: 'Applications in it now' })
  current: number;

  @Field(() => [StageExit])
  exits: StageExit[];

  @Field(() => Float, { nullable: true, description: 'Median of completed stays, in hours' })
  medianHoursInStage: number | null;
}

@ObjectType()
export class ReasonCount {
  @Field()
  reason: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Panel seats of ended interviews against the two feedback deadlines' })
export class FeedbackTimeliness {
  @Field(() => Int, { description: 'Seats on interviews that have ended' })
  seats: number;

  @Field(() => Int)
  recommendationsOnTime: number;

  @Field(() => Int)
  scorecardsOnTime: number;

  @Field(() => Int)
  scorecardsSubmitted: number;
}

@ObjectType({ description: 'How an opening’s pipeline is going: funnel, time in stage, why people leave, feedback on time' })
export class OpeningReport {
  @Field(() => [StageFunnel])
  stages: StageFunnel[];

  @Field(() => [ReasonCount], { description: 'Rejections by reason, most first' })
  rejectionReasons: ReasonCount[];

  @Field(() => [ReasonCount], { description: 'Withdrawals by reason, most first' })
  withdrawalReasons: ReasonCount[];

  @Field(() => FeedbackTimeliness)
  feedback: FeedbackTimeliness;
}

@ObjectType({ description: 'One interviewer’s work on an opening' })
export class InterviewerReport {
  @Field(() => User)
  interviewer: User;

  @Field(() => Int, { description: 'Seats on ended interviews' })
  seats: number;

  @Field(() => Int)
  scorecardsSubmitted: number;

  @Field(() => Float, { nullable: true, description: 'Share of seats whose recommendation came by its deadline' })
  recommendationOnTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of seats whose scorecard was submitted by its deadline' })
  scorecardOnTimeRate: number | null;

  @Field(() => [Int], { description: 'Their category ratings per level of the 1–4 scale, lowest first' })
  ratingDistribution: number[];

  @Field(() => Float, { nullable: true, description: 'Mean offset from co-panelists (see interviewerCalibration)' })
  leniency: number | null;

  @Field(() => Int)
  sharedCandidates: number;

  @Field({ description: 'Enough shared candidates for calibration to remove their leniency' })
  leniencyBacked: boolean;

  @Field(() => Float, { nullable: true, description: 'How often their recommendation leaned the way most co-panelists’ did' })
  agreementRate: number | null;

  @Field(() => Int, { description: 'Interviews agreementRate rests on (co-panelists not split evenly)' })
  agreementSample: number;
}
