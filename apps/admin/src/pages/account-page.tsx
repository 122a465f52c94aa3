import { ApiTokenManager, SignOutEverywhere } from '../modules/account';
import { useSession } from '../modules/auth';
import { ROLE_LABELS } from '../ui/format';
import { useDocumentTitle } from '../ui/hooks';

export default function AccountPage() {
  const { user } = useSession();
  useDocumentTitle('Your account');
  return (
    <div className="page stack">
      <header className="page-header">
        <div>
          <p className="eyebrow">Account</p>
          <h1 className="page-title" tabIndex={-1}>
            {user.name}
          </h1>
          <p className="muted">
            {user.email} · {ROLE_LABELS[user.role]} at {user.organization.name}
          </p>
        </div>
      </header>
      <SignOutEverywhere />
      <ApiTokenManager />
    </div>
  );
}
