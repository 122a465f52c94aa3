import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEventHandler, PointerEventHandler } from 'react';
import { Link } from 'react-router';
import type { BoardCardFieldsFragment } from '../../../gql/graphql';
import type { OriginState } from '../../../ui/back-link';
import { DecisionBadge } from '../../../ui/decision-badge';
import { formatDuration, plural } from '../../../ui/format';
import { ClockIcon, GripIcon } from '../../../ui/icons';
import './board-card.css';

/** A week in one stage is when a candidate starts to wait too long. */
const STALE_SECONDS = 7 * 86_400;

/**
 * A candidate's card. The whole card can be dragged with the pointer; the handle also picks it up
 * with the keyboard (Space, then ← →, then Space), so links and the checkbox keep their own keys.
 */
export function BoardCard({
  card,
  stageName,
  selected,
  onSelect,
  linkState,
}: {
  card: BoardCardFieldsFragment;
  stageName: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  /** Given to the candidate and debrief pages, so their back links return to this board as it is. */
  linkState: OriginState;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id });
  return (
    <li
      ref={setNodeRef}
      className={`board-card${isDragging ? ' board-card-dragging' : ''}${selected ? ' board-card-selected' : ''}`}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      data-card-id={card.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle board-card-handle"
        {...attributes}
        onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
        aria-label={`Move ${card.candidateName}, now in ${stageName}`}
      >
        <GripIcon />
      </button>
      <CardBody card={card} linkState={linkState} />
      <input
        type="checkbox"
        className="board-card-check"
        checked={selected}
        onChange={(event) => onSelect(event.target.checked)}
        aria-label={`Select ${card.candidateName}`}
      />
    </li>
  );
}

/** What the pointer carries while dragging. */
export function BoardCardOverlay({ card }: { card: BoardCardFieldsFragment }) {
  return (
    <div className="board-card board-card-overlay" aria-hidden="true">
      <span className="drag-handle board-card-handle">
        <GripIcon />
      </span>
      <CardBody card={card} />
    </div>
  );
}

function CardBody({ card, linkState }: { card: BoardCardFieldsFragment; linkState?: OriginState }) {
  const linked = linkState !== undefined;
  const stale = card.timeInStageSeconds >= STALE_SECONDS;
  const { submitted, expected } = card.feedback;
  return (
    <div className="board-card-body">
      {linked ? (
        <Link className="board-card-name" to={`/candidates/${card.candidateId}`} state={linkState} draggable={false}>
          {card.candidateName}
        </Link>
      ) : (
        <span className="board-card-name">{card.candidateName}</span>
      )}
      <span
        className={`board-card-time${stale ? ' board-card-stale' : ''}`}
        title={`${formatDuration(card.timeInStageSeconds, true)} in this stage`}
      >
        <ClockIcon width={12} height={12} />
        <span aria-hidden="true">{formatDuration(card.timeInStageSeconds)} in stage</span>
        <span className="visually-hidden">{formatDuration(card.timeInStageSeconds, true)} in this stage</span>
      </span>
      {card.decision && (
        <span className="board-card-decision">
          <DecisionBadge decision={card.decision.decision} />
        </span>
      )}
      {(expected > 0 || card.decision) && (
        <span className="board-card-debrief">
          {expected > 0 && (
            <span className={`board-card-feedback${submitted === expected ? ' board-card-feedback-complete' : ''}`}>
              <span aria-hidden="true">
                {submitted}/{expected} scorecards
              </span>
              <span className="visually-hidden">
                {submitted} of {plural(expected, 'scorecard')} submitted
              </span>
            </span>
          )}
          {linked ? (
            <Link className="board-card-debrief-link" to={`/applications/${card.id}/debrief`} state={linkState} draggable={false}>
              Debrief<span className="visually-hidden"> of {card.candidateName}</span>
            </Link>
          ) : (
            <span className="board-card-debrief-link">Debrief</span>
          )}
        </span>
      )}
      {card.candidateTags.length > 0 && (
        <span className="board-card-tags">
          {card.candidateTags.slice(0, 3).map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
          {card.candidateTags.length > 3 && <span className="tag tag-more">+{card.candidateTags.length - 3}</span>}
        </span>
      )}
    </div>
  );
}
