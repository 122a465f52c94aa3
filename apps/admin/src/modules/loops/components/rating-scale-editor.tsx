import { useRef } from 'react';
import { CloseIcon, PlusIcon } from '../../../ui/icons';

/** The labels panelists rate with, lowest first: 2 to 10 of them. */
export function RatingScaleEditor({ labels, onChange, error }: { labels: string[]; onChange: (labels: string[]) => void; error?: string }) {
  const listRef = useRef<HTMLOListElement>(null);
  function add() {
    onChange([...labels, '']);
    window.requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  }
  return (
    <fieldset className={`fieldset${error ? ' field-invalid' : ''}`} data-field="ratingScale">
      <legend className="field-label">Rating scale</legend>
      <p className="field-hint">Lowest first. An even number of labels, so panelists cannot sit on the fence.</p>
      <ol className="points-editor" ref={listRef}>
        {labels.map((label, index) => (
          <li key={index} className="point-row">
            <span className="point-number" aria-hidden="true">
              {index + 1}
            </span>
            <input
              className="input input-sm"
              value={label}
              maxLength={40}
              aria-label={`Rating label ${index + 1}`}
              onChange={(event) => onChange(labels.map((entry, at) => (at === index ? event.target.value : entry)))}
            />
            <span className="point-actions">
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                aria-label={`Remove rating label ${index + 1}`}
                onClick={() => onChange(labels.filter((_, at) => at !== index))}
                disabled={labels.length <= 2}
              >
                <CloseIcon />
              </button>
            </span>
          </li>
        ))}
      </ol>
      {labels.length < 10 && (
        <button type="button" className="link-button small" onClick={add}>
          <PlusIcon width={12} height={12} /> Add label
        </button>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
