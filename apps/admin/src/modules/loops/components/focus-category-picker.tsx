import { useId } from 'react';
import { SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import './focus-category-picker.css';

/** The categories a round assesses, with how many questions the bank has in each (an empty one cannot be chosen). */
export function FocusCategoryPicker({
  categories,
  chosen,
  onToggle,
  error,
}: {
  categories: Array<{ id: string; name: string; questionCount: number }> | null;
  chosen: string[];
  onToggle: (id: string, on: boolean) => void;
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset
      className={`fieldset${error ? ' field-invalid' : ''}`}
      data-field="focusCategoryIds"
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">
        Focus categories{' '}
        <span className="field-optional">— what this round assesses{chosen.length > 0 ? `: ${chosen.length} chosen` : ''}</span>
      </legend>
      {!categories ? (
        <SkeletonLines count={4} />
      ) : (
        <ul className="category-checks" aria-label="Categories">
          {categories.map((category) => {
            const position = chosen.indexOf(category.id);
            return (
              <li key={category.id}>
                <label className={`category-check${position >= 0 ? ' category-check-on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={position >= 0}
                    onChange={(event) => onToggle(category.id, event.target.checked)}
                    disabled={category.questionCount === 0 && position < 0}
                  />
                  <span className="category-check-name">{category.name}</span>
                  <span className="count" title={`${plural(category.questionCount, 'question')} in the bank`}>
                    {category.questionCount}
                    <span className="visually-hidden"> questions</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
