export type Level = 'JUNIOR' | 'MID' | 'SENIOR';
export type Difficulty = 1 | 2 | 3;

export interface CandidateQuestion {
  id: string;
  categoryId: string;
  /** 1..3 */
  difficulty: number;
  /** >= 1 */
  estimatedMinutes: number;
}

export interface ProposalInput {
  /** The bank, already filtered to the organisation's live questions. */
  questions: CandidateQuestion[];
  /** Focus categories, in priority order. */
  categoryIds: string[];
  /** Round length. */
  durationMinutes: number;
  /** Intro + candidate questions; default 10, or 20% of the duration when that is smaller. */
  bufferMinutes?: number;
  level: Level;
  /** E.g. questions used in other rounds of the same loop: never proposed (unless locked). */
  excludeQuestionIds?: string[];
  /** Always kept, first, in the given order; they count against the budget, coverage and mix. */
  lockedQuestionIds?: string[];
  /** Same inputs + seed => same proposal. */
  seed: number;
}

export interface Proposal {
  questionIds: string[];
  totalMinutes: number;
  budgetMinutes: number;
  /** Focus categories without a question in the proposal, in input order. */
  uncoveredCategoryIds: string[];
  /** The difficulties there were questions of to choose from (the locked ones and the focus categories' not excluded), ascending. */
  offeredDifficulties: Difficulty[];
  /**
   * The difficulties the level's mix asks for (35% of the minutes or more) that no offered question has,
   * ascending: the proposal cannot match the mix (a Senior round with only Intermediate questions to choose from).
   */
  unmetDifficulties: Difficulty[];
}

/** A swap ranks, it does not draw: no seed, and the category comes from the question replaced. */
export interface SwapInput extends Omit<ProposalInput, 'seed' | 'categoryIds' | 'lockedQuestionIds'> {
  /** The round as it stands (possibly reordered or edited by the hiring manager). */
  current: string[];
  /** The question to replace. */
  questionId: string;
}
