import { FieldKey, type FieldValue, type ScorecardFields, defaultAnchors } from '@panelist/scoring';
import type { InterviewSheetFragment } from '../../../gql/graphql';
import { KindBadge } from '../../../ui/kind-badge';
import { formatClock } from '../hooks/use-clock';
import { RatingChoices } from './rating-choices';
import './question-card.css';

type Question = InterviewSheetFragment['questions'][number];

/** The anchors shown for a question: its own per level, the defaults written for the scale where it has none. */
export function anchorsOf(question: Pick<Question, 'anchors'>, scale: readonly string[]): string[] {
  const fallback = defaultAnchors(scale);
  return scale.map((_, index) => question.anchors.find((anchor) => anchor.rating === index + 1)?.text ?? fallback[index]);
}

/** One question as it is asked and rated: prompt, talking points to tick, rating with anchors, notes. */
export function QuestionCard({
  question,
  position,
  count,
  scale,
  fields,
  current,
  secondsOn,
  onEdit,
  onFocusQuestion,
}: {
  question: Question;
  position: number;
  count: number;
  scale: readonly string[];
  fields: ScorecardFields;
  current: boolean;
  /** Time spent on it so far (drafts only). */
  secondsOn?: number;
  /** Absent: read-only. */
  onEdit?: (field: string, value: FieldValue) => void;
  onFocusQuestion: () => void;
}) {
  const ratingKey = FieldKey.questionRating(question.id);
  const rating = fields[ratingKey];
  const covered = (fields[FieldKey.questionCovered(question.id)] as number[] | undefined) ?? [];
  const notes = (fields[FieldKey.questionNotes(question.id)] as string | undefined) ?? '';
  const headingId = `question-${question.id}`;
  const over = secondsOn !== undefined && secondsOn > question.estimatedMinutes * 60;

  const toggle = (index: number) =>
    onEdit?.(
      FieldKey.questionCovered(question.id),
      covered.includes(index) ? covered.filter((entry) => entry !== index) : [...covered, index].sort((a, b) => a - b),
    );

  return (
    <article
      id={`question-card-${question.id}`}
      className={`card question-card${current ? ' question-card-current' : ''}`}
      aria-labelledby={headingId}
      aria-current={current ? 'step' : undefined}
      tabIndex={-1}
      onFocus={onFocusQuestion}
      onPointerDown={onFocusQuestion}
    >
      <header className="question-card-head">
        <p className="question-card-position">
          Question {position} of {count}
        </p>
        <h2 id={headingId} className="question-card-title">
          {question.title}
        </h2>
        <p className="question-card-meta">
          <KindBadge kind={question.kind} />
          <span>About {question.estimatedMinutes} min</span>
          {secondsOn !== undefined && (secondsOn > 0 || current) && (
            <span className={`question-card-timer${over ? ' question-card-timer-over' : ''}`}>
              <span className="visually-hidden">Time on this question: </span>
              {formatClock(secondsOn)}
              {over && ' · over the estimate'}
            </span>
          )}
        </p>
      </header>
      {question.prompt !== question.title && <p className="prompt question-card-prompt">{question.prompt}</p>}

      {question.talkingPoints.length > 0 && (
        <fieldset className="talking-points">
          <legend className="section-title">A strong answer covers</legend>
          {question.talkingPoints.map((point, index) => (
            <label key={index} className="talking-point">
              <input type="checkbox" checked={covered.includes(index)} disabled={!onEdit} onChange={() => toggle(index)} />
              <span>{point.text}</span>
            </label>
          ))}
        </fieldset>
      )}

      <div className="question-card-rating">
        <div className="question-card-rating-head">
          <p className="section-title" id={`${headingId}-rating`}>
            Rating
          </p>
          <button
            type="button"
            className={`btn btn-sm not-asked${rating === 'NOT_ASKED' ? ' not-asked-on' : ''}`}
            aria-pressed={rating === 'NOT_ASKED'}
            disabled={!onEdit}
            onClick={() => onEdit?.(ratingKey, rating === 'NOT_ASKED' ? null : 'NOT_ASKED')}
          >
            Not asked
          </button>
        </div>
        <RatingChoices
          label={`Rating of ${question.title}`}
          scale={scale}
          value={typeof rating === 'number' ? rating : null}
          anchors={anchorsOf(question, scale)}
          onChange={onEdit && ((level) => onEdit(ratingKey, level))}
        />
      </div>

      <div className="field question-card-notes">
        <label className="field-label" htmlFor={`notes-${question.id}`}>
          Notes
        </label>
        {onEdit ? (
          <textarea
            id={`notes-${question.id}`}
            className="input textarea"
            rows={3}
            value={notes}
            onChange={(event) => onEdit(FieldKey.questionNotes(question.id), event.target.value)}
          />
        ) : (
          <p id={`notes-${question.id}`} className="question-card-notes-text">
            {notes || <span className="muted">No notes.</span>}
          </p>
        )}
      </div>
    </article>
  );
}
