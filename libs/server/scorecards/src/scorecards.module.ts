import { ScorecardCandidateData } from './scorecard-candidate-data';
import { Module } from '@nestjs/common';
import { LoopsModule } from '@panelist/server-loops';
import { PipelineModule } from '@panelist/server-pipeline';
import { QuestionBankModule } from '@panelist/server-question-bank';
import { BoardCardFeedbackResolver } from './board-card-feedback.resolver';
import { CategoryRatingResolver } from './category-rating.resolver';
import { FeedbackDeadlinesResolver, InterviewFeedbackDueResolver } from './feedback-deadlines.resolver';
import { FeedbackDeadlinesService } from './feedback-deadlines.service';
import { InterviewScorecardsResolver } from './interview-scorecards.resolver';
import { PanelProgressResolver } from './panel-progress.resolver';
import { ScoreSheets } from './score-sheets';
import { ScorecardsLoaderBatches } from './scorecards.loaders';
import { AmendmentResolver, ScorecardsResolver } from './scorecards.resolver';
import { ScorecardsService } from './scorecards.service';
import { SubmittedRatings } from './submitted-ratings.service';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const SCORECARDS_RESOLVERS = [
  ScorecardsResolver,
  AmendmentResolver,
  InterviewScorecardsResolver,
  CategoryRatingResolver,
  BoardCardFeedbackResolver,
  PanelProgressResolver,
  FeedbackDeadlinesResolver,
  InterviewFeedbackDueResolver,
];

@Module({
  imports: [QuestionBankModule, LoopsModule, PipelineModule],
  providers: [
    ScoreSheets,
    ScorecardCandidateData,
    ScorecardsService,
    SubmittedRatings,
    FeedbackDeadlinesService,
    ScorecardsLoaderBatches,
    ...SCORECARDS_RESOLVERS,
  ],
  exports: [ScorecardsService, SubmittedRatings, FeedbackDeadlinesService],
})
export class ScorecardsModule {}
