import { useMutation, useQuery } from '@apollo/client/react';
import type { FeedbackMissing, LateFeedbackRowFragment } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { formatDateTime, formatElapsed, formatTimeAgo, plural } from '../../../ui/format';
import { useNow } from '../../../ui/hooks';
import { CheckIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { LateFeedbackQuery, NudgePanelistMutation } from '../graphql/feedback.documents';
import { isNoLongerLate, lastNudgeOfRefusal, nudgedRecently } from '../hooks/nudge';
import './late-feedback-list.css';

const PAGE_SIZE = 25;

const MISSING_LABELS: Record<FeedbackMissing, string> = {
  RECOMMENDATION: 'Recommendation',
  SCORECARD: 'Scorecard',
};

/** Panelists whose feedback is overdue, the longest overdue first, each with a way to remind them. */
export function LateFeedbackList() {
  const { data, error, refetch, fetchMore, loading } = useQuery(LateFeedbackQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // "3 h overdue" and "Nudged 12 min ago" move on, and Nudge comes back once the hour is up.
  const now = useNow(30_000);
  const connection = data?.lateFeedback;

  if (error && !connection) return <LoadError title="Late feedback could not load" error={error} onRetry={() => void refetch()} />;
  if (!connection) return <SkeletonLines count={4} />;
  if (connection.edges.length === 0)
    return (
      <EmptyState icon={<CheckIcon width={28} height={28} />} title="Everyone's feedback is in">
        <p>When a panelist misses a deadline, they show up here with a button to remind them.</p>
      </EmptyState>
    );

  return (
    <>
      <p className="muted small late-count">{plural(connection.totalCount, 'overdue seat')}, the longest overdue first.</p>
      <ul className="late-list" aria-label="Overdue feedback">
        {connection.edges.map(({ node }) => (
          <li key={`${node.interviewId}-${node.panelistId}`}>
            <LateFeedbackItem late={node} now={now} onGone={() => void refetch()} />
          </li>
        ))}
      </ul>
      {connection.pageInfo.hasNextPage && (
        <button
          type="button"
          className="btn late-more"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          Show more
        </button>
      )}
    </>
  );
}

function LateFeedbackItem({ late, now, onGone }: { late: LateFeedbackRowFragment; now: number; onGone: () => void }) {
  const { notify } = useToast();
  const [nudge, { loading, client }] = useMutation(NudgePanelistMutation);
  const panelistName = late.panelist?.name ?? 'A former member';
  const { interview } = late;
  const recentlyNudged = nudgedRecently(late.lastNudgedAt, now);
  const nudgedAgo = late.lastNudgedAt ? formatTimeAgo(late.lastNudgedAt, now) : null;

  async function sendNudge() {
    try {
      await nudge({ variables: { input: { interviewId: late.interviewId, panelistId: late.panelistId } } });
      notify(`${panelistName} was reminded`, 'success');
    } catch (error) {
      const lastNudgedAt = lastNudgeOfRefusal(error);
      if (lastNudgedAt) {
        // Someone else nudged first: show it as they would see it after a reload.
        client.cache.modify({
          id: client.cache.identify({ __typename: 'LateFeedback', interviewId: late.interviewId, panelistId: late.panelistId }),
          fields: { lastNudgedAt: () => lastNudgedAt },
        });
      } else if (isNoLongerLate(error)) {
        notify(`${panelistName}'s feedback has come in`, 'info');
        onGone();
      } else {
        notify(toUserError(error).message, 'error');
      }
    }
  }

  return (
    <article className="card late-item" aria-label={`${panelistName}: ${interview.candidateName}, ${interview.roundName}`}>
      <div className="late-interview">
        <p className="late-title">
          {interview.candidateName} <span className="muted">· {interview.roundName}</span>
        </p>
        <p className="late-meta">
          {interview.openingTitle} · <time dateTime={interview.startsAt}>{formatDateTime(interview.startsAt)}</time>
        </p>
      </div>
      <p className="late-panelist">{panelistName}</p>
      <div className="late-missing">
        <span className="badge badge-danger">{MISSING_LABELS[late.missing]} missing</span>
        <span className="small">
          <time dateTime={late.dueAt} title={`Due ${formatDateTime(late.dueAt)}`}>
            {formatElapsed(late.dueAt, now)}
          </time>{' '}
          overdue
        </span>
      </div>
      <div className="late-nudge">
        {recentlyNudged ? (
          <button type="button" className="btn btn-sm" disabled>
            <CheckIcon /> Nudged {nudgedAgo}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn-sm btn-primary" disabled={loading} onClick={() => void sendNudge()}>
              Nudge
              <span className="visually-hidden">
                {' '}
                {panelistName} about {interview.candidateName}
              </span>
            </button>
            <span className="small muted">{nudgedAgo ? `Last nudged ${nudgedAgo}` : 'Not nudged yet'}</span>
          </>
        )}
      </div>
    </article>
  );
}
