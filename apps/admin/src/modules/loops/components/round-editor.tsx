import { useQuery } from '@apollo/client/react';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { QuestionSummaryFragment, RoundFieldsFragment } from '../../../gql/graphql';
import { CategoriesQuery } from '../../bank';
import { Alert } from '../../../ui/feedback';
import { fieldErrorOf } from '../../../ui/errors';
import { BUFFER_MINUTES, type LoopOpening, budgetOf } from '../hooks/round-draft';
import { useRoundEditor } from '../hooks/use-round-editor';
import { AddFromBankDialog } from './add-from-bank-dialog';
import { AddQuestionSetDialog } from './add-question-set-dialog';
import { RoundQuestionsPane } from './round-questions-pane';
import { RoundSettings } from './round-settings';
import { SwapQuestionDialog } from './swap-question-dialog';
import './round-editor.css';

/** Fields the settings show their own errors for; any other error shows above the form. */
const SETTINGS_FIELDS = ['name', 'stageId', 'durationMinutes', 'focusCategoryIds', 'panelSize', 'ratingScale'];

/** A new or saved round of the loop: its settings beside its questions, saved together. */
export function RoundEditor({ opening, round }: { opening: LoopOpening; round?: RoundFieldsFragment }) {
  const categories = useQuery(CategoriesQuery);
  const categoryName = (id: string) =>
    categories.data?.categories.find((category) => category.id === id)?.name ??
    round?.focusCategories.find((category) => category.id === id)?.name ??
    'A category';
  const formRef = useRef<HTMLFormElement>(null);
  const editor = useRoundEditor({ opening, round, form: formRef, categoryName });
  const { draft, error } = editor;
  const [swapping, setSwapping] = useState<QuestionSummaryFragment | null>(null);
  const [adding, setAdding] = useState<'bank' | 'set' | null>(null);
  const loopPath = `/openings/${opening.id}/loop`;
  const generalError = error && !fieldErrorOf(error, ...SETTINGS_FIELDS) ? error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    void editor.save();
  }

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      if (!editor.saving) void editor.save();
    }
  }

  return (
    <>
      <form
        className="page page-wide round-editor"
        onSubmit={submit}
        onKeyDown={onFormKeyDown}
        ref={formRef}
        noValidate
        aria-labelledby="round-title"
      >
        <header className="page-header">
          <div>
            <p className="eyebrow">
              <Link to={loopPath}>← {opening.title} · Loop</Link>
            </p>
            <h1 id="round-title" className="page-title" tabIndex={-1}>
              {round ? `Edit ${editor.saved.name}` : 'New round'}
            </h1>
            <p className="muted">
              Choose what the round assesses and how long it lasts; Panelist proposes questions that fit, and you lock, swap and reorder
              them.
            </p>
          </div>
        </header>
        {generalError && <Alert>{generalError.message}</Alert>}

        <div className="round-grid">
          <RoundSettings
            draft={draft}
            set={editor.set}
            onToggleCategory={editor.toggleCategory}
            stages={opening.stages}
            categories={categories.data?.categories ?? null}
            error={error}
            isNew={!round}
          />
          <RoundQuestionsPane
            draft={draft}
            locked={editor.locked}
            fit={editor.fit}
            proposing={editor.proposing}
            canPropose={Boolean(categories.data)}
            announcement={editor.announcement}
            categoryName={categoryName}
            onPropose={() => void editor.propose()}
            onAddFromBank={() => setAdding('bank')}
            onAddQuestionSet={() => setAdding('set')}
            onReorder={(questions) => editor.set('questions', questions)}
            onToggleLock={editor.toggleLock}
            onSwap={setSwapping}
            onRemove={editor.removeQuestion}
          />
        </div>

        <div className="action-bar">
          {round ? (
            <button
              type="button"
              className="btn btn-ghost btn-danger-text btn-sm"
              onClick={() => void editor.remove()}
              disabled={editor.removing}
            >
              Remove round
            </button>
          ) : (
            <span />
          )}
          <div className="row gap-sm">
            <span className="muted small" aria-live="polite">
              {editor.saving ? 'Saving…' : editor.dirty ? 'Unsaved changes' : round ? 'No changes yet' : ''}
            </span>
            <Link className="btn" to={loopPath}>
              Cancel
            </Link>
            <button
              type="submit"
              className="btn btn-primary"
              disabled={editor.saving || (Boolean(round) && !editor.dirty)}
              aria-keyshortcuts="Control+S Meta+S"
            >
              {editor.saving ? 'Saving…' : round ? 'Save round' : 'Add round'}
            </button>
          </div>
        </div>
      </form>
      {/* Outside the form: Enter in a dialog's search box must not submit the round. */}
      {swapping && (
        <SwapQuestionDialog
          question={swapping}
          round={{
            questions: draft.questions,
            durationMinutes: Number(draft.durationMinutes),
            bufferMinutes: BUFFER_MINUTES,
            level: draft.level,
            roundId: round?.id,
            excludeQuestionIds: editor.otherRoundQuestionIds,
          }}
          onSwap={(replacement) => {
            editor.swapQuestion(swapping, replacement);
            setSwapping(null);
          }}
          onClose={() => setSwapping(null)}
        />
      )}
      {adding === 'bank' && (
        <AddFromBankDialog
          roundQuestions={draft.questions}
          otherRoundQuestionIds={editor.otherRoundQuestionIds}
          budgetMinutes={budgetOf(draft)}
          onAdd={editor.addQuestion}
          onClose={() => setAdding(null)}
        />
      )}
      {adding === 'set' && (
        <AddQuestionSetDialog
          onChoose={(set) => {
            setAdding(null);
            editor.addQuestionSet(set);
          }}
          onClose={() => setAdding(null)}
        />
      )}
    </>
  );
}
