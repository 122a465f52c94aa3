import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useOriginState } from '../../../ui/back-link';
import type { ClosedApplicationsQuery } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { type UserError, toUserError } from '../../../ui/errors';
import { Alert, EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { TextAreaField } from '../../../ui/field';
import { APPLICATION_STATUS_LABELS, formatDate, plural } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { ClosedApplicationsQuery as ClosedApplicationsDocument, ReopenApplicationMutation } from '../graphql/pipeline.documents';
import './closed-applications-dialog.css';

export type ClosedStatus = 'REJECTED' | 'WITHDRAWN';
type Closed = ClosedApplicationsQuery['closedApplications']['edges'][number]['node'];

const PAGE_SIZE = 20;
const FILTERS: Array<{ status: ClosedStatus | null; label: string }> = [
  { status: 'REJECTED', label: 'Rejected' },
  { status: 'WITHDRAWN', label: 'Withdrawn' },
  { status: null, label: 'All' },
];

/**
 * The applications that left an opening's pipeline, latest first, with why they left; any of them can be reopened
 * (with a reason) and goes back to the stage it left from.
 */
export function ClosedApplicationsDialog({
  opening,
  initialStatus,
  counts,
  onClose,
  onReopened,
}: {
  opening: { id: string; title: string };
  initialStatus: ClosedStatus;
  counts: { rejected: number; withdrawn: number };
  onClose: () => void;
  onReopened: () => void;
}) {
  const [status, setStatus] = useState<ClosedStatus | null>(initialStatus);
  const filterName = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const { data, error, loading, refetch, fetchMore } = useQuery(ClosedApplicationsDocument, {
    variables: { openingId: opening.id, status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.closedApplications;
  const countOf = (filter: ClosedStatus | null) =>
    filter === 'REJECTED' ? counts.rejected : filter === 'WITHDRAWN' ? counts.withdrawn : counts.rejected + counts.withdrawn;
  const shownLabel = status === null ? 'Rejected and withdrawn candidates' : `${APPLICATION_STATUS_LABELS[status]} candidates`;

  function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        closedApplications: {
          ...fetchMoreResult.closedApplications,
          edges: [...previous.closedApplications.edges, ...fetchMoreResult.closedApplications.edges],
        },
      }),
    });
  }

  /** Focus goes on to the next row's Reopen, so a keyboard user keeps their place in the list. */
  function afterReopen(applicationId: string) {
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-application-id]') ?? [])];
    const index = rows.findIndex((row) => row.dataset.applicationId === applicationId);
    const nextId = (rows[index + 1] ?? rows[index - 1])?.dataset.applicationId;
    onReopened();
    void refetch().then(() =>
      window.requestAnimationFrame(() => {
        const next = nextId && listRef.current?.querySelector<HTMLElement>(`[data-application-id="${nextId}"] .closed-reopen`);
        (next || listRef.current?.closest('dialog')?.querySelector<HTMLElement>('.closed-filter input:checked'))?.focus();
      }),
    );
  }

  let body;
  if (error && !connection) body = <LoadError title="The list could not load" error={error} onRetry={() => void refetch()} />;
  else if (!connection) body = <SkeletonLines count={4} />;
  else if (connection.edges.length === 0)
    body = (
      <EmptyState
        title={status === 'WITHDRAWN' ? 'Nobody has withdrawn' : status === 'REJECTED' ? 'Nobody is rejected' : 'Nobody has left'}
      >
        <p>Candidates of {opening.title} who are rejected or withdraw show here, with why they left.</p>
      </EmptyState>
    );
  else
    body = (
      <>
        <p className="muted small closed-count" role="status">
          {plural(connection.totalCount, 'candidate')}, the latest first.
        </p>
        <ul className="closed-list" aria-label={shownLabel} ref={listRef}>
          {connection.edges.map(({ node }) => (
            <ClosedRow key={node.id} application={node} openingTitle={opening.title} onReopened={() => afterReopen(node.id)} />
          ))}
        </ul>
        {connection.pageInfo.hasNextPage && (
          <div className="load-more">
            <button type="button" className="btn btn-sm" disabled={loading} onClick={showMore}>
              {loading ? 'Loading…' : 'Show more'}
            </button>
          </div>
        )}
      </>
    );

  return (
    <Dialog title="Closed applications" description={`Candidates who left ${opening.title}, and why.`} onClose={onClose} size="lg">
      <fieldset className="fieldset closed-filter">
        <legend className="visually-hidden">Show</legend>
        <div className="segmented">
          {FILTERS.map((filter) => (
            <label key={filter.label} className="segment">
              <input type="radio" name={filterName} checked={status === filter.status} onChange={() => setStatus(filter.status)} />
              <span>
                {filter.label} ({countOf(filter.status).toLocaleString('en')})
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="closed-body" aria-busy={loading && Boolean(connection) ? true : undefined}>
        {body}
      </div>
    </Dialog>
  );
}

function ClosedRow({ application, openingTitle, onReopened }: { application: Closed; openingTitle: string; onReopened: () => void }) {
  const { notify } = useToast();
  const origin = useOriginState(openingTitle);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const reopenButton = useRef<HTMLButtonElement>(null);
  const [reopen, { loading }] = useMutation(ReopenApplicationMutation);
  const { name } = application.candidate;
  const choice = application.outcomeReasonChoice?.label;
  // The stored reason reads "Label: note" when both were given; the label shows as a tag of its own.
  const note =
    choice && application.outcomeReason?.startsWith(choice)
      ? application.outcomeReason.slice(choice.length).replace(/^:\s*/, '')
      : application.outcomeReason;

  function cancel() {
    setAsking(false);
    setError(null);
    window.requestAnimationFrame(() => reopenButton.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reason', message: 'Say why they come back, in a few words' });
      return;
    }
    setError(null);
    try {
      await reopen({ variables: { applicationId: application.id, reason: reason.trim() } });
      notify(`${name} is back in ${application.stage.name}`);
      onReopened();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <li className="closed-row" data-application-id={application.id}>
      <div className="closed-row-main">
        <div className="closed-row-text">
          <p className="closed-row-name">
            <Link to={`/candidates/${application.candidate.id}`} state={origin}>
              {name}
            </Link>{' '}
            <span className={`badge ${application.status === 'REJECTED' ? 'badge-danger' : 'badge-muted'}`}>
              {APPLICATION_STATUS_LABELS[application.status]}
            </span>
          </p>
          <p className="muted small closed-row-meta">
            Left from {application.stage.name} · <time dateTime={application.updatedAt}>{formatDate(application.updatedAt)}</time>
          </p>
          {(choice || note) && (
            <p className="small closed-row-reason">
              {choice && <span className="tag">{choice}</span>} {note && <span className="closed-row-note">“{note}”</span>}
            </p>
          )}
        </div>
        {!asking && (
          <button type="button" ref={reopenButton} className="btn btn-sm closed-reopen" onClick={() => setAsking(true)}>
            Reopen…<span className="visually-hidden"> {name}</span>
          </button>
        )}
      </div>
      {asking && (
        <form className="closed-reopen-form" onSubmit={submit} noValidate>
          <TextAreaField
            label={`Why does ${name} come back?`}
            rows={2}
            maxLength={2000}
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              // Escape closes this question only, not the whole list.
              event.preventDefault();
              event.stopPropagation();
              cancel();
            }}
            hint={`Back into ${application.stage.name}; kept in the candidate’s timeline.`}
            error={error?.field === 'reason' ? error.message : undefined}
          />
          {error && error.field !== 'reason' && <Alert>{error.message}</Alert>}
          <div className="row gap-sm">
            <button type="submit" className="btn btn-primary btn-sm" disabled={loading}>
              {loading ? 'Reopening…' : `Reopen ${name}`}
            </button>
            <button type="button" className="btn btn-sm" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
