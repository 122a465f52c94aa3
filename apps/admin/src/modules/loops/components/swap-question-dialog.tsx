import { useQuery } from '@apollo/client/react';
import type { QuestionSummaryFragment, SeniorityLevel } from '../../../gql/graphql';
import { DifficultyDots } from '../../../ui/difficulty-dots';
import { KindBadge } from '../../../ui/kind-badge';
import { Dialog } from '../../../ui/dialog';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { DIFFICULTY_LABELS } from '../../../ui/format';
import { ClockIcon, SwapIcon } from '../../../ui/icons';
import { SwapQuestionCandidatesQuery } from '../graphql/loops.documents';

/** The round as the swap sees it: what it asks now, its time and level, and what the loop uses elsewhere. */
interface SwapContext {
  questions: QuestionSummaryFragment[];
  durationMinutes: number;
  bufferMinutes: number;
  level: SeniorityLevel;
  /** A saved round: the server leaves out its loop's other rounds itself. */
  roundId?: string;
  /** A new round: the loop's other questions, left out by hand. */
  excludeQuestionIds: string[];
}

/** Other questions of the same category, best fit first (time, difficulty mix), to ask instead of one. */
export function SwapQuestionDialog({
  question,
  round,
  onSwap,
  onClose,
}: {
  question: QuestionSummaryFragment;
  round: SwapContext;
  onSwap: (replacement: QuestionSummaryFragment) => void;
  onClose: () => void;
}) {
  const { data, error, refetch } = useQuery(SwapQuestionCandidatesQuery, {
    variables: {
      input: {
        questionId: question.id,
        currentQuestionIds: round.questions.map((entry) => entry.id),
        durationMinutes: round.durationMinutes,
        bufferMinutes: round.bufferMinutes,
        level: round.level,
        first: 100,
        ...(round.roundId ? { roundId: round.roundId } : { excludeQuestionIds: round.excludeQuestionIds }),
      },
    },
    fetchPolicy: 'network-only',
  });
  const options = data?.swapQuestionCandidates;
  const budget = Math.max(0, round.durationMinutes - round.bufferMinutes);
  const rest = round.questions.reduce((sum, entry) => sum + (entry.id === question.id ? 0 : entry.estimatedMinutes), 0);

  return (
    <Dialog
      title="Swap question"
      description={`Pick another question from ${question.category.name} to ask instead of “${question.title}”. Best fit first: it keeps the round in time and its difficulty mix on target.`}
      onClose={onClose}
      size="lg"
    >
      <div className="swap-list-wrap">
        {error && !data ? (
          <LoadError title={`Other questions of ${question.category.name} could not load`} error={error} onRetry={() => void refetch()} />
        ) : !options ? (
          <SkeletonLines count={5} />
        ) : options.length === 0 ? (
          <EmptyState title={`Every question of ${question.category.name} is already in this loop`}>
            <p>Add questions to the category in the bank to have more to choose from.</p>
          </EmptyState>
        ) : (
          <ul className="picker-list swap-list" aria-label={`Questions in ${question.category.name}, best fit first`}>
            {options.map((option, index) => {
              const over = rest + option.estimatedMinutes - budget;
              return (
                <li key={option.id} className="picker-item">
                  <div className="picker-item-text">
                    <span className="picker-item-title">
                      {option.title} {index === 0 && over <= 0 && <span className="badge badge-success">Best fit</span>}
                    </span>
                    <span className="question-item-meta">
                      <KindBadge kind={option.kind} />
                      <span className="meta-inline">
                        <DifficultyDots level={option.difficulty} /> {DIFFICULTY_LABELS[option.difficulty]}
                      </span>
                      <span className="meta-inline">
                        <ClockIcon width={13} height={13} /> {option.estimatedMinutes} min
                      </span>
                      {over > 0 && <span className="badge badge-warning">{over} min over the round’s time</span>}
                    </span>
                  </div>
                  <button type="button" className="btn btn-sm" onClick={() => onSwap(option)} aria-label={`Use ${option.title}`}>
                    <SwapIcon /> Use
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
