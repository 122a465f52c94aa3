import { Args, Float, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  CurrentOrganizationId,
  CurrentUser,
  IdArg,
  Loaders,
  PageArgs,
  RequestLoaders,
  RoleGroup,
  Roles,
} from '@panelist/server-core';
import { loadStage, LoopsLoaders, Opening, Stage } from '@panelist/server-loops';
import { ApplicationEvent } from './application-event.entity';
import { Application, ApplicationStatus } from './application.entity';
import { ApplicationConnection } from './application.types';
import { ApplicationsService } from './applications.service';
import { BoardService, DEFAULT_CARDS_PER_COLUMN, MAX_CARDS_PER_COLUMN } from './board.service';
import { BoardCard, BoardCardConnection, PipelineBoard } from './board.types';
import { Candidate } from './candidate.entity';
import { BoardFilter } from './dtos/board.input';
import { BulkMoveInput, BulkRejectInput, CloseApplicationInput, CreateApplicationInput, MoveApplicationInput } from './dtos/pipeline.input';
import { Interview } from './interview.entity';
import { PipelineLoaders } from './pipeline.loaders';

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly board: BoardService,
  ) {}

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => PipelineBoard, { description: 'One column per stage with its count and first cards; a constant number of SQL statements' })
  pipelineBoard(
    @CurrentOrganizationId() organizationId: string,
    @IdArg('openingId') openingId: string,
    @Args('filter', { nullable: true }) filter?: BoardFilter,
    @Args('cardsPerColumn', {
      type: () => Int,
      nullable: true,
      defaultValue: DEFAULT_CARDS_PER_COLUMN,
      description: `At most ${MAX_CARDS_PER_COLUMN}`,
    })
    cardsPerColumn?: number,
  ): Promise<PipelineBoard> {
    return this.board.board(organizationId, openingId, filter ?? {}, cardsPerColumn ?? DEFAULT_CARDS_PER_COLUMN);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => BoardCardConnection, {
    description: 'Pages through one column of the board, in board order, after a column’s endCursor or a page’s',
  })
  boardColumnCards(
    @CurrentOrganizationId() organizationId: string,
    @IdArg('openingId') openingId: string,
    @IdArg('stageId') stageId: string,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: BoardFilter,
  ): Promise<Connection<BoardCard>> {
    return this.board.columnCards(organizationId, openingId, stageId, filter ?? {}, page.first, page.after);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => ApplicationConnection, { description: 'Applications that left the opening’s pipeline, latest first, to review or reopen' })
  closedApplications(
    @CurrentOrganizationId() organizationId: string,
    @IdArg('openingId') openingId: string,
    @Args() page: PageArgs,
    @Args('status', { type: () => ApplicationStatus, nullable: true, description: 'REJECTED or WITHDRAWN; both when left out' })
    status?: ApplicationStatus,
  ): Promise<Connection<Application>> {
    return this.applications.closed(organizationId, openingId, status, page.first, page.after);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => Application)
  application(@CurrentOrganizationId() organizationId: string, @IdArg() id: string): Promise<Application> {
    return this.applications.get(organizationId, id, 'id');
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Application, {
    description: 'Puts a candidate into the opening’s first stage (a CLOSED opening: see allowClosedOpening)',
  })
  createApplication(@CurrentUser() user: AuthUser, @Args('input') input: CreateApplicationInput): Promise<Application> {
    return this.applications.create(user, input.candidateId, input.openingId, input.allowClosedOpening ?? false);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Application, { description: 'Moves to another stage of the same opening; recorded in the timeline' })
  async moveApplication(@CurrentUser() user: AuthUser, @Args('input') input: MoveApplicationInput): Promise<Application> {
    const [moved] = await this.applications.move(user, [input.applicationId], input.stageId, input.reason ?? null);
    return moved;
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => [Application], { description: 'Moves several applications at once: all or nothing' })
  bulkMoveApplications(@CurrentUser() user: AuthUser, @Args('input') input: BulkMoveInput): Promise<Application[]> {
    return this.applications.move(user, input.applicationIds, input.stageId, input.reason ?? null);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Application)
  async rejectApplication(@CurrentUser() user: AuthUser, @Args('input') input: CloseApplicationInput): Promise<Application> {
    const [rejected] = await this.applications.close(user, [input.applicationId], ApplicationStatus.REJECTED, outcomeOf(input));
    return rejected;
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => [Application], { description: 'Rejects several applications at once: all or nothing' })
  bulkRejectApplications(@CurrentUser() user: AuthUser, @Args('input') input: BulkRejectInput): Promise<Application[]> {
    return this.applications.close(user, input.applicationIds, ApplicationStatus.REJECTED, outcomeOf(input));
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Application)
  async withdrawApplication(@CurrentUser() user: AuthUser, @Args('input') input: CloseApplicationInput): Promise<Application> {
    const [withdrawn] = await this.applications.close(user, [input.applicationId], ApplicationStatus.WITHDRAWN, outcomeOf(input));
    return withdrawn;
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Application, { description: 'Brings a rejected or withdrawn application back, at the stage it left from' })
  reopenApplication(
    @CurrentUser() user: AuthUser,
    @IdArg('applicationId') applicationId: string,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<Application> {
    return this.applications.reopen(user, applicationId, reason ?? null);
  }

  @ResolveField(() => Candidate)
  candidate(@Parent() application: Application, @Loaders() loaders: RequestLoaders): Promise<Candidate> {
    return loaders.get(PipelineLoaders.candidate).load(application.candidateId);
  }

  @ResolveField(() => Stage)
  stage(@Parent() application: Application, @Loaders() loaders: RequestLoaders): Promise<Stage> {
    return loadStage(loaders, application.openingId, application.stageId);
  }

  @ResolveField(() => Opening)
  opening(@Parent() application: Application, @Loaders() loaders: RequestLoaders): Promise<Opening> {
    return loaders.get(LoopsLoaders.opening).load(application.openingId);
  }

  @ResolveField(() => Float, { description: 'Seconds since it entered its current stage' })
  timeInStageSeconds(@Parent() application: Application): number {
    return Math.max(0, Math.round((Date.now() - application.stageEnteredAt.getTime()) / 1000));
  }

  @ResolveField(() => [ApplicationEvent], { description: 'Who moved it, when, from, to and why; oldest first' })
  timeline(@CurrentOrganizationId() organizationId: string, @Parent() application: Application): Promise<ApplicationEvent[]> {
    return this.applications.timeline(organizationId, application.id);
  }

  @ResolveField(() => [Interview])
  interviews(@Parent() application: Application, @Loaders() loaders: RequestLoaders): Promise<Interview[]> {
    return loaders.get(PipelineLoaders.applicationInterviews).load(application.id);
  }
}

const outcomeOf = (input: CloseApplicationInput | BulkRejectInput) => ({ reasonId: input.reasonId, note: input.reason });
