import type { OpeningReportQuery } from '../../../gql/graphql';
import { formatRate, share } from '../hooks/report-figures';
import './report-summary.css';

type Data = OpeningReportQuery;

const mostOften = (reasons: ReadonlyArray<{ reason: string }>) => (reasons.length ? `most often: ${reasons[0].reason}` : 'no one yet');

/** The opening in five numbers, above the charts that explain them. */
export function ReportSummary({ data }: { data: Data }) {
  const { active, rejected, withdrawn } = data.opening.applicationCounts;
  const { stages, feedback } = data.openingReport;
  const last = stages[stages.length - 1];
  const onTime = share(feedback.scorecardsOnTime, feedback.seats);
  const tiles = [
    { label: 'Applications', value: active + rejected + withdrawn, detail: `${active} still in the pipeline` },
    { label: 'Rejected', value: rejected, detail: mostOften(data.openingReport.rejectionReasons) },
    { label: 'Withdrew', value: withdrawn, detail: mostOften(data.openingReport.withdrawalReasons) },
    last && { label: `Reached ${last.stageName}`, value: last.entered, detail: 'the last stage' },
    {
      label: 'Scorecards on time',
      value: formatRate(onTime),
      detail: feedback.seats ? `${feedback.scorecardsOnTime} of ${feedback.seats} seats` : 'no interview has ended',
    },
  ].filter((tile) => !!tile);

  return (
    <dl className="report-summary">
      {tiles.map((tile) => (
        <div key={tile.label} className="report-tile">
          <dt>{tile.label}</dt>
          <dd className="report-tile-value">{tile.value}</dd>
          <dd className="report-tile-detail">{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
