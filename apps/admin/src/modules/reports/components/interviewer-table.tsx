import { useQuery } from '@apollo/client/react';
import { ChartKey } from '../../../ui/chart-figure';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { DEFAULT_RATING_SCALE, plural } from '../../../ui/format';
import { UsersIcon } from '../../../ui/icons';
import { InterviewerReportQuery } from '../graphql/reports.documents';
import { byName, formatRate, type InterviewerRow, leniencyOf, ratingSummary, share } from '../hooks/report-figures';
import './interviewer-table.css';

const RATING_COLORS = ['var(--report-rating-1)', 'var(--report-rating-2)', 'var(--report-rating-3)', 'var(--report-rating-4)'];

/** Per interviewer of the opening: scorecards done, on time against both deadlines, how they rate, leniency and agreement. */
export function InterviewerTable({ openingId }: { openingId: string }) {
  const { data, error, refetch } = useQuery(InterviewerReportQuery, { variables: { openingId }, fetchPolicy: 'cache-and-network' });
  return (
    <section className="card report-interviewers" aria-labelledby="report-interviewers-title">
      <div className="report-card-head">
        <div>
          <h3 id="report-interviewers-title" className="card-title">
            Interviewers
          </h3>
          <p className="chart-note">
            From this opening’s ended interviews. Ratings are their category ratings on the 1–4 scale; leniency is how far they sit from
            co-panelists on the same candidates, in rating levels (+ lenient, − strict); agreement is how often their recommendation leaned
            the way most co-panelists’ did.
          </p>
        </div>
        <ChartKey label="Rating levels" items={DEFAULT_RATING_SCALE.map((name, index) => ({ name, color: RATING_COLORS[index] }))} />
      </div>
      {error && !data ? (
        <LoadError title="The interviewer report could not load" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonLines count={4} />
      ) : data.interviewerReport.length === 0 ? (
        <EmptyState icon={<UsersIcon />} title="No interviewer figures yet">
          <p>They appear once an interview of this opening has ended.</p>
        </EmptyState>
      ) : (
        <Rows rows={byName(data.interviewerReport)} />
      )}
    </section>
  );
}

function Rows({ rows }: { rows: InterviewerRow[] }) {
  return (
    <div className="table-wrap report-interviewer-frame" role="region" aria-labelledby="report-interviewers-caption" tabIndex={0}>
      <table className="table report-table report-interviewer-table">
        <caption id="report-interviewers-caption" className="visually-hidden">
          Interviewers of this opening
        </caption>
        <thead>
          <tr>
            <th scope="col">Interviewer</th>
            <th scope="col">Scorecards</th>
            <th scope="col">Recommendation on time</th>
            <th scope="col">Scorecard on time</th>
            <th scope="col">Ratings</th>
            <th scope="col">Leniency</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.interviewer.id}>
              <th scope="row">{row.interviewer.name}</th>
              <td>
                <Done part={row.scorecardsSubmitted} whole={row.seats} />
              </td>
              <td>
                <Rate rate={row.recommendationOnTimeRate} seats={row.seats} />
              </td>
              <td>
                <Rate rate={row.scorecardOnTimeRate} seats={row.seats} />
              </td>
              <td>
                <Ratings distribution={row.ratingDistribution} />
              </td>
              <td>
                <Leniency value={row.leniency} shared={row.sharedCandidates} backed={row.leniencyBacked} />
              </td>
              <td>
                {row.agreementRate == null ? (
                  <span className="muted">No split panels to compare yet</span>
                ) : (
                  <>
                    <strong className="report-figure">{formatRate(row.agreementRate)}</strong>
                    <span className="report-sub">of {plural(row.agreementSample, 'interview')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Done({ part, whole }: { part: number; whole: number }) {
  const rate = share(part, whole);
  return (
    <>
      <span className="report-figure">
        <strong>{part}</strong> of {whole}
      </span>
      <MiniBar rate={rate} />
    </>
  );
}

function Rate({ rate, seats }: { rate: number | null; seats: number }) {
  if (rate == null) return <span className="muted">No ended interviews</span>;
  return (
    <>
      <strong className="report-figure">{formatRate(rate)}</strong>
      <MiniBar rate={rate} />
      <span className="report-sub">of {plural(seats, 'seat')}</span>
    </>
  );
}

function MiniBar({ rate }: { rate: number | null }) {
  return (
    <span className="report-minibar" aria-hidden="true">
      <span style={{ width: `${(rate ?? 0) * 100}%` }} />
    </span>
  );
}

/** A tiny stacked bar of the four levels, lowest first, named by its counts. */
function Ratings({ distribution }: { distribution: readonly number[] }) {
  const total = distribution.reduce((sum, count) => sum + count, 0);
  if (total === 0) return <span className="muted">No ratings yet</span>;
  return (
    <span className="report-ratings">
      <span className="report-ratings-bar" role="img" aria-label={`Ratings: ${ratingSummary(distribution)}`}>
        {distribution.map((count, index) =>
          count === 0 ? null : (
            <span
              key={index}
              className="report-ratings-part"
              title={`${DEFAULT_RATING_SCALE[index]}: ${count}`}
              style={{ flexGrow: count, background: RATING_COLORS[index] }}
            />
          ),
        )}
      </span>
      <span className="report-sub" aria-hidden="true">
        {distribution.join(' · ')} ({total})
      </span>
    </span>
  );
}

function Leniency({ value, shared, backed }: { value: number | null; shared: number; backed: boolean }) {
  if (value == null) return <span className="muted">No shared candidates yet</span>;
  const { text, lean } = leniencyOf(value);
  return (
    <>
      <span className={`report-figure report-lean report-lean-${lean}`}>
        <strong>{text}</strong> {lean}
      </span>
      <span className="report-sub">
        over {plural(shared, 'shared candidate')}
        {backed ? '' : ': too few to calibrate with'}
      </span>
    </>
  );
}
