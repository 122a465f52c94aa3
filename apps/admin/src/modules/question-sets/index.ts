// What other modules and pages may use of question sets.
export { QuestionSetBuilder } from './components/question-set-builder';
export { QuestionSetList } from './components/question-set-list';
export { QuestionSetQuery, QuestionSetsQuery } from './graphql/question-sets.documents';
