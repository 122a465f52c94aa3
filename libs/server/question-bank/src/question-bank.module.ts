import { Module } from '@nestjs/common';
import { BankSeeder } from './bank-seeder';
import { BankTransferResolver } from './bank-transfer.resolver';
import { BankTransferService } from './bank-transfer.service';
import { CategoriesResolver } from './categories.resolver';
import { CategoriesService } from './categories.service';
import { QuestionBankLoaderBatches } from './question-bank.loaders';
import { QuestionSearchHighlightResolver } from './question-search.resolver';
import { QuestionSearchService } from './question-search.service';
import { QuestionSetsResolver } from './question-sets.resolver';
import { QuestionSetsService } from './question-sets.service';
import { QuestionRevisionsResolver, QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const QUESTION_BANK_RESOLVERS = [
  CategoriesResolver,
  QuestionsResolver,
  QuestionRevisionsResolver,
  QuestionSearchHighlightResolver,
  QuestionSetsResolver,
  BankTransferResolver,
];

@Module({
  providers: [
    CategoriesService,
    QuestionsService,
    QuestionSearchService,
    QuestionSetsService,
    BankTransferService,
    BankSeeder,
    QuestionBankLoaderBatches,
    ...QUESTION_BANK_RESOLVERS,
  ],
  exports: [CategoriesService, QuestionsService, BankTransferService],
})
export class QuestionBankModule {}
