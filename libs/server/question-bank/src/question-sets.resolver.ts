import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, IdArg, Loaders, RequestLoaders, RoleGroup, Roles } from '@panelist/server-core';
import { CreateQuestionSetInput, UpdateQuestionSetInput } from './dtos/question-set.input';
import { QuestionBankLoaders } from './question-bank.loaders';
import { QuestionSet } from './question-set.entity';
import { QuestionSetsService } from './question-sets.service';
import { Question } from './question.entity';

@Resolver(() => QuestionSet)
export class QuestionSetsResolver {
  constructor(private readonly sets: QuestionSetsService) {}

  @Query(() => [QuestionSet], { name: 'questionSets', description: 'Question sets, most recently changed first' })
  listQuestionSets(@CurrentOrganizationId() organizationId: string): Promise<QuestionSet[]> {
    return this.sets.list(organizationId);
  }

  @Query(() => QuestionSet)
  questionSet(@CurrentOrganizationId() organizationId: string, @IdArg() id: string): Promise<QuestionSet> {
    return this.sets.get(organizationId, id);
  }

  @ResolveField(() => [Question], { description: 'The questions in their curated order' })
  async questions(@Parent() set: QuestionSet, @Loaders() loaders: RequestLoaders): Promise<Question[]> {
    const ids = await loaders.get(QuestionBankLoaders.questionSetItems).load(set.id);
    return (await loaders.get(QuestionBankLoaders.question).loadMany(ids)).filter(
      (question): question is Question => !(question instanceof Error),
    );
  }

  @ResolveField(() => Int)
  async questionCount(@Parent() set: QuestionSet, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await loaders.get(QuestionBankLoaders.questionSetItems).load(set.id)).length;
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => QuestionSet)
  createQuestionSet(@CurrentUser() user: AuthUser, @Args('input') input: CreateQuestionSetInput): Promise<QuestionSet> {
    return this.sets.create(user, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => QuestionSet, { description: 'Renames, describes or re-orders (questionIds is the complete new order)' })
  updateQuestionSet(
    @CurrentUser() user: AuthUser,
    @IdArg() id: string,
    @Args('input') input: UpdateQuestionSetInput,
  ): Promise<QuestionSet> {
    return this.sets.update(user, id, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Boolean)
  deleteQuestionSet(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.sets.delete(user, id);
  }
}
