import { Category } from './category.entity';
import { QuestionRevision } from './question-revision.entity';
import { QuestionSet, QuestionSetItem } from './question-set.entity';
import { Question } from './question.entity';

export * from './bank-transfer.service';
export * from './categories.service';
export * from './category.entity';
export * from './question-bank.module';
export * from './question-kind.enum';
export * from './question-content.entity';
export * from './question-content.types';
export * from './question-revision.entity';
export * from './question-set.entity';
export * from './question.entity';
export * from './questions.service';
export * from './question-bank.loaders';
export * from './question-search.sql';

export const QUESTION_BANK_ENTITIES = [Category, Question, QuestionRevision, QuestionSet, QuestionSetItem];
