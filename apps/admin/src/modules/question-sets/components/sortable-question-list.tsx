import { DndContext, type DragEndEvent, closestCenter } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { ClockIcon, CloseIcon, GripIcon } from '../../../ui/icons';
import { reorderedOnDrop, sortableListAccessibility, useSortableListSensors } from '../../../ui/sortable';
import { KindBadge } from '../../../ui/kind-badge';

/** The set's questions in order; drag with the mouse or move with the keyboard (Space, arrows, Space). */
export function SortableQuestionList({
  questions,
  onChange,
  onRemove,
  editable,
}: {
  questions: QuestionSummaryFragment[];
  onChange: (questions: QuestionSummaryFragment[]) => void;
  onRemove: (question: QuestionSummaryFragment) => void;
  editable: boolean;
}) {
  const sensors = useSortableListSensors();

  function onDragEnd(event: DragEndEvent) {
    const reordered = reorderedOnDrop(questions, event);
    if (reordered) onChange(reordered);
  }

  if (!editable) {
    return (
      <ol className="set-questions" aria-label="Questions in this set">
        {questions.map((question, index) => (
          <li key={question.id} className="set-row">
            <span className="set-row-position">{index + 1}</span>
            <RowText question={question} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={sortableListAccessibility(questions, (question) => question.title, 'question')}
    >
      <SortableContext items={questions.map((question) => question.id)} strategy={verticalListSortingStrategy}>
        <ol className="set-questions" aria-label="Questions in this set">
          {questions.map((question, index) => (
            <SortableRow key={question.id} question={question} position={index + 1} onRemove={() => onRemove(question)} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ question, position, onRemove }: { question: QuestionSummaryFragment; position: number; onRemove: () => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: question.id });
  return (
    <li
      ref={setNodeRef}
      className={`set-row${isDragging ? ' set-row-dragging' : ''}`}
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
      <RowText question={question} />
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        onClick={onRemove}
        aria-label={`Remove ${question.title}`}
        title="Remove from set"
      >
        <CloseIcon />
      </button>
    </li>
  );
}

function RowText({ question }: { question: QuestionSummaryFragment }) {
  return (
    <span className="set-row-text">
      <span className="set-row-title">{question.title}</span>
      <span className="question-item-meta">
        <span className="meta-category">{question.category.name}</span>
        <KindBadge kind={question.kind} />
        <span className="meta-inline">
          <ClockIcon width={13} height={13} /> {question.estimatedMinutes} min
        </span>
      </span>
    </span>
  );
}
