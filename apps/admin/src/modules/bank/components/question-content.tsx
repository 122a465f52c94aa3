import { defaultAnchors } from '@panelist/scoring';
import { useId } from 'react';
import { ANCHOR_RATINGS, DEFAULT_RATING_SCALE, DIFFICULTY_LABELS, KIND_HINTS, anchorLabel } from '../../../ui/format';
import { ClockIcon } from '../../../ui/icons';
import { DifficultyDots } from '../../../ui/difficulty-dots';
import { KindBadge } from '../../../ui/kind-badge';
import type { RevisionContent } from '../hooks/revision-diff';
import './question-content.css';

/** What panelists read for a question with no anchors of its own, level by level of the default scale. */
const fallbackAnchors = defaultAnchors(DEFAULT_RATING_SCALE);

/** What an interviewer reads: used for the current question and for any earlier revision. */
export function QuestionContent({
  question,
  onTagClick,
  titleId,
}: {
  question: RevisionContent;
  onTagClick?: (tag: string) => void;
  titleId?: string;
}) {
  const uid = useId();
  const anchors = new Map(question.anchors.map((anchor) => [anchor.rating, anchor.text]));
  return (
    <div className="question-content">
      <p className="eyebrow">{question.category?.name ?? 'A deleted category'}</p>
      <h2 className="question-title" id={titleId} tabIndex={-1}>
        {question.title}
      </h2>
      <dl className="facts">
        <div className="fact">
          <dt>Kind</dt>
          <dd>
            <KindBadge kind={question.kind} title={KIND_HINTS[question.kind]} />
          </dd>
        </div>
        <div className="fact">
          <dt>Difficulty</dt>
          <dd className="meta-inline">
            <DifficultyDots level={question.difficulty} /> {DIFFICULTY_LABELS[question.difficulty]}
          </dd>
        </div>
        <div className="fact">
          <dt>Time</dt>
          <dd className="meta-inline">
            <ClockIcon width={14} height={14} /> {question.estimatedMinutes} min
          </dd>
        </div>
      </dl>

      {question.prompt && question.prompt !== question.title && (
        <section className="content-section" aria-labelledby={`${uid}-prompt`}>
          <h3 id={`${uid}-prompt`} className="section-title">
            Prompt
          </h3>
          <p className="prompt">{question.prompt}</p>
        </section>
      )}

      <section className="content-section" aria-labelledby={`${uid}-tags`}>
        <h3 id={`${uid}-tags`} className="section-title">
          Tags
        </h3>
        {question.tags.length === 0 ? (
          <p className="muted">No tags.</p>
        ) : (
          <ul className="tag-list" aria-label="Tags">
            {question.tags.map((tag) => (
              <li key={tag}>
                {onTagClick ? (
                  <button type="button" className="tag tag-button" onClick={() => onTagClick(tag)} title={`Show questions tagged ${tag}`}>
                    {tag}
                  </button>
                ) : (
                  <span className="tag">{tag}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="content-section" aria-labelledby={`${uid}-points`}>
        <h3 id={`${uid}-points`} className="section-title">
          Talking points <span className="count">{question.talkingPoints.length}</span>
        </h3>
        {question.talkingPoints.length === 0 ? (
          <p className="muted">No talking points yet: list what a strong answer covers.</p>
        ) : (
          <ul className="checklist" aria-label="Talking points">
            {question.talkingPoints.map((point, index) => (
              <li key={index}>
                <span className="check-box" aria-hidden="true" />
                <span>{point.text}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="content-section" aria-labelledby={`${uid}-anchors`}>
        <h3 id={`${uid}-anchors`} className="section-title">
          Rating anchors
        </h3>
        {anchors.size === 0 && (
          <p className="anchors-default-note">
            <span className="badge badge-muted">Default anchors</span>
            <span className="muted small">This question has none of its own, so panelists read these.</span>
          </p>
        )}
        <ol className="anchors">
          {ANCHOR_RATINGS.map((rating) => (
            <li key={rating} className={`anchor anchor-${rating}`}>
              <span className="anchor-rating">
                <span aria-hidden="true">{rating}</span>
                <span className="visually-hidden">Rating {rating}</span>
              </span>
              <span className="anchor-body">
                <span className="anchor-label">{anchorLabel(rating)}</span>
                {anchors.size === 0 ? (
                  <span>{fallbackAnchors[rating - 1]}</span>
                ) : (
                  <span className={anchors.has(rating) ? undefined : 'muted'}>{anchors.get(rating) ?? 'Not described'}</span>
                )}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
