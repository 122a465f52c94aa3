import type { OpeningReportQuery } from '../../../gql/graphql';
import { plural } from '../../../ui/format';
import { formatDeadline, formatRate, share } from '../hooks/report-figures';
import './feedback-section.css';

type Feedback = OpeningReportQuery['openingReport']['feedback'];
type Policy = OpeningReportQuery['feedbackPolicy'];

/** Panel seats of ended interviews against the two deadlines, as bars with their numbers. */
export function FeedbackSection({ feedback, policy }: { feedback: Feedback; policy: Policy }) {
  const recommendationDue = formatDeadline(policy.recommendationDueMinutes);
  const scorecardDue = formatDeadline(policy.scorecardDueMinutes);
  const deadlines = `Recommendations are due ${recommendationDue} after an interview ends, full scorecards ${scorecardDue} after.`;
  return (
    <section className="card report-feedback" aria-labelledby="report-feedback-title">
      <h3 id="report-feedback-title" className="card-title">
        Feedback on time
      </h3>
      {feedback.seats === 0 ? (
        <p className="muted small">No interview of this opening has ended yet: these figures start when the first one does. {deadlines}</p>
      ) : (
        <>
          <p className="chart-note">
            {plural(feedback.seats, 'panel seat')} on ended interviews. {deadlines}
          </p>
          <ul className="report-meters">
            <Meter label="Recommendations on time" count={feedback.recommendationsOnTime} seats={feedback.seats} />
            <Meter label="Scorecards on time" count={feedback.scorecardsOnTime} seats={feedback.seats} />
            <Meter label="Scorecards submitted" hint="on time or late" count={feedback.scorecardsSubmitted} seats={feedback.seats} />
          </ul>
        </>
      )}
    </section>
  );
}

function Meter({ label, hint, count, seats }: { label: string; hint?: string; count: number; seats: number }) {
  const rate = share(count, seats) ?? 0;
  return (
    <li className="report-meter">
      <div className="report-meter-head">
        <span className="report-meter-label">
          {label}
          {hint && <span className="report-meter-hint"> {hint}</span>}
        </span>
        <span className="report-meter-value">
          <strong>{count}</strong> of {plural(seats, 'seat')} · {formatRate(rate)}
        </span>
      </div>
      {/* The numbers above say it all; the bar is for the eye. */}
      <div className="report-meter-track" aria-hidden="true">
        <div className="report-meter-fill" style={{ width: `${rate * 100}%` }} />
      </div>
    </li>
  );
}
