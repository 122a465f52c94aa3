import { TextAreaField } from '../../../ui/field';
import { ANCHOR_RATINGS, anchorLabel } from '../../../ui/format';
import './anchors-editor.css';

/** What an answer at each rating looks like, so panelists score alike; every rating is optional. */
export function AnchorsEditor({
  anchors,
  onChange,
  error,
}: {
  anchors: Record<number, string>;
  onChange: (anchors: Record<number, string>) => void;
  error?: string;
}) {
  return (
    <fieldset className="fieldset" data-field="anchors">
      <legend className="field-label">
        Rating anchors <span className="field-optional">— what an answer at each rating looks like (optional)</span>
      </legend>
      <div className="anchors-editor">
        {ANCHOR_RATINGS.map((rating) => (
          <TextAreaField
            key={rating}
            label={`${rating} · ${anchorLabel(rating)}`}
            rows={2}
            maxLength={1000}
            value={anchors[rating] ?? ''}
            onChange={(event) => onChange({ ...anchors, [rating]: event.target.value })}
          />
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
