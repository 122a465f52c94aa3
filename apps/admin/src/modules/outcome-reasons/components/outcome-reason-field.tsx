import type { OutcomeKind } from '../../../gql/graphql';
import { SelectField } from '../../../ui/field';
import { toUserError } from '../../../ui/errors';
import { useOutcomeReasons } from '../hooks/use-outcome-reasons';

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, { reason: string; list: string }> = {
  REJECTION: { reason: 'Rejection reason', list: 'Rejection reasons' },
  WITHDRAWAL: { reason: 'Withdrawal reason', list: 'Withdrawal reasons' },
};

/** A choice among the organisation's live reasons of one kind, in the admins' order. */
export function OutcomeReasonField({
  kind,
  value,
  onChange,
  optional = false,
  error,
  hint,
  autoFocus,
}: {
  kind: OutcomeKind;
  value: string;
  onChange: (reasonId: string) => void;
  optional?: boolean;
  error?: string;
  hint?: string;
  autoFocus?: boolean;
}) {
  const { reasons, loaded, error: loadError } = useOutcomeReasons(kind);
  let placeholder = 'Choose a reason…';
  if (!loaded) placeholder = loadError ? 'The reasons could not load' : 'Loading reasons…';
  else if (reasons.length === 0) placeholder = 'No reasons on the list';
  return (
    <SelectField
      label={OUTCOME_KIND_LABELS[kind].reason}
      optional={optional}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={reasons.length === 0}
      autoFocus={autoFocus}
      error={error ?? (loadError && !loaded ? toUserError(loadError).message : undefined)}
      hint={hint}
    >
      <option value="">{placeholder}</option>
      {reasons.map((reason) => (
        <option key={reason.id} value={reason.id}>
          {reason.label}
        </option>
      ))}
    </SelectField>
  );
}
