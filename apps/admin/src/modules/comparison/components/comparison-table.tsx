import { Fragment, useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useOriginState } from '../../../ui/back-link';
import { APPLICATION_STATUS_LABELS, formatDate, plural } from '../../../ui/format';
import { ArrowDownIcon, ArrowUpIcon, ChevronIcon, FlagIcon, SortIcon } from '../../../ui/icons';
import {
  type ComparisonRow,
  DECISION_LABELS,
  formatScore,
  recommendationTally,
  type Sort,
  type SortKey,
  scoreLevel,
} from '../hooks/comparison-rows';
import { MAX_COMPARED } from '../hooks/use-comparison-params';
import { ComparisonBreakdownQuery } from '../graphql/comparison.documents';
import { SkeletonLines } from '../../../ui/feedback';
import './comparison-table.css';

export interface CategoryColumn {
  id: string;
  name: string;
  weight: number;
  openingAverage: number | null;
}

interface Props {
  rows: ComparisonRow[];
  columns: CategoryColumn[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  picked: string[];
  onPick: (applicationIds: string[]) => void;
  /** A round's name for the breakdown (interviewers may not read the loop). */
  openingId: string;
  roundName: (roundId: string, order: readonly string[]) => string;
  /** The hiring team opens candidates' profiles; interviewers cannot. */
  linkCandidates: boolean;
  minSharedCandidates: number;
}

/** Candidates down the side, focus categories across, then the panel's recommendations and the scores. */
export function ComparisonTable({
  openingId,
  rows,
  columns,
  sort,
  onSort,
  picked,
  onPick,
  roundName,
  linkCandidates,
  minSharedCandidates,
}: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const origin = useOriginState('Comparison');
  const pickAllRef = useRef<HTMLInputElement>(null);
  const shownIds = rows.map((row) => row.application.id);
  const pickedShown = shownIds.filter((id) => picked.includes(id));
  const allPicked = pickedShown.length > 0 && pickedShown.length === Math.min(shownIds.length, MAX_COMPARED);
  const full = picked.length >= MAX_COMPARED;
  const columnCount = columns.length + 6;
  // Equal weights go without saying; uneven ones are shown on every category they touch.
  const weighted = columns.some((column) => column.weight !== 1);

  useEffect(() => {
    if (pickAllRef.current) pickAllRef.current.indeterminate = pickedShown.length > 0 && !allPicked;
  }, [pickedShown.length, allPicked]);

  const nameOf = (id: string) => columns.find((column) => column.id === id)?.name ?? 'a removed category';
  const toggle = (applicationId: string) =>
    onPick(picked.includes(applicationId) ? picked.filter((id) => id !== applicationId) : [...picked, applicationId]);
  const toggleExpanded = (applicationId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(applicationId)) next.add(applicationId);
      return next;
    });

  const header = (key: SortKey, label: string, detail?: string, className = '') => (
    <th key={key} scope="col" className={`cmp-head ${className}`} aria-sort={sort.key === key ? sort.direction : undefined}>
      <SortButton sortKey={key} sort={sort} onSort={onSort} label={label} detail={detail} />
    </th>
  );

  return (
    <div className="table-wrap cmp-wrap">
      <table className="table cmp-table">
        <caption className="visually-hidden">
          Candidates side by side: scores are means of the panel’s ratings on the 1 to 4 scale, from submitted scorecards. The column
          headers sort the table.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cmp-head cmp-sticky" aria-sort={sort.key === 'name' ? sort.direction : undefined}>
              <div className="cmp-candidate-head">
                <input
                  ref={pickAllRef}
                  type="checkbox"
                  className="cmp-check"
                  aria-label={`Pick every candidate shown (at most ${MAX_COMPARED})`}
                  checked={allPicked}
                  disabled={rows.length === 0}
                  onChange={() =>
                    onPick(
                      allPicked
                        ? picked.filter((id) => !shownIds.includes(id))
                        : [...new Set([...picked, ...shownIds])].slice(0, MAX_COMPARED),
                    )
                  }
                />
                <SortButton sortKey="name" sort={sort} onSort={onSort} label="Candidate" />
              </div>
            </th>
            {columns.map((column) =>
              header(`category:${column.id}`, column.name, weighted ? `weight ${column.weight}` : undefined, 'cmp-num cmp-category-head'),
            )}
            <th scope="col" className="cmp-head cmp-plain-head">
              Recommendations
            </th>
            {header('scorecards', 'Scorecards', undefined, 'cmp-num')}
            {header('overall', 'Overall', 'weighted mean', 'cmp-num cmp-score-head')}
            {header('calibrated', 'Calibrated', 'leniency removed', 'cmp-num cmp-score-head')}
            <th scope="col" className="cmp-head cmp-plain-head">
              Decision
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { application } = row;
            const name = row.candidateName;
            const isPicked = picked.includes(application.id);
            const isExpanded = expanded.has(application.id);
            const detailId = `cmp-rounds-${application.id}`;
            const { unratedCategoryIds, disagreementCategoryIds } = row.evidenceGaps;
            const gaps = [
              unratedCategoryIds.length > 0 && `Not yet rated: ${unratedCategoryIds.map(nameOf).join(', ')}`,
              disagreementCategoryIds.length > 0 && `panel disagrees on: ${disagreementCategoryIds.map(nameOf).join(', ')}`,
            ].filter(Boolean);
            const gapText = gaps.join('; ');
            return (
              <Fragment key={application.id}>
                <tr className={isPicked ? 'cmp-row cmp-row-picked' : 'cmp-row'}>
                  <th scope="row" className="cmp-sticky cmp-candidate">
                    <div className="cmp-candidate-line">
                      <input
                        type="checkbox"
                        className="cmp-check"
                        aria-label={`Pick ${name}`}
                        checked={isPicked}
                        disabled={!isPicked && full}
                        onChange={() => toggle(application.id)}
                      />
                      <div className="cmp-candidate-text">
                        {linkCandidates ? (
                          <Link className="row-title" to={`/candidates/${row.candidateId}`} state={origin}>
                            {name}
                          </Link>
                        ) : (
                          <span className="row-title">{name}</span>
                        )}
                        <span className="cmp-stage">
                          {application.stage.name}
                          {application.status !== 'ACTIVE' && (
                            <span className="badge badge-muted">{APPLICATION_STATUS_LABELS[application.status]}</span>
                          )}
                        </span>
                        {gapText && <span className="cmp-gaps">{gapText.charAt(0).toUpperCase() + gapText.slice(1)}</span>}
                        {row.scorecardCount > 0 && (
                          <button
                            type="button"
                            className="link-button cmp-rounds-toggle"
                            aria-expanded={isExpanded}
                            aria-controls={isExpanded ? detailId : undefined}
                            onClick={() => toggleExpanded(application.id)}
                          >
                            <ChevronIcon className="cmp-chevron" width={14} height={14} />
                            By round<span className="visually-hidden"> for {name}</span>
                          </button>
                        )}
                      </div>
                    </div>
                  </th>
                  {row.scorecardCount === 0 ? (
                    <td colSpan={columns.length + 1} className="cmp-nothing">
                      No submitted scorecards yet
                    </td>
                  ) : (
                    <>
                      {columns.map((column) => {
                        const score = row.categoryScores.find((entry) => entry.categoryId === column.id);
                        return (
                          <td key={column.id} className="cmp-num">
                            <CategoryCell
                              mean={score?.mean ?? null}
                              disagreement={score?.disagreement ?? false}
                              unrated={unratedCategoryIds.includes(column.id)}
                            />
                          </td>
                        );
                      })}
                      <td className="cmp-tally">{recommendationTally(row.recommendations)}</td>
                    </>
                  )}
                  <td className="cmp-num">{row.scorecardCount}</td>
                  <td className="cmp-num">
                    <span className="cmp-total">{formatScore(row.overallScore, 2)}</span>
                  </td>
                  <td className="cmp-num">
                    <CalibratedCell row={row} minSharedCandidates={minSharedCandidates} />
                  </td>
                  <td>
                    {row.decision ? (
                      <span className="cmp-decision" title={row.decision.reason || undefined}>
                        <span className={`badge cmp-decision-${row.decision.decision.toLowerCase()}`}>
                          {DECISION_LABELS[row.decision.decision]}
                        </span>
                        <span className="cmp-decision-date">{formatDate(row.decision.createdAt)}</span>
                      </span>
                    ) : (
                      <span className="muted">None yet</span>
                    )}
                  </td>
                </tr>
                {isExpanded && (
                  <tr className="cmp-detail-row" id={detailId}>
                    <td colSpan={columnCount}>
                      <RoundBreakdown openingId={openingId} row={row} columns={columns} roundName={roundName} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SortButton({
  sortKey,
  sort,
  onSort,
  label,
  detail,
}: {
  sortKey: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  label: string;
  detail?: string;
}) {
  const active = sort.key === sortKey;
  return (
    <button type="button" className={`cmp-sort${active ? ' cmp-sort-active' : ''}`} onClick={() => onSort(sortKey)}>
      <span className="cmp-sort-label">
        {label}
        {detail && <span className="cmp-sort-detail"> {detail}</span>}
      </span>
      {!active ? <SortIcon className="cmp-sort-idle" /> : sort.direction === 'ascending' ? <ArrowUpIcon /> : <ArrowDownIcon />}
    </button>
  );
}

function CategoryCell({ mean, disagreement, unrated }: { mean: number | null; disagreement: boolean; unrated: boolean }) {
  if (mean === null) return unrated ? <span className="cmp-unrated">Unrated</span> : <span className="muted">—</span>;
  return (
    <span className="cmp-cell">
      <span className={`cmp-score cmp-level-${scoreLevel(mean)}`}>{formatScore(mean)}</span>
      {disagreement && (
        <span className="cmp-flag" title="The panel disagrees: ratings two or more levels apart">
          <FlagIcon width={14} height={14} />
          <span className="visually-hidden"> panel disagrees</span>
        </span>
      )}
    </span>
  );
}

function CalibratedCell({ row, minSharedCandidates }: { row: ComparisonRow; minSharedCandidates: number }) {
  if (row.calibratedScore === null) return <span className="muted">—</span>;
  const value = <span className="cmp-total cmp-calibrated">{formatScore(row.calibratedScore, 2)}</span>;
  if (row.calibrationBacked) return value;
  const why =
    `Too few shared candidates: some panelists rated fewer than ${minSharedCandidates} candidates alongside others, ` +
    'so their leniency stays in';
  return (
    <span className="cmp-unbacked" title={why}>
      {value}
      <span className="cmp-unbacked-mark" aria-hidden="true">
        *
      </span>
      <span className="visually-hidden"> (too few shared candidates to remove every panelist’s leniency)</span>
    </span>
  );
}

/** A candidate's scores by round, loaded when opened (the table itself carries one mean per category). */
function RoundBreakdown({
  openingId,
  row,
  columns,
  roundName,
}: {
  openingId: string;
  row: ComparisonRow;
  columns: CategoryColumn[];
  roundName: (id: string, order: readonly string[]) => string;
}) {
  const { data, error } = useQuery(ComparisonBreakdownQuery, { variables: { openingId, applicationId: row.application.id } });
  const scores = data?.comparison.rows[0]?.categoryScores;
  const order = [...new Set((scores ?? []).flatMap((score) => score.rounds.map((round) => round.roundId)))];
  return (
    <div className="cmp-detail">
      <p className="cmp-detail-title">
        {row.candidateName} by round · {plural(row.scorecardCount, 'submitted scorecard')}
      </p>
      {error && !scores ? (
        <p className="small">The breakdown could not load.</p>
      ) : !scores ? (
        <SkeletonLines count={2} />
      ) : (
        <dl className="cmp-breakdown">
          {columns.map((column) => {
            const score = scores.find((entry) => entry.categoryId === column.id);
            return (
              <div key={column.id} className="cmp-breakdown-item">
                <dt>{column.name}</dt>
                <dd>
                  {!score || score.rounds.length === 0 ? (
                    <span className="muted">Not yet rated</span>
                  ) : (
                    <ul className="cmp-round-list">
                      {score.rounds.map((round) => (
                        <li key={round.roundId}>
                          <span>{roundName(round.roundId, order)}</span>
                          <strong>{formatScore(round.mean)}</strong>
                          <span className="muted">{plural(round.ratings, 'rating')}</span>
                        </li>
                      ))}
                      {score.calibratedMean !== null && score.calibratedMean !== score.mean && (
                        <li className="muted">Calibrated {formatScore(score.calibratedMean)}</li>
                      )}
                    </ul>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </div>
  );
}
