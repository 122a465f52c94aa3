import { useQuery } from '@apollo/client/react';
import { type Active, type Over, useDraggable, useDroppable } from '@dnd-kit/core';
import { type KeyboardEvent, type PointerEventHandler, type ReactNode, useId, useState } from 'react';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { ChevronIcon, GripIcon } from '../../../ui/icons';
import { QuestionTalkingPointsQuery } from '../graphql/question-sets.documents';

/** Bank questions drag under ids of their own, so they never collide with the set's rows (the question ids). */
const BANK_PREFIX = 'bank:';
/** The zone under the set's rows: dropped there, a question goes last. */
export const SET_END_ID = 'set-end';

/** The bank question being dragged, if what is dragged is one. */
export const bankQuestionOf = (active: Active | null): QuestionSummaryFragment | null =>
  active && String(active.id).startsWith(BANK_PREFIX) ? (active.data.current?.question as QuestionSummaryFragment) : null;

/** Where a question dropped on `over` goes in a set of `questions`: before the row it is over, last in the end zone. */
export function insertionIndex(questions: ReadonlyArray<{ id: string }>, over: Over | null): number | null {
  if (!over) return null;
  if (over.id === SET_END_ID) return questions.length;
  const index = questions.findIndex((question) => question.id === over.id);
  return index < 0 ? null : index;
}

/**
 * The handle that moves a bank question into the set: dragged with the mouse (dnd-kit's pointer sensor), or with
 * the keyboard by the set's own pick-up (Space or Enter, arrows, Enter), whose keys `onKeyDown` handles.
 */
export function BankDragHandle({
  question,
  inSet,
  picked,
  describedBy,
  onKeyDown,
  onBlur,
}: {
  question: QuestionSummaryFragment;
  inSet: boolean;
  picked: boolean;
  describedBy: string;
  onKeyDown: (event: KeyboardEvent) => void;
  onBlur: () => void;
}) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: BANK_PREFIX + question.id, data: { question }, disabled: inSet });
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`drag-handle bank-drag-handle${isDragging || picked ? ' bank-drag-handle-active' : ''}`}
      // Only the pointer sensor's listener: the keyboard is this handle's own (onKeyDown), not dnd-kit's sensor.
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      aria-pressed={picked}
      aria-disabled={inSet || undefined}
      aria-describedby={describedBy}
      aria-label={inSet ? `${question.title} is in the set` : `Move ${question.title} into the set`}
    >
      <GripIcon />
    </button>
  );
}

/** A bank question's talking points, shown in place on demand (loaded only then). */
export function TalkingPointsPreview({ question }: { question: QuestionSummaryFragment }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const { data, error } = useQuery(QuestionTalkingPointsQuery, { variables: { id: question.id }, skip: !open });
  const points = data?.question.talkingPoints;
  let body: ReactNode = null;
  if (open) {
    if (error) body = <p className="field-error">{toUserError(error).message}</p>;
    else if (!points) body = <p className="small muted">Loading talking points…</p>;
    else if (points.length === 0) body = <p className="small muted">No talking points yet.</p>;
    else
      body = (
        <ul className="points-preview-list" aria-label={`Talking points of ${question.title}`}>
          {points.map((point, index) => (
            <li key={index}>{point.text}</li>
          ))}
        </ul>
      );
  }
  return (
    <div className="points-preview">
      <button
        type="button"
        className="points-preview-toggle"
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        onClick={() => setOpen(!open)}
      >
        <ChevronIcon width={12} height={12} /> Talking points
        <span className="visually-hidden"> of {question.title}</span>
      </button>
      {open && <div id={regionId}>{body}</div>}
    </div>
  );
}

/** Below the set's rows: where a dragged question goes last; when the set is empty, the whole of it. */
export function SetEndZone({ highlighted, children }: { highlighted: boolean; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: SET_END_ID });
  return (
    <div ref={setNodeRef} className={`set-end-zone${highlighted || isOver ? ' set-end-zone-active' : ''}`}>
      {children}
    </div>
  );
}
