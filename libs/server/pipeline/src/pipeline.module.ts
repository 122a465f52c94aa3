import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';
import { Module } from '@nestjs/common';
import { LoopsModule } from '@panelist/server-loops';
import { QuestionBankModule } from '@panelist/server-question-bank';
import { ApplicationEventsResolver } from './application-events.resolver';
import { ApplicationsStageOccupant } from './applications-stage-occupant';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { BoardChangeFeed } from './board-change-feed';
import { BookingNotices } from './booking-notices';
import { BoardChangesResolver } from './board-changes.resolver';
import { BoardService } from './board.service';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarController } from './calendar.controller';
import { CandidatesResolver } from './candidates.resolver';
import { CandidateDataService } from './candidate-data.service';
import { CandidatesService } from './candidates.service';
import { InterviewCalendarService } from './interview-calendar.service';
import { InterviewsResolver } from './interviews.resolver';
import { InterviewsService } from './interviews.service';
import { OpeningPipelineResolver } from './opening-pipeline.resolver';
import { OutcomeReasonsService } from './outcome-reasons.service';
import { ApplicationOutcomeResolver, OutcomeReasonsResolver } from './outcome-reasons.resolver';
import { PipelineLoaderBatches } from './pipeline.loaders';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const PIPELINE_RESOLVERS = [
  CandidatesResolver,
  RetentionResolver,
  ApplicationsResolver,
  ApplicationEventsResolver,
  InterviewsResolver,
  OpeningPipelineResolver,
  BoardChangesResolver,
  CalendarFeedResolver,
  OutcomeReasonsResolver,
  ApplicationOutcomeResolver,
];

@Module({
  imports: [QuestionBankModule, LoopsModule],
  controllers: [CalendarController],
  providers: [
    CandidatesService,
    CandidateDataService,
    RetentionService,
    OutcomeReasonsService,
    ApplicationsService,
    ApplicationsStageOccupant,
    BoardService,
    BoardChangeFeed,
    InterviewsService,
    BookingNotices,
    InterviewCalendarService,
    PipelineLoaderBatches,
    ...PIPELINE_RESOLVERS,
  ],
  exports: [CandidatesService, ApplicationsService, InterviewsService, OutcomeReasonsService],
})
export class PipelineModule {}
