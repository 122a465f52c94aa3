import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderKey, LoaderRegistry } from '@panelist/server-core';
import { Interview, InterviewsService } from '@panelist/server-pipeline';
import { FeedbackDeadlinesService } from './feedback-deadlines.service';
import { FeedbackDue } from './feedback-due.types';
import { Amendment, FeedbackCount, PanelistProgress, ScorecardView } from './scorecard.types';
import { ScorecardsService } from './scorecards.service';

/** The per-request loaders of scorecards; the readable ones are checked against the request's member. */
export const ScorecardsLoaders = {
  /** The scorecards of an interview that the signed-in member may read. */
  readable: new LoaderKey<Interview, ScorecardView[]>('readableScorecards'),
  progress: new LoaderKey<string, PanelistProgress[]>('panelProgress'),
  amendments: new LoaderKey<string, Amendment[]>('scorecardAmendments'),
  /** Submitted out of expected scorecards, by application. */
  feedback: new LoaderKey<string, FeedbackCount>('applicationFeedback'),
  /** The signed-in member's deadlines for an interview they sit on. */
  feedbackDue: new LoaderKey<Interview, FeedbackDue | null>('feedbackDue'),
  /** Interviews by id, for lists that name them (late feedback); access is the list's to check. */
  interview: new LoaderKey<string, Interview>('scorecardInterview'),
};

@Injectable()
export class ScorecardsLoaderBatches implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly scorecards: ScorecardsService,
    private readonly deadlines: FeedbackDeadlinesService,
    private readonly interviews: InterviewsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(ScorecardsLoaders.readable, (interviews, session) => this.scorecards.readableBy(session, interviews));
    this.registry.register(ScorecardsLoaders.progress, (ids, { organizationId }) => this.scorecards.progressOf(organizationId, ids));
    this.registry.register(ScorecardsLoaders.feedback, (ids, { organizationId }) => this.scorecards.feedbackOf(organizationId, ids));
    this.registry.register(ScorecardsLoaders.feedbackDue, (interviews, session) => this.deadlines.dueFor(session, interviews));
    this.registry.register(ScorecardsLoaders.interview, (ids, { organizationId }) => this.interviews.byIds(organizationId, ids));
    this.registry.register(ScorecardsLoaders.amendments, (ids, { organizationId }) => this.scorecards.amendmentsOf(organizationId, ids));
  }
}
