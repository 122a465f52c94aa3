import { Module } from '@nestjs/common';
import { QuestionBankModule } from '@panelist/server-question-bank';
import { LoopService } from './loop.service';
import { LoopsLoaderBatches } from './loops.loaders';
import { LoopResolver, OpeningsResolver } from './openings.resolver';
import { OpeningsService } from './openings.service';
import { ProposalService } from './proposal.service';
import { RoundsResolver } from './rounds.resolver';
import { RoundsService } from './rounds.service';
import { StageOccupants } from './stage-occupants';
import { StagesResolver } from './stages.resolver';
import { StagesService } from './stages.service';
import { TemplatesResolver } from './templates.resolver';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const LOOPS_RESOLVERS = [OpeningsResolver, LoopResolver, StagesResolver, RoundsResolver, TemplatesResolver];

@Module({
  imports: [QuestionBankModule],
  providers: [
    OpeningsService,
    StagesService,
    StageOccupants,
    RoundsService,
    LoopService,
    ProposalService,
    LoopsLoaderBatches,
    ...LOOPS_RESOLVERS,
  ],
  exports: [OpeningsService, StagesService, StageOccupants, RoundsService],
})
export class LoopsModule {}
