import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { Alert, LoadError, SkeletonLines } from '../../../ui/feedback';
import { TextField } from '../../../ui/field';
import { formatMinutes } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { FeedbackPolicyQuery, UpdateFeedbackPolicyMutation } from '../graphql/feedback.documents';
import './feedback-policy-form.css';

type Deadlines = { recommendationDueMinutes: string; scorecardDueMinutes: string };

/** The organisation's two feedback deadlines, counted from the end of each interview (admins only). */
export function FeedbackPolicyForm() {
  const { data, error, refetch } = useQuery(FeedbackPolicyQuery);
  if (error && !data) return <LoadError title="The deadlines could not load" error={error} onRetry={() => void refetch()} />;
  if (!data) return <SkeletonLines count={2} />;
  const { recommendationDueMinutes, scorecardDueMinutes } = data.feedbackPolicy;
  return (
    <DeadlinesForm
      saved={{ recommendationDueMinutes: String(recommendationDueMinutes), scorecardDueMinutes: String(scorecardDueMinutes) }}
    />
  );
}

function DeadlinesForm({ saved }: { saved: Deadlines }) {
  const { notify } = useToast();
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<UserError | null>(null);
  const [save, { loading }] = useMutation(UpdateFeedbackPolicyMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: FeedbackPolicyQuery, data: { feedbackPolicy: data.updateFeedbackPolicy } });
    },
  });
  const dirty =
    draft.recommendationDueMinutes !== saved.recommendationDueMinutes || draft.scorecardDueMinutes !== saved.scorecardDueMinutes;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await save({
        variables: {
          input: {
            recommendationDueMinutes: Number(draft.recommendationDueMinutes),
            scorecardDueMinutes: Number(draft.scorecardDueMinutes),
          },
        },
      });
      notify('Deadlines saved', 'success');
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const fieldOf = (name: keyof Deadlines, label: string) => {
    const minutes = Number(draft[name]);
    return (
      <TextField
        label={label}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        required
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        hint={
          Number.isInteger(minutes) && minutes > 0
            ? `Minutes after the interview ends (${formatMinutes(minutes)})`
            : 'Minutes after the interview ends'
        }
        error={fieldErrorOf(error, name)}
      />
    );
  };

  const otherError = error && !fieldErrorOf(error, 'recommendationDueMinutes', 'scorecardDueMinutes') ? error : null;
  return (
    <form className="card policy-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="feedback-deadlines">
      <h2 id="feedback-deadlines" className="card-title">
        Deadlines
      </h2>
      <p className="muted small">Every panelist owes a recommendation first, then the full scorecard. Changes apply to every interview.</p>
      {fieldOf('recommendationDueMinutes', 'Recommendation due')}
      {fieldOf('scorecardDueMinutes', 'Scorecard due')}
      {otherError && <Alert>{otherError.message}</Alert>}
      <button type="submit" className="btn btn-primary" disabled={!dirty || loading}>
        Save deadlines
      </button>
    </form>
  );
}
