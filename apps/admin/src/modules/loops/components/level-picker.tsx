import { useId } from 'react';
import type { SeniorityLevel } from '../../../gql/graphql';
import { LEVELS, LEVEL_LABELS } from '../../../ui/format';

/** The seniority a round is pitched at. */
export function LevelPicker({ value, onChange }: { value: SeniorityLevel; onChange: (level: SeniorityLevel) => void }) {
  const name = useId();
  return (
    <fieldset className="fieldset">
      <legend className="field-label">Level</legend>
      <div className="segmented">
        {LEVELS.map((level) => (
          <label key={level} className="segment">
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{LEVEL_LABELS[level]}</span>
          </label>
        ))}
      </div>
      <p className="field-hint">Sets the difficulty mix of proposals.</p>
    </fieldset>
  );
}
