import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { QuestionGridQuery as QuestionGridData } from '../../../gql/graphql';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { CloseIcon } from '../../../ui/icons';
import { QuestionGridQuery } from '../graphql/comparison.documents';
import { ratingLabel } from '../hooks/comparison-rows';
import { GridIcon } from '../../../ui/icons';
import './question-grid.css';

type Grid = QuestionGridData['questionGrid'];
type GridRating = Grid['cells'][number]['ratings'][number];

/**
 * The same questions across the picked candidates: a row per question, a column per candidate, and in each cell
 * every panelist's rating, notes and the talking points the candidate covered.
 */
export function QuestionGrid({
  openingId,
  applicationIds,
  onClose,
  scaleOf,
}: {
  openingId: string;
  applicationIds: string[];
  onClose: () => void;
  /** A round's rating labels when the viewer may read the loop. */
  scaleOf: (roundId: string) => readonly string[] | undefined;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error, refetch } = useQuery(QuestionGridQuery, {
    variables: { openingId, applicationIds },
    fetchPolicy: 'cache-and-network',
  });
  const key = applicationIds.join(',');

  // Opening the grid moves the reader to it: it appears below a table that may fill the screen.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [key]);

  return (
    <section className="cmp-grid-section" aria-labelledby="question-grid-title">
      <div className="section-bar">
        <div>
          <h2 id="question-grid-title" className="section-heading" tabIndex={-1} ref={headingRef}>
            <GridIcon /> Question by question
          </h2>
          <p className="muted small">
            {plural(applicationIds.length, 'candidate')} side by side: each panelist’s rating, notes and the talking points covered.
          </p>
        </div>
        <button type="button" className="btn btn-sm" onClick={onClose}>
          <CloseIcon /> Close questions
        </button>
      </div>
      {error && !data ? (
        <LoadError title="The questions could not load" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonLines count={4} />
      ) : data.questionGrid.questions.length === 0 ? (
        <EmptyState icon={<GridIcon width={26} height={26} />} title="No rated questions yet">
          <p>Questions appear here once a submitted scorecard of these candidates has rated or annotated them.</p>
        </EmptyState>
      ) : (
        <GridTable grid={data.questionGrid} scaleOf={scaleOf} />
      )}
    </section>
  );
}

function GridTable({ grid, scaleOf }: { grid: Grid; scaleOf: (roundId: string) => readonly string[] | undefined }) {
  const cellOf = (questionId: string, applicationId: string) =>
    grid.cells.find((cell) => cell.questionId === questionId && cell.applicationId === applicationId);
  // Panelists the grid does not name are told apart by number, in the order they first appear.
  const panelists = [...new Set(grid.cells.flatMap((cell) => cell.ratings.map((rating) => rating.panelistId)))];
  const panelistName = (rating: GridRating) => rating.panelist?.name ?? `Panelist ${panelists.indexOf(rating.panelistId) + 1}`;
  return (
    // Focusable, so the keyboard can scroll it sideways when the candidates do not fit.
    <div className="table-wrap cmp-grid-wrap" role="region" aria-label="Answers by question and candidate" tabIndex={0}>
      <table className="table cmp-grid">
        <caption className="visually-hidden">Questions down the side, candidates across</caption>
        <thead>
          <tr>
            <th scope="col" className="cmp-grid-question-head">
              Question
            </th>
            {grid.applications.map((application) => (
              <th key={application.id} scope="col" className="cmp-grid-candidate-head">
                {application.candidate.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.questions.map((question) => (
            <tr key={question.id}>
              <th scope="row" className="cmp-grid-question">
                <span className="cmp-grid-title">{question.title}</span>
                <span className="cmp-grid-category">{question.category.name}</span>
                {question.talkingPoints.length > 0 && (
                  <ol className="cmp-grid-points" aria-label={`Talking points of ${question.title}`}>
                    {question.talkingPoints.map((point, index) => (
                      <li key={index}>{point.text}</li>
                    ))}
                  </ol>
                )}
              </th>
              {grid.applications.map((application) => {
                const ratings = cellOf(question.id, application.id)?.ratings ?? [];
                return (
                  <td key={application.id} className="cmp-grid-cell">
                    {ratings.length === 0 ? (
                      <span className="muted small">Not asked</span>
                    ) : (
                      <ul className="cmp-grid-ratings">
                        {ratings.map((rating) => (
                          <RatingEntry
                            key={`${rating.panelistId}-${rating.roundId}`}
                            rating={rating}
                            points={question.talkingPoints}
                            scale={scaleOf(rating.roundId)}
                            panelist={panelistName(rating)}
                          />
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RatingEntry({
  rating,
  points,
  scale,
  panelist,
}: {
  rating: GridRating;
  points: ReadonlyArray<{ text: string }>;
  scale: readonly string[] | undefined;
  panelist: string;
}) {
  const covered = rating.talkingPointsCovered.map((index) => points[index]?.text ?? `Point ${index + 1}`);
  // The rating's colour follows its place on the scale, whatever the number of levels.
  const level =
    rating.rating === null ? 0 : Math.max(1, Math.min(4, Math.round(1 + (3 * (rating.rating - 1)) / Math.max(1, rating.levels - 1))));
  return (
    <li className="cmp-grid-rating">
      <div className="cmp-grid-rating-head">
        <span className="cmp-grid-panelist">{panelist}</span>
        {rating.notAsked ? (
          <span className="badge badge-muted">Not asked</span>
        ) : rating.rating === null ? (
          <span className="badge badge-muted">Not rated</span>
        ) : (
          <span className={`badge cmp-level-${level}`}>{ratingLabel(rating.rating, rating.levels, scale)}</span>
        )}
      </div>
      {rating.notes && <p className="cmp-grid-notes">{rating.notes}</p>}
      {!rating.notAsked && points.length > 0 && (
        <p className="cmp-grid-covered">
          {covered.length === 0 ? (
            'No talking points covered'
          ) : (
            <>
              <span className="cmp-grid-covered-count">
                Covered {covered.length} of {points.length}:
              </span>{' '}
              {covered.join('; ')}
            </>
          )}
        </p>
      )}
    </li>
  );
}
