// What other modules and pages may use of the question bank.
export { BankBrowser } from './components/bank-browser';
export { BankPicker } from './components/bank-picker';
export { QuestionEditor } from './components/question-editor';
export { CategoriesQuery, QuestionDetailQuery } from './graphql/bank.documents';
export { evictQuestionLists } from './graphql/question-lists';
