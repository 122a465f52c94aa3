import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, IdArg, OptionalIdArg, RoleGroup, Roles } from '@panelist/server-core';
import { StageInput } from './dtos/opening.input';
import { ReorderInput } from './dtos/reorder.input';
import { Stage } from './stage.entity';
import { StagesService } from './stages.service';

/** Stages are the opening's structure, which hiring managers own. */
@Resolver(() => Stage)
export class StagesResolver {
  constructor(private readonly stages: StagesService) {}

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Stage)
  addStage(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string, @Args('input') input: StageInput): Promise<Stage> {
    return this.stages.add(user, openingId, input.name);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Stage)
  renameStage(@CurrentUser() user: AuthUser, @IdArg('stageId') stageId: string, @Args('input') input: StageInput): Promise<Stage> {
    return this.stages.rename(user, stageId, input.name);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => [Stage], { description: 'Sets the order of all stages of the opening' })
  reorderStages(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Args('input') input: ReorderInput,
  ): Promise<Stage[]> {
    return this.stages.reorder(user, openingId, input.ids);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Boolean, { description: 'Deletes a stage; its applications move to moveToStageId first' })
  deleteStage(
    @CurrentUser() user: AuthUser,
    @IdArg('stageId') stageId: string,
    @OptionalIdArg('moveToStageId') moveToStageId?: string,
  ): Promise<boolean> {
    return this.stages.delete(user, stageId, moveToStageId);
  }
}
