import {
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useState } from 'react';
import type { BoardCardFieldsFragment } from '../../../gql/graphql';
import { columnKeyboardCoordinates } from './board-keyboard';

interface StageRef {
  id: string;
  name: string;
}

/** A card on the board with the stage it is in. */
interface BoardEntry {
  card: BoardCardFieldsFragment;
  stage: StageRef;
}

const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this candidate to another stage, press Space or Enter to pick the card up, use the left and right arrow keys to choose the stage, then Space or Enter to drop it, or Escape to cancel.',
};

/**
 * Drag and drop between the board's columns, by pointer or keyboard, with what a screen reader hears on the way.
 * A drop on another column asks `onMove`; a keyboard user's focus follows the card to its new column.
 */
export function useBoardDrag({
  entries,
  stages,
  onMove,
  refocusCard,
}: {
  entries: BoardEntry[];
  stages: StageRef[];
  onMove: (card: BoardCardFieldsFragment, from: StageRef, to: StageRef) => void;
  refocusCard: (cardId: string) => void;
}) {
  const [dragging, setDragging] = useState<BoardCardFieldsFragment | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const entryOf = (id: string | number) => entries.find((entry) => entry.card.id === id);
  const nameOf = (id: string | number) => entryOf(id)?.card.candidateName ?? 'The candidate';
  const stageOf = (id: string | number | undefined) => stages.find((stage) => stage.id === id);
  const stageName = (id: string | number | undefined) => stageOf(id)?.name ?? 'another stage';
  const fromName = (id: string | number) => entryOf(id)?.stage.name ?? 'its stage';

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, in ${entryOf(active.id)?.stage.name ?? 'this stage'}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over ${stageName(over.id)}.` : `${nameOf(active.id)} is not over a stage.`,
    onDragEnd: ({ active, over }) =>
      over && over.id !== entryOf(active.id)?.stage.id
        ? `${nameOf(active.id)} dropped in ${stageName(over.id)}.`
        : `${nameOf(active.id)} stays in ${fromName(active.id)}.`,
    onDragCancel: ({ active }) => `Move cancelled. ${nameOf(active.id)} stays in ${fromName(active.id)}.`,
  };

  return {
    sensors,
    accessibility: { announcements, screenReaderInstructions },
    /** The card the pointer carries, for the drag overlay. */
    dragging,
    onDragStart({ active }: DragStartEvent) {
      setDragging(entryOf(active.id)?.card ?? null);
    },
    onDragEnd({ active, over, activatorEvent }: DragEndEvent) {
      setDragging(null);
      const entry = entryOf(active.id);
      const to = stageOf(over?.id);
      if (!entry || !to || to.id === entry.stage.id) return;
      if (activatorEvent instanceof KeyboardEvent) refocusCard(entry.card.id);
      onMove(entry.card, entry.stage, to);
    },
    onDragCancel() {
      setDragging(null);
    },
  };
}
