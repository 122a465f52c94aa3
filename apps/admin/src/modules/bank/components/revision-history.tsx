import { formatDateTime, plural } from '../../../ui/format';
import { HistoryIcon } from '../../../ui/icons';
import './revision-history.css';

interface RevisionEntry {
  id: string;
  revision: number;
  createdAt: string;
  title: string;
}

export function RevisionHistory({
  revisions,
  currentRevision,
  viewing,
  onView,
}: {
  revisions: RevisionEntry[];
  currentRevision: number;
  viewing: number | null;
  onView: (revision: number | null) => void;
}) {
  return (
    <section className="content-section" aria-labelledby="history-heading">
      <h3 id="history-heading" className="section-title">
        <HistoryIcon width={14} height={14} /> History <span className="count">{plural(revisions.length, 'revision')}</span>
      </h3>
      <ol className="revisions" aria-label="Revision history">
        {revisions.map((entry, index) => {
          const isCurrent = entry.revision === currentRevision;
          const isViewed = viewing === null ? isCurrent : viewing === entry.revision;
          const previous = revisions[index + 1];
          return (
            <li key={entry.id} className={`revision${isViewed ? ' revision-viewed' : ''}`} aria-current={isViewed ? 'true' : undefined}>
              <div className="revision-main">
                <span className="revision-number">Revision {entry.revision}</span>
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                {previous && previous.title !== entry.title && <span className="revision-note">Title: {entry.title}</span>}
                {!previous && <span className="revision-note">Created</span>}
              </div>
              {isCurrent ? (
                viewing === null ? (
                  <span className="badge">Current</span>
                ) : (
                  <button type="button" className="btn btn-ghost btn-sm" onClick={() => onView(null)}>
                    View current
                  </button>
                )
              ) : isViewed ? (
                <span className="badge badge-accent">Viewing</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => onView(entry.revision)}
                  aria-label={`View revision ${entry.revision}`}
                >
                  View
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
