import { useQuery } from '@apollo/client/react';
import { LoadError, SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { InterviewerCalibrationQuery, OpeningAgreementQuery } from '../graphql/comparison.documents';
import { formatOffset } from '../hooks/comparison-rows';
import './calibration-panel.css';

/** Krippendorff's lowest level for tentative conclusions; the server flags `low` below it. */
const TENTATIVE_ALPHA = 0.667;

/**
 * For the hiring team: how lenient or strict each interviewer rates compared with their co-panelists, and how far
 * the panel agrees, overall and per focus category. Interviewers never see it (the server refuses them too).
 */
export function CalibrationPanel({
  openingId,
  categories,
  minSharedCandidates,
}: {
  openingId: string;
  categories: ReadonlyArray<{ id: string; name: string }>;
  minSharedCandidates: number;
}) {
  return (
    <section className="card cmp-calibration" aria-labelledby="comparison-calibration-title">
      <h3 id="comparison-calibration-title" className="card-title">
        Calibration
      </h3>
      <p className="muted small cmp-calibration-intro">
        Leniency is how far an interviewer’s ratings sit from their co-panelists’ on the same candidates. The calibrated score removes it
        once it rests on {plural(minSharedCandidates, 'shared candidate')} or more.
      </p>
      <Leniency openingId={openingId} minSharedCandidates={minSharedCandidates} />
      <h4 className="cmp-subtitle">Panel agreement</h4>
      <p className="muted small cmp-calibration-intro">
        Krippendorff’s alpha: 1 is full agreement, 0 no better than chance; below {TENTATIVE_ALPHA} conclusions are tentative.
      </p>
      <Agreement openingId={openingId} categories={categories} />
    </section>
  );
}

function Leniency({ openingId, minSharedCandidates }: { openingId: string; minSharedCandidates: number }) {
  const { data, error, refetch } = useQuery(InterviewerCalibrationQuery, { variables: { openingId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadError title="Leniency could not load" error={error} onRetry={() => void refetch()} />;
  if (!data) return <SkeletonLines count={3} />;
  const interviewers = [...data.interviewerCalibration].sort((a, b) => a.interviewer.name.localeCompare(b.interviewer.name));
  if (interviewers.length === 0) {
    return <p className="small cmp-calibration-empty">No interviewer has rated a candidate alongside someone else yet.</p>;
  }
  return (
    <table className="cmp-mini-table">
      <caption className="visually-hidden">Leniency of each interviewer</caption>
      <thead>
        <tr>
          <th scope="col">Interviewer</th>
          <th scope="col">Leniency</th>
          <th scope="col">Shared candidates</th>
        </tr>
      </thead>
      <tbody>
        {interviewers.map((entry) => {
          const lean = Math.abs(entry.leniency) < 0.005 ? 'even' : entry.leniency > 0 ? 'lenient' : 'strict';
          return (
            <tr key={entry.interviewer.id}>
              <th scope="row">{entry.interviewer.name}</th>
              <td>
                <span className={`cmp-lean cmp-lean-${lean}`}>{formatOffset(entry.leniency)}</span> <span className="muted">{lean}</span>
              </td>
              <td>
                {entry.sharedCandidates} <span className="muted">· {plural(entry.ratings, 'rating')}</span>
                {entry.backed ? (
                  <span className="cmp-backing cmp-backing-ok">Removed from calibrated scores</span>
                ) : (
                  <span className="cmp-backing cmp-backing-short">Not enough shared candidates (needs {minSharedCandidates})</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Agreement({ openingId, categories }: { openingId: string; categories: ReadonlyArray<{ id: string; name: string }> }) {
  const { data, error, refetch } = useQuery(OpeningAgreementQuery, { variables: { openingId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadError title="Agreement could not load" error={error} onRetry={() => void refetch()} />;
  if (!data) return <SkeletonLines count={3} />;
  const byCategory = new Map(data.openingAgreement.map((result) => [result.categoryId ?? null, result]));
  const rows = [{ id: null, name: 'Overall recommendation' }, ...categories];
  return (
    <table className="cmp-mini-table cmp-agreement">
      <caption className="visually-hidden">Agreement of the panel, overall and per focus category</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Alpha</th>
          <th scope="col">Candidates with 2+ ratings</th>
          <th scope="col">
            <span className="visually-hidden">Verdict</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const result = byCategory.get(row.id);
          return (
            <tr key={row.id ?? 'overall'}>
              <th scope="row">{row.name}</th>
              <td>{result?.alpha == null ? '—' : result.alpha.toFixed(2)}</td>
              <td>{result?.pairableUnits ?? 0}</td>
              <td>
                {result?.alpha == null ? (
                  <span className="badge badge-muted" title="No candidate has two different ratings yet">
                    Not enough data
                  </span>
                ) : result.low ? (
                  <span className="badge badge-warning">Low</span>
                ) : (
                  <span className="badge badge-success">Acceptable</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
