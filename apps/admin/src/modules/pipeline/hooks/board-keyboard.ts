import { type CollisionDetection, type KeyboardCoordinateGetter, KeyboardCode, pointerWithin, rectIntersection } from '@dnd-kit/core';

/** How far below a column's top a card lands when moved there with the keyboard: below the column header. */
const HEADER_OFFSET = 56;

/**
 * Left and right arrows jump a lifted card to the neighbouring stage column (the default keyboard sensor
 * moves it a few pixels at a time, which is no use on a board).
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context: { collisionRect, droppableRects, droppableContainers } },
) => {
  if (
    event.code !== KeyboardCode.Left &&
    event.code !== KeyboardCode.Right &&
    event.code !== KeyboardCode.Up &&
    event.code !== KeyboardCode.Down
  )
    return undefined;
  event.preventDefault();
  if (!collisionRect || event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .map((container) => droppableRects.get(container.id))
    .filter((rect) => rect != null)
    .sort((a, b) => a.left - b.left);
  const target =
    event.code === KeyboardCode.Right
      ? columns.find((rect) => rect.left > centre)
      : [...columns].reverse().find((rect) => rect.left + rect.width < centre);
  if (!target) return undefined;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: target.top + HEADER_OFFSET };
};

/** The column under the pointer; with the keyboard (no pointer) the column the card overlaps most. */
export const boardCollisions: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};
