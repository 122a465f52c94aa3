import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Alert, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { formatDateTime, plural } from '../../../ui/format';
import { HistoryIcon } from '../../../ui/icons';
import { QuestionRevisionsQuery } from '../graphql/bank.documents';
import { RevisionChanges } from './revision-changes';
import './revision-history.css';

interface RevisionEntry {
  id: string;
  revision: number;
  createdAt: string;
  title: string;
  createdBy?: { name: string } | null;
}

/**
 * A question's revisions, newest first: who saved each and when, what changed from the one before (opened on
 * demand, as it needs every revision's content), and a way to view or restore an earlier one.
 */
export function RevisionHistory({
  questionId,
  revisions,
  currentRevision,
  viewing,
  onView,
  onRestore,
  restoring,
}: {
  questionId: string;
  revisions: RevisionEntry[];
  currentRevision: number;
  viewing: number | null;
  onView: (revision: number | null) => void;
  /** Given to members who edit the bank. */
  onRestore?: (revision: number) => void;
  /** The revision being restored right now. */
  restoring: number | null;
}) {
  const uid = useId();
  const [expanded, setExpanded] = useState<number | null>(null);
  const contents = useQuery(QuestionRevisionsQuery, { variables: { id: questionId }, skip: expanded === null });
  const full = contents.data?.question.revisions;

  function changesOf(revision: number) {
    if (contents.error) return <Alert>{toUserError(contents.error).message}</Alert>;
    const after = full?.find((entry) => entry.revision === revision);
    const before = full?.find((entry) => entry.revision === revision - 1);
    if (!after) return <SkeletonLines count={3} />;
    if (revision === 1) return <p className="muted small">The first revision: nothing came before it.</p>;
    if (!before) return <SkeletonLines count={3} />;
    return <RevisionChanges before={before} after={after} previous={revision - 1} />;
  }

  return (
    <section className="content-section" aria-labelledby={`${uid}-history`}>
      <h3 id={`${uid}-history`} className="section-title">
        <HistoryIcon width={14} height={14} /> History <span className="count">{plural(revisions.length, 'revision')}</span>
      </h3>
      <ol className="revisions" aria-label="Revision history">
        {revisions.map((entry) => {
          const isCurrent = entry.revision === currentRevision;
          const isViewed = viewing === null ? isCurrent : viewing === entry.revision;
          const isExpanded = expanded === entry.revision;
          const changesId = `${uid}-changes-${entry.revision}`;
          return (
            <li
              key={entry.id}
              className={`revision${isViewed ? ' revision-viewed' : ''}`}
              aria-current={isViewed ? 'true' : undefined}
              aria-label={`Revision ${entry.revision}`}
            >
              <div className="revision-head">
                <div className="revision-main">
                  <span className="revision-number">Revision {entry.revision}</span>
                  {isCurrent && <span className="badge">Current</span>}
                  {!isCurrent && isViewed && <span className="badge badge-accent">Viewing</span>}
                  <span className="revision-meta">
                    by <span className="revision-author">{entry.createdBy?.name ?? 'unknown'}</span> ·{' '}
                    <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                  </span>
                </div>
                <div className="revision-actions">
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    aria-expanded={isExpanded}
                    aria-controls={isExpanded ? changesId : undefined}
                    aria-label={`Changes in revision ${entry.revision}`}
                    onClick={() => setExpanded(isExpanded ? null : entry.revision)}
                  >
                    Changes
                  </button>
                  {isViewed ? null : (
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      onClick={() => onView(isCurrent ? null : entry.revision)}
                      aria-label={isCurrent ? 'View current' : `View revision ${entry.revision}`}
                    >
                      {isCurrent ? 'View current' : 'View'}
                    </button>
                  )}
                  {onRestore && !isCurrent && (
                    <button
                      type="button"
                      className="btn btn-sm"
                      onClick={() => onRestore(entry.revision)}
                      disabled={restoring !== null}
                      aria-label={`Restore this revision, revision ${entry.revision}`}
                    >
                      {restoring === entry.revision ? 'Restoring…' : 'Restore this revision'}
                    </button>
                  )}
                </div>
              </div>
              {isExpanded && (
                <div id={changesId} className="revision-changes">
                  {changesOf(entry.revision)}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
