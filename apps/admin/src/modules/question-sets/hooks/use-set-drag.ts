import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  pointerWithin,
} from '@dnd-kit/core';
import { type KeyboardEvent, useState } from 'react';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { reorderedOnDrop, sortableListAccessibility, useSortableListSensors } from '../../../ui/sortable';
import { bankQuestionOf, insertionIndex, SET_END_ID } from '../components/bank-drag';

type Question = QuestionSummaryFragment;

/** A bank question lands where the pointer is (a row or the end zone); a row being reordered, on the nearest row. */
const detectCollisions: CollisionDetection = (args) => {
  if (bankQuestionOf(args.active)) return pointerWithin(args);
  return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((container) => container.id !== SET_END_ID) });
};

/** Where a question would go, in words: “position 2 of 4, before “…”” or “… at the end of the set”. */
function placeIn(questions: Question[], at: number): string {
  const place = `position ${at + 1} of ${questions.length + 1}`;
  return at >= questions.length ? `${place}, at the end of the set` : `${place}, before “${questions[at].title}”`;
}

export const KEYBOARD_INSTRUCTIONS =
  'To add it to the set, press Space or Enter to pick it up, the up and down arrow keys to choose its place, then Enter or Space to drop it, or Escape to cancel.';

/**
 * Moving questions into a set and within it: the set's rows reorder as before (dnd-kit, mouse and keyboard), bank
 * questions drag in with the mouse, and the keyboard picks a bank question up, moves its place with the arrows and
 * drops it, saying each step in a live region. `insertAt` is where a question from the bank would go now.
 */
export function useSetDrag({
  questions,
  inSet,
  insert,
  reorder,
}: {
  questions: Question[];
  inSet: ReadonlySet<string>;
  insert: (question: Question, at: number) => void;
  reorder: (questions: Question[]) => void;
}) {
  const sensors = useSortableListSensors();
  const [dragged, setDragged] = useState<{ question: Question; at: number | null } | null>(null);
  const [picked, setPicked] = useState<{ question: Question; at: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const rows = sortableListAccessibility(questions, (question) => question.title, 'question');
  const announcements: Announcements = {
    onDragStart: (event) => {
      const question = bankQuestionOf(event.active);
      return question ? `Picked up ${question.title} from the bank.` : rows.announcements.onDragStart(event);
    },
    onDragOver: (event) => {
      const question = bankQuestionOf(event.active);
      if (!question) return rows.announcements.onDragOver(event);
      const at = insertionIndex(questions, event.over);
      return at === null ? `${question.title} is not over the set.` : `${question.title} would go at ${placeIn(questions, at)}.`;
    },
    onDragEnd: (event) => {
      const question = bankQuestionOf(event.active);
      if (!question) return rows.announcements.onDragEnd(event);
      const at = insertionIndex(questions, event.over);
      return at === null ? `${question.title} was not added.` : `${question.title} added at ${placeIn(questions, at)}.`;
    },
    onDragCancel: (event) => {
      const question = bankQuestionOf(event.active);
      return question ? `Cancelled. ${question.title} was not added.` : rows.announcements.onDragCancel(event);
    },
  };

  const dndContextProps = {
    sensors,
    collisionDetection: detectCollisions,
    accessibility: { announcements, screenReaderInstructions: rows.screenReaderInstructions },
    onDragStart: ({ active }: DragStartEvent) => {
      const question = bankQuestionOf(active);
      if (question) setDragged({ question, at: null });
    },
    onDragOver: ({ active, over }: DragOverEvent) => {
      const question = bankQuestionOf(active);
      if (question) setDragged({ question, at: insertionIndex(questions, over) });
    },
    onDragEnd: (event: DragEndEvent) => {
      const question = bankQuestionOf(event.active);
      setDragged(null);
      if (question) {
        const at = insertionIndex(questions, event.over);
        if (at !== null) insert(question, at);
        return;
      }
      const reordered = reorderedOnDrop(questions, event);
      if (reordered) reorder(reordered);
    },
    onDragCancel: () => setDragged(null),
  };

  function cancelPick(): void {
    if (!picked) return;
    setPicked(null);
    setAnnouncement(`Cancelled. ${picked.question.title} was not added.`);
  }

  function onHandleKeyDown(question: Question, event: KeyboardEvent): void {
    const pickKey = event.key === ' ' || event.key === 'Enter';
    if (picked?.question.id !== question.id) {
      if (!pickKey) return;
      event.preventDefault();
      if (inSet.has(question.id)) {
        setAnnouncement(`${question.title} is already in the set.`);
        return;
      }
      setPicked({ question, at: questions.length });
      setAnnouncement(
        `Picked up ${question.title}. It goes at ${placeIn(questions, questions.length)}. Up and down arrows move it, Enter drops it, Escape cancels.`,
      );
      return;
    }
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const at = Math.min(questions.length, Math.max(0, picked.at + (event.key === 'ArrowUp' ? -1 : 1)));
      setPicked({ question, at });
      setAnnouncement(`${question.title} would go at ${placeIn(questions, at)}.`);
    } else if (pickKey) {
      event.preventDefault();
      insert(question, picked.at);
      setPicked(null);
      setAnnouncement(`${question.title} added at ${placeIn(questions, picked.at)}.`);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancelPick();
    }
  }

  return {
    dndContextProps,
    /** The bank question dragged with the mouse, for the drag overlay. */
    dragged: dragged?.question ?? null,
    /** Where a bank question would go: the keyboard's pick, or the mouse's drag over the set. */
    insertAt: picked?.at ?? dragged?.at ?? null,
    pickedId: picked?.question.id ?? null,
    announcement,
    onHandleKeyDown,
    cancelPick,
  };
}
