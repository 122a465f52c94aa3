import { ApplicationEvent } from './application-event.entity';
import { Application } from './application.entity';
import { Candidate } from './candidate.entity';
import { Interview, InterviewPanelist, InterviewQuestion } from './interview.entity';

export * from './application-event.entity';
export * from './application.entity';
export * from './candidate.entity';
export * from './interview.entity';
export * from './pipeline.module';

export const PIPELINE_ENTITIES = [Candidate, Application, ApplicationEvent, Interview, InterviewPanelist, InterviewQuestion];
