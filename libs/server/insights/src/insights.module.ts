import { InsightsCandidateData } from './insights-candidate-data';
import { Module } from '@nestjs/common';
import { LoopsModule } from '@panelist/server-loops';
import { PipelineModule } from '@panelist/server-pipeline';
import { QuestionBankModule } from '@panelist/server-question-bank';
import { ScorecardsModule } from '@panelist/server-scorecards';
import { CalibrationResolver } from './calibration.resolver';
import { CalibrationService } from './calibration.service';
import { CandidateVisibility } from './candidate-visibility';
import { ComparisonCsv } from './comparison-csv';
import { ComparisonResolver, GridRatingResolver } from './comparison.resolver';
import { ComparisonService } from './comparison.service';
import {
  ApplicationDecisionResolver,
  BoardCardDecisionResolver,
  ComparisonRowDecisionResolver,
  DecisionsResolver,
} from './decisions.resolver';
import { DecisionsService } from './decisions.service';
import { InsightsLoaderBatches } from './insights.loaders';
import { QuestionGridService } from './question-grid.service';
import { QuestionSignalResolver } from './question-signal.resolver';
import { QuestionSignalService } from './question-signal.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const INSIGHTS_RESOLVERS = [
  ComparisonResolver,
  GridRatingResolver,
  CalibrationResolver,
  DecisionsResolver,
  BoardCardDecisionResolver,
  ComparisonRowDecisionResolver,
  ApplicationDecisionResolver,
  QuestionSignalResolver,
  ReportsResolver,
];

@Module({
  imports: [QuestionBankModule, LoopsModule, PipelineModule, ScorecardsModule],
  providers: [
    InsightsCandidateData,
    CandidateVisibility,
    ComparisonService,
    ComparisonCsv,
    QuestionGridService,
    CalibrationService,
    QuestionSignalService,
    DecisionsService,
    ReportsService,
    InsightsLoaderBatches,
    ...INSIGHTS_RESOLVERS,
  ],
})
export class InsightsModule {}
