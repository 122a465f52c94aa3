import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, Connection, ConnectionType, CurrentUser, GraphQLContext, IdArg, PageArgs, Role, Roles } from '@panelist/server-core';
import { LoopsLoaders, Opening, Stage } from '@panelist/server-loops';
import { ApplicationEvent } from './application-event.entity';
import { Application, ApplicationStatus } from './application.entity';
import { ApplicationsService } from './applications.service';
import { BoardCard, BoardFilter, BoardService, DEFAULT_CARDS_PER_COLUMN, MAX_CARDS_PER_COLUMN, PipelineBoard } from './board.service';
import { Candidate } from './candidate.entity';
import { PIPELINE_ROLES } from './candidates.resolver';
import { BulkMoveInput, BulkRejectInput, CloseApplicationInput, CreateApplicationInput, MoveApplicationInput } from './dtos/pipeline.input';
import { Interview } from './interview.entity';
import { PipelineLoaders } from './pipeline.loaders';

export const BoardCardConnection = ConnectionType(BoardCard);

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly board: BoardService,
    private readonly loaders: PipelineLoaders,
    private readonly loops: LoopsLoaders,
  ) {}

  @Roles(...PIPELINE_ROLES)
  @Query(() => PipelineBoard, { description: 'One column per stage with its count and first cards; a constant number of SQL statements' })
  pipelineBoard(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Args('filter', { nullable: true }) filter?: BoardFilter,
    @Args('cardsPerColumn', { type: () => Int, nullable: true, defaultValue: DEFAULT_CARDS_PER_COLUMN, description: `At most ${MAX_CARDS_PER_COLUMN}` }) cardsPerColumn?: number,
  ): Promise<PipelineBoard> {
    return this.board.board(user.organizationId, openingId, filter ?? {}, cardsPerColumn ?? DEFAULT_CARDS_PER_COLUMN);
  }

  @Roles(...PIPELINE_ROLES)
  @Query(() => BoardCardConnection, { description: 'Pages through one column of the board, in board order (pipelineBoard sends the first cards)' })
  boardColumnCards(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @IdArg('stageId') stageId: string,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: BoardFilter,
  ): Promise<Connection<BoardCard>> {
    return this.board.columnCards(user.organizationId, openingId, stageId, filter ?? {}, page.first, page.after);
  }

  @Roles(...PIPELINE_ROLES)
  @Query(() => Application)
  application(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Application> {
    return this.applications.get(user.organizationId, id, 'id');
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Application, { description: 'Puts a candidate into the opening’s first stage' })
  createApplication(@CurrentUser() user: AuthUser, @Args('input') input: CreateApplicationInput): Promise<Application> {
    return this.applications.create(user, input.candidateId, input.openingId);
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Application, { description: 'Moves to another stage of the same opening; recorded in the timeline' })
  async moveApplication(@CurrentUser() user: AuthUser, @Args('input') input: MoveApplicationInput): Promise<Application> {
    const [moved] = await this.applications.move(user, [input.applicationId], input.stageId, input.reason ?? null);
    return moved;
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => [Application], { description: 'Moves several applications at once: all or nothing' })
  bulkMoveApplications(@CurrentUser() user: AuthUser, @Args('input') input: BulkMoveInput): Promise<Application[]> {
    return this.applications.move(user, input.applicationIds, input.stageId, input.reason ?? null);
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Application)
  async rejectApplication(@CurrentUser() user: AuthUser, @Args('input') input: CloseApplicationInput): Promise<Application> {
    const [rejected] = await this.applications.close(user, [input.applicationId], ApplicationStatus.REJECTED, input.reason);
    return rejected;
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => [Application], { description: 'Rejects several applications at once: all or nothing' })
  bulkRejectApplications(@CurrentUser() user: AuthUser, @Args('input') input: BulkRejectInput): Promise<Application[]> {
    return this.applications.close(user, input.applicationIds, ApplicationStatus.REJECTED, input.reason);
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Application)
  async withdrawApplication(@CurrentUser() user: AuthUser, @Args('input') input: CloseApplicationInput): Promise<Application> {
    const [withdrawn] = await this.applications.close(user, [input.applicationId], ApplicationStatus.WITHDRAWN, input.reason);
    return withdrawn;
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Application, { description: 'Brings a rejected or withdrawn application back, at the stage it left from' })
  reopenApplication(@CurrentUser() user: AuthUser, @IdArg('applicationId') applicationId: string, @Args('reason', { nullable: true }) reason?: string): Promise<Application> {
    return this.applications.reopen(user, applicationId, reason ?? null);
  }

  // Stages are the opening's structure, which hiring managers own (like renaming or adding one).
  @Roles(Role.ADMIN, Role.HIRING_MANAGER)
  @Mutation(() => Boolean, { description: 'Deletes a stage; its applications move to moveToStageId first' })
  deleteStage(@CurrentUser() user: AuthUser, @IdArg('stageId') stageId: string, @Args('moveToStageId', { type: () => ID, nullable: true }) moveToStageId?: string): Promise<boolean> {
    return this.applications.deleteStage(user, stageId, moveToStageId);
  }

  @ResolveField(() => Candidate)
  candidate(@Parent() application: Application, @Context() context: GraphQLContext): Promise<Candidate> {
    return this.loaders.candidate(context).load(application.candidateId);
  }

  @ResolveField(() => Stage)
  stage(@Parent() application: Application, @Context() context: GraphQLContext): Promise<Stage> {
    return this.loops.stage(context, application.openingId, application.stageId);
  }

  @ResolveField(() => Opening)
  opening(@Parent() application: Application, @Context() context: GraphQLContext): Promise<Opening> {
    return this.loops.opening(context).load(application.openingId);
  }

  @ResolveField(() => Float, { description: 'Seconds since it entered its current stage' })
  timeInStageSeconds(@Parent() application: Application): number {
    return Math.max(0, Math.round((Date.now() - application.stageEnteredAt.getTime()) / 1000));
  }

  @ResolveField(() => [ApplicationEvent], { description: 'Who moved it, when, from, to and why; oldest first' })
  timeline(@CurrentUser() user: AuthUser, @Parent() application: Application): Promise<ApplicationEvent[]> {
    return this.applications.timeline(user.organizationId, application.id);
  }

  @ResolveField(() => [Interview])
  interviews(@Parent() application: Application, @Context() context: GraphQLContext): Promise<Interview[]> {
    return this.loaders.interviewsOfApplication(context).load(application.id);
  }
}
