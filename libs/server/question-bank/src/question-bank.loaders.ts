import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderKey, LoaderRegistry } from '@panelist/server-core';
import { CategoriesService } from './categories.service';
import { Category } from './category.entity';
import { QuestionRevision } from './question-revision.entity';
import { QuestionSetsService } from './question-sets.service';
import { Question } from './question.entity';
import { QuestionsService } from './questions.service';

/** The per-request loaders of the bank's data; other features use them for the questions their rows name. */
export const QuestionBankLoaders = {
  category: new LoaderKey<string, Category>('category'),
  categoryQuestionCount: new LoaderKey<string, number>('categoryQuestionCount'),
  question: new LoaderKey<string, Question>('question'),
  /** Question ids of a question set, in order. */
  questionSetItems: new LoaderKey<string, string[]>('questionSetItems'),
  revision: new LoaderKey<string, QuestionRevision>('questionRevision'),
};

@Injectable()
export class QuestionBankLoaderBatches implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly categories: CategoriesService,
    private readonly questions: QuestionsService,
    private readonly sets: QuestionSetsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(QuestionBankLoaders.category, (ids, { organizationId }) => this.categories.byIds(organizationId, ids));
    this.registry.register(QuestionBankLoaders.categoryQuestionCount, (ids, { organizationId }) =>
      this.categories.questionCounts(organizationId, ids),
    );
    this.registry.register(QuestionBankLoaders.question, (ids, { organizationId }) => this.questions.byIds(organizationId, ids));
    this.registry.register(QuestionBankLoaders.questionSetItems, (ids) => this.sets.questionIdsOf(ids));
    this.registry.register(QuestionBankLoaders.revision, (ids, { organizationId }) => this.questions.revisionsByIds(organizationId, ids));
  }
}
