import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, Connection, ConnectionType, CurrentUser, GraphQLContext, IdArg, MembersService, PageArgs, Role, Roles, User } from '@panelist/server-core';
import { GraphQLResolveInfo } from 'graphql';
import { Category } from './category.entity';
import { CreateQuestionInput, QuestionFilter, UpdateQuestionInput } from './dtos/question.input';
import { QuestionBankLoaders } from './question-bank.loaders';
import { TalkingPoint } from './question-content';
import { QuestionRevision } from './question-revision.entity';
import { QuestionSearchService } from './question-search.service';
import { Question } from './question.entity';
import { QuestionsService } from './questions.service';

const EDITORS = [Role.ADMIN, Role.HIRING_MANAGER];

export const QuestionConnection = ConnectionType(Question);

@Resolver(() => Question)
export class QuestionsResolver {
  constructor(
    private readonly questions: QuestionsService,
    private readonly search: QuestionSearchService,
    private readonly loaders: QuestionBankLoaders,
  ) {}

  @Query(() => QuestionConnection, { name: 'questions', description: 'The bank in order, or ranked by relevance when filter.search is set' })
  listQuestions(
    @CurrentUser() user: AuthUser,
    @Args('filter', { nullable: true }) filter: QuestionFilter,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Question>> {
    const wantsTotal = info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === 'Field' && selection.name.value.startsWith('totalCount')));
    return this.search.search(user.organizationId, filter ?? {}, page.first, page.after, wantsTotal);
  }

  @Query(() => Question)
  question(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Question> {
    return this.questions.get(user.organizationId, id);
  }

  @ResolveField(() => Category)
  category(@Parent() question: Question, @Context() context: GraphQLContext): Promise<Category> {
    return this.loaders.category(context).load(question.categoryId);
  }

  @ResolveField(() => [TalkingPoint])
  talkingPoints(@Parent() question: Question): TalkingPoint[] {
    return question.talkingPoints.map((text) => ({ text }));
  }

  @ResolveField(() => [QuestionRevision], { description: 'Every revision, newest first' })
  revisions(@CurrentUser() user: AuthUser, @Parent() question: Question): Promise<QuestionRevision[]> {
    return this.questions.revisions(user.organizationId, question.id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question)
  createQuestion(@CurrentUser() user: AuthUser, @Args('input') input: CreateQuestionInput): Promise<Question> {
    return this.questions.create(user, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question, { description: 'Saves a new revision; earlier revisions stay readable' })
  updateQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: UpdateQuestionInput): Promise<Question> {
    return this.questions.update(user, id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question)
  archiveQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Question> {
    return this.questions.setArchived(user.organizationId, id, true);
  }

  @Roles(...EDITORS)
  @Mutation(() => Question)
  unarchiveQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Question> {
    return this.questions.setArchived(user.organizationId, id, false);
  }

  @Roles(...EDITORS)
  @Mutation(() => Boolean, { description: 'Deletes a question no set or interview uses; otherwise CONFLICT: archive it' })
  deleteQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.questions.delete(user.organizationId, id);
  }
}

@Resolver(() => QuestionRevision)
export class QuestionRevisionsResolver {
  constructor(
    private readonly loaders: QuestionBankLoaders,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => [TalkingPoint])
  talkingPoints(@Parent() revision: QuestionRevision): TalkingPoint[] {
    return revision.talkingPoints.map((text) => ({ text }));
  }

  @ResolveField(() => User, { nullable: true, description: 'Who saved this revision (empty for imports)' })
  createdBy(@Parent() revision: QuestionRevision, @Context() context: GraphQLContext): Promise<User | null> {
    return revision.createdById ? this.members.loader(context).load(revision.createdById).catch(() => null) : Promise.resolve(null);
  }

  @ResolveField(() => Category)
  category(@Parent() revision: QuestionRevision, @Context() context: GraphQLContext): Promise<Category> {
    return this.loaders.category(context).load(revision.categoryId);
  }
}
