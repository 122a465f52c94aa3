import { useQuery } from '@apollo/client/react';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { BankQuestionsQuery } from '../../bank/graphql/bank.documents';
import { DifficultyDots } from '../../bank/components/question-filters';
import { Dialog } from '../../../ui/dialog';
import { Alert, EmptyState, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { DIFFICULTY_LABELS, KIND_LABELS } from '../../../ui/format';
import { ClockIcon, SwapIcon } from '../../../ui/icons';

/** Other questions of the same category, for swapping one proposed question for another. */
export function SwapQuestionDialog({
  question,
  takenIds,
  onSwap,
  onClose,
}: {
  question: QuestionSummaryFragment;
  takenIds: Set<string>;
  onSwap: (replacement: QuestionSummaryFragment) => void;
  onClose: () => void;
}) {
  const { data, error } = useQuery(BankQuestionsQuery, { variables: { filter: { categoryIds: [question.category.id] }, first: 100 } });
  const options = data?.questions.edges.map((edge) => edge.node).filter((candidate) => !takenIds.has(candidate.id));

  return (
    <Dialog title="Swap question" description={`Pick another question from ${question.category.name} to ask instead of “${question.title}”.`} onClose={onClose} size="lg">
      <div className="swap-list-wrap">
        {error && !data ? (
          <Alert>{toUserError(error).message}</Alert>
        ) : !options ? (
          <SkeletonLines count={5} />
        ) : options.length === 0 ? (
          <EmptyState title={`Every question of ${question.category.name} is already in this round`}>
            <p>Add questions to the category in the bank to have more to choose from.</p>
          </EmptyState>
        ) : (
          <ul className="picker-list swap-list" aria-label={`Questions in ${question.category.name}`}>
            {options.map((option) => (
              <li key={option.id} className="picker-item">
                <div className="picker-item-text">
                  <span className="picker-item-title">{option.title}</span>
                  <span className="question-item-meta">
                    <span className={`kind kind-${option.kind.toLowerCase()}`}>{KIND_LABELS[option.kind]}</span>
                    <span className="meta-inline">
                      <DifficultyDots level={option.difficulty} /> {DIFFICULTY_LABELS[option.difficulty]}
                    </span>
                    <span className="meta-inline">
                      <ClockIcon width={13} height={13} /> {option.estimatedMinutes} min
                    </span>
                  </span>
                </div>
                <button type="button" className="btn btn-sm" onClick={() => onSwap(option)} aria-label={`Use ${option.title}`}>
                  <SwapIcon /> Use this
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
