import { useMutation } from '@apollo/client/react';
import type { FieldValue, ScorecardFields } from '@panelist/scoring';
import { useMemo, useState } from 'react';
import type { InterviewSheetFragment, ScorecardDetailFragment } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { toUserError } from '../../../ui/errors';
import { Alert } from '../../../ui/feedback';
import { TextAreaField } from '../../../ui/field';
import { formatDateTime } from '../../../ui/format';
import { AmendScorecardMutation } from '../graphql/scorecards.documents';
import { changesOf, fieldsOfScorecard } from '../hooks/edit-queue';
import { AmendmentsList } from './amendments-list';
import { OverallSection } from './overall-section';
import { QuestionCard } from './question-card';
import { ScorecardHeader, vocabularyOf } from './scorecard-header';

/**
 * A submitted scorecard: read-only, with its amendments. "Amend" opens the answers for changes, which are sent
 * together with a reason; nothing is saved until then.
 */
export function SubmittedScorecard({ interview, scorecard }: { interview: InterviewSheetFragment; scorecard: ScorecardDetailFragment }) {
  const [amending, setAmending] = useState<ScorecardFields | null>(null);
  const [asking, setAsking] = useState(false);
  const server = useMemo(() => fieldsOfScorecard(scorecard), [scorecard]);
  const fields = amending ? { ...server, ...amending } : server;
  const onEdit = amending ? (field: string, value: FieldValue) => setAmending({ ...amending, [field]: value }) : undefined;
  const sheet = vocabularyOf(interview, scorecard);

  return (
    <div className="page page-narrow scorecard-page">
      <ScorecardHeader interview={interview} />
      <div className="scorecard-bar">
        <p className="save-status">
          Submitted{scorecard.submittedAt && <> {formatDateTime(scorecard.submittedAt)}</>}
          {amending && ' · amending'}
        </p>
        {amending ? (
          <div className="row gap-sm">
            <button type="button" className="btn" onClick={() => setAmending(null)}>
              Cancel
            </button>
            <button type="button" className="btn btn-primary" disabled={Object.keys(amending).length === 0} onClick={() => setAsking(true)}>
              Save amendment…
            </button>
          </div>
        ) : (
          <button type="button" className="btn" onClick={() => setAmending({})}>
            Amend
          </button>
        )}
      </div>
      <AmendmentsList amendments={scorecard.amendments} sheet={sheet} />
      <ol className="scorecard-questions">
        {interview.questions.map((question, index) => (
          <li key={question.id}>
            <QuestionCard
              question={question}
              position={index + 1}
              count={interview.questions.length}
              scale={scorecard.scale}
              fields={fields}
              current={false}
              onEdit={onEdit}
              onFocusQuestion={() => undefined}
            />
          </li>
        ))}
      </ol>
      <OverallSection interview={interview} scorecard={scorecard} fields={fields} missing={[]} onEdit={onEdit} />
      {asking && amending && (
        <AmendDialog
          scorecardId={scorecard.id}
          edits={amending}
          onClose={() => setAsking(false)}
          onAmended={() => {
            setAsking(false);
            setAmending(null);
          }}
        />
      )}
    </div>
  );
}

function AmendDialog({
  scorecardId,
  edits,
  onClose,
  onAmended,
}: {
  scorecardId: string;
  edits: ScorecardFields;
  onClose: () => void;
  onAmended: () => void;
}) {
  const [reason, setReason] = useState('');
  const [amend, { loading, error }] = useMutation(AmendScorecardMutation);
  return (
    <Dialog title="Amend the submitted scorecard" description="The panel sees who changed what, when, and why." onClose={onClose}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void amend({ variables: { input: { scorecardId, reason: reason.trim(), ...changesOf(edits) } } }).then(
            onAmended,
            () => undefined,
          );
        }}
      >
        <TextAreaField label="Reason" required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
        {error && <Alert>{toUserError(error).message}</Alert>}
        <div className="row gap-sm dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={loading || reason.trim() === ''}>
            {loading ? 'Saving…' : 'Save amendment'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
