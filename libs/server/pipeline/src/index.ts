import { RetentionPolicy } from './retention-policy.entity';
import { ApplicationEvent } from './application-event.entity';
import { Application } from './application.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { Candidate } from './candidate.entity';
import { Interview, InterviewPanelist, InterviewQuestion } from './interview.entity';
import { OutcomeReason } from './outcome-reason.entity';

export * from './application-event.entity';
export * from './application.entity';
export * from './board-change.types';
export * from './board.types';
export * from './applications.service';
export * from './board-events';
export * from './calendar-feed.entity';
export * from './candidate.entity';
export * from './candidates.service';
export * from './interview.entity';
export * from './interviews.service';
export type { OutcomeCountRow, StageFlowRow } from './opening-funnel.sql';
export * from './outcome-reason.entity';
export * from './outcome-reasons.service';
export * from './pipeline.loaders';
export * from './pipeline.module';

export const PIPELINE_ENTITIES = [
  Candidate,
  RetentionPolicy,
  Application,
  ApplicationEvent,
  Interview,
  InterviewPanelist,
  InterviewQuestion,
  CalendarFeed,
  OutcomeReason,
];
export * from './retention.service';
