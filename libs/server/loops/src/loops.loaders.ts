import { Injectable } from '@nestjs/common';
import { GraphQLContext, loaderFor } from '@panelist/server-core';
import { Opening } from './opening.entity';
import { OpeningsService } from './openings.service';
import { Round } from './round.entity';
import { RoundQuestionRef, RoundsService } from './rounds.service';
import { Stage } from './stage.entity';

/** Per-request batching for openings, their stages, rounds and round questions. */
@Injectable()
export class LoopsLoaders {
  constructor(
    private readonly openings: OpeningsService,
    private readonly roundsService: RoundsService,
  ) {}

  opening(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Opening>(context, 'opening', (ids) => this.openings.byIds(organizationId, ids));
  }

  stages(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Stage[]>(context, 'openingStages', (ids) => this.openings.stagesOf(organizationId, ids));
  }

  rounds(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Round[]>(context, 'openingRounds', (ids) => this.roundsService.roundsOf(organizationId, ids));
  }

  roundQuestions(context: GraphQLContext) {
    return loaderFor<string, RoundQuestionRef[]>(context, 'roundQuestions', (ids) => this.roundsService.questionsOf(ids));
  }

  async stage(context: GraphQLContext, openingId: string, stageId: string): Promise<Stage> {
    const stages = await this.stages(context).load(openingId);
    return stages.find((stage) => stage.id === stageId)!;
  }
}
