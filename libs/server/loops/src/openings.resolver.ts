import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  CoreLoaders,
  CurrentOrganizationId,
  CurrentUser,
  IdArg,
  Loaders,
  PageArgs,
  RequestLoaders,
  RoleGroup,
  Roles,
  User,
} from '@panelist/server-core';
import { CreateOpeningInput, UpdateOpeningInput } from './dtos/opening.input';
import { ReorderInput } from './dtos/reorder.input';
import { LoopService } from './loop.service';
import { Loop } from './loop.types';
import { LoopsLoaders } from './loops.loaders';
import { OpeningStatus } from './opening-status.enum';
import { statusChoices } from './opening-status-changes';
import { Opening } from './opening.entity';
import { OpeningConnection } from './opening.types';
import { OpeningsService } from './openings.service';
import { CoverageMap } from './proposal.types';
import { Round } from './round.entity';
import { Stage } from './stage.entity';

@Resolver(() => Opening)
export class OpeningsResolver {
  constructor(
    private readonly openings: OpeningsService,
    private readonly loopService: LoopService,
  ) {}

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => OpeningConnection, { name: 'openings', description: 'Openings, newest first' })
  listOpenings(@CurrentOrganizationId() organizationId: string, @Args() page: PageArgs): Promise<Connection<Opening>> {
    return this.openings.list(organizationId, page.first, page.after);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => Opening)
  opening(@CurrentOrganizationId() organizationId: string, @IdArg() id: string): Promise<Opening> {
    return this.openings.get(organizationId, id);
  }

  @ResolveField(() => [Stage], { description: 'The pipeline, in order' })
  stages(@Parent() opening: Opening, @Loaders() loaders: RequestLoaders): Promise<Stage[]> {
    return loaders.get(LoopsLoaders.openingStages).load(opening.id);
  }

  @ResolveField(() => Loop)
  loop(@Parent() opening: Opening): Loop {
    return { openingId: opening.id };
  }

  @ResolveField(() => User, { nullable: true })
  hiringManager(@Parent() opening: Opening, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return opening.hiringManagerId ? loaders.get(CoreLoaders.member).load(opening.hiringManagerId) : Promise.resolve(null);
  }

  @ResolveField(() => User, { nullable: true })
  recruiter(@Parent() opening: Opening, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return opening.recruiterId ? loaders.get(CoreLoaders.member).load(opening.recruiterId) : Promise.resolve(null);
  }

  @ResolveField(() => [OpeningStatus], { description: 'The statuses the signed-in member may change this opening to (setOpeningStatus)' })
  statusChoices(@Parent() opening: Opening, @CurrentUser() user: AuthUser): OpeningStatus[] {
    return statusChoices(user.role, opening.status);
  }

  @ResolveField(() => CoverageMap, { description: 'Categories by rounds, with warnings' })
  coverage(@Parent() opening: Opening): Promise<CoverageMap> {
    return this.loopService.coverage(opening);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Opening, { description: 'Creates an opening with the default pipeline, given stages, or a loop template' })
  createOpening(@CurrentUser() user: AuthUser, @Args('input') input: CreateOpeningInput): Promise<Opening> {
    return this.openings.create(user, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Opening)
  updateOpening(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: UpdateOpeningInput): Promise<Opening> {
    return this.openings.update(user, id, input);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Opening, {
    description:
      'Changes only the status. Admins and hiring managers may set any; recruiters may put an OPEN opening ON_HOLD and reopen one ON_HOLD. Other changes answer FORBIDDEN naming status',
  })
  setOpeningStatus(
    @CurrentUser() user: AuthUser,
    @IdArg() id: string,
    @Args('status', { type: () => OpeningStatus }) status: OpeningStatus,
  ): Promise<Opening> {
    return this.openings.setStatus(user, id, status);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => [Round], {
    description: 'Sets the order of all rounds of the opening’s loop, listed stage by stage: a round moves only within its stage',
  })
  reorderRounds(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Args('input') input: ReorderInput,
  ): Promise<Round[]> {
    return this.loopService.reorderRounds(user, openingId, input.ids);
  }
}

@Resolver(() => Loop)
export class LoopResolver {
  @ResolveField(() => [Round])
  rounds(@Parent() loop: Loop, @Loaders() loaders: RequestLoaders): Promise<Round[]> {
    return loaders.get(LoopsLoaders.openingRounds).load(loop.openingId);
  }
}
