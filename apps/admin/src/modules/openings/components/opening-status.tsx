import type { OpeningStatus } from '../../../gql/graphql';
import { OPENING_STATUS_LABELS } from '../../../ui/format';

const TONES: Record<OpeningStatus, string> = {
  DRAFT: 'badge-muted',
  OPEN: 'badge-success',
  ON_HOLD: 'badge-warning',
  CLOSED: 'badge-closed',
};

export function OpeningStatusBadge({ status }: { status: OpeningStatus }) {
  return <span className={`badge ${TONES[status]}`}>{OPENING_STATUS_LABELS[status]}</span>;
}
