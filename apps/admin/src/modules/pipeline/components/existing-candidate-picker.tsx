import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Alert, EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useDebouncedValue } from '../../../ui/hooks';
import { CheckIcon, PlusIcon } from '../../../ui/icons';
import { SearchBox } from '../../../ui/search-box';
import { CandidatesQuery } from '../graphql/pipeline.documents';
import type { AddedCandidate } from './add-candidate-dialog';
import './existing-candidate-picker.css';

/** Someone already in Panelist, found by name or email, added to the opening; those already in it are marked. */
export function ExistingCandidatePicker({ openingId, apply }: { openingId: string; apply: (candidate: AddedCandidate) => Promise<void> }) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 200);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Kept out of the cache: a short page here must not replace the candidates list's pages.
  const {
    data,
    previousData,
    error: loadError,
    refetch,
  } = useQuery(CandidatesQuery, { variables: { first: 8, search: search || undefined }, fetchPolicy: 'no-cache' });
  const shown = (data ?? previousData)?.candidates;

  async function add(candidate: AddedCandidate) {
    setBusyId(candidate.id);
    setError(null);
    try {
      await apply(candidate);
    } catch (caught) {
      setError(toUserError(caught).message);
      setBusyId(null);
    }
  }

  return (
    <div className="dialog-form">
      <SearchBox
        value={text}
        onChange={setText}
        inputRef={searchRef}
        label="Search candidates by name or email"
        placeholder="Search by name or email"
      />
      {error && <Alert>{error}</Alert>}
      <div className="picker-results" aria-live="polite">
        {loadError && !shown ? (
          <LoadError title="Candidates could not load" error={loadError} onRetry={() => void refetch()} />
        ) : !shown ? (
          <SkeletonLines count={3} />
        ) : shown.edges.length === 0 ? (
          <EmptyState title={search ? `No one matches “${search}”` : 'No candidates yet'}>
            <p>Add them as a new candidate instead.</p>
          </EmptyState>
        ) : (
          <ul className="candidate-picker" aria-label="Candidates">
            {shown.edges.map(({ node }) => {
              const already = node.applications.some((application) => application.opening.id === openingId);
              return (
                <li key={node.id} className="picker-item">
                  <div className="picker-item-text">
                    <span className="picker-item-title">{node.name}</span>
                    <span className="muted small">
                      {node.email}
                      {node.applications.length > 0 && ` · ${plural(node.applications.length, 'application')}`}
                    </span>
                  </div>
                  <button
                    type="button"
                    className={`btn btn-sm${already ? ' btn-added' : ''}`}
                    disabled={already || busyId !== null}
                    onClick={() => void add({ id: node.id, name: node.name })}
                    aria-label={
                      already ? `${node.name} is in this opening` : busyId === node.id ? `Adding ${node.name}…` : `Add ${node.name}`
                    }
                  >
                    {already ? (
                      <>
                        <CheckIcon /> In this opening
                      </>
                    ) : (
                      <>
                        <PlusIcon /> {busyId === node.id ? 'Adding…' : 'Add'}
                      </>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
