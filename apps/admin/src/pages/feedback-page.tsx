import { useSession } from '../modules/auth';
import { FeedbackPolicyForm, LateFeedbackList } from '../modules/feedback';
import { useDocumentTitle } from '../ui/hooks';
import './feedback-page.css';

export default function FeedbackPage() {
  const isAdmin = useSession().user.role === 'ADMIN';
  useDocumentTitle('Feedback');
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            Feedback
          </h1>
          <p className="muted">
            Panelists whose recommendation or scorecard is overdue. A nudge reminds them in the app, and by email where it is set up.
          </p>
        </div>
      </header>
      <div className={isAdmin ? 'feedback-grid' : undefined}>
        <section aria-label="Late feedback">
          <LateFeedbackList />
        </section>
        {isAdmin && <FeedbackPolicyForm />}
      </div>
    </div>
  );
}
