import { Link } from 'react-router';
import { homeFor, navigationFor, SECTIONS, type SectionKey } from '../access';
import { useSession } from '../modules/auth';
import { ROLE_LABELS } from '../ui/format';
import { useDocumentTitle } from '../ui/hooks';
import { LockIcon } from '../ui/icons';

/** What every page a member's role may not open shows instead, whichever page it is and however it was reached. */
export function NoAccessPage({ section }: { section: SectionKey }) {
  const { user } = useSession();
  useDocumentTitle('No access');
  const home = homeFor(user.role);
  const homeLabel = navigationFor(user.role).find((link) => link.to === home)?.label ?? 'home';
  // The empty state's look, with the page's heading as its title.
  return (
    <div className="page page-narrow">
      <div className="empty">
        <div className="empty-icon">
          <LockIcon />
        </div>
        <h1 className="empty-title" tabIndex={-1}>
          You don’t have access to this page
        </h1>
        <div className="empty-text">
          <p>
            {SECTIONS[section].label} is not open to the {ROLE_LABELS[user.role].toLowerCase()} role in {user.organization.name}. If you
            need it, ask an admin to change your role.
          </p>
        </div>
        <div className="empty-action">
          <Link className="btn btn-primary" to={home}>
            Go to {homeLabel}
          </Link>
        </div>
      </div>
    </div>
  );
}
