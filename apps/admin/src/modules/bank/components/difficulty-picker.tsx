import { DIFFICULTIES, DIFFICULTY_LABELS } from '../../../ui/format';

export function DifficultyPicker({ value, onChange, error }: { value: number; onChange: (level: number) => void; error?: string }) {
  return (
    <fieldset className="fieldset" data-field="difficulty">
      <legend className="field-label">Difficulty</legend>
      <div className="segmented">
        {DIFFICULTIES.map((level) => (
          <label key={level} className="segment">
            <input type="radio" name="difficulty" value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{DIFFICULTY_LABELS[level]}</span>
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
