import type { CSSProperties } from 'react';
import './rating-choices.css';

/**
 * One button per level of the round's scale, lowest first, each with what an answer at that level looks like
 * when anchors are given, so the anchors are in view at the moment of rating. Pressing the chosen level again clears it.
 */
export function RatingChoices({
  label,
  scale,
  value,
  anchors,
  suggested,
  onChange,
  describedBy,
}: {
  label: string;
  scale: readonly string[];
  value: number | null;
  anchors?: readonly string[];
  suggested?: number | null;
  onChange?: (level: number | null) => void;
  describedBy?: string;
}) {
  return (
    <div
      className={`rating-choices${anchors ? ' rating-choices-anchored' : ''}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      style={{ '--levels': scale.length } as CSSProperties}
    >
      {scale.map((name, index) => {
        const level = index + 1;
        const chosen = value === level;
        return (
          <button
            key={level}
            type="button"
            className={`rating-choice rating-level-${Math.min(level, 4)}${chosen ? ' rating-choice-chosen' : ''}${suggested === level ? ' rating-choice-suggested' : ''}`}
            aria-pressed={chosen}
            disabled={!onChange}
            onClick={() => onChange?.(chosen ? null : level)}
          >
            <span className="rating-choice-name">
              <span className="rating-choice-number">{level}</span> {name}
            </span>
            {anchors?.[index] && <span className="rating-choice-anchor">{anchors[index]}</span>}
          </button>
        );
      })}
    </div>
  );
}
