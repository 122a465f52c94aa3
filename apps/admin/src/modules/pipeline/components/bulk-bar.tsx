import { useId } from 'react';
import { plural } from '../../../ui/format';
import { CloseIcon } from '../../../ui/icons';
import './bulk-bar.css';

/** What can be done with the selected cards: move them to a stage, reject them, or clear the selection. */
export function BulkBar({
  count,
  stages,
  moveTarget,
  onMoveTarget,
  moving,
  onMove,
  onReject,
  onClear,
}: {
  count: number;
  stages: Array<{ id: string; name: string }>;
  moveTarget: string;
  onMoveTarget: (stageId: string) => void;
  moving: boolean;
  onMove: () => void;
  onReject: () => void;
  onClear: () => void;
}) {
  const moveSelectId = useId();
  return (
    <div className="bulk-bar" role="region" aria-label="Selected candidates">
      <span className="bulk-count" aria-live="polite">
        {plural(count, 'candidate')} selected
      </span>
      <label htmlFor={moveSelectId} className="visually-hidden">
        Move the selected candidates to
      </label>
      <select
        id={moveSelectId}
        className="input select input-sm bulk-select"
        value={moveTarget}
        onChange={(event) => onMoveTarget(event.target.value)}
      >
        <option value="">Move to stage…</option>
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-sm" disabled={!moveTarget || moving} onClick={onMove}>
        {moving ? 'Moving…' : 'Move'}
      </button>
      <span className="bulk-divider" aria-hidden="true" />
      <button type="button" className="btn btn-sm btn-danger-text" onClick={onReject}>
        Reject…
      </button>
      <button type="button" className="btn btn-ghost btn-sm bulk-clear" onClick={onClear}>
        <CloseIcon width={14} height={14} /> Clear selection
      </button>
    </div>
  );
}
