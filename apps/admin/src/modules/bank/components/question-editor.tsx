import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { QuestionContentFragment } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';
import { TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { useUnsavedChangesGuard } from '../../../ui/hooks';
import { TagsInput } from '../../../ui/tags-input';
import { useToast } from '../../../ui/toast';
import {
  CreateQuestionMutation,
  CategoriesQuery,
  DeleteQuestionMutation,
  QuestionDetailQuery,
  UpdateQuestionMutation,
} from '../graphql/bank.documents';
import { evictQuestionLists } from '../graphql/question-lists';
import { type QuestionDraft, draftFrom, sameContent, saveProblem, toInput } from '../hooks/question-draft';
import { AnchorsEditor } from './anchors-editor';
import { DifficultyPicker } from './difficulty-picker';
import { KindPicker } from './kind-picker';
import { QuestionCategoryField } from './question-category-field';
import { RevisionConflict } from './revision-conflict';
import { TalkingPointsEditor } from './talking-points-editor';
import './question-editor.css';

export function QuestionEditor({ question, defaultCategoryId }: { question?: QuestionContentFragment; defaultCategoryId?: string | null }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  // The bank's filters came along in the query string; going back keeps the list as it was.
  const { search: bankSearch } = useLocation();
  const { notify } = useToast();
  const categories = useQuery(CategoriesQuery);
  const firstCategoryId = defaultCategoryId ?? categories.data?.categories[0]?.id ?? '';
  const [saved, setSaved] = useState(() => draftFrom(question, firstCategoryId));
  const [draft, setDraft] = useState(saved);
  const [baseRevision, setBaseRevision] = useState(question?.revision ?? 0);
  const [error, setError] = useState<UserError | null>(null);
  const [conflict, setConflict] = useState<QuestionContentFragment | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const onSaved = { refetchQueries: [CategoriesQuery], update: evictQuestionLists };
  const [createQuestion, createState] = useMutation(CreateQuestionMutation, onSaved);
  const [updateQuestion, updateState] = useMutation(UpdateQuestionMutation, onSaved);
  const [deleteQuestion, deleteState] = useMutation(DeleteQuestionMutation, onSaved);
  const saving = createState.loading || updateState.loading;

  // Categories may arrive after the form: a new question then starts in the first one (set while rendering,
  // so the form never shows without it).
  if (!question && !draft.categoryId && firstCategoryId) {
    setDraft({ ...draft, categoryId: firstCategoryId });
    setSaved({ ...saved, categoryId: firstCategoryId });
  }

  const dirty = !sameContent(draft, saved);
  const allowLeave = useUnsavedChangesGuard(dirty, 'You have unsaved changes. Leave without saving them?');

  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  function leaveTo(path: string) {
    allowLeave();
    navigate(path);
  }

  async function save(expectedRevision = baseRevision) {
    const problem = saveProblem(draft);
    setError(problem);
    if (problem) {
      focusField(problem.field!);
      return;
    }
    const input = toInput(draft);
    try {
      if (question) {
        const result = await updateQuestion({ variables: { id: question.id, input: { ...input, expectedRevision } } });
        const updated = result.data!.updateQuestion;
        notify(`Saved revision ${updated.revision}`);
        leaveTo(`/bank/${updated.id}${bankSearch}`);
      } else {
        const result = await createQuestion({ variables: { input } });
        notify('Question created');
        leaveTo(`/bank/${result.data!.createQuestion.id}${bankSearch}`);
      }
    } catch (caught) {
      const problem = toUserError(caught);
      if (problem.code === 'CONFLICT' && question) {
        const latest = await client
          .query({ query: QuestionDetailQuery, variables: { id: question.id }, fetchPolicy: 'network-only' })
          .catch(() => null);
        setConflict(latest?.data?.question ?? null);
        setError(latest?.data ? null : problem);
        return;
      }
      setError(problem);
      if (problem.field) focusField(problem.field.split('.')[0]);
    }
  }

  function focusField(name: string) {
    window.requestAnimationFrame(() =>
      formRef.current
        ?.querySelector<HTMLElement>(`[data-field="${name}"] input, [data-field="${name}"] textarea, [data-field="${name}"] select`)
        ?.focus(),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const withModifier = event.ctrlKey || event.metaKey;
    if (withModifier && (event.key === 's' || event.key === 'Enter')) {
      event.preventDefault();
      if (!saving) void save();
    }
  }

  function takeTheirs() {
    if (!conflict) return;
    const theirs = draftFrom(conflict, conflict.category.id);
    setSaved(theirs);
    setDraft(theirs);
    setBaseRevision(conflict.revision);
    setConflict(null);
    notify(`Loaded revision ${conflict.revision}`, 'info');
  }

  function keepMine() {
    if (!conflict) return;
    setBaseRevision(conflict.revision);
    setConflict(null);
    void save(conflict.revision);
  }

  async function remove() {
    if (!question || !window.confirm(`Delete “${question.title}” for good? Its revisions go too.`)) return;
    try {
      await deleteQuestion({ variables: { id: question.id } });
      notify('Question deleted');
      leaveTo(`/bank${bankSearch}`);
    } catch (caught) {
      const problem = toUserError(caught);
      setError(
        problem.code === 'CONFLICT'
          ? { ...problem, message: `${problem.message}. Archive it from the question page instead: it stays readable for past interviews.` }
          : problem,
      );
    }
  }

  const generalError = error && !error.field ? error : null;
  const cancelTo = question ? `/bank/${question.id}${bankSearch}` : `/bank${bankSearch}`;
  return (
    <form className="editor" onSubmit={submit} onKeyDown={onFormKeyDown} ref={formRef} noValidate aria-labelledby="editor-title">
      <header className="page-header">
        <div>
          <p className="eyebrow">
            <Link to={cancelTo}>← {question ? 'Back to question' : 'Question bank'}</Link>
          </p>
          <h1 id="editor-title" className="page-title" tabIndex={-1}>
            {question ? 'Edit question' : 'New question'}
          </h1>
          {question && <p className="muted">Saving creates revision {baseRevision + 1}; earlier revisions stay readable in the history.</p>}
        </div>
      </header>

      {conflict && <RevisionConflict theirs={conflict} saving={saving} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}
      {generalError && <Alert>{generalError.message}</Alert>}

      <div className="editor-grid">
        <div className="editor-main card">
          <div data-field="title">
            <TextField
              label="Title"
              value={draft.title}
              onChange={(event) => set('title', event.target.value)}
              required
              autoFocus
              maxLength={300}
              error={fieldErrorOf(error, 'title')}
              hint="What the interviewer asks, in a line."
            />
          </div>
          <div data-field="prompt">
            <TextAreaField
              label="Prompt"
              optional
              rows={3}
              value={draft.prompt}
              onChange={(event) => set('prompt', event.target.value)}
              maxLength={5000}
              hint="The full question when it needs more than the title, e.g. the scenario. Empty: the title is the prompt."
              error={fieldErrorOf(error, 'prompt')}
            />
          </div>
          <div data-field="talkingPoints">
            <TalkingPointsEditor
              lines={draft.talkingPoints}
              onChange={(lines) => set('talkingPoints', lines)}
              error={fieldErrorOf(error, 'talkingPoints')}
            />
          </div>
          <AnchorsEditor anchors={draft.anchors} onChange={(anchors) => set('anchors', anchors)} error={fieldErrorOf(error, 'anchors')} />
        </div>

        <div className="editor-side card">
          <QuestionCategoryField
            categories={categories.data?.categories ?? []}
            value={draft.categoryId}
            onChange={(categoryId) => set('categoryId', categoryId)}
            error={fieldErrorOf(error, 'categoryId')}
          />

          <KindPicker value={draft.kind} onChange={(kind) => set('kind', kind)} error={fieldErrorOf(error, 'kind')} />
          <DifficultyPicker
            value={draft.difficulty}
            onChange={(level) => set('difficulty', level)}
            error={fieldErrorOf(error, 'difficulty')}
          />

          <div data-field="estimatedMinutes">
            <TextField
              label="Estimated minutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              value={draft.estimatedMinutes}
              onChange={(event) => set('estimatedMinutes', event.target.value)}
              error={fieldErrorOf(error, 'estimatedMinutes')}
              className="field-narrow"
            />
          </div>

          <div data-field="tags">
            <TagsInput
              label="Tags"
              value={draft.tags}
              onChange={(tags) => set('tags', tags)}
              error={fieldErrorOf(error, 'tags')}
              hint="Enter or comma to add. Tools and topics, e.g. Kubernetes."
            />
          </div>

          {question && (
            <div className="danger-zone">
              <p className="small muted">
                Deleting is only possible while no question set or interview uses the question; otherwise archive it.
              </p>
              <button type="button" className="btn btn-danger btn-sm" onClick={remove} disabled={deleteState.loading}>
                Delete question
              </button>
            </div>
          )}
        </div>
      </div>

      <div className="action-bar">
        <span className="muted small" aria-live="polite">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : question ? 'No changes yet' : ''}
        </span>
        <div className="row gap-sm">
          <Link className="btn" to={cancelTo}>
            Cancel
          </Link>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={saving || (Boolean(question) && !dirty)}
            aria-keyshortcuts="Control+S Meta+S"
          >
            {saving ? 'Saving…' : question ? 'Save changes' : 'Create question'}
          </button>
        </div>
      </div>
    </form>
  );
}
