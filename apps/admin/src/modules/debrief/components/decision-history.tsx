import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { DecisionFieldsFragment } from '../../../gql/graphql';
import { DecisionBadge } from '../../../ui/decision-badge';
import { Dialog } from '../../../ui/dialog';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { Alert } from '../../../ui/feedback';
import { TextAreaField } from '../../../ui/field';
import { formatDateTime } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { DebriefQuery, ReverseDecisionMutation } from '../graphql/debrief.documents';
import './decision-history.css';

const EFFECT_OF_REVERSAL = {
  ADVANCE: 'moves the candidate back to the stage they were advanced from',
  HIRE: 'moves the candidate back to the stage they were hired from',
  REJECT: 'reopens the application at the stage it was rejected from',
} as const;

/** Every decision on the application, newest first, reversed ones struck through with who reversed them and why. */
export function DecisionHistory({
  applicationId,
  candidateName,
  decisions,
  standingId,
  canReverse,
}: {
  applicationId: string;
  candidateName: string;
  decisions: readonly DecisionFieldsFragment[];
  standingId: string | null;
  canReverse: boolean;
}) {
  const [reversing, setReversing] = useState<DecisionFieldsFragment | null>(null);
  const newestFirst = [...decisions].reverse();
  return (
    <section className="card debrief-history" aria-labelledby="debrief-history-title">
      <h2 id="debrief-history-title" className="section-heading">
        Decision history
      </h2>
      {newestFirst.length === 0 ? (
        <p className="muted small debrief-history-empty">No decision recorded yet.</p>
      ) : (
        <ol className="debrief-history-list" aria-label="Decisions, newest first">
          {newestFirst.map((decision) => {
            const reversed = Boolean(decision.reversedAt);
            return (
              <li key={decision.id} className={`debrief-history-item${reversed ? ' debrief-history-reversed' : ''}`}>
                <p className="debrief-history-head">
                  <DecisionBadge decision={decision.decision} reversed={reversed} />
                  <span className="muted small">
                    {decision.decidedBy ? `${decision.decidedBy.name} · ` : ''}
                    <time dateTime={decision.createdAt}>{formatDateTime(decision.createdAt)}</time>
                  </span>
                </p>
                <p className="debrief-history-reason">“{decision.reason}”</p>
                {reversed && decision.reversedAt && (
                  <p className="small debrief-history-reversal">
                    Reversed{decision.reversedBy ? ` by ${decision.reversedBy.name}` : ''},{' '}
                    <time dateTime={decision.reversedAt}>{formatDateTime(decision.reversedAt)}</time>
                    {decision.reversalReason && <>: “{decision.reversalReason}”</>}
                  </p>
                )}
                {canReverse && decision.id === standingId && !reversed && (
                  <button type="button" className="btn btn-sm debrief-history-reverse" onClick={() => setReversing(decision)}>
                    Reverse…
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {reversing && (
        <ReverseDialog
          applicationId={applicationId}
          candidateName={candidateName}
          decision={reversing}
          onClose={() => setReversing(null)}
        />
      )}
    </section>
  );
}

function ReverseDialog({
  applicationId,
  candidateName,
  decision,
  onClose,
}: {
  applicationId: string;
  candidateName: string;
  decision: DecisionFieldsFragment;
  onClose: () => void;
}) {
  const { notify } = useToast();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [reverse, { loading }] = useMutation(ReverseDecisionMutation, {
    refetchQueries: [{ query: DebriefQuery, variables: { applicationId } }],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reason', message: 'Say why it is reversed' });
      return;
    }
    setError(null);
    try {
      await reverse({ variables: { input: { decisionId: decision.id, reason: reason.trim() } } });
      notify(`Reversed the decision on ${candidateName}`);
      onClose();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <Dialog
      title="Reverse this decision"
      description={`Reversing ${EFFECT_OF_REVERSAL[decision.decision]}. Both the decision and its reversal stay on record.`}
      onClose={onClose}
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        <p className="small">
          <DecisionBadge decision={decision.decision} /> “{decision.reason}”
        </p>
        <TextAreaField
          label="Why reverse it"
          rows={3}
          maxLength={2000}
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldErrorOf(error, 'reason')}
        />
        {error && !fieldErrorOf(error, 'reason') && <Alert>{error.message}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger" disabled={loading}>
            {loading ? 'Reversing…' : 'Reverse decision'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
