export type {
  BankAnchor,
  BankCategory,
  BankCategoryInput,
  BankInput,
  BankQuestion,
  BankQuestionInput,
  ParsedBank,
  QuestionKind,
  SkippedLine,
} from './types';
export { QUESTION_KINDS } from './types';
export { parseQuestionBank } from './parse';
export { renderQuestionBank } from './render';
export { normalizeTitle } from './text';
export { DEFAULT_MINUTES, MAX_DIFFICULTY, MAX_MINUTES, MAX_RATING, MIN_DIFFICULTY, MIN_RATING, defaultDifficulty } from './defaults';
export { MLOPS_SEED_MARKDOWN } from './seeds/mlops';
