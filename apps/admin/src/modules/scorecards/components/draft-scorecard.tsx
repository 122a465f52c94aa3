import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { FieldKey } from '@panelist/scoring';
import { useState } from 'react';
import type { InterviewSheetFragment, ScorecardDetailFragment } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { Alert, Kbd } from '../../../ui/feedback';
import { useNow } from '../../../ui/hooks';
import { SubmitScorecardMutation } from '../graphql/scorecards.documents';
import { useQuestionTimer } from '../hooks/use-clock';
import { useScorecardAutosave } from '../hooks/use-scorecard-autosave';
import { useScorecardShortcuts } from '../hooks/use-scorecard-shortcuts';
import { OverallSection } from './overall-section';
import { QuestionCard } from './question-card';
import { ConflictPanel, SaveStatusLine } from './save-status';
import { RoundClock, ScorecardHeader, vocabularyOf } from './scorecard-header';

/** A scorecard being filled in during the interview: every change saves by itself; submitting freezes it. */
export function DraftScorecard({
  interview,
  scorecard,
  reload,
}: {
  interview: InterviewSheetFragment;
  scorecard: ScorecardDetailFragment;
  reload: () => Promise<unknown>;
}) {
  const autosave = useScorecardAutosave(scorecard, reload);
  const { fields, edit } = autosave;
  const questions = interview.questions;
  const timer = useQuestionTimer(questions.length);
  const now = useNow();
  const [submitScorecard, submitting] = useMutation(SubmitScorecardMutation);
  const [missing, setMissing] = useState<string[]>([]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const sheet = vocabularyOf(interview, scorecard);
  const currentQuestion = questions[timer.current];

  const focusQuestion = (index: number) => {
    timer.goTo(index);
    const question = questions[Math.max(0, Math.min(questions.length - 1, index))];
    if (question) document.getElementById(`question-card-${question.id}`)?.focus();
  };

  useScorecardShortcuts(
    scorecard.scale.length,
    {
      rate: (level) => currentQuestion && edit(FieldKey.questionRating(currentQuestion.id), level),
      move: (delta) => focusQuestion(timer.current + delta),
      notes: () => currentQuestion && document.getElementById(`notes-${currentQuestion.id}`)?.focus(),
      tick: () => {
        if (!currentQuestion) return;
        const covered = (fields[FieldKey.questionCovered(currentQuestion.id)] as number[] | undefined) ?? [];
        const next = currentQuestion.talkingPoints.findIndex((_, index) => !covered.includes(index));
        if (next >= 0)
          edit(
            FieldKey.questionCovered(currentQuestion.id),
            [...covered, next].sort((a, b) => a - b),
          );
      },
      leaveField: (field) => {
        field.blur();
        focusQuestion(timer.current);
      },
    },
    autosave.ready && questions.length > 0,
  );

  const submit = async () => {
    setSubmitError(null);
    const version = await autosave.saveNow();
    if (version === null) {
      setSubmitError('Your latest changes have not reached the server yet. Submit once the page says “Saved”.');
      return;
    }
    try {
      await submitScorecard({ variables: { input: { scorecardId: scorecard.id, version } } });
    } catch (error) {
      const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
      if (Array.isArray(extensions?.missing)) setMissing(extensions.missing as string[]);
      setSubmitError(toUserError(error).message);
    }
  };

  return (
    <div className="page page-narrow scorecard-page">
      <ScorecardHeader interview={interview} />
      <div className="scorecard-bar">
        <SaveStatusLine status={autosave.status} />
        <RoundClock interview={interview} />
      </div>
      {autosave.status.kind === 'refused' && (
        <Alert
          title="The server did not take your latest changes"
          actions={
            <button type="button" className="btn btn-sm" onClick={autosave.retry}>
              Try again
            </button>
          }
        >
          {autosave.status.message}
        </Alert>
      )}
      <ConflictPanel conflicts={autosave.conflicts} sheet={sheet} onKeepMine={autosave.keepMine} onKeepTheirs={autosave.keepTheirs} />
      <p className="muted small keyboard-hint scorecard-keys">
        Keys: <Kbd>1</Kbd>–<Kbd>{scorecard.scale.length}</Kbd> rate the current question · <Kbd>←</Kbd> <Kbd>→</Kbd> or <Kbd>k</Kbd>{' '}
        <Kbd>j</Kbd> previous / next question · <Kbd>n</Kbd> notes · <Kbd>t</Kbd> tick the next talking point · <Kbd>Esc</Kbd> leave a text
        field
      </p>
      {!autosave.ready ? (
        <p className="muted">Opening the scorecard…</p>
      ) : (
        <>
          {questions.length === 0 && <p className="muted">This interview has no questions: rate the categories and recommend.</p>}
          <ol className="scorecard-questions">
            {questions.map((question, index) => (
              <li key={question.id}>
                <QuestionCard
                  question={question}
                  position={index + 1}
                  count={questions.length}
                  scale={scorecard.scale}
                  fields={fields}
                  current={index === timer.current}
                  secondsOn={timer.secondsOn(index, now)}
                  onEdit={edit}
                  onFocusQuestion={() => timer.goTo(index)}
                />
              </li>
            ))}
          </ol>
          <OverallSection interview={interview} scorecard={scorecard} fields={fields} missing={missing} onEdit={edit} />
          <div className="scorecard-submit">
            {submitError && <Alert title="Not submitted">{submitError}</Alert>}
            <p className="muted small">Submitting freezes the scorecard; later changes are amendments, kept with a reason.</p>
            <button
              type="button"
              className="btn btn-primary scorecard-submit-button"
              disabled={submitting.loading}
              onClick={() => void submit()}
            >
              {submitting.loading ? 'Submitting…' : 'Submit scorecard'}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
