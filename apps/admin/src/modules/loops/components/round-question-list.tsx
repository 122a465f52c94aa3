import { DndContext, type DragEndEvent, closestCenter } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { DifficultyDots } from '../../../ui/difficulty-dots';
import { KindBadge } from '../../../ui/kind-badge';
import { DIFFICULTY_LABELS } from '../../../ui/format';
import { ClockIcon, CloseIcon, GripIcon, LockIcon, SwapIcon, UnlockIcon } from '../../../ui/icons';
import { reorderedOnDrop, sortableListAccessibility, useSortableListSensors } from '../../../ui/sortable';
import './round-question-list.css';

/** A round's questions in the order they are asked: drag to reorder, lock to keep, swap, remove. */
export function RoundQuestionList({
  questions,
  locked,
  onReorder,
  onToggleLock,
  onSwap,
  onRemove,
}: {
  questions: QuestionSummaryFragment[];
  locked: Set<string>;
  onReorder: (questions: QuestionSummaryFragment[]) => void;
  onToggleLock: (question: QuestionSummaryFragment) => void;
  onSwap: (question: QuestionSummaryFragment) => void;
  onRemove: (question: QuestionSummaryFragment) => void;
}) {
  const sensors = useSortableListSensors();

  function onDragEnd(event: DragEndEvent) {
    const reordered = reorderedOnDrop(questions, event);
    if (reordered) onReorder(reordered);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={sortableListAccessibility(questions, (question) => question.title, 'question')}
    >
      <SortableContext items={questions.map((question) => question.id)} strategy={verticalListSortingStrategy}>
        <ol className="set-questions" aria-label="Questions of this round">
          {questions.map((question, index) => (
            <QuestionRow
              key={question.id}
              question={question}
              position={index + 1}
              locked={locked.has(question.id)}
              onToggleLock={() => onToggleLock(question)}
              onSwap={() => onSwap(question)}
              onRemove={() => onRemove(question)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function QuestionRow({
  question,
  position,
  locked,
  onToggleLock,
  onSwap,
  onRemove,
}: {
  question: QuestionSummaryFragment;
  position: number;
  locked: boolean;
  onToggleLock: () => void;
  onSwap: () => void;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: question.id });
  return (
    <li
      ref={setNodeRef}
      className={`set-row proposal-row${isDragging ? ' set-row-dragging' : ''}${locked ? ' proposal-row-locked' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Reorder ${question.title}`}
      >
        <GripIcon />
      </button>
      <span className="set-row-position" aria-hidden="true">
        {position}
      </span>
      <span className="set-row-text">
        <span className="set-row-title">{question.title}</span>
        <span className="question-item-meta">
          <span className="meta-category">{question.category.name}</span>
          <KindBadge kind={question.kind} />
          <span className="meta-inline" title={DIFFICULTY_LABELS[question.difficulty]}>
            <DifficultyDots level={question.difficulty} /> {DIFFICULTY_LABELS[question.difficulty]}
          </span>
          <span className="meta-inline">
            <ClockIcon width={13} height={13} /> {question.estimatedMinutes} min
          </span>
        </span>
      </span>
      <span className="row-actions">
        <button
          type="button"
          className={`btn btn-ghost btn-icon lock-toggle${locked ? ' lock-toggle-on' : ''}`}
          aria-pressed={locked}
          aria-label={`Lock ${question.title}`}
          title={locked ? 'Locked: kept when the rest is re-proposed. Click to unlock.' : 'Lock: keep it when the rest is re-proposed'}
          onClick={onToggleLock}
        >
          {locked ? <LockIcon /> : <UnlockIcon />}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={`Swap ${question.title}`}
          title="Swap for another question of the same category"
          onClick={onSwap}
        >
          <SwapIcon />
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={`Remove ${question.title}`}
          title="Remove from the round"
          onClick={onRemove}
        >
          <CloseIcon />
        </button>
      </span>
    </li>
  );
}
