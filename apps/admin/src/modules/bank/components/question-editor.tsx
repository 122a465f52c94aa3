import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useLocation, useNavigate } from 'react-router';
import type { QuestionContentFragment, QuestionKind } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { ANCHOR_LABELS, ANCHOR_RATINGS, DIFFICULTIES, DIFFICULTY_LABELS, KINDS, KIND_HINTS, KIND_LABELS } from '../../../ui/format';
import { useUnloadWarning } from '../../../ui/hooks';
import { PlusIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { CategoriesQuery, CreateQuestionMutation, DeleteQuestionMutation, QuestionDetailQuery, UpdateQuestionMutation } from '../graphql/bank.documents';
import { evictQuestionLists } from '../graphql/question-lists';
import { CreateCategoryForm } from './create-category-form';
import { TagsInput } from './tags-input';
import { type TalkingPointLine, TalkingPointsEditor, newLine } from './talking-points-editor';

interface Draft {
  title: string;
  /** Empty means "same as the title". */
  prompt: string;
  categoryId: string;
  kind: QuestionKind;
  difficulty: number;
  estimatedMinutes: string;
  tags: string[];
  talkingPoints: TalkingPointLine[];
  anchors: Record<number, string>;
}

function draftFrom(question: QuestionContentFragment | undefined, categoryId: string): Draft {
  if (!question) {
    return { title: '', prompt: '', categoryId, kind: 'CONCEPT', difficulty: 2, estimatedMinutes: '8', tags: [], talkingPoints: [newLine()], anchors: {} };
  }
  return {
    title: question.title,
    prompt: question.prompt === question.title ? '' : question.prompt,
    categoryId: question.category.id,
    kind: question.kind,
    difficulty: question.difficulty,
    estimatedMinutes: String(question.estimatedMinutes),
    tags: [...question.tags],
    talkingPoints: question.talkingPoints.map((point) => newLine(point.text)),
    anchors: Object.fromEntries(question.anchors.map((anchor) => [anchor.rating, anchor.text])),
  };
}

function toInput(draft: Draft) {
  const title = draft.title.trim();
  return {
    title,
    prompt: draft.prompt.trim() || title,
    categoryId: draft.categoryId,
    kind: draft.kind,
    difficulty: draft.difficulty,
    estimatedMinutes: Number(draft.estimatedMinutes),
    tags: draft.tags,
    talkingPoints: draft.talkingPoints.map((line) => line.text.trim()).filter(Boolean),
    anchors: ANCHOR_RATINGS.filter((rating) => draft.anchors[rating]?.trim()).map((rating) => ({ rating, text: draft.anchors[rating].trim() })),
  };
}

function sameContent(a: Draft, b: Draft): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

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
  const [creatingCategory, setCreatingCategory] = useState(false);
  const leaving = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const onSaved = { refetchQueries: [CategoriesQuery], update: evictQuestionLists };
  const [createQuestion, createState] = useMutation(CreateQuestionMutation, onSaved);
  const [updateQuestion, updateState] = useMutation(UpdateQuestionMutation, onSaved);
  const [deleteQuestion, deleteState] = useMutation(DeleteQuestionMutation, onSaved);
  const saving = createState.loading || updateState.loading;

  // Categories may arrive after the form: a new question then starts in the first one.
  useEffect(() => {
    if (!question && !draft.categoryId && firstCategoryId) {
      setDraft((current) => ({ ...current, categoryId: firstCategoryId }));
      setSaved((current) => ({ ...current, categoryId: firstCategoryId }));
    }
  }, [question, draft.categoryId, firstCategoryId]);

  const dirty = !sameContent(draft, saved);
  useUnloadWarning(dirty);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm('You have unsaved changes. Leave without saving them?')) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  function leaveTo(path: string) {
    leaving.current = true;
    navigate(path);
  }

  async function save(expectedRevision = baseRevision) {
    const input = toInput(draft);
    if (!input.title) {
      setError({ code: 'BAD_USER_INPUT', field: 'title', message: 'Give the question a title' });
      focusField('title');
      return;
    }
    if (!input.categoryId) {
      setError({ code: 'BAD_USER_INPUT', field: 'categoryId', message: 'Choose a category (or create one)' });
      return;
    }
    if (!Number.isInteger(input.estimatedMinutes) || input.estimatedMinutes < 1 || input.estimatedMinutes > 240) {
      setError({ code: 'BAD_USER_INPUT', field: 'estimatedMinutes', message: 'Use a whole number of minutes from 1 to 240' });
      focusField('estimatedMinutes');
      return;
    }
    setError(null);
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
        const latest = await client.query({ query: QuestionDetailQuery, variables: { id: question.id }, fetchPolicy: 'network-only' }).catch(() => null);
        setConflict(latest?.data?.question ?? null);
        setError(latest?.data ? null : problem);
        return;
      }
      setError(problem);
      if (problem.field) focusField(problem.field.split('.')[0]);
    }
  }

  function focusField(name: string) {
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${name}"] input, [data-field="${name}"] textarea, [data-field="${name}"] select`)?.focus());
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
      setError(problem.code === 'CONFLICT' ? { ...problem, message: `${problem.message}. Archive it from the question page instead: it stays readable for past interviews.` } : problem);
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

      {conflict && (
        <Alert
          tone="warning"
          title={`Someone saved revision ${conflict.revision} while you were editing`}
          actions={
            <>
              <button type="button" className="btn btn-primary btn-sm" onClick={keepMine} disabled={saving}>
                Save mine as revision {conflict.revision + 1}
              </button>
              <button type="button" className="btn btn-sm" onClick={takeTheirs}>
                Discard mine, load theirs
              </button>
              <a className="btn btn-ghost btn-sm" href={`/bank/${conflict.id}`} target="_blank" rel="noreferrer">
                See their version
              </a>
            </>
          }
        >
          Your changes are not saved yet. Saving yours keeps theirs as revision {conflict.revision} in the history.
        </Alert>
      )}
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
            <TalkingPointsEditor lines={draft.talkingPoints} onChange={(lines) => set('talkingPoints', lines)} error={fieldErrorOf(error, 'talkingPoints')} />
          </div>
          <fieldset className="fieldset" data-field="anchors">
            <legend className="field-label">
              Rating anchors <span className="field-optional">— what an answer at each rating looks like (optional)</span>
            </legend>
            <div className="anchors-editor">
              {ANCHOR_RATINGS.map((rating) => (
                <TextAreaField
                  key={rating}
                  label={`${rating} · ${ANCHOR_LABELS[rating]}`}
                  rows={2}
                  maxLength={1000}
                  value={draft.anchors[rating] ?? ''}
                  onChange={(event) => set('anchors', { ...draft.anchors, [rating]: event.target.value })}
                />
              ))}
            </div>
            {fieldErrorOf(error, 'anchors') && <p className="field-error">{fieldErrorOf(error, 'anchors')}</p>}
          </fieldset>
        </div>

        <div className="editor-side card">
          <div data-field="categoryId">
            {creatingCategory ? (
              <CreateCategoryForm
                onCreated={(category) => {
                  set('categoryId', category.id);
                  setCreatingCategory(false);
                }}
                onCancel={() => setCreatingCategory(false)}
              />
            ) : (
              <>
                <SelectField label="Category" value={draft.categoryId} onChange={(event) => set('categoryId', event.target.value)} error={fieldErrorOf(error, 'categoryId')}>
                  {!draft.categoryId && <option value="">Choose a category…</option>}
                  {categories.data?.categories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {category.name}
                    </option>
                  ))}
                </SelectField>
                <button type="button" className="link-button small" onClick={() => setCreatingCategory(true)}>
                  <PlusIcon width={12} height={12} /> New category
                </button>
              </>
            )}
          </div>

          <fieldset className="fieldset" data-field="kind">
            <legend className="field-label">Kind</legend>
            <div className="radio-cards">
              {KINDS.map((kind) => (
                <label key={kind} className="radio-card">
                  <input type="radio" name="kind" value={kind} checked={draft.kind === kind} onChange={() => set('kind', kind)} />
                  <span>
                    <span className="radio-card-title">{KIND_LABELS[kind]}</span>
                    <span className="radio-card-hint">{KIND_HINTS[kind]}</span>
                  </span>
                </label>
              ))}
            </div>
            {fieldErrorOf(error, 'kind') && <p className="field-error">{fieldErrorOf(error, 'kind')}</p>}
          </fieldset>

          <fieldset className="fieldset" data-field="difficulty">
            <legend className="field-label">Difficulty</legend>
            <div className="segmented">
              {DIFFICULTIES.map((level) => (
                <label key={level} className="segment">
                  <input type="radio" name="difficulty" value={level} checked={draft.difficulty === level} onChange={() => set('difficulty', level)} />
                  <span>{DIFFICULTY_LABELS[level]}</span>
                </label>
              ))}
            </div>
            {fieldErrorOf(error, 'difficulty') && <p className="field-error">{fieldErrorOf(error, 'difficulty')}</p>}
          </fieldset>

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
            <TagsInput label="Tags" value={draft.tags} onChange={(tags) => set('tags', tags)} error={fieldErrorOf(error, 'tags')} hint="Enter or comma to add. Tools and topics, e.g. Kubernetes." />
          </div>

          {question && (
            <div className="danger-zone">
              <p className="small muted">Deleting is only possible while no question set or interview uses the question; otherwise archive it.</p>
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
          <button type="submit" className="btn btn-primary" disabled={saving || (Boolean(question) && !dirty)} aria-keyshortcuts="Control+S Meta+S">
            {saving ? 'Saving…' : question ? 'Save changes' : 'Create question'}
          </button>
        </div>
      </div>
    </form>
  );
}
