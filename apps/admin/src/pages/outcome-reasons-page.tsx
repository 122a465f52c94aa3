import { Navigate } from 'react-router';
import { useHiringAccess, useSession } from '../modules/auth';
import { OutcomeReasonManager } from '../modules/outcome-reasons';
import { useDocumentTitle } from '../ui/hooks';
import { SettingsNav } from './settings-nav';

export default function OutcomeReasonsPage() {
  const isAdmin = useSession().user.role === 'ADMIN';
  const { canManagePipeline } = useHiringAccess();
  useDocumentTitle('Outcome reasons');
  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <p className="eyebrow">Settings</p>
          <h1 className="page-title" tabIndex={-1}>
            Outcome reasons
          </h1>
          <p className="muted">
            Why candidates leave a pipeline, in your organisation’s words, so outcomes can be counted.{' '}
            {isAdmin ? 'Archiving a reason stops it being offered; applications that used it keep it.' : 'Only admins change these lists.'}
          </p>
        </div>
      </header>
      {isAdmin && <SettingsNav />}
      <OutcomeReasonManager canEdit={isAdmin} />
    </div>
  );
}
