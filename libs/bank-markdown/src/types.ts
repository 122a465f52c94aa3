export type QuestionKind = 'CONCEPT' | 'SCENARIO' | 'TOPIC';

export const QUESTION_KINDS: readonly QuestionKind[] = ['CONCEPT', 'SCENARIO', 'TOPIC'];

/** What an answer at one rating level looks like; rating is 1..4. */
export interface BankAnchor {
  rating: number;
  text: string;
}

export interface BankQuestion {
  title: string;
  prompt: string;
  kind: QuestionKind;
  /** 1..3 */
  difficulty: number;
  estimatedMinutes: number;
  tags: string[];
  talkingPoints: string[];
  anchors: BankAnchor[];
  /** 1-based line of the question's heading or bullet. */
  line: number;
}

export interface BankCategory {
  name: string;
  description: string;
  /** 1-based line of the category heading (the first one when a name repeats). */
  line: number;
  questions: BankQuestion[];
}

export interface SkippedLine {
  /** 1-based line number in the source document. */
  line: number;
  reason: string;
}

export interface ParsedBank {
  title?: string;
  categories: BankCategory[];
  skipped: SkippedLine[];
}

/** A question as the renderer needs it: no source line. */
export type BankQuestionInput = Omit<BankQuestion, 'line'>;

export type BankCategoryInput = Omit<BankCategory, 'line' | 'questions'> & {
  questions: BankQuestionInput[];
};

/** What renderQuestionBank accepts; a ParsedBank fits, and so does data loaded from the database. */
export interface BankInput {
  title?: string;
  categories: BankCategoryInput[];
}
