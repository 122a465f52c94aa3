import {
  type Announcements,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';

interface Item {
  id: string;
}

/** Mouse and keyboard sensors for a sortable list; the distance lets a click on a drag handle stay a click. */
export function useSortableListSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}

/** The items in their new order after a drop, or null when nothing moved. */
export function reorderedOnDrop<T extends Item>(items: T[], { active, over }: Pick<DragEndEvent, 'active' | 'over'>): T[] | null {
  if (!over || active.id === over.id) return null;
  return arrayMove(items, indexOf(items, active.id), indexOf(items, over.id));
}

/** What a screen reader says while an item of the list is picked up, moved and dropped (`noun` as in “pick the question up”). */
export function sortableListAccessibility<T extends Item>(
  items: T[],
  nameOf: (item: T) => string,
  noun: string,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const name = (id: UniqueIdentifier) => {
    const item = items.find((entry) => entry.id === id);
    return item ? nameOf(item) : noun;
  };
  const position = (id: UniqueIdentifier) => indexOf(items, id) + 1;
  const total = items.length;
  return {
    screenReaderInstructions: {
      draggable: `To reorder, press Space or Enter to pick the ${noun} up, use the up and down arrow keys to move it, then Space or Enter to drop it, or Escape to cancel.`,
    },
    announcements: {
      onDragStart: ({ active }) => `Picked up ${name(active.id)}, position ${position(active.id)} of ${total}.`,
      onDragOver: ({ active, over }) =>
        over ? `${name(active.id)} is over position ${position(over.id)} of ${total}.` : `${name(active.id)} is outside the list.`,
      onDragEnd: ({ active, over }) =>
        over ? `${name(active.id)} dropped at position ${position(over.id)} of ${total}.` : `${name(active.id)} dropped back in place.`,
      onDragCancel: ({ active }) => `Reordering cancelled. ${name(active.id)} stays at position ${position(active.id)}.`,
    },
  };
}

function indexOf(items: Item[], id: UniqueIdentifier): number {
  return items.findIndex((item) => item.id === id);
}
