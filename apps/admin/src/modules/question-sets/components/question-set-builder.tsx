import { useApolloClient, useMutation } from '@apollo/client/react';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { QuestionSetQuery as QuestionSetData, QuestionSummaryFragment } from '../../../gql/graphql';
import { useSession } from '../../auth';
import { Alert, EmptyState } from '../../../ui/feedback';
import { TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { formatMinutes, plural } from '../../../ui/format';
import { useUnsavedChangesGuard } from '../../../ui/hooks';
import { LayersIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import {
  DeleteQuestionSetMutation,
  QuestionSetQuery,
  QuestionSetsQuery,
  UpdateQuestionSetMutation,
} from '../graphql/question-sets.documents';
import { BankPicker } from '../../bank';
import { KEYBOARD_INSTRUCTIONS, useSetDrag } from '../hooks/use-set-drag';
import { BankDragHandle, SetEndZone, TalkingPointsPreview } from './bank-drag';
import { SortableQuestionList } from './sortable-question-list';
import './question-set-builder.css';

type QuestionSet = QuestionSetData['questionSet'];

interface Draft {
  name: string;
  description: string;
  questions: QuestionSummaryFragment[];
}

const draftOf = (set: QuestionSet): Draft => ({ name: set.name, description: set.description, questions: set.questions });
const sameDraft = (a: Draft, b: Draft) =>
  a.name.trim() === b.name.trim() &&
  a.description.trim() === b.description.trim() &&
  a.questions.map((q) => q.id).join() === b.questions.map((q) => q.id).join();

export function QuestionSetBuilder({ set }: { set: QuestionSet }) {
  const { canEditBank } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { notify } = useToast();
  const [saved, setSaved] = useState(() => draftOf(set));
  const [draft, setDraft] = useState(saved);
  const [version, setVersion] = useState(set.version);
  const [error, setError] = useState<UserError | null>(null);
  const [conflict, setConflict] = useState<QuestionSet | null>(null);
  // What the last save did: nothing yet, saved, or failed. "All changes saved" only follows a save that happened.
  const [lastSave, setLastSave] = useState<'none' | 'saved' | 'failed'>('none');
  const instructionsId = useId();
  const [update, updateState] = useMutation(UpdateQuestionSetMutation, { refetchQueries: [QuestionSetsQuery] });
  const [remove, removeState] = useMutation(DeleteQuestionSetMutation, { refetchQueries: [QuestionSetsQuery] });

  const dirty = !sameDraft(draft, saved);
  const addedIds = useMemo(() => new Set(draft.questions.map((question) => question.id)), [draft.questions]);
  const minutes = draft.questions.reduce((sum, question) => sum + question.estimatedMinutes, 0);

  const allowLeave = useUnsavedChangesGuard(dirty, 'This question set has unsaved changes. Leave without saving them?');

  function insert(question: QuestionSummaryFragment, at: number) {
    setDraft((current) =>
      current.questions.some((entry) => entry.id === question.id)
        ? current
        : { ...current, questions: [...current.questions.slice(0, at), question, ...current.questions.slice(at)] },
    );
  }

  const add = (question: QuestionSummaryFragment) => insert(question, draft.questions.length);

  const drag = useSetDrag({
    questions: draft.questions,
    inSet: addedIds,
    insert,
    reorder: (questions) => setDraft((current) => ({ ...current, questions })),
  });

  function removeQuestion(question: QuestionSummaryFragment) {
    setDraft((current) => ({ ...current, questions: current.questions.filter((entry) => entry.id !== question.id) }));
    notify(`Removed “${question.title}”`, 'info');
  }

  async function save(expectedVersion = version) {
    if (!draft.name.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'name', message: 'Give the set a name' });
      setLastSave('failed');
      return;
    }
    setError(null);
    try {
      const result = await update({
        variables: {
          id: set.id,
          input: {
            name: draft.name.trim(),
            description: draft.description.trim(),
            questionIds: draft.questions.map((question) => question.id),
            expectedVersion,
          },
        },
      });
      const updated = result.data!.updateQuestionSet;
      const next = draftOf(updated);
      setSaved(next);
      setDraft(next);
      setVersion(updated.version);
      setConflict(null);
      setLastSave('saved');
      notify(`Saved “${updated.name}”`);
    } catch (caught) {
      setLastSave('failed');
      const problem = toUserError(caught);
      if (problem.code === 'CONFLICT') {
        const latest = await client
          .query({ query: QuestionSetQuery, variables: { id: set.id }, fetchPolicy: 'network-only' })
          .catch(() => null);
        if (latest?.data) {
          setConflict(latest.data.questionSet);
          return;
        }
      }
      setError(problem);
    }
  }

  function loadTheirs() {
    if (!conflict) return;
    const theirs = draftOf(conflict);
    setSaved(theirs);
    setDraft(theirs);
    setVersion(conflict.version);
    setConflict(null);
    setLastSave('none');
  }

  function discard() {
    setDraft(saved);
    setError(null);
    setLastSave('none');
  }

  async function deleteSet() {
    if (!window.confirm(`Delete the question set “${saved.name}”? The questions stay in the bank.`)) return;
    try {
      await remove({ variables: { id: set.id } });
      allowLeave();
      notify('Question set deleted');
      navigate('/sets');
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      if (dirty && !updateState.loading) void save();
    }
  }

  const saving = updateState.loading;
  const failed = lastSave === 'failed' && dirty;
  const saveStatus = saving
    ? 'Saving…'
    : failed
      ? 'Not saved'
      : dirty
        ? 'Unsaved changes'
        : lastSave === 'saved'
          ? 'All changes saved'
          : '';

  return (
    <DndContext {...drag.dndContextProps}>
      <div className={`builder${canEditBank ? '' : ' builder-readonly'}`} onKeyDown={onKeyDown}>
        {canEditBank && (
          <BankPicker
            addedIds={addedIds}
            onAdd={add}
            itemStart={(question) => (
              <BankDragHandle
                question={question}
                inSet={addedIds.has(question.id)}
                picked={drag.pickedId === question.id}
                describedBy={instructionsId}
                onKeyDown={(event) => drag.onHandleKeyDown(question, event)}
                onBlur={drag.cancelPick}
              />
            )}
            itemDetails={(question) => <TalkingPointsPreview question={question} />}
          />
        )}
        <p id={instructionsId} className="visually-hidden">
          {KEYBOARD_INSTRUCTIONS}
        </p>
        <p className="visually-hidden" aria-live="assertive" data-testid="set-drag-announcement">
          {drag.announcement}
        </p>
        <section className="set-pane" aria-labelledby="set-title">
          <div className="set-pane-head">
            <p className="eyebrow">
              <Link to="/sets">← Question sets</Link>
            </p>
            <h1 id="set-title" className="page-title" tabIndex={-1}>
              {saved.name}
            </h1>
            <p className="set-summary" aria-live="polite">
              {plural(draft.questions.length, 'question')} · about {formatMinutes(minutes)}
            </p>
          </div>

          {conflict && (
            <Alert
              tone="warning"
              title="Someone else changed this set while you were editing"
              actions={
                <>
                  <button type="button" className="btn btn-primary btn-sm" onClick={() => void save(conflict.version)}>
                    Save mine over theirs
                  </button>
                  <button type="button" className="btn btn-sm" onClick={loadTheirs}>
                    Discard mine, load theirs
                  </button>
                </>
              }
            >
              Their version has {plural(conflict.questions.length, 'question')}. Your changes are not saved yet.
            </Alert>
          )}
          {error && !error.field && <Alert>{error.message}</Alert>}

          {canEditBank && (
            <div className="set-fields">
              <TextField
                label="Name"
                value={draft.name}
                onChange={(event) => setDraft({ ...draft, name: event.target.value })}
                maxLength={120}
                error={fieldErrorOf(error, 'name')}
              />
              <TextAreaField
                label="Description"
                optional
                rows={2}
                value={draft.description}
                maxLength={2000}
                onChange={(event) => setDraft({ ...draft, description: event.target.value })}
                error={fieldErrorOf(error, 'description')}
              />
            </div>
          )}
          {!canEditBank && saved.description && <p className="muted">{saved.description}</p>}

          <div className="set-list-wrap">
            {draft.questions.length > 0 && canEditBank && (
              <p className="small muted">Drag the handle to reorder, or focus it and press Space, then ↑/↓, then Space.</p>
            )}
            {draft.questions.length > 0 && (
              <SortableQuestionList questions={draft.questions} onRemove={removeQuestion} editable={canEditBank} insertAt={drag.insertAt} />
            )}
            {draft.questions.length === 0 && !canEditBank && (
              <EmptyState icon={<LayersIcon width={28} height={28} />} title="No questions in this set yet">
                <p>Nothing has been added yet.</p>
              </EmptyState>
            )}
            {canEditBank && (
              <SetEndZone highlighted={drag.insertAt !== null && drag.insertAt >= draft.questions.length}>
                {draft.questions.length === 0 ? (
                  <EmptyState icon={<LayersIcon width={28} height={28} />} title="No questions in this set yet">
                    <p>Drag questions here from the bank, or use their Add buttons; then drag them into the order you will ask them.</p>
                  </EmptyState>
                ) : (
                  <p className="set-end-zone-text">Drop a question here to add it at the end</p>
                )}
              </SetEndZone>
            )}
          </div>

          {canEditBank && (
            <div className="action-bar">
              <button type="button" className="btn btn-ghost btn-danger-text btn-sm" onClick={deleteSet} disabled={removeState.loading}>
                Delete set
              </button>
              <div className="row gap-sm save-controls">
                <span className={`small${failed ? ' save-failed' : ' muted'}`} role="status" data-testid="set-save-status">
                  {saveStatus}
                </span>
                {failed && !conflict && !error?.field && (
                  <button type="button" className="btn btn-sm" onClick={() => void save()} disabled={saving}>
                    Retry
                  </button>
                )}
                <button type="button" className="btn" onClick={discard} disabled={!dirty || saving}>
                  Discard
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => void save()}
                  disabled={!dirty || saving}
                  aria-keyshortcuts="Control+S Meta+S"
                >
                  {saving ? 'Saving…' : 'Save set'}
                </button>
              </div>
            </div>
          )}
        </section>
      </div>
      <DragOverlay dropAnimation={null}>{drag.dragged && <div className="bank-drag-chip">{drag.dragged.title}</div>}</DragOverlay>
    </DndContext>
  );
}
