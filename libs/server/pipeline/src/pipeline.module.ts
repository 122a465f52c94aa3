import { Module } from '@nestjs/common';
import { LoopsModule } from '@panelist/server-loops';
import { ApplicationEventsResolver } from './application-events.resolver';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { BoardService } from './board.service';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';
import { InterviewsResolver } from './interviews.resolver';
import { InterviewsService } from './interviews.service';
import { OpeningPipelineResolver } from './opening-pipeline.resolver';
import { PipelineLoaders } from './pipeline.loaders';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const PIPELINE_RESOLVERS = [CandidatesResolver, ApplicationsResolver, ApplicationEventsResolver, InterviewsResolver, OpeningPipelineResolver];

@Module({
  imports: [LoopsModule],
  providers: [CandidatesService, ApplicationsService, BoardService, InterviewsService, PipelineLoaders, ...PIPELINE_RESOLVERS],
  exports: [CandidatesService, ApplicationsService, InterviewsService],
})
export class PipelineModule {}
