import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, IdArg, RoleGroup, Roles } from '@panelist/server-core';
import { CopyLoopInput, SaveLoopTemplateInput } from './dtos/loop-template.input';
import { LoopService } from './loop.service';
import { LoopTemplate } from './loop-template.entity';
import { Round } from './round.entity';

@Resolver(() => LoopTemplate)
export class TemplatesResolver {
  constructor(private readonly loop: LoopService) {}

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => [LoopTemplate])
  loopTemplates(@CurrentOrganizationId() organizationId: string): Promise<LoopTemplate[]> {
    return this.loop.templates(organizationId);
  }

  @ResolveField(() => Int)
  roundCount(@Parent() template: LoopTemplate): number {
    return template.rounds.length;
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => LoopTemplate, { description: 'Saves an opening’s stages and loop as a template' })
  saveLoopAsTemplate(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Args('input') input: SaveLoopTemplateInput,
  ): Promise<LoopTemplate> {
    return this.loop.saveAsTemplate(user, openingId, input.name, input.description);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Boolean)
  deleteLoopTemplate(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.loop.deleteTemplate(user, id);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => [Round], { description: 'Replaces an opening’s loop with a copy of another opening’s' })
  copyLoop(@CurrentUser() user: AuthUser, @Args('input') input: CopyLoopInput): Promise<Round[]> {
    return this.loop.copyLoop(user, input.fromOpeningId, input.toOpeningId);
  }
}
