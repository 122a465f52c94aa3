import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { QuestionSetQuery as QuestionSetData, QuestionSetSummaryFragment } from '../../../gql/graphql';
import { QuestionSetQuery, QuestionSetsQuery } from '../../question-sets';
import { Dialog } from '../../../ui/dialog';
import { Alert, EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { formatDate, plural } from '../../../ui/format';
import { LayersIcon, PlusIcon } from '../../../ui/icons';
import './add-question-set-dialog.css';

type ChosenQuestionSet = QuestionSetData['questionSet'];

/** The organisation's question sets; choosing one loads it, with its questions in order, for the round to append. */
export function AddQuestionSetDialog({ onChoose, onClose }: { onChoose: (set: ChosenQuestionSet) => void; onClose: () => void }) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(QuestionSetsQuery, { fetchPolicy: 'cache-and-network' });
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const sets = data?.questionSets;
  // Start on the first set that can be added rather than the Close button, so Enter adds it.
  const firstAddable = sets?.find((set) => set.questionCount > 0)?.id;

  async function choose(set: QuestionSetSummaryFragment) {
    setLoadingId(set.id);
    setLoadError(null);
    try {
      // The set as it is now, not as the list last saw it.
      const result = await client.query({ query: QuestionSetQuery, variables: { id: set.id }, fetchPolicy: 'network-only' });
      onChoose(result.data!.questionSet);
    } catch (caught) {
      setLoadError(`“${set.name}” could not load: ${toUserError(caught).message}`);
      setLoadingId(null);
    }
  }

  return (
    <Dialog
      title="Add a question set"
      description="Its questions go to the end of the round in the set’s order; questions the round already asks are skipped."
      onClose={onClose}
      size="lg"
    >
      {loadError && <Alert>{loadError}</Alert>}
      <div className="swap-list-wrap">
        {error && !sets ? (
          <LoadError title="Question sets could not load" error={error} onRetry={() => void refetch()} />
        ) : !sets ? (
          <SkeletonLines count={4} />
        ) : sets.length === 0 ? (
          <EmptyState
            icon={<LayersIcon width={28} height={28} />}
            title="No question sets yet"
            action={
              <Link className="btn" to="/sets">
                Go to question sets
              </Link>
            }
          >
            <p>A question set is a named, ordered selection of questions from the bank. Create one, then add it to rounds from here.</p>
          </EmptyState>
        ) : (
          <ul className="picker-list swap-list" aria-label="Question sets">
            {sets.map((set) => (
              <li key={set.id} className="picker-item">
                <div className="picker-item-text">
                  <span className="picker-item-title">{set.name}</span>
                  {set.description && <span className="picker-item-description">{set.description}</span>}
                  <span className="question-item-meta">
                    {plural(set.questionCount, 'question')} · updated {formatDate(set.updatedAt)}
                  </span>
                </div>
                <button
                  type="button"
                  className="btn btn-sm"
                  // Not disabled while a set loads, so focus stays put if loading fails.
                  onClick={() => loadingId === null && void choose(set)}
                  disabled={set.questionCount === 0}
                  autoFocus={set.id === firstAddable}
                  aria-label={loadingId === set.id ? `Adding ${set.name}…` : `Add ${set.name}, ${plural(set.questionCount, 'question')}`}
                >
                  {loadingId === set.id ? (
                    'Adding…'
                  ) : (
                    <>
                      <PlusIcon /> Add
                    </>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
