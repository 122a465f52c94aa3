import { useDroppable } from '@dnd-kit/core';
import { type ReactNode, useId } from 'react';
import { plural } from '../../../ui/format';
import './board-column.css';

/**
 * One stage of the board: a drop target for cards, with its count and a "select all" box. A column of many
 * candidates shows its first cards; the button at its foot loads the next `pageSize`.
 */
export function BoardColumn({
  stage,
  count,
  cardIds,
  hasMore,
  pageSize,
  loadingMore,
  onShowMore,
  selected,
  onToggleAll,
  children,
}: {
  stage: { id: string; name: string };
  count: number;
  cardIds: string[];
  hasMore: boolean;
  pageSize: number;
  loadingMore: boolean;
  onShowMore: () => void;
  selected: ReadonlySet<string>;
  onToggleAll: (ids: string[], on: boolean) => void;
  children: ReactNode;
}) {
  const { setNodeRef, isOver, active } = useDroppable({ id: stage.id });
  const headingId = useId();
  const remainingId = useId();
  const selectedHere = cardIds.filter((id) => selected.has(id)).length;
  const allSelected = cardIds.length > 0 && selectedHere === cardIds.length;
  const selectLabel = hasMore ? `Select the ${cardIds.length} shown in ${stage.name}` : `Select everyone in ${stage.name}`;
  const remaining = Math.max(0, count - cardIds.length);
  const next = Math.min(pageSize, remaining);
  const showLabel = remaining > pageSize ? `Show ${pageSize} more` : remaining === 1 ? 'Show the last one' : `Show the last ${remaining}`;
  return (
    <div
      ref={setNodeRef}
      role="listitem"
      aria-labelledby={headingId}
      className={`board-column${isOver ? ' board-column-over' : ''}${active ? ' board-column-dropzone' : ''}`}
      data-stage-id={stage.id}
    >
      <div className="board-column-head">
        <h2 id={headingId} className="board-column-title">
          {stage.name}
        </h2>
        <span className="count" aria-hidden="true">
          {count}
        </span>
        <span className="visually-hidden">{plural(count, 'candidate')}</span>
        {cardIds.length > 0 && (
          <input
            type="checkbox"
            className="board-select-all"
            checked={allSelected}
            ref={(node) => {
              if (node) node.indeterminate = selectedHere > 0 && !allSelected;
            }}
            onChange={(event) => onToggleAll(cardIds, event.target.checked)}
            aria-label={selectLabel}
            title={selectLabel}
          />
        )}
      </div>
      {cardIds.length === 0 && !hasMore ? (
        <p className="board-column-empty">Drop a card here</p>
      ) : (
        <ul className="board-cards" aria-label={`Candidates in ${stage.name}`} aria-busy={loadingMore || undefined}>
          {children}
        </ul>
      )}
      {hasMore && remaining > 0 && (
        <div className="board-column-foot">
          <p id={remainingId} className="board-column-remaining">
            {remaining.toLocaleString('en')} more not shown
          </p>
          {/* Stays focusable while loading (aria-disabled, not disabled) so a keyboard user keeps their place. */}
          <button
            type="button"
            className="btn btn-sm board-column-more"
            aria-label={loadingMore ? `Loading ${next} more in ${stage.name}` : `${showLabel} in ${stage.name}`}
            aria-describedby={remainingId}
            aria-disabled={loadingMore || undefined}
            onClick={() => {
              if (!loadingMore) onShowMore();
            }}
          >
            {loadingMore && <span className="spinner" aria-hidden="true" />}
            {loadingMore ? 'Loading…' : showLabel}
          </button>
        </div>
      )}
    </div>
  );
}
