import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { isErrorCode } from '../../../ui/errors';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { DownloadIcon, UserIcon } from '../../../ui/icons';
import { OpeningReportQuery } from '../graphql/reports.documents';
import { hasApplications } from '../hooks/report-figures';
import { useReportCsv } from '../hooks/use-report-csv';
import { FeedbackSection } from './feedback-section';
import { FunnelSection } from './funnel-section';
import { InterviewerTable } from './interviewer-table';
import { ReasonsSection } from './reasons-section';
import { ReportSummary } from './report-summary';
import { ReportsForbidden } from './reports-forbidden';
import './opening-reports.css';

/**
 * How an opening is going, for the hiring team: the funnel by stage, why people left, whether feedback comes on
 * time and how each interviewer works. Interviewers are refused by the server, and told so here.
 */
export function OpeningReports({ openingId, title }: { openingId: string; title: string }) {
  const { data, error, refetch } = useQuery(OpeningReportQuery, { variables: { openingId }, fetchPolicy: 'cache-and-network' });
  const csv = useReportCsv(openingId, title);

  if (isErrorCode(error, 'FORBIDDEN')) return <ReportsForbidden />;
  const started = data ? hasApplications(data.openingReport) : false;

  return (
    <section className="report-page" aria-labelledby="report-title" aria-busy={!data && !error}>
      <div className="section-bar">
        <div>
          <h2 id="report-title" className="section-heading">
            Reports
          </h2>
          <p className="muted small">The pipeline’s funnel, why candidates left, and whether the panel’s feedback comes on time.</p>
        </div>
        {started && (
          <button type="button" className="btn" onClick={() => void csv.download()} disabled={csv.busy}>
            <DownloadIcon /> {csv.busy ? 'Preparing…' : 'Download CSV'}
          </button>
        )}
      </div>
      {error && !data ? (
        <LoadError title="The report could not load" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <div className="card">
          <SkeletonLines count={6} />
        </div>
      ) : !started ? (
        <div className="card">
          <EmptyState
            icon={<UserIcon />}
            title="No applications yet"
            action={
              <Link className="btn btn-primary" to={`/openings/${openingId}/pipeline`}>
                Go to the pipeline
              </Link>
            }
          >
            <p>The funnel, time in stage and why candidates left show here once candidates are in this opening’s pipeline.</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <ReportSummary data={data} />
          <FunnelSection stages={data.openingReport.stages} />
          <div className="report-grid">
            <ReasonsSection rejections={data.openingReport.rejectionReasons} withdrawals={data.openingReport.withdrawalReasons} />
            <FeedbackSection feedback={data.openingReport.feedback} policy={data.feedbackPolicy} />
          </div>
          <InterviewerTable openingId={openingId} />
        </>
      )}
    </section>
  );
}
