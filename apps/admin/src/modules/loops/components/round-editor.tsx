import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate } from 'react-router';
import type { OpeningLoopQuery, QuestionSummaryFragment, RoundFieldsFragment, SeniorityLevel } from '../../../gql/graphql';
import { CategoriesQuery } from '../../bank/graphql/bank.documents';
import { Alert, EmptyState, SkeletonLines } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { LEVELS, LEVEL_LABELS, formatMinutes, plural } from '../../../ui/format';
import { useUnloadWarning } from '../../../ui/hooks';
import { BankIcon, CloseIcon, LayersIcon, PlusIcon, SparkIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { AddRoundMutation, OpeningLoopQuery as OpeningLoopDocument, ProposeRoundQuestionsQuery, RemoveRoundMutation, UpdateRoundMutation } from '../graphql/loops.documents';
import { AddFromBankDialog } from './add-from-bank-dialog';
import { AddQuestionSetDialog, type ChosenQuestionSet } from './add-question-set-dialog';
import { RoundQuestionList } from './round-question-list';
import { SwapQuestionDialog } from './swap-question-dialog';

type Opening = OpeningLoopQuery['opening'];

/** Minutes kept for the introduction and the candidate's own questions; sent with every proposal. */
const BUFFER_MINUTES = 10;
const DEFAULT_SCALE = ['Strong no', 'No', 'Yes', 'Strong yes'];

interface Draft {
  name: string;
  stageId: string;
  durationMinutes: string;
  focusCategoryIds: string[];
  panelSize: string;
  ratingScale: string[];
  level: SeniorityLevel;
  questions: QuestionSummaryFragment[];
  lockedIds: string[];
}

function draftOf(round: RoundFieldsFragment | undefined, opening: Opening): Draft {
  if (round) {
    return {
      name: round.name,
      stageId: round.stage.id,
      durationMinutes: String(round.durationMinutes),
      focusCategoryIds: round.focusCategories.map((category) => category.id),
      panelSize: String(round.panelSize),
      ratingScale: [...round.ratingScale],
      level: round.level,
      questions: round.questions,
      lockedIds: round.lockedQuestionIds,
    };
  }
  const rounds = opening.loop.rounds;
  const onsite = opening.stages.find((stage) => stage.name.toLowerCase() === 'onsite');
  return {
    name: '',
    stageId: rounds[rounds.length - 1]?.stage.id ?? onsite?.id ?? opening.stages[0]?.id ?? '',
    durationMinutes: '60',
    focusCategoryIds: [],
    panelSize: '2',
    ratingScale: [...(rounds[rounds.length - 1]?.ratingScale ?? DEFAULT_SCALE)],
    level: 'MID',
    questions: [],
    lockedIds: [],
  };
}

function inputOf(draft: Draft) {
  const questionIds = draft.questions.map((question) => question.id);
  return {
    name: draft.name.trim(),
    stageId: draft.stageId,
    durationMinutes: Number(draft.durationMinutes),
    focusCategoryIds: draft.focusCategoryIds,
    panelSize: Number(draft.panelSize),
    ratingScale: draft.ratingScale.map((label) => label.trim()),
    level: draft.level,
    questionIds,
    lockedQuestionIds: draft.lockedIds.filter((id) => questionIds.includes(id)),
  };
}

const sameDraft = (a: Draft, b: Draft) => JSON.stringify(inputOf(a)) === JSON.stringify(inputOf(b));

interface Proposal {
  budgetMinutes: number;
  totalMinutes: number;
  uncoveredCategoryIds: string[];
}

export function RoundEditor({ opening, round }: { opening: Opening; round?: RoundFieldsFragment }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { notify } = useToast();
  const categories = useQuery(CategoriesQuery);
  const [saved, setSaved] = useState(() => draftOf(round, opening));
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<UserError | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [proposing, setProposing] = useState(false);
  const [swapping, setSwapping] = useState<QuestionSummaryFragment | null>(null);
  const [adding, setAdding] = useState<'bank' | 'set' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const seed = useRef(Math.floor(Math.random() * 100_000) + 1);
  const leaving = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const afterSave = { refetchQueries: [{ query: OpeningLoopDocument, variables: { id: opening.id } }], awaitRefetchQueries: true };
  const [addRound, addState] = useMutation(AddRoundMutation, afterSave);
  const [updateRound, updateState] = useMutation(UpdateRoundMutation, afterSave);
  const [removeRound, removeState] = useMutation(RemoveRoundMutation, afterSave);
  const saving = addState.loading || updateState.loading;

  const dirty = !sameDraft(draft, saved);
  useUnloadWarning(dirty);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm('This round has unsaved changes. Leave without saving them?')) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const locked = new Set(draft.lockedIds);
  const duration = Number(draft.durationMinutes);
  const budget = Number.isFinite(duration) ? Math.max(0, duration - BUFFER_MINUTES) : 0;
  const total = draft.questions.reduce((sum, question) => sum + question.estimatedMinutes, 0);
  const categoryName = (id: string) => categories.data?.categories.find((category) => category.id === id)?.name ?? round?.focusCategories.find((category) => category.id === id)?.name ?? 'A category';
  const coveredCategories = new Set(draft.questions.map((question) => question.category.id));
  const uncovered = draft.questions.length > 0 || proposal ? draft.focusCategoryIds.filter((id) => !coveredCategories.has(id)) : [];
  // Questions already asked in the loop's other rounds are never proposed again (the server does this itself for a saved round).
  const otherRoundQuestionIds = opening.loop.rounds.filter((entry) => entry.id !== round?.id).flatMap((entry) => entry.questions.map((question) => question.id));

  function focusField(name: string) {
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${name}"] input, [data-field="${name}"] select`)?.focus());
  }

  function checkRoundShape(): boolean {
    if (!Number.isInteger(duration) || duration < 5 || duration > 480) {
      setError({ code: 'BAD_USER_INPUT', field: 'durationMinutes', message: 'Use a whole number of minutes from 5 to 480' });
      focusField('durationMinutes');
      return false;
    }
    return true;
  }

  async function propose() {
    if (draft.focusCategoryIds.length === 0) {
      setError({ code: 'BAD_USER_INPUT', field: 'focusCategoryIds', message: 'Choose at least one focus category to propose questions for' });
      focusField('focusCategoryIds');
      return;
    }
    if (!checkRoundShape()) return;
    setError(null);
    setProposing(true);
    const keep = draft.questions.filter((question) => locked.has(question.id)).map((question) => question.id);
    seed.current += 1;
    try {
      const result = await client.query({
        query: ProposeRoundQuestionsQuery,
        variables: {
          input: {
            categoryIds: draft.focusCategoryIds,
            durationMinutes: duration,
            level: draft.level,
            bufferMinutes: BUFFER_MINUTES,
            seed: seed.current,
            lockedQuestionIds: keep,
            ...(round ? { roundId: round.id } : { excludeQuestionIds: otherRoundQuestionIds }),
          },
        },
        fetchPolicy: 'network-only',
      });
      const answer = result.data!.proposeRoundQuestions;
      setDraft((current) => ({ ...current, questions: answer.questions, lockedIds: keep }));
      setProposal({ budgetMinutes: answer.budgetMinutes, totalMinutes: answer.totalMinutes, uncoveredCategoryIds: answer.uncoveredCategoryIds });
      setAnnouncement(
        `Proposed ${plural(answer.questions.length, 'question')}${keep.length ? `, ${keep.length} locked kept` : ''}: ${answer.totalMinutes} of ${answer.budgetMinutes} minutes.` +
          (answer.uncoveredCategoryIds.length ? ` Not covered: ${answer.uncoveredCategoryIds.map(categoryName).join(', ')}.` : ''),
      );
    } catch (caught) {
      const problem = toUserError(caught);
      setError(problem.field === 'categoryIds' ? { ...problem, field: 'focusCategoryIds' } : problem);
    } finally {
      setProposing(false);
    }
  }

  function toggleCategory(id: string, on: boolean) {
    set('focusCategoryIds', on ? [...draft.focusCategoryIds, id] : draft.focusCategoryIds.filter((entry) => entry !== id));
  }

  function toggleLock(question: QuestionSummaryFragment) {
    const on = !locked.has(question.id);
    set('lockedIds', on ? [...draft.lockedIds, question.id] : draft.lockedIds.filter((id) => id !== question.id));
    setAnnouncement(on ? `Locked “${question.title}”: re-proposing keeps it.` : `Unlocked “${question.title}”.`);
  }

  function removeQuestion(question: QuestionSummaryFragment) {
    setDraft((current) => ({ ...current, questions: current.questions.filter((entry) => entry.id !== question.id), lockedIds: current.lockedIds.filter((id) => id !== question.id) }));
    notify(`Removed “${question.title}”`, 'info');
  }

  function swap(replacement: QuestionSummaryFragment) {
    const old = swapping!;
    setDraft((current) => ({
      ...current,
      questions: current.questions.map((entry) => (entry.id === old.id ? replacement : entry)),
      lockedIds: current.lockedIds.map((id) => (id === old.id ? replacement.id : id)),
    }));
    setSwapping(null);
    notify(`Swapped in “${replacement.title}”`, 'info');
  }

  function addFromBank(question: QuestionSummaryFragment) {
    setDraft((current) => (current.questions.some((entry) => entry.id === question.id) ? current : { ...current, questions: [...current.questions, question] }));
  }

  function addQuestionSet(set: ChosenQuestionSet) {
    const present = new Set(draft.questions.map((question) => question.id));
    const fresh = set.questions.filter((question) => !present.has(question.id));
    const skipped = set.questions.length - fresh.length;
    setDraft((current) => ({ ...current, questions: [...current.questions, ...fresh] }));
    setAdding(null);
    if (fresh.length === 0) {
      notify(set.questions.length === 0 ? `“${set.name}” has no questions` : `Nothing added: ${set.questions.length === 1 ? 'the question' : `all ${set.questions.length} questions`} of “${set.name}” ${set.questions.length === 1 ? 'is' : 'are'} already in the round`, 'info');
      return;
    }
    notify(`Added ${plural(fresh.length, 'question')} from “${set.name}”${skipped > 0 ? `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already in the round` : ''}`);
  }

  async function save() {
    const input = inputOf(draft);
    if (!input.name) {
      setError({ code: 'BAD_USER_INPUT', field: 'name', message: 'Name the round, e.g. “System design”' });
      focusField('name');
      return;
    }
    if (!checkRoundShape()) return;
    if (!Number.isInteger(input.panelSize) || input.panelSize < 1 || input.panelSize > 12) {
      setError({ code: 'BAD_USER_INPUT', field: 'panelSize', message: 'Use a panel of 1 to 12 people' });
      focusField('panelSize');
      return;
    }
    if (input.ratingScale.some((label) => !label) || input.ratingScale.length < 2 || input.ratingScale.length % 2 === 1) {
      setError({ code: 'BAD_USER_INPUT', field: 'ratingScale', message: 'Use an even number of labels (2 to 10), none empty, so there is no neutral middle' });
      return;
    }
    setError(null);
    try {
      if (round) {
        await updateRound({ variables: { roundId: round.id, input } });
        notify(`Saved “${input.name}”`);
      } else {
        await addRound({ variables: { openingId: opening.id, input } });
        notify(`Added “${input.name}” to the loop`);
      }
      leaving.current = true;
      setSaved(draft);
      navigate(`/openings/${opening.id}/loop`);
    } catch (caught) {
      const problem = toUserError(caught);
      setError(problem);
      if (problem.field) focusField(problem.field.split('.')[0]);
    }
  }

  async function remove() {
    if (!round || !window.confirm(`Remove the round “${round.name}” from the loop?`)) return;
    try {
      await removeRound({ variables: { roundId: round.id } });
      leaving.current = true;
      notify(`Removed “${round.name}”`);
      navigate(`/openings/${opening.id}/loop`);
    } catch (caught) {
      const problem = toUserError(caught);
      setError(problem.code === 'CONFLICT' ? { ...problem, message: `${problem.message}. A round with scheduled interviews stays in the loop.` } : problem);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      if (!saving) void save();
    }
  }

  const proposeLabel = draft.questions.length === 0 ? 'Propose questions' : draft.lockedIds.length > 0 ? 'Re-propose the rest' : 'Propose again';
  const generalError = error && !fieldErrorOf(error, 'name', 'stageId', 'durationMinutes', 'focusCategoryIds', 'panelSize', 'ratingScale') ? error : null;

  return (
    <>
      <form className="page page-wide round-editor" onSubmit={submit} onKeyDown={onFormKeyDown} ref={formRef} noValidate aria-labelledby="round-title">
        <header className="page-header">
          <div>
            <p className="eyebrow">
              <Link to={`/openings/${opening.id}/loop`}>← {opening.title} · Loop</Link>
            </p>
            <h1 id="round-title" className="page-title" tabIndex={-1}>
              {round ? `Edit ${saved.name}` : 'New round'}
            </h1>
            <p className="muted">Choose what the round assesses and how long it lasts; Panelist proposes questions that fit, and you lock, swap and reorder them.</p>
          </div>
        </header>
        {generalError && <Alert>{generalError.message}</Alert>}

        <div className="round-grid">
          <div className="card round-settings">
            <h2 className="card-title">Round</h2>
            <div data-field="name">
              <TextField label="Name" value={draft.name} onChange={(event) => set('name', event.target.value)} maxLength={120} autoFocus={!round} placeholder="e.g. ML systems design" error={fieldErrorOf(error, 'name')} />
            </div>
            <div className="form-grid">
              <div data-field="stageId">
                <SelectField label="Stage" value={draft.stageId} onChange={(event) => set('stageId', event.target.value)} error={fieldErrorOf(error, 'stageId')}>
                  {opening.stages.map((stage) => (
                    <option key={stage.id} value={stage.id}>
                      {stage.name}
                    </option>
                  ))}
                </SelectField>
              </div>
              <div data-field="durationMinutes">
                <TextField
                  label="Duration (minutes)"
                  type="number"
                  inputMode="numeric"
                  min={5}
                  max={480}
                  step={5}
                  value={draft.durationMinutes}
                  onChange={(event) => set('durationMinutes', event.target.value)}
                  error={fieldErrorOf(error, 'durationMinutes')}
                />
              </div>
              <div data-field="panelSize">
                <TextField
                  label="Panel size"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={12}
                  value={draft.panelSize}
                  onChange={(event) => set('panelSize', event.target.value)}
                  error={fieldErrorOf(error, 'panelSize')}
                  hint="Interviewers per interview"
                />
              </div>
              <LevelPicker value={draft.level} onChange={(level) => set('level', level)} />
            </div>
            <CategoryPicker
              categories={categories.data?.categories ?? null}
              chosen={draft.focusCategoryIds}
              onToggle={toggleCategory}
              error={fieldErrorOf(error, 'focusCategoryIds')}
            />
            <RatingScaleEditor labels={draft.ratingScale} onChange={(labels) => set('ratingScale', labels)} error={fieldErrorOf(error, 'ratingScale')} />
          </div>

          <section className="card round-questions-pane" aria-labelledby="round-questions-title">
            <div className="pane-head">
              <div className="pane-head-text">
                <h2 id="round-questions-title" className="card-title">
                  Questions
                </h2>
                <p className="muted small">{draft.questions.length === 0 ? 'None yet.' : `${plural(draft.questions.length, 'question')} · lock the ones to keep, then re-propose the rest.`}</p>
              </div>
              <div className="pane-actions">
                <button type="button" className="btn" onClick={() => setAdding('bank')} aria-haspopup="dialog">
                  <BankIcon /> Add from the bank…
                </button>
                <button type="button" className="btn" onClick={() => setAdding('set')} aria-haspopup="dialog">
                  <LayersIcon /> Add a question set…
                </button>
                <button type="button" className="btn btn-primary" onClick={() => void propose()} disabled={proposing || !categories.data}>
                  <SparkIcon /> {proposing ? 'Proposing…' : proposeLabel}
                </button>
              </div>
            </div>
            <BudgetBar total={total} budget={budget} duration={duration} />
            <p className="visually-hidden" aria-live="polite">
              {announcement}
            </p>
            {uncovered.length > 0 && (
              <Alert tone="warning" title={uncovered.length === 1 ? 'One focus category has no question' : `${uncovered.length} focus categories have no question`}>
                <p>
                  Not covered: <strong>{uncovered.map(categoryName).join(', ')}</strong>.{' '}
                  {proposal && proposal.uncoveredCategoryIds.length > 0 ? `No more questions fit in ${formatMinutes(budget)}: lengthen the round, drop a category or swap a question.` : 'Propose again or swap a question in.'}
                </p>
              </Alert>
            )}
            {draft.questions.length === 0 ? (
              <EmptyState icon={<SparkIcon width={28} height={28} />} title="No questions in this round yet">
                <p>Pick the focus categories and the duration, then propose questions: they fit the time, cover the categories and avoid the loop’s other rounds. Or add a question set, or questions from the bank by hand.</p>
              </EmptyState>
            ) : (
              <>
                <p className="small muted">Drag the handle to reorder, or focus it and press Space, then ↑/↓, then Space.</p>
                <RoundQuestionList
                  questions={draft.questions}
                  locked={locked}
                  onReorder={(questions) => set('questions', questions)}
                  onToggleLock={toggleLock}
                  onSwap={setSwapping}
                  onRemove={removeQuestion}
                />
              </>
            )}
          </section>
        </div>

        <div className="action-bar">
          {round ? (
            <button type="button" className="btn btn-ghost btn-danger-text btn-sm" onClick={() => void remove()} disabled={removeState.loading}>
              Remove round
            </button>
          ) : (
            <span />
          )}
          <div className="row gap-sm">
            <span className="muted small" aria-live="polite">
              {saving ? 'Saving…' : dirty ? 'Unsaved changes' : round ? 'No changes yet' : ''}
            </span>
            <Link className="btn" to={`/openings/${opening.id}/loop`}>
              Cancel
            </Link>
            <button type="submit" className="btn btn-primary" disabled={saving || (Boolean(round) && !dirty)} aria-keyshortcuts="Control+S Meta+S">
              {saving ? 'Saving…' : round ? 'Save round' : 'Add round'}
            </button>
          </div>
        </div>
      </form>
      {/* Outside the form: Enter in a dialog's search box must not submit the round. */}
      {swapping && (
        <SwapQuestionDialog
          question={swapping}
          round={{ questions: draft.questions, durationMinutes: duration, bufferMinutes: BUFFER_MINUTES, level: draft.level, roundId: round?.id, excludeQuestionIds: otherRoundQuestionIds }}
          onSwap={swap}
          onClose={() => setSwapping(null)}
        />
      )}
      {adding === 'bank' && <AddFromBankDialog roundQuestions={draft.questions} otherRoundQuestionIds={otherRoundQuestionIds} budgetMinutes={budget} onAdd={addFromBank} onClose={() => setAdding(null)} />}
      {adding === 'set' && <AddQuestionSetDialog onChoose={addQuestionSet} onClose={() => setAdding(null)} />}
    </>
  );
}

function LevelPicker({ value, onChange }: { value: SeniorityLevel; onChange: (level: SeniorityLevel) => void }) {
  const name = useId();
  return (
    <fieldset className="fieldset">
      <legend className="field-label">Level</legend>
      <div className="segmented">
        {LEVELS.map((level) => (
          <label key={level} className="segment">
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{LEVEL_LABELS[level]}</span>
          </label>
        ))}
      </div>
      <p className="field-hint">Sets the difficulty mix of proposals.</p>
    </fieldset>
  );
}

function CategoryPicker({
  categories,
  chosen,
  onToggle,
  error,
}: {
  categories: Array<{ id: string; name: string; questionCount: number }> | null;
  chosen: string[];
  onToggle: (id: string, on: boolean) => void;
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset className={`fieldset${error ? ' field-invalid' : ''}`} data-field="focusCategoryIds" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">
        Focus categories <span className="field-optional">— what this round assesses{chosen.length > 0 ? `: ${chosen.length} chosen` : ''}</span>
      </legend>
      {!categories ? (
        <SkeletonLines count={4} />
      ) : (
        <ul className="category-checks" aria-label="Categories">
          {categories.map((category) => {
            const position = chosen.indexOf(category.id);
            return (
              <li key={category.id}>
                <label className={`category-check${position >= 0 ? ' category-check-on' : ''}`}>
                  <input type="checkbox" checked={position >= 0} onChange={(event) => onToggle(category.id, event.target.checked)} disabled={category.questionCount === 0 && position < 0} />
                  <span className="category-check-name">{category.name}</span>
                  <span className="count" title={`${plural(category.questionCount, 'question')} in the bank`}>
                    {category.questionCount}
                    <span className="visually-hidden"> questions</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function RatingScaleEditor({ labels, onChange, error }: { labels: string[]; onChange: (labels: string[]) => void; error?: string }) {
  const listRef = useRef<HTMLOListElement>(null);
  function add() {
    onChange([...labels, '']);
    window.requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  }
  return (
    <fieldset className={`fieldset${error ? ' field-invalid' : ''}`} data-field="ratingScale">
      <legend className="field-label">Rating scale</legend>
      <p className="field-hint">Lowest first. An even number of labels, so panelists cannot sit on the fence.</p>
      <ol className="points-editor" ref={listRef}>
        {labels.map((label, index) => (
          <li key={index} className="point-row">
            <span className="point-number" aria-hidden="true">
              {index + 1}
            </span>
            <input
              className="input input-sm"
              value={label}
              maxLength={40}
              aria-label={`Rating label ${index + 1}`}
              onChange={(event) => onChange(labels.map((entry, at) => (at === index ? event.target.value : entry)))}
            />
            <span className="point-actions">
              <button type="button" className="btn btn-ghost btn-icon" aria-label={`Remove rating label ${index + 1}`} onClick={() => onChange(labels.filter((_, at) => at !== index))} disabled={labels.length <= 2}>
                <CloseIcon />
              </button>
            </span>
          </li>
        ))}
      </ol>
      {labels.length < 10 && (
        <button type="button" className="link-button small" onClick={add}>
          <PlusIcon width={12} height={12} /> Add label
        </button>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/** Question time against the round's budget (its duration minus the buffer). */
function BudgetBar({ total, budget, duration }: { total: number; budget: number; duration: number }) {
  const over = total > budget;
  const share = budget > 0 ? Math.min(total / budget, 1) : 0;
  return (
    <div className="budget">
      <div className="budget-text">
        <span className={over ? 'budget-over' : undefined}>
          <strong>{total} min</strong> of questions · budget {budget} min
        </span>
        <span className="muted small">{Number.isFinite(duration) && duration > 0 ? `${formatMinutes(duration)} round, ${BUFFER_MINUTES} min kept for intro and the candidate’s questions` : ''}</span>
      </div>
      <div className={`budget-bar${over ? ' budget-bar-over' : ''}`} role="meter" aria-label="Question time against the budget" aria-valuemin={0} aria-valuemax={budget} aria-valuenow={total} aria-valuetext={`${total} of ${budget} minutes${over ? ', over budget' : ''}`}>
        <span className="budget-fill" style={{ width: `${share * 100}%` }} />
      </div>
      {over && <p className="field-error">{total - budget} min over budget: remove or swap a question, or lengthen the round.</p>}
    </div>
  );
}
