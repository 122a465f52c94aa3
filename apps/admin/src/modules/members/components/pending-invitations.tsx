import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { ROLE_LABELS, formatDate } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { PendingInvitationsQuery, RevokeInvitationMutation } from '../graphql/members.documents';
import './pending-invitations.css';

export function PendingInvitations() {
  const { notify } = useToast();
  const { data, error } = useQuery(PendingInvitationsQuery, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeInvitationMutation, { refetchQueries: [PendingInvitationsQuery] });

  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title" className="card-title">
        Pending invitations
      </h2>
      {error && !data ? (
        <Alert>{toUserError(error).message}</Alert>
      ) : !data ? (
        <SkeletonLines count={2} />
      ) : data.pendingInvitations.length === 0 ? (
        <p className="muted small">No open invitations.</p>
      ) : (
        <ul className="pending-list">
          {data.pendingInvitations.map((invitation) => (
            <li key={invitation.id} className="pending-item">
              <div>
                <div>{invitation.email}</div>
                <div className="muted small">
                  {ROLE_LABELS[invitation.role]} · expires {formatDate(invitation.expiresAt)}
                </div>
              </div>
              <button
                type="button"
                className="btn btn-ghost btn-sm btn-danger-text"
                aria-label={`Revoke invitation for ${invitation.email}`}
                onClick={async () => {
                  try {
                    await revoke({ variables: { id: invitation.id } });
                    notify(`Invitation for ${invitation.email} revoked`);
                  } catch (caught) {
                    notify(toUserError(caught).message, 'error');
                  }
                }}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
