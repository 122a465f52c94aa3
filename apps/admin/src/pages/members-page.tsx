import { useSession } from '../modules/auth';
import { InviteMemberForm, MembersTable, PendingInvitations } from '../modules/members';
import { useDocumentTitle } from '../ui/hooks';
import './members-page.css';

export default function MembersPage() {
  const { user, canManageMembers } = useSession();
  useDocumentTitle('Members');
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            Members
          </h1>
          <p className="muted">
            Everyone in {user.organization.name}.{' '}
            {canManageMembers
              ? 'Admins invite people, change roles and deactivate accounts.'
              : 'Only admins can invite people or change roles.'}
          </p>
        </div>
      </header>
      <div className={canManageMembers ? 'members-grid' : undefined}>
        <section aria-label="Member list">
          <MembersTable />
        </section>
        {canManageMembers && (
          <div className="stack">
            <InviteMemberForm />
            <PendingInvitations />
          </div>
        )}
      </div>
    </div>
  );
}
