import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderKey, LoaderRegistry, RequestLoaders } from '@panelist/server-core';
import { Opening } from './opening.entity';
import { OpeningsService } from './openings.service';
import { Round } from './round.entity';
import { RoundQuestionRef, RoundsService } from './rounds.service';
import { Stage } from './stage.entity';
import { StagesService } from './stages.service';

/** The per-request loaders of openings, their stages, rounds and round questions. */
export const LoopsLoaders = {
  opening: new LoaderKey<string, Opening>('opening'),
  /** The stages of an opening, in order. */
  openingStages: new LoaderKey<string, Stage[]>('openingStages'),
  /** The rounds of an opening's loop, in order. */
  openingRounds: new LoaderKey<string, Round[]>('openingRounds'),
  /** The question refs of a round, in the order they are asked. */
  roundQuestions: new LoaderKey<string, RoundQuestionRef[]>('roundQuestions'),
};

/** A stage of an opening, through the opening's stages loader (a stage list is short and shared by its cards). */
export async function loadStage(loaders: RequestLoaders, openingId: string, stageId: string): Promise<Stage> {
  const stages = await loaders.get(LoopsLoaders.openingStages).load(openingId);
  return stages.find((stage) => stage.id === stageId)!;
}

@Injectable()
export class LoopsLoaderBatches implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly openings: OpeningsService,
    private readonly stages: StagesService,
    private readonly rounds: RoundsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(LoopsLoaders.opening, (ids, { organizationId }) => this.openings.byIds(organizationId, ids));
    this.registry.register(LoopsLoaders.openingStages, (ids, { organizationId }) => this.stages.ofOpenings(organizationId, ids));
    this.registry.register(LoopsLoaders.openingRounds, (ids, { organizationId }) => this.rounds.roundsOf(organizationId, ids));
    this.registry.register(LoopsLoaders.roundQuestions, (ids) => this.rounds.questionsOf(ids));
  }
}
