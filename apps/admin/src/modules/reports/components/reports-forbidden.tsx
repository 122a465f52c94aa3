import { Link } from 'react-router';
import { LockIcon } from '../../../ui/icons';

/** What an interviewer sees at a report's address: the reports are the hiring team's, and where their own work is. */
export function ReportsForbidden() {
  return (
    <div className="page page-narrow">
      <div className="empty">
        <div className="empty-icon">
          <LockIcon width={22} height={22} />
        </div>
        <h1 className="empty-title" tabIndex={-1}>
          Reports are for the hiring team
        </h1>
        <div className="empty-text">
          <p>Admins, hiring managers and recruiters see how an opening is going. Your interviews and scorecards are in My interviews.</p>
        </div>
        <div className="empty-action">
          <Link className="btn btn-primary" to="/interviews">
            Go to my interviews
          </Link>
        </div>
      </div>
    </div>
  );
}
