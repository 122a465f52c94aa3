import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  closestCenter,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { KIND_LABELS } from '../../../ui/format';
import { ClockIcon, CloseIcon, GripIcon } from '../../../ui/icons';

const instructions: ScreenReaderInstructions = {
  draggable: 'To reorder, press Space or Enter to pick the question up, use the up and down arrow keys to move it, then Space or Enter to drop it, or Escape to cancel.',
};

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
  // The distance lets a click on the handle stay a click; a real drag starts after a few pixels.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const titleOf = (id: string | number) => questions.find((question) => question.id === id)?.title ?? 'Question';
  const positionOf = (id: string | number) => questions.findIndex((question) => question.id === id) + 1;
  const total = questions.length;

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, position ${positionOf(active.id)} of ${total}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over position ${positionOf(over.id)} of ${total}.` : `${titleOf(active.id)} is outside the list.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)} of ${total}.` : `${titleOf(active.id)} dropped back in place.`),
    onDragCancel: ({ active }) => `Reordering cancelled. ${titleOf(active.id)} stays at position ${positionOf(active.id)}.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = questions.findIndex((question) => question.id === active.id);
    const to = questions.findIndex((question) => question.id === over.id);
    onChange(arrayMove(questions, from, to));
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
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: instructions }}>
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
    <li ref={setNodeRef} className={`set-row${isDragging ? ' set-row-dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" className="drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Reorder ${question.title}`}>
        <GripIcon />
      </button>
      <span className="set-row-position" aria-hidden="true">
        {position}
      </span>
      <RowText question={question} />
      <button type="button" className="btn btn-ghost btn-icon" onClick={onRemove} aria-label={`Remove ${question.title}`} title="Remove from set">
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
        <span className={`kind kind-${question.kind.toLowerCase()}`}>{KIND_LABELS[question.kind]}</span>
        <span className="meta-inline">
          <ClockIcon width={13} height={13} /> {question.estimatedMinutes} min
        </span>
      </span>
    </span>
  );
}
