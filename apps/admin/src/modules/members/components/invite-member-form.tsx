import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import type { InvitationTicketFieldsFragment, Role } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { ROLES, ROLE_LABELS } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { InviteMemberMutation as InviteMemberDocument, PendingInvitationsQuery } from '../graphql/members.documents';
import { InvitationLink } from './invitation-link';
import './invite-member-form.css';

/** What each role can do, in one line (DESIGN.md, "Who uses it"); the server enforces the same. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: 'Everything, plus members, roles, organisation settings and data retention.',
  HIRING_MANAGER: 'Builds the bank, question sets and interview loops; owns openings and decides in debriefs.',
  RECRUITER: 'Manages candidates and pipelines, schedules interviews, compares candidates and chases feedback.',
  INTERVIEWER: 'Sees only the interviews they are on and scores them; reads the question bank.',
};

export function InviteMemberForm() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('INTERVIEWER');
  const [error, setError] = useState<UserError | null>(null);
  // Every link made on this visit, newest first: invite several people in a row and share each link.
  const [tickets, setTickets] = useState<InvitationTicketFieldsFragment[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const { notify } = useToast();
  const [invite, { loading }] = useMutation(InviteMemberDocument, { refetchQueries: [PendingInvitationsQuery] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'email', message: 'Enter the email address of the person to invite' });
      return;
    }
    setError(null);
    try {
      const result = await invite({ variables: { input: { email: email.trim(), name: name.trim() || null, role } } });
      if (result.data) {
        const ticket = result.data.inviteMember;
        setTickets((earlier) => [ticket, ...earlier.filter((other) => other.email !== ticket.email)]);
        setName('');
        setEmail('');
        notify(`Invite link for ${ticket.name ?? ticket.email} is ready`);
        // Ready for the next person.
        form.current?.querySelector('input')?.focus();
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
      <form className="invite-form" ref={form} onSubmit={submit} noValidate>
        <TextField
          label="Name"
          optional
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          maxLength={120}
          hint="Greets them and fills in their sign-up; they can change it."
          error={fieldErrorOf(error, 'name')}
        />
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
          hint={ROLE_DESCRIPTIONS[role]}
          error={fieldErrorOf(error, 'role')}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </SelectField>
        <details className="role-guide">
          <summary>What each role can do</summary>
          <dl>
            {ROLES.map((option) => (
              <div key={option}>
                <dt>{ROLE_LABELS[option]}</dt>
                <dd>{ROLE_DESCRIPTIONS[option]}</dd>
              </div>
            ))}
          </dl>
        </details>
        <button type="submit" className="btn btn-primary" disabled={loading}>
          {loading ? 'Creating link…' : 'Create invite link'}
        </button>
      </form>
      {error && !fieldErrorOf(error, 'name', 'email', 'role') && <Alert>{error.message}</Alert>}
      {tickets.length > 0 && (
        <ul className="invite-tickets" aria-label="Links made now">
          {tickets.map((ticket) => (
            <li key={ticket.id} className="invite-ticket">
              <p className="invite-ticket-title">
                {ticket.name ? (
                  <>
                    <strong>{ticket.name}</strong> ({ticket.email})
                  </>
                ) : (
                  <strong>{ticket.email}</strong>
                )}{' '}
                as {ROLE_LABELS[ticket.role].toLowerCase()}
              </p>
              <InvitationLink ticket={ticket} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
