import { useDroppable } from '@dnd-kit/core';
import { type ReactNode, useId } from 'react';

/** One stage of the board: a drop target for cards, with its count and a "select all" box. */
export function BoardColumn({
  stage,
  count,
  cardIds,
  selected,
  onToggleAll,
  children,
}: {
  stage: { id: string; name: string };
  count: number;
  cardIds: string[];
  selected: Set<string>;
  onToggleAll: (ids: string[], on: boolean) => void;
  children: ReactNode;
}) {
  const { setNodeRef, isOver, active } = useDroppable({ id: stage.id });
  const headingId = useId();
  const selectedHere = cardIds.filter((id) => selected.has(id)).length;
  const allSelected = cardIds.length > 0 && selectedHere === cardIds.length;
  return (
    <div ref={setNodeRef} role="listitem" aria-labelledby={headingId} className={`board-column${isOver ? ' board-column-over' : ''}${active ? ' board-column-dropzone' : ''}`} data-stage-id={stage.id}>
      <div className="board-column-head">
        <h2 id={headingId} className="board-column-title">
          {stage.name}
        </h2>
        <span className="count" aria-label={`${count} ${count === 1 ? 'candidate' : 'candidates'}`}>
          {count}
        </span>
        {cardIds.length > 0 && (
          <input
            type="checkbox"
            className="board-select-all"
            checked={allSelected}
            ref={(node) => {
              if (node) node.indeterminate = selectedHere > 0 && !allSelected;
            }}
            onChange={(event) => onToggleAll(cardIds, event.target.checked)}
            aria-label={`Select everyone in ${stage.name}`}
            title={`Select everyone in ${stage.name}`}
          />
        )}
      </div>
      {cardIds.length === 0 ? (
        <p className="board-column-empty">Drop a card here</p>
      ) : (
        <ul className="board-cards" aria-label={`Candidates in ${stage.name}`}>
          {children}
        </ul>
      )}
    </div>
  );
}
