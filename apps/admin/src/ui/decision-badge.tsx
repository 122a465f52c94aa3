import type { DecisionKind } from '../gql/graphql';

/** What a decision did, in the past tense a board card or a history reads best in. */
export const DECISION_LABELS: Record<DecisionKind, string> = {
  ADVANCE: 'Advanced',
  HIRE: 'Hired',
  REJECT: 'Rejected',
};

const DECISION_TONES: Record<DecisionKind, string> = {
  ADVANCE: 'badge-accent',
  HIRE: 'badge-success',
  REJECT: 'badge-danger',
};

/** The standing decision on an application; a reversed one is struck through. */
export function DecisionBadge({ decision, reversed = false }: { decision: DecisionKind; reversed?: boolean }) {
  return (
    <span className={`badge ${reversed ? 'badge-closed' : DECISION_TONES[decision]}`}>
      {DECISION_LABELS[decision]}
      {reversed && <span className="visually-hidden"> (reversed)</span>}
    </span>
  );
}
