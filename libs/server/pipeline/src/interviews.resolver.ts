import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import {
  APP_CONFIG,
  AppConfig,
  AuthUser,
  CoreLoaders,
  CurrentUser,
  IdArg,
  Loaders,
  publicOrigin,
  RequestLoaders,
  RoleGroup,
  Roles,
  User,
} from '@panelist/server-core';
import { BookingNotices } from './booking-notices';
import { LoopsLoaders } from '@panelist/server-loops';
import { QuestionBankLoaders } from '@panelist/server-question-bank';
import { CancelInterviewInput, RescheduleInterviewInput, ScheduleInterviewInput } from './dtos/pipeline.input';
import { Interview, InterviewStatus } from './interview.entity';
import { InterviewQuestionView } from './interview.types';
import { InterviewsService } from './interviews.service';
import { PipelineLoaders } from './pipeline.loaders';

/**
 * Every member sees the interviews they are on; interviewers see only those, and of the candidate only
 * the name (no contact details, notes or other applications).
 */
@Resolver(() => Interview)
export class InterviewsResolver {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly notices: BookingNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Interview], { description: 'Interviews you are on, soonest first; upcoming: true or false narrows it' })
  myInterviews(@CurrentUser() user: AuthUser, @Args('upcoming', { nullable: true }) upcoming?: boolean): Promise<Interview[]> {
    return this.interviews.mine(user, upcoming);
  }

  @Query(() => Interview, { description: 'Interviewers can open only interviews they are on' })
  interview(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Interview> {
    return this.interviews.get(user, id, 'id');
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Interview, { description: 'Schedules a round; its questions are pinned at their current revisions' })
  async scheduleInterview(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ScheduleInterviewInput,
    @Context('req') req: Request,
  ): Promise<Interview> {
    const interview = await this.interviews.schedule(user, input);
    await this.notices.send(user, interview, 'booked', input.panelistIds, publicOrigin(this.config, req));
    return interview;
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Interview)
  async rescheduleInterview(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RescheduleInterviewInput,
    @Context('req') req: Request,
  ): Promise<Interview> {
    const [before] = await this.interviews.panelistsOf([input.interviewId]);
    const interview = await this.interviews.reschedule(user, input.interviewId, input.startsAt, input.reason, input.panelistIds);
    const [after] = await this.interviews.panelistsOf([interview.id]);
    const origin = publicOrigin(this.config, req);
    await this.notices.send(user, interview, 'moved', after, origin);
    // Whoever left the panel has the interview taken off their calendar.
    const left = before.filter((userId) => !after.includes(userId));
    if (left.length > 0) await this.notices.send(user, { ...interview, status: InterviewStatus.CANCELLED }, 'cancelled', left, origin);
    return interview;
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Interview)
  async cancelInterview(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CancelInterviewInput,
    @Context('req') req: Request,
  ): Promise<Interview> {
    const interview = await this.interviews.cancel(user, input.interviewId, input.reason);
    const [panel] = await this.interviews.panelistsOf([interview.id]);
    await this.notices.send(user, interview, 'cancelled', panel, publicOrigin(this.config, req));
    return interview;
  }

  @ResolveField(() => [User])
  async panelists(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<User[]> {
    const ids = await loaders.get(PipelineLoaders.interviewPanelists).load(interview.id);
    return (await loaders.get(CoreLoaders.member).loadMany(ids)).filter((member): member is User => !(member instanceof Error));
  }

  @ResolveField(() => [InterviewQuestionView], { description: 'The pinned revisions, in the order they are asked' })
  async questions(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<InterviewQuestionView[]> {
    const pinned = await loaders.get(PipelineLoaders.interviewQuestions).load(interview.id);
    const revisions = await loaders.get(QuestionBankLoaders.revision).loadMany(pinned.map((pin) => pin.revisionId));
    return revisions.flatMap((revision) => (revision instanceof Error ? [] : [InterviewQuestionView.of(revision)]));
  }

  @ResolveField(() => String)
  async candidateName(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<string> {
    const application = await loaders.get(PipelineLoaders.application).load(interview.applicationId);
    return (await loaders.get(PipelineLoaders.candidate).load(application.candidateId)).name;
  }

  @ResolveField(() => String)
  async openingTitle(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<string> {
    const application = await loaders.get(PipelineLoaders.application).load(interview.applicationId);
    return (await loaders.get(LoopsLoaders.opening).load(application.openingId)).title;
  }

  @ResolveField(() => String)
  async roundName(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<string> {
    const application = await loaders.get(PipelineLoaders.application).load(interview.applicationId);
    const rounds = await loaders.get(LoopsLoaders.openingRounds).load(application.openingId);
    return rounds.find((round) => round.id === interview.roundId)?.name ?? '';
  }

  @ResolveField(() => [String], { description: 'Panelists busy at that time; a panel smaller than the round asks for' })
  warnings(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<string[]> {
    return loaders.get(PipelineLoaders.interviewWarnings).load(interview.id);
  }
}
