import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PanelistStatus } from './scorecard.types';

export enum FeedbackMissing {
  RECOMMENDATION = 'RECOMMENDATION',
  SCORECARD = 'SCORECARD',
}
registerEnumType(FeedbackMissing, {
  name: 'FeedbackMissing',
  valuesMap: {
    RECOMMENDATION: { description: 'Not even a recommendation yet, and its deadline has passed' },
    SCORECARD: { description: 'A recommendation is in, but the scorecard is not submitted and its deadline has passed' },
  },
});

@ObjectType({ description: 'When a panelist’s feedback on an interview is due, and whether it is late' })
export class FeedbackDue {
  @Field(() => PanelistStatus)
  status: PanelistStatus;

  @Field(() => Date)
  recommendationDueAt: Date;

  @Field(() => Date)
  scorecardDueAt: Date;

  @Field(() => FeedbackMissing, { nullable: true, description: 'What is overdue; null when nothing is' })
  late: FeedbackMissing | null;
}

@ObjectType({ description: 'A panelist whose feedback on an interview is overdue' })
export class LateFeedback {
  @Field(() => ID)
  interviewId: string;

  @Field(() => ID)
  panelistId: string;

  @Field(() => FeedbackMissing)
  missing: FeedbackMissing;

  @Field(() => Date, { description: 'When what is missing was due' })
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  lastNudgedAt: Date | null;
}
