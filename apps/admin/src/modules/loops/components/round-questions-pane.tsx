import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { Alert, EmptyState } from '../../../ui/feedback';
import { formatMinutes, plural } from '../../../ui/format';
import { BankIcon, LayersIcon, SparkIcon } from '../../../ui/icons';
import { mixWarning } from '../hooks/difficulty-mix';
import { type RoundDraft, budgetOf } from '../hooks/round-draft';
import type { ProposalFit } from '../hooks/use-round-proposal';
import { BudgetBar } from './budget-bar';
import { RoundQuestionList } from './round-question-list';
import './round-questions-pane.css';

/** The round's questions against its time budget, with the ways to fill it: propose, a question set, the bank. */
export function RoundQuestionsPane({
  draft,
  locked,
  fit,
  proposing,
  canPropose,
  announcement,
  categoryName,
  onPropose,
  onAddFromBank,
  onAddQuestionSet,
  onReorder,
  onToggleLock,
  onSwap,
  onRemove,
}: {
  draft: RoundDraft;
  locked: Set<string>;
  /** The last proposal's fit, once there is one. */
  fit: ProposalFit | null;
  proposing: boolean;
  canPropose: boolean;
  /** Told politely to screen readers: what a proposal or a lock did. */
  announcement: string;
  categoryName: (id: string) => string;
  onPropose: () => void;
  onAddFromBank: () => void;
  onAddQuestionSet: () => void;
  onReorder: (questions: QuestionSummaryFragment[]) => void;
  onToggleLock: (question: QuestionSummaryFragment) => void;
  onSwap: (question: QuestionSummaryFragment) => void;
  onRemove: (question: QuestionSummaryFragment) => void;
}) {
  const { questions } = draft;
  const duration = Number(draft.durationMinutes);
  const budget = budgetOf(draft);
  const total = questions.reduce((sum, question) => sum + question.estimatedMinutes, 0);
  const covered = new Set(questions.map((question) => question.category.id));
  const uncovered = questions.length > 0 || fit ? draft.focusCategoryIds.filter((id) => !covered.has(id)) : [];
  // About the last proposal, so only while the round is still at the level it was proposed for.
  const mix = fit?.level === draft.level ? mixWarning(fit) : null;
  const proposeLabel = questions.length === 0 ? 'Propose questions' : draft.lockedIds.length > 0 ? 'Re-propose the rest' : 'Propose again';

  return (
    <section className="card round-questions-pane" aria-labelledby="round-questions-title">
      <div className="pane-head">
        <div className="pane-head-text">
          <h2 id="round-questions-title" className="card-title">
            Questions
          </h2>
          <p className="muted small">
            {questions.length === 0
              ? 'None yet.'
              : `${plural(questions.length, 'question')} · lock the ones to keep, then re-propose the rest.`}
          </p>
        </div>
        <div className="pane-actions">
          <button type="button" className="btn" onClick={onAddFromBank} aria-haspopup="dialog">
            <BankIcon /> Add from the bank…
          </button>
          <button type="button" className="btn" onClick={onAddQuestionSet} aria-haspopup="dialog">
            <LayersIcon /> Add a question set…
          </button>
          <button type="button" className="btn btn-primary" onClick={onPropose} disabled={proposing || !canPropose}>
            <SparkIcon /> {proposing ? 'Proposing…' : proposeLabel}
          </button>
        </div>
      </div>
      <BudgetBar total={total} budget={budget} duration={duration} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {uncovered.length > 0 && (
        <Alert
          tone="warning"
          title={uncovered.length === 1 ? 'One focus category has no question' : `${uncovered.length} focus categories have no question`}
        >
          <p>
            Not covered: <strong>{uncovered.map(categoryName).join(', ')}</strong>.{' '}
            {fit && fit.uncoveredCategoryIds.length > 0
              ? `No more questions fit in ${formatMinutes(budget)}: lengthen the round, drop a category or swap a question.`
              : 'Propose again or swap a question in.'}
          </p>
        </Alert>
      )}
      {mix && (
        <Alert tone="warning" title={mix.title}>
          <p>{mix.detail}</p>
        </Alert>
      )}
      {questions.length === 0 ? (
        <EmptyState icon={<SparkIcon width={28} height={28} />} title="No questions in this round yet">
          <p>
            Pick the focus categories and the duration, then propose questions: they fit the time, cover the categories and avoid the loop’s
            other rounds. Or add a question set, or questions from the bank by hand.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="small muted">Drag the handle to reorder, or focus it and press Space, then ↑/↓, then Space.</p>
          <RoundQuestionList
            questions={questions}
            locked={locked}
            onReorder={onReorder}
            onToggleLock={onToggleLock}
            onSwap={onSwap}
            onRemove={onRemove}
          />
        </>
      )}
    </section>
  );
}
