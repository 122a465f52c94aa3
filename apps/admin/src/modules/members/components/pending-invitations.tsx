import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { InvitationTicketFieldsFragment, PendingInvitationsQuery as PendingInvitationsData } from '../../../gql/graphql';
import { Alert, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { ROLE_LABELS } from '../../../ui/format';
import { useNow } from '../../../ui/hooks';
import { useToast } from '../../../ui/toast';
import { PendingInvitationsQuery, ReissueInvitationMutation, RevokeInvitationMutation } from '../graphql/members.documents';
import { expiryOf } from '../hooks/invitation-expiry';
import { InvitationLink, inviteLink } from './invitation-link';
import './pending-invitations.css';

type Invitation = PendingInvitationsData['pendingInvitations'][number];

const REISSUE_HINT_ID = 'pending-reissue-hint';

export function PendingInvitations() {
  const { data, error } = useQuery(PendingInvitationsQuery, { fetchPolicy: 'cache-and-network' });
  // New links made here, by invitation: shown beside it until the page is left.
  const [links, setLinks] = useState<Record<string, InvitationTicketFieldsFragment>>({});
  const now = useNow(60_000);

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
        <p className="muted small">No open invitations. The people you invite are listed here until they join.</p>
      ) : (
        <>
          <p className="muted small" id={REISSUE_HINT_ID}>
            Links are kept secret, even from admins: Copy new link makes a fresh link for another 14 days, and the earlier one stops
            working.
          </p>
          <ul className="pending-list">
            {data.pendingInvitations.map((invitation) => (
              <PendingInvitation
                key={invitation.id}
                invitation={invitation}
                now={now}
                link={links[invitation.id]}
                onLink={(ticket) => setLinks((earlier) => ({ ...earlier, [ticket.id]: ticket }))}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PendingInvitation({
  invitation,
  now,
  link,
  onLink,
}: {
  invitation: Invitation;
  now: number;
  link: InvitationTicketFieldsFragment | undefined;
  onLink: (ticket: InvitationTicketFieldsFragment) => void;
}) {
  const { notify } = useToast();
  const [reissue, { loading: reissuing }] = useMutation(ReissueInvitationMutation, { refetchQueries: [PendingInvitationsQuery] });
  const [revoke, { loading: revoking }] = useMutation(RevokeInvitationMutation, { refetchQueries: [PendingInvitationsQuery] });
  const expiry = expiryOf(invitation.expiresAt, now);
  const who = invitation.name ?? invitation.email;

  async function copyNewLink() {
    try {
      const result = await reissue({ variables: { id: invitation.id } });
      if (!result.data) return;
      const ticket = result.data.reissueInvitation;
      onLink(ticket);
      try {
        await navigator.clipboard.writeText(inviteLink(ticket.token));
        notify(`New link for ${who} copied; the earlier one no longer works`);
      } catch {
        notify(`New link for ${who} is ready below; the earlier one no longer works`);
      }
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    }
  }

  async function revokeIt() {
    try {
      await revoke({ variables: { id: invitation.id } });
      notify(`Invitation for ${invitation.email} revoked`);
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    }
  }

  return (
    <li className="pending-item" aria-label={who}>
      <div className="pending-summary">
        <div className="pending-who">
          {invitation.name && <div className="pending-name">{invitation.name}</div>}
          <div className={invitation.name ? 'muted small' : undefined}>{invitation.email}</div>
          <div className="muted small">
            {ROLE_LABELS[invitation.role]} ·{' '}
            <span className={expiry.expired ? 'pending-expired' : undefined}>
              {expiry.expired ? 'Expired' : 'Expires'} <time dateTime={invitation.expiresAt}>{expiry.absolute}</time> ({expiry.relative})
            </span>
          </div>
        </div>
        <div className="pending-actions">
          <button
            type="button"
            className="btn btn-sm"
            aria-label={`Copy new link for ${invitation.email}`}
            aria-describedby={REISSUE_HINT_ID}
            disabled={reissuing}
            onClick={() => void copyNewLink()}
          >
            Copy new link
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-sm btn-danger-text"
            aria-label={`Revoke invitation for ${invitation.email}`}
            disabled={revoking}
            onClick={() => void revokeIt()}
          >
            Revoke
          </button>
        </div>
      </div>
      {link && <InvitationLink ticket={link} />}
    </li>
  );
}
