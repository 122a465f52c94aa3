import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphQLContext, IdArg, loaderFor, Role, Roles } from '@panelist/server-core';
import { CreateQuestionSetInput, UpdateQuestionSetInput } from './dtos/question-set.input';
import { QuestionBankLoaders } from './question-bank.loaders';
import { QuestionSet } from './question-set.entity';
import { QuestionSetsService } from './question-sets.service';
import { Question } from './question.entity';

const EDITORS = [Role.ADMIN, Role.HIRING_MANAGER];

@Resolver(() => QuestionSet)
export class QuestionSetsResolver {
  constructor(
    private readonly sets: QuestionSetsService,
    private readonly loaders: QuestionBankLoaders,
  ) {}

  @Query(() => [QuestionSet], { name: 'questionSets', description: 'Question sets, most recently changed first' })
  listQuestionSets(@CurrentUser() user: AuthUser): Promise<QuestionSet[]> {
    return this.sets.list(user.organizationId);
  }

  @Query(() => QuestionSet)
  questionSet(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<QuestionSet> {
    return this.sets.get(user.organizationId, id);
  }

  @ResolveField(() => [Question], { description: 'The questions in their curated order' })
  async questions(@Parent() set: QuestionSet, @Context() context: GraphQLContext): Promise<Question[]> {
    const ids = await this.questionIds(set, context);
    return (await this.loaders.question(context).loadMany(ids)).filter((question): question is Question => !(question instanceof Error));
  }

  @ResolveField(() => Int)
  async questionCount(@Parent() set: QuestionSet, @Context() context: GraphQLContext): Promise<number> {
    return (await this.questionIds(set, context)).length;
  }

  @Roles(...EDITORS)
  @Mutation(() => QuestionSet)
  createQuestionSet(@CurrentUser() user: AuthUser, @Args('input') input: CreateQuestionSetInput): Promise<QuestionSet> {
    return this.sets.create(user, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => QuestionSet, { description: 'Renames, describes or re-orders (questionIds is the complete new order)' })
  updateQuestionSet(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: UpdateQuestionSetInput): Promise<QuestionSet> {
    return this.sets.update(user.organizationId, id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Boolean)
  deleteQuestionSet(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.sets.delete(user.organizationId, id);
  }

  private questionIds(set: QuestionSet, context: GraphQLContext): Promise<string[]> {
    return loaderFor<string, string[]>(context, 'questionSetItems', (ids) => this.sets.questionIdsOf(ids)).load(set.id);
  }
}
