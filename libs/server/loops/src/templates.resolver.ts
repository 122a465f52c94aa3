import { Args, Field, ID, InputType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, IdArg, Roles, Trimmed } from '@panelist/server-core';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LoopService } from './loop.service';
import { LoopTemplate } from './loop-template.entity';
import { MANAGERS, READERS } from './openings.resolver';
import { Round } from './round.entity';

@InputType()
export class SaveLoopTemplateInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class CopyLoopInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an opening id' })
  fromOpeningId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an opening id' })
  toOpeningId: string;
}

@Resolver(() => LoopTemplate)
export class TemplatesResolver {
  constructor(private readonly loop: LoopService) {}

  @Roles(...READERS)
  @Query(() => [LoopTemplate])
  loopTemplates(@CurrentUser() user: AuthUser): Promise<LoopTemplate[]> {
    return this.loop.templates(user.organizationId);
  }

  @ResolveField(() => Int)
  roundCount(@Parent() template: LoopTemplate): number {
    return template.rounds.length;
  }

  @Roles(...MANAGERS)
  @Mutation(() => LoopTemplate, { description: 'Saves an opening’s stages and loop as a template' })
  saveLoopAsTemplate(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string, @Args('input') input: SaveLoopTemplateInput): Promise<LoopTemplate> {
    return this.loop.saveAsTemplate(user, openingId, input.name, input.description);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Boolean)
  deleteLoopTemplate(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.loop.deleteTemplate(user.organizationId, id);
  }

  @Roles(...MANAGERS)
  @Mutation(() => [Round], { description: 'Replaces an opening’s loop with a copy of another opening’s' })
  copyLoop(@CurrentUser() user: AuthUser, @Args('input') input: CopyLoopInput): Promise<Round[]> {
    return this.loop.copyLoop(user, input.fromOpeningId, input.toOpeningId);
  }
}
