import { useMutation } from '@apollo/client/react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRef, useState } from 'react';
import type { StageFieldsFragment } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { GripIcon, TrashIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { RenameStageMutation } from '../graphql/openings.documents';
import './stage-row.css';

/** One stage: its name edited in place (Enter saves, Escape undoes), its candidates, a handle to reorder and a delete button. */
export function StageRow({
  stage,
  position,
  count,
  canDelete,
  onDelete,
}: {
  stage: StageFieldsFragment;
  position: number;
  count?: number;
  canDelete: boolean;
  onDelete: () => void;
}) {
  const { notify } = useToast();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id });
  const [name, setName] = useState(stage.name);
  const [error, setError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RenameStageMutation);
  // Enter saves, and the blur that follows must not save the same name a second time.
  const saving = useRef(false);

  async function commit() {
    const next = name.trim();
    if (next === stage.name || saving.current) return;
    if (!next) {
      setError('A stage needs a name');
      return;
    }
    saving.current = true;
    try {
      await rename({ variables: { stageId: stage.id, input: { name: next } } });
      setError(null);
      notify(`Renamed “${stage.name}” to “${next}”`);
    } catch (caught) {
      setError(toUserError(caught).message);
    } finally {
      saving.current = false;
    }
  }

  return (
    <li
      ref={setNodeRef}
      className={`stage-row${isDragging ? ' set-row-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Reorder ${stage.name}`}
      >
        <GripIcon />
      </button>
      <span className="set-row-position" aria-hidden="true">
        {position}
      </span>
      <div className="stage-name-field">
        <input
          className="input input-sm"
          value={name}
          maxLength={80}
          aria-label={`Name of stage ${position}`}
          aria-invalid={error ? true : undefined}
          readOnly={loading}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void commit();
            } else if (event.key === 'Escape') {
              setName(stage.name);
              setError(null);
            }
          }}
        />
        {error && <p className="field-error">{error}</p>}
      </div>
      <span className="muted small stage-count">{count === undefined ? '' : plural(count, 'candidate')}</span>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        onClick={onDelete}
        disabled={!canDelete}
        aria-label={`Delete ${stage.name}`}
        title={canDelete ? 'Delete stage' : 'A pipeline needs at least one stage'}
      >
        <TrashIcon />
      </button>
    </li>
  );
}
