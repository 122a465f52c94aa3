import { Module } from '@nestjs/common';
import { QuestionBankModule } from '@panelist/server-question-bank';
import { LoopService } from './loop.service';
import { LoopsLoaders } from './loops.loaders';
import { LoopResolver, OpeningsResolver } from './openings.resolver';
import { OpeningsService } from './openings.service';
import { ProposalService } from './proposal.service';
import { RoundsResolver } from './rounds.resolver';
import { RoundsService } from './rounds.service';
import { TemplatesResolver } from './templates.resolver';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const LOOPS_RESOLVERS = [OpeningsResolver, LoopResolver, RoundsResolver, TemplatesResolver];

@Module({
  imports: [QuestionBankModule],
  providers: [OpeningsService, RoundsService, LoopService, ProposalService, LoopsLoaders, ...LOOPS_RESOLVERS],
  exports: [OpeningsService, RoundsService, LoopsLoaders],
})
export class LoopsModule {}
