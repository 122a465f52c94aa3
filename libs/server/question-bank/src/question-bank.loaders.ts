import { Injectable } from '@nestjs/common';
import { GraphQLContext, loaderFor } from '@panelist/server-core';
import { CategoriesService } from './categories.service';
import { Category } from './category.entity';
import { Question } from './question.entity';
import { QuestionsService } from './questions.service';

/** Per-request batching for the bank's nested fields; tenancy comes from the request's session. */
@Injectable()
export class QuestionBankLoaders {
  constructor(
    private readonly categories: CategoriesService,
    private readonly questions: QuestionsService,
  ) {}

  category(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Category>(context, 'category', (ids) => this.categories.byIds(organizationId, ids));
  }

  questionCount(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, number>(context, 'categoryQuestionCount', (ids) => this.categories.questionCounts(organizationId, ids));
  }

  question(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Question>(context, 'question', (ids) => this.questions.byIds(organizationId, ids));
  }
}
