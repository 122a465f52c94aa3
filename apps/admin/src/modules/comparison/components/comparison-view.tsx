import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useHiringAccess } from '../../auth';
import { Alert, EmptyState, LoadError, ProgressBar, SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { ComparisonCategoriesQuery, ComparisonOpeningQuery, ComparisonQuery } from '../graphql/comparison.documents';
import { DEFAULT_SORT, MAX_CHARTED, nextSort, type Sort, type SortKey, sortRows } from '../hooks/comparison-rows';
import { MAX_COMPARED, useComparisonParams } from '../hooks/use-comparison-params';
import { CalibrationPanel } from './calibration-panel';
import { ComparisonFilters } from './comparison-filters';
import { ChartIcon, FlagIcon, GridIcon } from '../../../ui/icons';
import { type CategoryColumn, ComparisonTable } from './comparison-table';
import { CsvDownloadButton } from './csv-download-button';
import { QuestionGrid } from './question-grid';
import { WeightsPanel } from './weights-panel';
import './comparison-view.css';

// The charting library is big: it loads with the first comparison that has scores to draw, not with the opening.
const ComparisonCharts = lazy(() => import('./comparison-charts'));

interface StageOption {
  id: string;
  name: string;
  position: number;
}

const SORT_NAMES: Record<string, string> = {
  name: 'candidate name',
  scorecards: 'scorecards',
  overall: 'overall score',
  calibrated: 'calibrated score',
};

/**
 * An opening's candidates side by side from submitted scorecards: the table with its filters and sorting, the
 * question grid for picked candidates, the charts, the weights and, for the hiring team, calibration.
 */
export function ComparisonView({ openingId }: { openingId: string }) {
  const { canManagePipeline, canManageOpenings } = useHiringAccess();
  const params = useComparisonParams();
  const { data, previousData, error, loading, refetch } = useQuery(ComparisonQuery, {
    variables: { openingId, filter: params.filter },
    fetchPolicy: 'cache-and-network',
  });
  const { data: categoryData } = useQuery(ComparisonCategoriesQuery, { fetchPolicy: 'cache-first' });
  const { data: openingData } = useQuery(ComparisonOpeningQuery, { variables: { id: openingId }, skip: !canManagePipeline });
  const [picked, setPicked] = useState<string[]>([]);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [seenStages, setSeenStages] = useState<StageOption[]>([]);

  const comparison = (data ?? previousData)?.comparison;
  const rows = useMemo(() => (comparison ? sortRows(comparison.rows, sort) : []), [comparison, sort]);

  // Interviewers may not read the opening: the stages they can filter by are those of the candidates they have seen.
  const unseen = (comparison?.rows ?? [])
    .map((row) => row.application.stage)
    .filter((stage) => !seenStages.some((seen) => seen.id === stage.id));
  if (!canManagePipeline && unseen.length > 0) {
    const added = [...new Map(unseen.map((stage) => [stage.id, stage])).values()];
    setSeenStages([...seenStages, ...added]);
  }
  const stageOptions = openingData?.opening.stages ?? seenStages;

  const categoryName = useMemo(() => new Map(categoryData?.categories.map((category) => [category.id, category.name])), [categoryData]);
  const columns: CategoryColumn[] = useMemo(
    () =>
      (comparison?.weights ?? []).map((weight) => ({
        id: weight.categoryId,
        name: categoryName.get(weight.categoryId) ?? (categoryData ? 'A removed category' : 'Category'),
        weight: weight.weight,
        openingAverage: weight.openingAverage,
      })),
    [comparison, categoryName, categoryData],
  );

  const rounds = openingData?.opening.loop.rounds;
  // Rounds the viewer may not read are numbered in the order they appear in the candidate's breakdown.
  const roundName = (roundId: string, order: readonly string[]) =>
    rounds?.find((round) => round.id === roundId)?.name ?? `Round ${order.indexOf(roundId) + 1}`;
  const scaleOf = (roundId: string) => rounds?.find((round) => round.id === roundId)?.ratingScale;

  if (error && !comparison) return <LoadError title="The comparison could not load" error={error} onRetry={() => void refetch()} />;
  if (!comparison) return <SkeletonLines count={6} />;

  const shownIds = new Set(rows.map((row) => row.application.id));
  const pickedShown = picked.filter((id) => shownIds.has(id));
  const scored = rows.filter((row) => row.scorecardCount > 0);
  const hidden = comparison.hiddenForIndependence;
  const charted = (pickedShown.length ? rows.filter((row) => pickedShown.includes(row.application.id)) : scored.slice(0, 1)).slice(
    0,
    MAX_CHARTED,
  );
  // The legend explains only the marks the table shows.
  const marks = {
    disagreement: scored.some((row) => row.evidenceGaps.disagreementCategoryIds.length > 0),
    unrated: scored.some((row) => row.evidenceGaps.unratedCategoryIds.length > 0),
    unbacked: scored.some((row) => !row.calibrationBacked && row.calibratedScore !== null),
  };
  const onSort = (key: SortKey) => setSort((current) => nextSort(current, key));
  const sortName = sort.key.startsWith('category:')
    ? (columns.find((column) => `category:${column.id}` === sort.key)?.name ?? 'category')
    : SORT_NAMES[sort.key];

  const hiddenNotice = hidden > 0 && (
    <Alert tone="info" title={`${plural(hidden, 'candidate')} hidden until you submit your ${hidden === 1 ? 'scorecard' : 'scorecards'}`}>
      You are on their panels: the others’ scores stay out of sight until your own scorecard is in, so your judgement stays your own.
    </Alert>
  );

  if (!params.filtered && scored.length === 0) {
    return (
      <section className="cmp" aria-labelledby="comparison-title">
        <h2 id="comparison-title" className="visually-hidden">
          Candidates side by side
        </h2>
        {hiddenNotice}
        <EmptyState
          icon={<ChartIcon width={28} height={28} />}
          title={rows.length === 0 && hidden === 0 ? 'No candidates to compare yet' : 'No submitted scorecards yet'}
          action={
            canManagePipeline && (
              <Link className="btn" to={`/openings/${openingId}/pipeline`}>
                Go to the pipeline
              </Link>
            )
          }
        >
          <p>
            Once panelists submit their scorecards, the candidates appear here side by side: a score per focus category, the panel’s
            recommendations, an overall score with and without each interviewer’s leniency, and charts against the opening’s average. Drafts
            never count.
          </p>
        </EmptyState>
      </section>
    );
  }

  return (
    <section className="cmp" aria-labelledby="comparison-title">
      <div className="section-bar">
        <div>
          <h2 id="comparison-title" className="section-heading">
            Candidates side by side
          </h2>
          <p className="muted small">From submitted scorecards only, on the 1–4 scale: 1 Strong no, 2 No, 3 Yes, 4 Strong yes.</p>
        </div>
        <CsvDownloadButton openingId={openingId} filter={params.filter} title={openingData?.opening.title} />
      </div>
      {hiddenNotice}
      <div className="cmp-toolbar">
        <ComparisonFilters
          stages={[...stageOptions].sort((a, b) => a.position - b.position)}
          stageIds={params.stageIds}
          onStageIds={params.setStageIds}
          statuses={params.statuses}
          onStatuses={params.setStatuses}
          filtered={params.filtered}
          onClear={params.clearFilters}
        />
        <div className="cmp-pick-actions">
          <p className="result-count" aria-live="polite" aria-atomic="true">
            {plural(rows.length, 'candidate')}
            {pickedShown.length > 0 && <span className="muted"> · {pickedShown.length} picked</span>}
          </p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={pickedShown.length === 0}
            aria-describedby="comparison-pick-hint"
            onClick={() => params.compare(pickedShown)}
          >
            <GridIcon /> Compare questions
          </button>
        </div>
      </div>
      <p id="comparison-pick-hint" className="cmp-hint">
        {pickedShown.length >= MAX_COMPARED
          ? `${MAX_COMPARED} picked: the most the question grid compares at once.`
          : `Pick up to ${MAX_COMPARED} candidates to compare their answers question by question and chart them against the average.`}
      </p>
      <div className="cmp-table-frame" aria-busy={loading}>
        <ProgressBar active={loading && Boolean(data ?? previousData)} />
        {rows.length === 0 ? (
          <EmptyState
            title="No candidates match these filters"
            action={
              <button type="button" className="btn" onClick={params.clearFilters}>
                Clear filters
              </button>
            }
          />
        ) : (
          <ComparisonTable
            rows={rows}
            columns={columns}
            sort={sort}
            onSort={onSort}
            picked={pickedShown}
            onPick={setPicked}
            openingId={openingId}
            roundName={roundName}
            linkCandidates={canManagePipeline}
            minSharedCandidates={comparison.minSharedCandidates}
          />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        Sorted by {sortName}, {sort.direction === 'ascending' ? 'lowest' : 'highest'} first
      </p>
      {(marks.disagreement || marks.unrated || marks.unbacked) && (
        <ul className="cmp-legend" aria-label="Legend">
          {marks.disagreement && (
            <li>
              <FlagIcon className="cmp-legend-flag" width={14} height={14} />
              the panel disagrees: ratings two or more levels apart
            </li>
          )}
          {marks.unrated && (
            <li>
              <span className="cmp-unrated">Unrated</span> a focus category no submitted scorecard rated yet
            </li>
          )}
          {marks.unbacked && (
            <li>
              <span className="cmp-legend-mark cmp-legend-star" aria-hidden="true">
                *
              </span>
              calibrated with too few shared candidates (under {comparison.minSharedCandidates}) for some panelists
            </li>
          )}
        </ul>
      )}
      {params.compared.length > 0 && (
        <QuestionGrid openingId={openingId} applicationIds={params.compared} onClose={() => params.compare([])} scaleOf={scaleOf} />
      )}
      {scored.length > 0 && (
        <Suspense fallback={<SkeletonLines count={5} />}>
          <ComparisonCharts columns={columns} rows={rows} charted={charted} pickedCount={pickedShown.length} />
        </Suspense>
      )}
      <div className={canManagePipeline ? 'cmp-panels' : 'cmp-panels cmp-panels-single'}>
        <WeightsPanel
          openingId={openingId}
          columns={columns}
          rationale={comparison.weightsRationale}
          method={comparison.method}
          canEdit={canManageOpenings}
        />
        {canManagePipeline && (
          <CalibrationPanel openingId={openingId} categories={columns} minSharedCandidates={comparison.minSharedCandidates} />
        )}
      </div>
    </section>
  );
}
