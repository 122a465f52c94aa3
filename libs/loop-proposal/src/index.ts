export type { CandidateQuestion, Difficulty, Level, Proposal, ProposalInput, SwapInput } from './types';
export { DIFFICULTY_MIX } from './difficulty-mix';
export { budgetMinutes, bufferMinutes } from './budget';
export { proposeQuestions } from './propose';
export { swapCandidates } from './swap';
