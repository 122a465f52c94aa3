import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, Connection, ConnectionType, CurrentUser, GraphQLContext, IdArg, MembersService, PageArgs, Role, Roles, User } from '@panelist/server-core';
import { ArrayMaxSize, IsUUID } from 'class-validator';
import { CreateOpeningInput, StageInput, UpdateOpeningInput } from './dtos/opening.input';
import { LoopService } from './loop.service';
import { LoopsLoaders } from './loops.loaders';
import { Opening } from './opening.entity';
import { OpeningsService } from './openings.service';
import { CoverageMap } from './proposal.types';
import { Round } from './round.entity';
import { Stage } from './stage.entity';

export const MANAGERS = [Role.ADMIN, Role.HIRING_MANAGER];
export const READERS = [Role.ADMIN, Role.HIRING_MANAGER, Role.RECRUITER];

export const OpeningConnection = ConnectionType(Opening);

@ObjectType({ description: 'The interview plan of an opening' })
export class Loop {
  openingId: string;
}

@InputType()
export class ReorderInput {
  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ids' })
  ids: string[];
}

@Resolver(() => Opening)
export class OpeningsResolver {
  constructor(
    private readonly openings: OpeningsService,
    private readonly loopService: LoopService,
    private readonly loaders: LoopsLoaders,
    private readonly members: MembersService,
  ) {}

  @Roles(...READERS)
  @Query(() => OpeningConnection, { name: 'openings', description: 'Openings, newest first' })
  listOpenings(@CurrentUser() user: AuthUser, @Args() page: PageArgs): Promise<Connection<Opening>> {
    return this.openings.list(user.organizationId, page.first, page.after);
  }

  @Roles(...READERS)
  @Query(() => Opening)
  opening(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Opening> {
    return this.openings.get(user.organizationId, id);
  }

  @ResolveField(() => [Stage], { description: 'The pipeline, in order' })
  stages(@Parent() opening: Opening, @Context() context: GraphQLContext): Promise<Stage[]> {
    return this.loaders.stages(context).load(opening.id);
  }

  @ResolveField(() => Loop)
  loop(@Parent() opening: Opening): Loop {
    return { openingId: opening.id };
  }

  @ResolveField(() => User, { nullable: true })
  hiringManager(@Parent() opening: Opening, @Context() context: GraphQLContext): Promise<User | null> {
    return opening.hiringManagerId ? this.members.loader(context).load(opening.hiringManagerId) : Promise.resolve(null);
  }

  @ResolveField(() => User, { nullable: true })
  recruiter(@Parent() opening: Opening, @Context() context: GraphQLContext): Promise<User | null> {
    return opening.recruiterId ? this.members.loader(context).load(opening.recruiterId) : Promise.resolve(null);
  }

  @ResolveField(() => CoverageMap, { description: 'Categories by rounds, with warnings' })
  coverage(@Parent() opening: Opening): Promise<CoverageMap> {
    return this.loopService.coverage(opening);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opening, { description: 'Creates an opening with the default pipeline, given stages, or a loop template' })
  createOpening(@CurrentUser() user: AuthUser, @Args('input') input: CreateOpeningInput): Promise<Opening> {
    return this.openings.create(user, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Opening)
  updateOpening(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: UpdateOpeningInput): Promise<Opening> {
    return this.openings.update(user.organizationId, id, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Stage)
  addStage(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string, @Args('input') input: StageInput): Promise<Stage> {
    return this.openings.addStage(user.organizationId, openingId, input.name);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Stage)
  renameStage(@CurrentUser() user: AuthUser, @IdArg('stageId') stageId: string, @Args('input') input: StageInput): Promise<Stage> {
    return this.openings.renameStage(user.organizationId, stageId, input.name);
  }

  @Roles(...MANAGERS)
  @Mutation(() => [Stage], { description: 'Sets the order of all stages of the opening' })
  reorderStages(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string, @Args('input') input: ReorderInput): Promise<Stage[]> {
    return this.openings.reorderStages(user.organizationId, openingId, input.ids);
  }

  @Roles(...MANAGERS)
  @Mutation(() => [Round], { description: 'Sets the order of all rounds of the opening’s loop' })
  reorderRounds(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string, @Args('input') input: ReorderInput): Promise<Round[]> {
    return this.loopService.reorderRounds(user, openingId, input.ids);
  }
}

@Resolver(() => Loop)
export class LoopResolver {
  constructor(private readonly loaders: LoopsLoaders) {}

  @ResolveField(() => [Round])
  rounds(@Parent() loop: Loop, @Context() context: GraphQLContext): Promise<Round[]> {
    return this.loaders.rounds(context).load(loop.openingId);
  }
}
