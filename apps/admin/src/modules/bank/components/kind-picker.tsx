import type { QuestionKind } from '../../../gql/graphql';
import { KINDS, KIND_HINTS, KIND_LABELS } from '../../../ui/format';
import './kind-picker.css';

/** The question's kind, each with a hint of what it asks for. */
export function KindPicker({ value, onChange, error }: { value: QuestionKind; onChange: (kind: QuestionKind) => void; error?: string }) {
  return (
    <fieldset className="fieldset" data-field="kind">
      <legend className="field-label">Kind</legend>
      <div className="radio-cards">
        {KINDS.map((kind) => (
          <label key={kind} className="radio-card">
            <input type="radio" name="kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
            <span>
              <span className="radio-card-title">{KIND_LABELS[kind]}</span>
              <span className="radio-card-hint">{KIND_HINTS[kind]}</span>
            </span>
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
