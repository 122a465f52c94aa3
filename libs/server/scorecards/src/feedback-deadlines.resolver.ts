import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  AuthUser,
  Connection,
  ConnectionType,
  CoreLoaders,
  CurrentUser,
  Loaders,
  PageArgs,
  publicOrigin,
  RequestLoaders,
  RoleGroup,
  Roles,
  User,
} from '@panelist/server-core';
import { Interview } from '@panelist/server-pipeline';
import type { Request } from 'express';
import { FeedbackPolicyInput, NudgePanelistInput } from './dtos/feedback-policy.input';
import { FeedbackDeadlinesService } from './feedback-deadlines.service';
import { FeedbackDue, LateFeedback } from './feedback-due.types';
import { FeedbackPolicy } from './feedback-policy.entity';
import { ScorecardsLoaders } from './scorecards.loaders';

const LateFeedbackConnection = ConnectionType(LateFeedback);

@Resolver(() => LateFeedback)
export class FeedbackDeadlinesResolver {
  constructor(
    private readonly deadlines: FeedbackDeadlinesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => FeedbackPolicy, { description: 'When feedback is due after an interview ends' })
  feedbackPolicy(@CurrentUser() user: AuthUser): Promise<FeedbackPolicy> {
    return this.deadlines.policy(user.organizationId);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => FeedbackPolicy)
  updateFeedbackPolicy(@CurrentUser() user: AuthUser, @Args('input') input: FeedbackPolicyInput): Promise<FeedbackPolicy> {
    return this.deadlines.updatePolicy(user, input);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => LateFeedbackConnection, {
    description: 'Panelists whose feedback is overdue (interviews of the last 90 days), longest overdue first',
  })
  lateFeedback(@CurrentUser() user: AuthUser, @Args() { first, after }: PageArgs): Promise<Connection<LateFeedback>> {
    return this.deadlines.late(user.organizationId, first, after);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => LateFeedback, { description: 'Reminds the panelist in the app, and by email when SMTP is set; once an hour at most' })
  nudgePanelist(
    @CurrentUser() user: AuthUser,
    @Args('input') input: NudgePanelistInput,
    @Context('req') req: Request,
  ): Promise<LateFeedback> {
    return this.deadlines.nudge(user, input, publicOrigin(this.config, req));
  }

  @ResolveField(() => Interview)
  interview(@Parent() late: LateFeedback, @Loaders() loaders: RequestLoaders): Promise<Interview> {
    return loaders.get(ScorecardsLoaders.interview).load(late.interviewId);
  }

  @ResolveField(() => User, { nullable: true })
  async panelist(@Parent() late: LateFeedback, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    const member = await loaders.get(CoreLoaders.member).load(late.panelistId);
    return member instanceof Error ? null : member;
  }
}

@Resolver(() => Interview)
export class InterviewFeedbackDueResolver {
  @ResolveField(() => FeedbackDue, {
    nullable: true,
    description: 'Your deadlines for this interview’s feedback; null unless you sit on its panel',
  })
  myFeedbackDue(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<FeedbackDue | null> {
    return loaders.get(ScorecardsLoaders.feedbackDue).load(interview);
  }
}
