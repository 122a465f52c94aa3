import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { LoginMutation } from '../graphql/auth.documents';
import { useCompleteSignIn } from '../hooks/session';

export function LoginForm({ next }: { next: string }) {
  const [login, { loading }] = useMutation(LoginMutation);
  const completeSignIn = useCompleteSignIn();
  const [error, setError] = useState<UserError | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Set when the password opens accounts in several organisations: the person picks one and signs in again.
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [organizationId, setOrganizationId] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await login({ variables: { input: { email, password, organizationId: organizationId || undefined } } });
      if (result.data) completeSignIn(result.data.login.user, next);
    } catch (caught) {
      const choices = organizationsToChooseFrom(caught);
      if (choices.length) {
        setOrganizations(choices);
        setOrganizationId(choices[0].id);
      } else setError(toUserError(caught));
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
      {organizations.length > 0 && (
        <SelectField
          label="Organisation"
          hint="You have an account in each of these: choose where to sign in."
          value={organizationId}
          onChange={(event) => setOrganizationId(event.target.value)}
          autoFocus
        >
          {organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </SelectField>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={loading}>
        {loading ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

interface Organization {
  id: string;
  name: string;
}

/** The organisations offered when the server answers ORGANIZATION_REQUIRED; none otherwise. */
function organizationsToChooseFrom(error: unknown): Organization[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const [first] = error.errors;
  if (first?.extensions?.reason !== 'ORGANIZATION_REQUIRED') return [];
  return (first.extensions.organizations as Organization[] | undefined) ?? [];
}
