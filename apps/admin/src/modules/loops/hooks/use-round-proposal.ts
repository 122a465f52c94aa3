import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { QuestionSummaryFragment, SeniorityLevel } from '../../../gql/graphql';
import { ProposeRoundQuestionsQuery } from '../graphql/loops.documents';
import { BUFFER_MINUTES, type RoundDraft } from './round-draft';

/**
 * The last proposal's fit: question time against the budget, the focus categories it could not cover, and the
 * difficulties its level asks for that the categories had no question of.
 */
export interface ProposalFit {
  budgetMinutes: number;
  totalMinutes: number;
  uncoveredCategoryIds: string[];
  /** The level the proposal was made for. */
  level: SeniorityLevel;
  offeredDifficulties: number[];
  unmetDifficulties: number[];
}

interface Proposed extends ProposalFit {
  questions: QuestionSummaryFragment[];
  /** The locked questions the proposal kept. */
  lockedIds: string[];
}

const randomSeed = () => Math.floor(Math.random() * 100_000) + 1;

/**
 * Questions proposed by the server for the draft's categories, time and level. Each proposal uses the next seed,
 * so proposing again gives other questions; the loop's other rounds are left out (by the server for a saved round).
 */
export function useRoundProposal({ roundId, otherRoundQuestionIds }: { roundId: string | undefined; otherRoundQuestionIds: string[] }) {
  const client = useApolloClient();
  const [firstSeed] = useState(randomSeed);
  const proposals = useRef(0);
  const [fit, setFit] = useState<ProposalFit | null>(null);
  const [proposing, setProposing] = useState(false);

  async function propose(draft: RoundDraft): Promise<Proposed> {
    const locked = new Set(draft.lockedIds);
    const lockedIds = draft.questions.filter((question) => locked.has(question.id)).map((question) => question.id);
    proposals.current += 1;
    setProposing(true);
    try {
      const result = await client.query({
        query: ProposeRoundQuestionsQuery,
        variables: {
          input: {
            categoryIds: draft.focusCategoryIds,
            durationMinutes: Number(draft.durationMinutes),
            level: draft.level,
            bufferMinutes: BUFFER_MINUTES,
            seed: firstSeed + proposals.current,
            lockedQuestionIds: lockedIds,
            ...(roundId ? { roundId } : { excludeQuestionIds: otherRoundQuestionIds }),
          },
        },
        fetchPolicy: 'network-only',
      });
      const answer = result.data!.proposeRoundQuestions;
      const proposed = {
        budgetMinutes: answer.budgetMinutes,
        totalMinutes: answer.totalMinutes,
        uncoveredCategoryIds: answer.uncoveredCategoryIds,
        level: draft.level,
        offeredDifficulties: answer.offeredDifficulties,
        unmetDifficulties: answer.unmetDifficulties,
      };
      setFit(proposed);
      return { ...proposed, questions: answer.questions, lockedIds };
    } finally {
      setProposing(false);
    }
  }

  return { fit, proposing, propose };
}
