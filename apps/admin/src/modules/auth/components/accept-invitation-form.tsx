import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { InvitationQuery } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';
import { TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { AcceptInvitationMutation } from '../graphql/auth.documents';
import { useCompleteSignIn } from '../hooks/session';
import { MIN_PASSWORD_LENGTH } from './setup-form';

export function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationQuery['invitation'] }) {
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const completeSignIn = useCompleteSignIn();
  const [error, setError] = useState<UserError | null>(null);
  const [name, setName] = useState(invitation.name ?? '');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      setError({ code: 'BAD_USER_INPUT', field: 'password', message: `Use at least ${MIN_PASSWORD_LENGTH} characters` });
      return;
    }
    setError(null);
    try {
      const result = await accept({ variables: { input: { token, name, password } } });
      if (result.data) completeSignIn(result.data.acceptInvitation.user, '/');
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const generalError = error && !fieldErrorOf(error, 'name', 'password') ? error : null;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {generalError && <Alert>{generalError.message}</Alert>}
      <TextField
        label="Email"
        type="email"
        value={invitation.email}
        readOnly
        autoComplete="username"
        hint="The invitation is for this address."
      />
      <TextField
        label="Your name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        required
        autoFocus
        autoComplete="name"
        error={fieldErrorOf(error, 'name')}
      />
      <TextField
        label="Choose a password"
        type="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
        minLength={MIN_PASSWORD_LENGTH}
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={fieldErrorOf(error, 'password')}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={loading}>
        {loading ? 'Joining…' : `Join ${invitation.organizationName}`}
      </button>
    </form>
  );
}
