import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderKey, LoaderRegistry } from '@panelist/server-core';
import { Decision } from './decision.entity';
import { DecisionsService } from './decisions.service';
import { QuestionSignal } from './insights.types';
import { QuestionSignalService } from './question-signal.service';

export const InsightsLoaders = {
  /** The standing decision of an application, or null. */
  standingDecision: new LoaderKey<string, Decision | null>('standingDecision'),
  decisionHistory: new LoaderKey<string, Decision[]>('decisionHistory'),
  questionSignal: new LoaderKey<string, QuestionSignal>('questionSignal'),
};

@Injectable()
export class InsightsLoaderBatches implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly decisions: DecisionsService,
    private readonly signals: QuestionSignalService,
  ) {}

  onModuleInit(): void {
    this.registry.register(InsightsLoaders.standingDecision, (ids, { organizationId }) => this.decisions.standingOf(organizationId, ids));
    this.registry.register(InsightsLoaders.decisionHistory, (ids, { organizationId }) => this.decisions.historyOf(organizationId, ids));
    this.registry.register(InsightsLoaders.questionSignal, (ids, { organizationId }) => this.signals.signalOf(organizationId, ids));
  }
}
