import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../ui/feedback';
import { TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { LoginMutation } from '../graphql/auth.documents';
import { useCompleteSignIn } from '../hooks/session';

export function LoginForm({ next }: { next: string }) {
  const [login, { loading }] = useMutation(LoginMutation);
  const completeSignIn = useCompleteSignIn();
  const [error, setError] = useState<UserError | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await login({ variables: { input: { email, password } } });
      if (result.data) completeSignIn(result.data.login.user, next);
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const generalError = error && !fieldErrorOf(error, 'email', 'password') ? error : null;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {generalError && <Alert>{generalError.message}</Alert>}
      <TextField
        label="Email"
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        required
        autoFocus
        autoComplete="username"
        error={fieldErrorOf(error, 'email')}
      />
      <TextField
        label="Password"
        type="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
        autoComplete="current-password"
        error={fieldErrorOf(error, 'password')}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={loading}>
        {loading ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
