import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import type { DecisionKind } from '../../../gql/graphql';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { Alert } from '../../../ui/feedback';
import { TextAreaField } from '../../../ui/field';
import { useToast } from '../../../ui/toast';
import { OutcomeReasonField, useOutcomeReasons } from '../../outcome-reasons';
import { DebriefQuery, RecordDecisionMutation } from '../graphql/debrief.documents';
import './decision-panel.css';

const choiceClass = (kind: DecisionKind, on: boolean) =>
  `debrief-choice debrief-choice-${kind.toLowerCase()}${on ? ' debrief-choice-on' : ''}`;

interface Choice {
  kind: DecisionKind;
  label: string;
  effect: string;
  disabled?: boolean;
}

/**
 * Records the team's decision with why: ADVANCE moves the candidate to the next stage, HIRE to the last, REJECT
 * out of the pipeline with one of the organisation's rejection reasons.
 */
export function DecisionPanel({
  application,
}: {
  application: {
    id: string;
    status: string;
    candidate: { name: string };
    stage: { id: string; name: string };
    opening: { stages: ReadonlyArray<{ id: string; name: string }> };
  };
}) {
  const { notify } = useToast();
  const groupName = useId();
  const [decision, setDecision] = useState<DecisionKind | null>(null);
  const [reason, setReason] = useState('');
  const [outcomeReasonId, setOutcomeReasonId] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const rejectionReasons = useOutcomeReasons('REJECTION');
  const [record, { loading }] = useMutation(RecordDecisionMutation, {
    refetchQueries: [{ query: DebriefQuery, variables: { applicationId: application.id } }],
    awaitRefetchQueries: true,
  });
  const { stages } = application.opening;
  const here = stages.findIndex((stage) => stage.id === application.stage.id);
  const next = stages[here + 1];
  const last = stages[stages.length - 1];
  const name = application.candidate.name;

  if (application.status !== 'ACTIVE') {
    return (
      <section className="card debrief-decision" aria-labelledby="debrief-decision-title">
        <h2 id="debrief-decision-title" className="section-heading">
          Decision
        </h2>
        <p className="muted small debrief-decision-closed">
          {name} has left the pipeline ({application.status === 'REJECTED' ? 'rejected' : 'withdrawn'}). Reverse the decision below, or
          reopen the application from the pipeline, to decide again.
        </p>
      </section>
    );
  }

  const choices: Choice[] = [
    {
      kind: 'ADVANCE',
      label: 'Advance',
      effect: next ? `Moves to ${next.name}` : 'Already at the last stage',
      disabled: !next,
    },
    { kind: 'HIRE', label: 'Hire', effect: `Moves to ${last?.name ?? 'the last stage'}` },
    { kind: 'REJECT', label: 'Reject', effect: 'Leaves the pipeline' },
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!decision) {
      setError({ code: 'BAD_USER_INPUT', field: 'decision', message: 'Choose advance, hire or reject' });
      return;
    }
    if (decision === 'REJECT' && !outcomeReasonId && rejectionReasons.reasons.length > 0) {
      setError({ code: 'BAD_USER_INPUT', field: 'outcomeReasonId', message: 'Choose the rejection reason' });
      return;
    }
    if (!reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reason', message: 'Say why, in a few words: it stays with the decision' });
      return;
    }
    setError(null);
    try {
      await record({
        variables: {
          input: {
            applicationId: application.id,
            decision,
            reason: reason.trim(),
            outcomeReasonId: decision === 'REJECT' && outcomeReasonId ? outcomeReasonId : undefined,
          },
        },
      });
      notify(
        decision === 'REJECT'
          ? `Rejected ${name}`
          : `${decision === 'HIRE' ? 'Hired' : 'Advanced'} ${name}: now in ${(decision === 'HIRE' ? last : next)?.name}`,
      );
      setDecision(null);
      setReason('');
      setOutcomeReasonId('');
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const decisionError = fieldErrorOf(error, 'decision');
  const submitLabel =
    decision === 'ADVANCE'
      ? `Advance to ${next?.name}`
      : decision === 'HIRE'
        ? `Hire ${name}`
        : decision === 'REJECT'
          ? `Reject ${name}`
          : 'Record decision';
  return (
    <section className="card debrief-decision" aria-labelledby="debrief-decision-title">
      <h2 id="debrief-decision-title" className="section-heading">
        Decision
      </h2>
      <p className="muted small debrief-decision-where">
        {name} is in <strong>{application.stage.name}</strong>.
      </p>
      <form className="debrief-decision-form" onSubmit={submit} noValidate>
        <fieldset className="fieldset" aria-describedby={decisionError ? `${groupName}-error` : undefined}>
          <legend className="visually-hidden">Decision</legend>
          <div className="debrief-choices">
            {choices.map((choice) => (
              <label key={choice.kind} className={choiceClass(choice.kind, decision === choice.kind)}>
                <input
                  type="radio"
                  name={groupName}
                  value={choice.kind}
                  checked={decision === choice.kind}
                  disabled={choice.disabled}
                  onChange={() => {
                    setDecision(choice.kind);
                    if (error?.field === 'decision') setError(null);
                  }}
                />
                <span className="debrief-choice-text">
                  <span className="debrief-choice-label">{choice.label}</span>
                  <span className="debrief-choice-effect">{choice.effect}</span>
                </span>
              </label>
            ))}
          </div>
          {decisionError && (
            <p className="field-error" id={`${groupName}-error`}>
              {decisionError}
            </p>
          )}
        </fieldset>
        {decision === 'REJECT' && (
          <OutcomeReasonField
            kind="REJECTION"
            value={outcomeReasonId}
            onChange={setOutcomeReasonId}
            error={fieldErrorOf(error, 'outcomeReasonId', 'reasonId')}
          />
        )}
        <TextAreaField
          label="Why"
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint="Kept with the decision and in the candidate’s timeline."
          error={fieldErrorOf(error, 'reason')}
        />
        {error && !error.field && <Alert>{error.message}</Alert>}
        {error?.field === 'applicationId' && <Alert>{error.message}</Alert>}
        <button
          type="submit"
          className={`btn ${decision === 'REJECT' ? 'btn-danger' : 'btn-primary'} debrief-decision-submit`}
          disabled={loading}
        >
          {loading ? 'Recording…' : submitLabel}
        </button>
      </form>
    </section>
  );
}
