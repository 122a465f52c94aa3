import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth';
import { Alert, SkeletonLines, Spinner } from '../../../ui/feedback';
import { isMissingRecord, toUserError } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { useShortcut } from '../../../ui/hooks';
import { ArchiveIcon, CloseIcon, EditIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import {
  ArchiveQuestionMutation,
  CategoriesQuery,
  QuestionDetailQuery,
  QuestionRevisionsQuery,
  questionSummaryFragment,
  RestoreQuestionRevisionMutation,
  UnarchiveQuestionMutation,
} from '../graphql/bank.documents';
import { evictQuestionLists } from '../graphql/question-lists';
import { QuestionContent } from './question-content';
import { RevisionHistory } from './revision-history';
import './question-detail.css';

interface QuestionDetailProps {
  id: string;
  /** The bank's filters (`?q=…`), carried through the editor so the list looks the same on return. */
  searchString: string;
  onClose: () => void;
  onTagClick: (tag: string) => void;
  /** Move focus to the title when the question opens, for keyboard and screen-reader users. */
  focusTitle: boolean;
}

export function QuestionDetail({ id, searchString, onClose, onTagClick, focusTitle }: QuestionDetailProps) {
  const { canEditBank } = useSession();
  const client = useApolloClient();
  const { notify } = useToast();
  const { data, error } = useQuery(QuestionDetailQuery, { variables: { id } });
  const [viewing, setViewing] = useState<number | null>(null);
  const revisions = useQuery(QuestionRevisionsQuery, { variables: { id }, skip: viewing === null });
  const mutationOptions = { refetchQueries: [CategoriesQuery], update: evictQuestionLists };
  const [archive, archiveState] = useMutation(ArchiveQuestionMutation, mutationOptions);
  const [unarchive, unarchiveState] = useMutation(UnarchiveQuestionMutation, mutationOptions);
  const [restore, restoreState] = useMutation(RestoreQuestionRevisionMutation, mutationOptions);
  const [restoring, setRestoring] = useState<number | null>(null);
  const titleId = `question-title-${id}`;

  const loaded = Boolean(data);
  useEffect(() => {
    if (focusTitle && loaded) document.getElementById(titleId)?.focus({ preventScroll: true });
  }, [focusTitle, titleId, loaded]);

  useShortcut('Escape', () => (viewing !== null ? setViewing(null) : onClose()));

  const question = data?.question;
  if (error) {
    return (
      <DetailFrame onClose={onClose}>
        <Alert title={isMissingRecord(error) ? 'This question does not exist any more' : 'The question could not load'}>
          {isMissingRecord(error) ? 'It may have been deleted. Pick another question from the list.' : toUserError(error).message}
        </Alert>
      </DetailFrame>
    );
  }
  if (!question) {
    // The list already knows the title: show it at once while the rest loads.
    const summary = client.readFragment({
      fragment: questionSummaryFragment,
      fragmentName: 'QuestionSummary',
      id: client.cache.identify({ __typename: 'Question', id }),
    });
    return (
      <DetailFrame onClose={onClose} busy>
        {summary && <p className="eyebrow">{summary.category.name}</p>}
        {summary && <h2 className="question-title">{summary.title}</h2>}
        <SkeletonLines count={6} />
      </DetailFrame>
    );
  }

  const viewedRevision = viewing === null ? null : revisions.data?.question.revisions.find((entry) => entry.revision === viewing);

  async function toggleArchived() {
    try {
      if (question!.archivedAt) {
        await unarchive({ variables: { id } });
        notify('Question restored to the bank');
      } else {
        await archive({ variables: { id } });
        notify('Question archived: it stays readable but leaves search and pickers');
      }
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    }
  }

  /** Saves the revision's content as a new revision, then shows the current question again. */
  async function restoreRevision(revision: number) {
    setRestoring(revision);
    try {
      const result = await restore({ variables: { input: { questionId: id, revision, expectedRevision: question!.revision } } });
      setViewing(null);
      notify(`Restored revision ${revision} as revision ${result.data!.restoreQuestionRevision.revision}`);
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    } finally {
      setRestoring(null);
    }
  }
  const onRestore = canEditBank ? (revision: number) => void restoreRevision(revision) : undefined;

  return (
    <DetailFrame
      onClose={onClose}
      actions={
        canEditBank &&
        viewing === null && (
          <>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={toggleArchived}
              disabled={archiveState.loading || unarchiveState.loading}
            >
              <ArchiveIcon /> {question.archivedAt ? 'Unarchive' : 'Archive'}
            </button>
            <Link className="btn btn-sm" to={`/questions/${id}/edit${searchString}`} aria-keyshortcuts="e">
              <EditIcon /> Edit
            </Link>
          </>
        )
      }
    >
      {question.archivedAt && viewing === null && (
        <Alert tone="warning">
          Archived on {formatDateTime(question.archivedAt)}. It stays readable but does not appear in search or set pickers.
        </Alert>
      )}
      {viewing !== null && (
        <Alert
          tone="info"
          title={`Viewing revision ${viewing} of ${question.revision}`}
          actions={
            <>
              {onRestore && (
                <button type="button" className="btn btn-primary btn-sm" onClick={() => onRestore(viewing)} disabled={restoreState.loading}>
                  {restoring === viewing ? 'Restoring…' : 'Restore this revision'}
                </button>
              )}
              <button type="button" className="btn btn-sm" onClick={() => setViewing(null)}>
                Back to current
              </button>
            </>
          }
        >
          {viewedRevision
            ? `Saved ${formatDateTime(viewedRevision.createdAt)}. This is how the question read then.`
            : 'Loading this revision…'}
        </Alert>
      )}
      {viewing === null ? (
        <QuestionContent question={question} onTagClick={onTagClick} titleId={titleId} />
      ) : viewedRevision ? (
        <QuestionContent question={viewedRevision} titleId={titleId} />
      ) : revisions.error ? (
        <Alert>{toUserError(revisions.error).message}</Alert>
      ) : (
        <SkeletonLines count={6} />
      )}
      <RevisionHistory
        questionId={id}
        revisions={question.revisions}
        currentRevision={question.revision}
        viewing={viewing}
        onView={setViewing}
        onRestore={onRestore}
        restoring={restoring}
      />
    </DetailFrame>
  );
}

function DetailFrame({
  children,
  onClose,
  actions,
  busy,
}: {
  children: ReactNode;
  onClose: () => void;
  actions?: ReactNode;
  busy?: boolean;
}) {
  return (
    <article className="detail" aria-busy={busy || undefined} aria-label="Question">
      <div className="detail-toolbar">
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          onClick={onClose}
          aria-label="Close question"
          aria-keyshortcuts="Escape"
          title="Close (Esc)"
        >
          <CloseIcon />
        </button>
        {busy && <Spinner label="Loading question" />}
        <div className="toolbar-actions">{actions}</div>
      </div>
      <div className="detail-body">{children}</div>
    </article>
  );
}
