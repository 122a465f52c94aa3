import { DIFFICULTY_LABELS, LEVEL_LABELS } from '../../../ui/format';
import type { ProposalFit } from './use-round-proposal';

/** What a proposal that cannot match its level's difficulty mix says, or null when it can. */
export interface MixWarning {
  /** E.g. “Senior round: only Intermediate questions in these categories”. */
  title: string;
  detail: string;
}

/** “A”, “A and B”, “A, B and C”. */
function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const labelsOf = (difficulties: number[]) => difficulties.map((difficulty) => DIFFICULTY_LABELS[difficulty] ?? `Level ${difficulty}`);

export function mixWarning(fit: Pick<ProposalFit, 'level' | 'offeredDifficulties' | 'unmetDifficulties'> | null): MixWarning | null {
  if (!fit || fit.unmetDifficulties.length === 0) return null;
  const level = LEVEL_LABELS[fit.level];
  const offered = fit.offeredDifficulties.length ? `only ${listOf(labelsOf(fit.offeredDifficulties))} questions` : 'no questions left';
  return {
    title: `${level} round: ${offered} in these categories`,
    detail: `Its difficulty mix asks for ${listOf(labelsOf(fit.unmetDifficulties))} questions too: add some to these categories in the bank, lock one from elsewhere, or choose other focus categories.`,
  };
}
