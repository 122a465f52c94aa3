import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderKey, LoaderRegistry } from '@panelist/server-core';
import { Application } from './application.entity';
import { ApplicationCounts } from './application.types';
import { ApplicationsService } from './applications.service';
import { Candidate } from './candidate.entity';
import { CandidatesService } from './candidates.service';
import { Interview } from './interview.entity';
import { InterviewsService, PinnedQuestion } from './interviews.service';
import { OutcomeReason } from './outcome-reason.entity';
import { OutcomeReasonsService } from './outcome-reasons.service';

/** The per-request loaders of candidates, applications and interviews. */
export const PipelineLoaders = {
  candidate: new LoaderKey<string, Candidate>('candidate'),
  application: new LoaderKey<string, Application>('application'),
  /** The interviews of an application, soonest first. */
  applicationInterviews: new LoaderKey<string, Interview[]>('applicationInterviews'),
  /** Member ids on an interview's panel. */
  interviewPanelists: new LoaderKey<string, string[]>('interviewPanelists'),
  /** The question revisions an interview pinned, in order. */
  interviewQuestions: new LoaderKey<string, PinnedQuestion[]>('interviewQuestions'),
  interviewWarnings: new LoaderKey<string, string[]>('interviewWarnings'),
  openingApplicationCounts: new LoaderKey<string, ApplicationCounts>('openingApplicationCounts'),
  outcomeReason: new LoaderKey<string, OutcomeReason>('outcomeReason'),
};

@Injectable()
export class PipelineLoaderBatches implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly candidates: CandidatesService,
    private readonly applications: ApplicationsService,
    private readonly interviews: InterviewsService,
    private readonly reasons: OutcomeReasonsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(PipelineLoaders.candidate, (ids, { organizationId }) => this.candidates.byIds(organizationId, ids));
    this.registry.register(PipelineLoaders.application, (ids, { organizationId }) => this.applications.byIds(organizationId, ids));
    this.registry.register(PipelineLoaders.applicationInterviews, (ids, { organizationId }) =>
      this.interviews.ofApplications(organizationId, ids),
    );
    this.registry.register(PipelineLoaders.interviewPanelists, (ids) => this.interviews.panelistsOf(ids));
    this.registry.register(PipelineLoaders.interviewQuestions, (ids) => this.interviews.questionsOf(ids));
    this.registry.register(PipelineLoaders.interviewWarnings, (ids, { organizationId }) => this.interviews.warningsOf(organizationId, ids));
    this.registry.register(PipelineLoaders.openingApplicationCounts, (ids, { organizationId }) =>
      this.applications.countsOf(organizationId, ids),
    );
    this.registry.register(PipelineLoaders.outcomeReason, (ids, { organizationId }) => this.reasons.byIds(organizationId, ids));
  }
}
