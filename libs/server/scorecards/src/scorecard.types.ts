import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Recommendation, ScorecardStatus } from './scorecard.entity';

@ObjectType({ description: 'One pinned question as this panelist rated it' })
export class QuestionRating {
  @Field(() => ID)
  questionId: string;

  @Field(() => ID)
  categoryId: string;

  @Field(() => Int, { nullable: true, description: 'A level of the round’s scale, 1 (lowest) up; null when not rated or not asked' })
  rating: number | null;

  @Field({ description: 'The question was not asked in the interview' })
  notAsked: boolean;

  @Field()
  notes: string;

  @Field(() => [Int], { description: 'Indexes of the talking points the candidate covered' })
  talkingPointsCovered: number[];
}

@ObjectType({ description: 'A focus category of the round, as this panelist rated it' })
export class CategoryRating {
  @Field(() => ID)
  categoryId: string;

  @Field(() => Int, { nullable: true })
  rating: number | null;

  @Field(() => Int, { nullable: true, description: 'The rounded mean of the category’s question ratings, to start from' })
  suggestedRating: number | null;
}

@ObjectType({ description: 'One field of an amendment; values are JSON' })
export class FieldChange {
  @Field({ description: 'recommendation, summary, question:<id>:rating|notes|covered or category:<id>:rating' })
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'A change made to a scorecard after it was submitted' })
export class Amendment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  authorId: string;

  @Field()
  reason: string;

  @Field(() => [FieldChange])
  changes: FieldChange[];

  @Field(() => Date)
  createdAt: Date;
}

/** One panelist's feedback on one interview, as its reader may see it. */
@ObjectType('Scorecard')
export class ScorecardView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  interviewId: string;

  @Field(() => ID)
  panelistId: string;

  @Field(() => Int, { description: 'Send it with every save: the version your edits are based on' })
  version: number;

  @Field(() => ScorecardStatus)
  status: ScorecardStatus;

  @Field(() => [String], { description: 'The round’s rating scale, lowest first: rating n is scale[n - 1]' })
  scale: string[];

  @Field(() => [QuestionRating], { description: 'One per pinned question, in the order they are asked' })
  ratings: QuestionRating[];

  @Field(() => [CategoryRating], { description: 'One per focus category of the round' })
  categoryRatings: CategoryRating[];

  @Field(() => Recommendation, { nullable: true })
  recommendation: Recommendation | null;

  @Field()
  summary: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  updatedAt: Date;
}

export enum PanelistStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFTING = 'DRAFTING',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(PanelistStatus, { name: 'PanelistStatus' });

@ObjectType({ description: 'Where one panelist is with their scorecard: no scores, only progress' })
export class PanelistProgress {
  @Field(() => ID)
  interviewId: string;

  @Field(() => ID)
  panelistId: string;

  @Field(() => PanelistStatus)
  status: PanelistStatus;

  @Field({ description: 'Only in panelProgress events: changes may have been missed, read the interview’s panelProgress again' })
  resync?: boolean;
}

@ObjectType({ description: 'How many of an application’s panelists have submitted, over its scheduled interviews' })
export class FeedbackCount {
  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  expected: number;
}
