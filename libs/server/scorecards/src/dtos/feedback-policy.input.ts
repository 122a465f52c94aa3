import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Omittable } from '@panelist/server-core';

@InputType({ description: 'Only the deadlines given change' })
export class FeedbackPolicyInput {
  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(7 * 24 * 60, { message: 'must be 10080 minutes (a week) or less' })
  recommendationDueMinutes?: number;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt()
  @Min(15, { message: 'must be at least 15 minutes' })
  @Max(30 * 24 * 60, { message: 'must be 43200 minutes (30 days) or less' })
  scorecardDueMinutes?: number;
}

@InputType()
export class NudgePanelistInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an interview id' })
  interviewId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a member id' })
  panelistId: string;
}
