import type { InvitationTicketFieldsFragment } from '../../../gql/graphql';
import { CopyField } from '../../../ui/copy-field';
import { useNow } from '../../../ui/hooks';
import { expiryOf } from '../hooks/invitation-expiry';

export function inviteLink(token: string): string {
  return `${window.location.origin}/invite/${encodeURIComponent(token)}`;
}

/** A link just made for an invitation, to copy, with how long it works. Only its hash is kept, so it is shown once. */
export function InvitationLink({ ticket }: { ticket: InvitationTicketFieldsFragment }) {
  const expiry = expiryOf(ticket.expiresAt, useNow(60_000));
  return (
    <div className="invitation-link">
      <CopyField label={`Invite link for ${ticket.email}`} value={inviteLink(ticket.token)} copyLabel="Copy link" />
      <p className="small muted">
        Works once, until {expiry.absolute} ({expiry.relative}); whoever opens it joins as this person.
        {ticket.emailed && ' Also emailed to them.'} Shown only now: later, Copy new link makes a fresh one.
      </p>
    </div>
  );
}
