import { SortableContext, type SortingStrategy, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { ClockIcon, CloseIcon, GripIcon } from '../../../ui/icons';
import { KindBadge } from '../../../ui/kind-badge';

/** Rows make room only for one of their own: a question coming from the bank is shown by the insertion line instead. */
const setRowsStrategy: SortingStrategy = (args) => (args.activeIndex < 0 ? null : verticalListSortingStrategy(args));

/**
 * The set's questions in order; drag with the mouse or move with the keyboard (Space, arrows, Space). The builder
 * holds the drag context, shared with the bank; `insertAt` marks where a question from the bank would go.
 */
export function SortableQuestionList({
  questions,
  onRemove,
  editable,
  insertAt = null,
}: {
  questions: QuestionSummaryFragment[];
  onRemove: (question: QuestionSummaryFragment) => void;
  editable: boolean;
  insertAt?: number | null;
}) {
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
    <SortableContext items={questions.map((question) => question.id)} strategy={setRowsStrategy}>
      <ol className="set-questions" aria-label="Questions in this set">
        {questions.map((question, index) => (
          <SortableRow
            key={question.id}
            question={question}
            position={index + 1}
            insertBefore={insertAt === index}
            onRemove={() => onRemove(question)}
          />
        ))}
      </ol>
    </SortableContext>
  );
}

function SortableRow({
  question,
  position,
  insertBefore,
  onRemove,
}: {
  question: QuestionSummaryFragment;
  position: number;
  insertBefore: boolean;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: question.id });
  return (
    <li
      ref={setNodeRef}
      className={`set-row${isDragging ? ' set-row-dragging' : ''}${insertBefore ? ' set-row-insert-before' : ''}`}
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
