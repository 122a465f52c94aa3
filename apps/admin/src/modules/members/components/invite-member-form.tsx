import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { InviteMemberMutation, Role } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { ROLES, ROLE_LABELS, formatDate } from '../../../ui/format';
import { CopyField } from '../../../ui/copy-field';
import { InviteMemberMutation as InviteMemberDocument, PendingInvitationsQuery } from '../graphql/members.documents';
import './invite-member-form.css';

type Ticket = InviteMemberMutation['inviteMember'];

function inviteLink(token: string): string {
  return `${window.location.origin}/invite/${encodeURIComponent(token)}`;
}

export function InviteMemberForm() {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('INTERVIEWER');
  const [error, setError] = useState<UserError | null>(null);
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const [invite, { loading }] = useMutation(InviteMemberDocument, { refetchQueries: [PendingInvitationsQuery] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'email', message: 'Enter the email address of the person to invite' });
      return;
    }
    setError(null);
    try {
      const result = await invite({ variables: { input: { email: email.trim(), role } } });
      if (result.data) {
        setTicket(result.data.inviteMember);
        setEmail('');
      }
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title" className="card-title">
        Invite someone
      </h2>
      <p className="muted small">Panelist makes a one-time link; send it to them however your team talks. No mail server needed.</p>
      <form className="invite-form" onSubmit={submit} noValidate>
        <TextField
          label="Email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="off"
          error={fieldErrorOf(error, 'email')}
        />
        <SelectField
          label="Role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          error={fieldErrorOf(error, 'role')}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="btn btn-primary" disabled={loading}>
          {loading ? 'Creating link…' : 'Create invite link'}
        </button>
      </form>
      {error && !error.field && <Alert>{error.message}</Alert>}
      {ticket && <InviteLink ticket={ticket} />}
    </section>
  );
}

function InviteLink({ ticket }: { ticket: Ticket }) {
  return (
    <div className="invite-ticket" role="status">
      <p className="invite-ticket-title">
        Invitation for <strong>{ticket.email}</strong> as {ROLE_LABELS[ticket.role]}
      </p>
      <CopyField label="Invite link" value={inviteLink(ticket.token)} copyLabel="Copy link" />
      <p className="small muted">Shown only once. It works until {formatDate(ticket.expiresAt)}; whoever opens it joins as this person.</p>
    </div>
  );
}
