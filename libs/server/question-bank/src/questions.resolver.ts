import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
import { GraphQLResolveInfo } from 'graphql';
import { Category } from './category.entity';
import { CreateQuestionInput, QuestionFilter, UpdateQuestionInput } from './dtos/question.input';
import { RestoreQuestionRevisionInput } from './dtos/restore-question-revision.input';
import { QuestionBankLoaders } from './question-bank.loaders';
import { TalkingPoint } from './question-content.types';
import { QuestionRevision } from './question-revision.entity';
import { QuestionSearchService } from './question-search.service';
import { Question } from './question.entity';
import { QuestionConnection } from './question.types';
import { QuestionsService } from './questions.service';

@Resolver(() => Question)
export class QuestionsResolver {
  constructor(
    private readonly questions: QuestionsService,
    private readonly search: QuestionSearchService,
  ) {}

  @Query(() => QuestionConnection, {
    name: 'questions',
    description: 'The bank in order, or ranked by relevance when filter.search is set',
  })
  listQuestions(
    @CurrentOrganizationId() organizationId: string,
    @Args('filter', { nullable: true }) filter: QuestionFilter,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Question>> {
    const wantsTotal = info.fieldNodes.some((node) =>
      node.selectionSet?.selections.some((selection) => selection.kind === 'Field' && selection.name.value.startsWith('totalCount')),
    );
    return this.search.search(organizationId, filter ?? {}, page.first, page.after, wantsTotal);
  }

  @Query(() => Question)
  question(@CurrentOrganizationId() organizationId: string, @IdArg() id: string): Promise<Question> {
    return this.questions.get(organizationId, id);
  }

  @ResolveField(() => Category)
  category(@Parent() question: Question, @Loaders() loaders: RequestLoaders): Promise<Category> {
    return loaders.get(QuestionBankLoaders.category).load(question.categoryId);
  }

  @ResolveField(() => [TalkingPoint])
  talkingPoints(@Parent() question: Question): TalkingPoint[] {
    return question.talkingPoints.map((text) => ({ text }));
  }

  @ResolveField(() => [QuestionRevision], { description: 'Every revision, newest first' })
  revisions(@CurrentOrganizationId() organizationId: string, @Parent() question: Question): Promise<QuestionRevision[]> {
    return this.questions.revisions(organizationId, question.id);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Question)
  createQuestion(@CurrentUser() user: AuthUser, @Args('input') input: CreateQuestionInput): Promise<Question> {
    return this.questions.create(user, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Question, { description: 'Saves a new revision; earlier revisions stay readable' })
  updateQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: UpdateQuestionInput): Promise<Question> {
    return this.questions.update(user, id, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Question, {
    description:
      'Makes an earlier revision current again by saving its content as a new revision; the current revision, or one reading the same, answers BAD_USER_INPUT',
  })
  restoreQuestionRevision(@CurrentUser() user: AuthUser, @Args('input') input: RestoreQuestionRevisionInput): Promise<Question> {
    return this.questions.restoreRevision(user, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Question)
  archiveQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Question> {
    return this.questions.setArchived(user, id, true);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Question)
  unarchiveQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Question> {
    return this.questions.setArchived(user, id, false);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Boolean, { description: 'Deletes a question no set or interview uses; otherwise CONFLICT: archive it' })
  deleteQuestion(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.questions.delete(user, id);
  }
}

@Resolver(() => QuestionRevision)
export class QuestionRevisionsResolver {
  @ResolveField(() => [TalkingPoint])
  talkingPoints(@Parent() revision: QuestionRevision): TalkingPoint[] {
    return revision.talkingPoints.map((text) => ({ text }));
  }

  @ResolveField(() => User, { nullable: true, description: 'Who saved this revision (empty for imports)' })
  createdBy(@Parent() revision: QuestionRevision, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return revision.createdById
      ? loaders
          .get(CoreLoaders.member)
          .load(revision.createdById)
          .catch(() => null)
      : Promise.resolve(null);
  }

  @ResolveField(() => Category, { nullable: true, description: 'Empty when that category has been deleted since' })
  category(@Parent() revision: QuestionRevision, @Loaders() loaders: RequestLoaders): Promise<Category | null> {
    // A question can move out of a category that is then deleted; its older revisions still name it.
    return loaders
      .get(QuestionBankLoaders.category)
      .load(revision.categoryId)
      .catch(() => null);
  }
}
