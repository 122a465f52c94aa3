import type { OpeningStatus } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';

/** Openings that are not taking candidates: adding one asks first. */
export const WARNED_STATUSES: readonly OpeningStatus[] = ['DRAFT', 'CLOSED'];

const WHY: Partial<Record<OpeningStatus, string>> = {
  DRAFT: 'is still a draft: it has not been opened for hiring yet',
  CLOSED: 'is closed: it is no longer hiring',
};

/** Asked before a candidate is added to a draft or closed opening; Cancel leaves everything as it was. */
export function OpeningStatusWarning({
  opening,
  onConfirm,
  onClose,
}: {
  opening: { title: string; status: OpeningStatus };
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={`Add a candidate to a ${opening.status === 'CLOSED' ? 'closed' : 'draft'} opening?`} onClose={onClose}>
      <p>
        “{opening.title}” {WHY[opening.status]}. Candidates you add still start in its first stage and appear on its board.
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" onClick={onConfirm}>
          Add anyway
        </button>
      </div>
    </Dialog>
  );
}
