import { useState } from 'react';
import type { QuestionSummaryFragment, RoundFieldsFragment } from '../../../gql/graphql';
import { useUnsavedChangesGuard } from '../../../ui/hooks';
import { type LoopOpening, type RoundDraft, draftOf, sameDraft } from './round-draft';

/** What adding a question set did: how many of its questions went in, and how many the round already asked. */
interface SetAdded {
  added: number;
  skipped: number;
}

/** The round being edited: the draft against the last saved state, and every change the editor makes to it. */
export function useRoundDraft(opening: LoopOpening, round: RoundFieldsFragment | undefined) {
  const [saved, setSaved] = useState(() => draftOf(round, opening));
  const [draft, setDraft] = useState(saved);
  const dirty = !sameDraft(draft, saved);
  const allowLeave = useUnsavedChangesGuard(dirty, 'This round has unsaved changes. Leave without saving them?');
  const locked = new Set(draft.lockedIds);

  const set = <K extends keyof RoundDraft>(key: K, value: RoundDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  return {
    draft,
    saved,
    dirty,
    locked,
    set,
    /** The draft is saved and the editor may leave. */
    markSaved() {
      allowLeave();
      setSaved(draft);
    },
    allowLeave,
    toggleCategory(id: string, on: boolean) {
      set('focusCategoryIds', on ? [...draft.focusCategoryIds, id] : draft.focusCategoryIds.filter((entry) => entry !== id));
    },
    /** Locks or unlocks the question; answers whether it is now locked. */
    toggleLock(question: QuestionSummaryFragment): boolean {
      const on = !locked.has(question.id);
      set('lockedIds', on ? [...draft.lockedIds, question.id] : draft.lockedIds.filter((id) => id !== question.id));
      return on;
    },
    /** A proposal replaces the questions; the locked ones it kept stay locked. */
    takeProposal(questions: QuestionSummaryFragment[], lockedIds: string[]) {
      setDraft((current) => ({ ...current, questions, lockedIds }));
    },
    removeQuestion(question: QuestionSummaryFragment) {
      setDraft((current) => ({
        ...current,
        questions: current.questions.filter((entry) => entry.id !== question.id),
        lockedIds: current.lockedIds.filter((id) => id !== question.id),
      }));
    },
    /**
     * The replacement takes the old question's place, locked: a question chosen by hand is kept by a re-proposal,
     * and the lock is how the round remembers it was chosen (saved with the round; unlocking lets it go again).
     */
    swapQuestion(old: QuestionSummaryFragment, replacement: QuestionSummaryFragment) {
      setDraft((current) => ({
        ...current,
        questions: current.questions.map((entry) => (entry.id === old.id ? replacement : entry)),
        lockedIds: [...current.lockedIds.filter((id) => id !== old.id && id !== replacement.id), replacement.id],
      }));
    },
    /** Appends a question chosen from the bank, locked like a swapped-in one. */
    addQuestion(question: QuestionSummaryFragment) {
      setDraft((current) =>
        current.questions.some((entry) => entry.id === question.id)
          ? current
          : { ...current, questions: [...current.questions, question], lockedIds: [...current.lockedIds, question.id] },
      );
    },
    /** Appends the set's questions in its order, locked, leaving out those the round already asks. */
    addQuestions(questions: QuestionSummaryFragment[]): SetAdded {
      const present = new Set(draft.questions.map((question) => question.id));
      const fresh = questions.filter((question) => !present.has(question.id));
      setDraft((current) => ({
        ...current,
        questions: [...current.questions, ...fresh],
        lockedIds: [...current.lockedIds, ...fresh.map((question) => question.id)],
      }));
      return { added: fresh.length, skipped: questions.length - fresh.length };
    },
  };
}
