import { type RefObject, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { QuestionSummaryFragment, RoundFieldsFragment } from '../../../gql/graphql';
import { type UserError, toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { mixWarning } from './difficulty-mix';
import { type LoopOpening, proposalProblem, saveProblem } from './round-draft';
import { useRoundDraft } from './use-round-draft';
import { useRoundMutations } from './use-round-mutations';
import { useRoundProposal } from './use-round-proposal';

/**
 * The round editor's behaviour: the draft, proposals, saving and removing, and what each step tells the person
 * (a field's error with focus on it, a toast, or a polite announcement next to the questions).
 */
export function useRoundEditor({
  opening,
  round,
  form,
  categoryName,
}: {
  opening: LoopOpening;
  round: RoundFieldsFragment | undefined;
  /** The editor's form, where a field with an error gets focus. */
  form: RefObject<HTMLFormElement | null>;
  categoryName: (id: string) => string;
}) {
  const navigate = useNavigate();
  const { notify, dismiss } = useToast();
  // Toasts about the draft ("Swapped in …") stop being true once a proposal replaces the questions or the
  // editor is left without saving, so they are taken down then.
  const draftNotices = useRef<number[]>([]);
  const [error, setError] = useState<UserError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const rounds = useRoundDraft(opening, round);
  // Questions already asked in the loop's other rounds are never proposed again.
  const otherRoundQuestionIds = opening.loop.rounds
    .filter((entry) => entry.id !== round?.id)
    .flatMap((entry) => entry.questions.map((question) => question.id));
  const proposal = useRoundProposal({ roundId: round?.id, otherRoundQuestionIds });
  const mutations = useRoundMutations(opening.id, round?.id);
  const { draft } = rounds;
  const loopPath = `/openings/${opening.id}/loop`;

  useEffect(() => {
    const notices = draftNotices.current;
    return () => notices.splice(0).forEach(dismiss);
  }, [dismiss]);

  function noteDraftChange(text: string, tone: 'info' | 'success' = 'info') {
    draftNotices.current.push(notify(text, tone));
  }

  function fail(problem: UserError) {
    setError(problem);
    const field = problem.field?.split('.')[0];
    if (field)
      window.requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] select`)?.focus(),
      );
  }

  async function propose() {
    const problem = proposalProblem(draft);
    if (problem) return fail(problem);
    setError(null);
    try {
      const proposed = await proposal.propose(draft);
      rounds.takeProposal(proposed.questions, proposed.lockedIds);
      draftNotices.current.splice(0).forEach(dismiss);
      const kept = proposed.lockedIds.length;
      const mix = mixWarning(proposed);
      setAnnouncement(
        `Proposed ${plural(proposed.questions.length, 'question')}${kept ? `, ${kept} locked kept` : ''}: ${proposed.totalMinutes} of ${proposed.budgetMinutes} minutes.` +
          (proposed.uncoveredCategoryIds.length ? ` Not covered: ${proposed.uncoveredCategoryIds.map(categoryName).join(', ')}.` : '') +
          (mix ? ` ${mix.title}.` : ''),
      );
    } catch (caught) {
      const problem = toUserError(caught);
      fail(problem.field === 'categoryIds' ? { ...problem, field: 'focusCategoryIds' } : problem);
    }
  }

  function toggleLock(question: QuestionSummaryFragment) {
    const on = rounds.toggleLock(question);
    setAnnouncement(on ? `Locked “${question.title}”: re-proposing keeps it.` : `Unlocked “${question.title}”.`);
  }

  function removeQuestion(question: QuestionSummaryFragment) {
    rounds.removeQuestion(question);
    noteDraftChange(`Removed “${question.title}”`);
  }

  function swapQuestion(old: QuestionSummaryFragment, replacement: QuestionSummaryFragment) {
    rounds.swapQuestion(old, replacement);
    noteDraftChange(`Swapped in “${replacement.title}”, locked: re-proposing keeps it`);
  }

  function addQuestionSet(set: { name: string; questions: QuestionSummaryFragment[] }) {
    const total = set.questions.length;
    const { added, skipped } = rounds.addQuestions(set.questions);
    if (added === 0) {
      noteDraftChange(
        total === 0
          ? `“${set.name}” has no questions`
          : `Nothing added: ${total === 1 ? 'the question' : `all ${total} questions`} of “${set.name}” ${total === 1 ? 'is' : 'are'} already in the round`,
      );
      return;
    }
    noteDraftChange(
      `Added ${plural(added, 'question')} from “${set.name}”${skipped > 0 ? `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already in the round` : ''}`,
      'success',
    );
  }

  async function save() {
    const problem = saveProblem(draft);
    if (problem) return fail(problem);
    setError(null);
    const name = draft.name.trim();
    try {
      await mutations.save(draft);
      notify(round ? `Saved “${name}”` : `Added “${name}” to the loop`);
      rounds.markSaved();
      navigate(loopPath);
    } catch (caught) {
      fail(toUserError(caught));
    }
  }

  async function remove() {
    if (!round || !window.confirm(`Remove the round “${round.name}” from the loop?`)) return;
    try {
      await mutations.remove();
      rounds.allowLeave();
      notify(`Removed “${round.name}”`);
      navigate(loopPath);
    } catch (caught) {
      const problem = toUserError(caught);
      setError(
        problem.code === 'CONFLICT'
          ? { ...problem, message: `${problem.message}. A round with scheduled interviews stays in the loop.` }
          : problem,
      );
    }
  }

  return {
    draft,
    saved: rounds.saved,
    dirty: rounds.dirty,
    locked: rounds.locked,
    set: rounds.set,
    toggleCategory: rounds.toggleCategory,
    addQuestion: rounds.addQuestion,
    error,
    announcement,
    otherRoundQuestionIds,
    fit: proposal.fit,
    proposing: proposal.proposing,
    saving: mutations.saving,
    removing: mutations.removing,
    propose,
    toggleLock,
    removeQuestion,
    swapQuestion,
    addQuestionSet,
    save,
    remove,
  };
}
