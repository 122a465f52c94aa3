import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphQLContext, IdArg, MembersService, Roles, User } from '@panelist/server-core';
import { LoopsLoaders, Round } from '@panelist/server-loops';
import { PIPELINE_ROLES } from './candidates.resolver';
import { CancelInterviewInput, RescheduleInterviewInput, ScheduleInterviewInput } from './dtos/pipeline.input';
import { InterviewQuestionView } from './interview-question.view';
import { Interview } from './interview.entity';
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
    private readonly loaders: PipelineLoaders,
    private readonly loops: LoopsLoaders,
    private readonly members: MembersService,
  ) {}

  @Query(() => [Interview], { description: 'Interviews you are on, soonest first; upcoming: true or false narrows it' })
  myInterviews(@CurrentUser() user: AuthUser, @Args('upcoming', { nullable: true }) upcoming?: boolean): Promise<Interview[]> {
    return this.interviews.mine(user, upcoming);
  }

  @Query(() => Interview, { description: 'Interviewers can open only interviews they are on' })
  interview(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Interview> {
    return this.interviews.get(user, id, 'id');
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Interview, { description: 'Schedules a round; its questions are pinned at their current revisions' })
  scheduleInterview(@CurrentUser() user: AuthUser, @Args('input') input: ScheduleInterviewInput): Promise<Interview> {
    return this.interviews.schedule(user, input);
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Interview)
  rescheduleInterview(@CurrentUser() user: AuthUser, @Args('input') input: RescheduleInterviewInput): Promise<Interview> {
    return this.interviews.reschedule(user, input.interviewId, input.startsAt, input.reason, input.panelistIds);
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Interview)
  cancelInterview(@CurrentUser() user: AuthUser, @Args('input') input: CancelInterviewInput): Promise<Interview> {
    return this.interviews.cancel(user, input.interviewId, input.reason);
  }

  @ResolveField(() => [User])
  async panelists(@Parent() interview: Interview, @Context() context: GraphQLContext): Promise<User[]> {
    const ids = await this.loaders.panelists(context).load(interview.id);
    return (await this.members.loader(context).loadMany(ids)).filter((member): member is User => !(member instanceof Error));
  }

  @ResolveField(() => [InterviewQuestionView], { description: 'The pinned revisions, in the order they are asked' })
  async questions(@Parent() interview: Interview, @Context() context: GraphQLContext): Promise<InterviewQuestionView[]> {
    const pinned = await this.loaders.pinnedQuestions(context).load(interview.id);
    const revisions = await this.loaders.revision(context).loadMany(pinned.map((pin) => pin.revisionId));
    return revisions.flatMap((revision) => (revision instanceof Error ? [] : [InterviewQuestionView.of(revision)]));
  }

  @ResolveField(() => String)
  async candidateName(@Parent() interview: Interview, @Context() context: GraphQLContext): Promise<string> {
    const application = await this.loaders.application(context).load(interview.applicationId);
    return (await this.loaders.candidate(context).load(application.candidateId)).name;
  }

  @ResolveField(() => String)
  async openingTitle(@Parent() interview: Interview, @Context() context: GraphQLContext): Promise<string> {
    const application = await this.loaders.application(context).load(interview.applicationId);
    return (await this.loops.opening(context).load(application.openingId)).title;
  }

  @ResolveField(() => String)
  async roundName(@Parent() interview: Interview, @Context() context: GraphQLContext): Promise<string> {
    const application = await this.loaders.application(context).load(interview.applicationId);
    const rounds: Round[] = await this.loops.rounds(context).load(application.openingId);
    return rounds.find((round) => round.id === interview.roundId)?.name ?? '';
  }

  @ResolveField(() => [String], { description: 'Panelists busy at that time; a panel smaller than the round asks for' })
  warnings(@Parent() interview: Interview, @Context() context: GraphQLContext): Promise<string[]> {
    return this.loaders.warnings(context).load(interview.id);
  }
}
