import type { ReactNode } from 'react';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { formatTimeRange } from '../../../ui/format';

/** What a scheduler sees once an interview is booked or moved: the time, the panel, and any warnings. */
export function InterviewBooked(props: {
  title: string;
  description: string;
  interview: { startsAt: string; endsAt: string; warnings: string[] };
  summary: ReactNode;
  warningsTitle: string;
  onClose: () => void;
}) {
  const { interview } = props;
  return (
    <Dialog title={props.title} description={props.description} onClose={props.onClose}>
      <div className="dialog-form">
        <Alert tone="success" title={formatTimeRange(interview.startsAt, interview.endsAt)}>
          <p>{props.summary}</p>
        </Alert>
        {interview.warnings.length > 0 && (
          <Alert tone="warning" title={props.warningsTitle}>
            <ul className="warning-list">
              {interview.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </Alert>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" onClick={props.onClose} autoFocus>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
