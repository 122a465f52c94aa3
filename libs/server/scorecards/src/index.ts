import { FeedbackNudge, FeedbackPolicy } from './feedback-policy.entity';
import { Scorecard, ScorecardAmendment } from './scorecard.entity';
import { SubmittedRating } from './submitted-rating.entity';

export * from './feedback-deadlines.service';
export * from './scorecard.entity';
export * from './scorecard.types';
export * from './scorecards.module';
export * from './scorecards.service';
export * from './submitted-rating.entity';
export * from './submitted-ratings.service';

export const SCORECARDS_ENTITIES = [Scorecard, ScorecardAmendment, FeedbackPolicy, FeedbackNudge, SubmittedRating];
