import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../ui/feedback';
import { TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { SignUpMutation } from '../graphql/auth.documents';
import { useCompleteSignIn } from '../hooks/session';
import './setup-form.css';

export const MIN_PASSWORD_LENGTH = 10;

export function SetupForm() {
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const completeSignIn = useCompleteSignIn();
  const [error, setError] = useState<UserError | null>(null);
  const [values, setValues] = useState({ organizationName: '', name: '', email: '', password: '', startEmpty: false });
  const set = (key: keyof typeof values) => (event: { target: HTMLInputElement }) =>
    setValues((current) => ({ ...current, [key]: key === 'startEmpty' ? event.target.checked : event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (values.password.length < MIN_PASSWORD_LENGTH) {
      setError({ code: 'BAD_USER_INPUT', field: 'password', message: `Use at least ${MIN_PASSWORD_LENGTH} characters` });
      return;
    }
    setError(null);
    try {
      const result = await signUp({ variables: { input: values } });
      if (result.data) completeSignIn(result.data.signUp.user, '/bank');
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const generalError = error && !error.field ? error : null;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {generalError && <Alert>{generalError.message}</Alert>}
      <TextField
        label="Organisation name"
        value={values.organizationName}
        onChange={set('organizationName')}
        required
        autoFocus
        autoComplete="organization"
        error={fieldErrorOf(error, 'organizationName')}
      />
      <TextField
        label="Your name"
        value={values.name}
        onChange={set('name')}
        required
        autoComplete="name"
        error={fieldErrorOf(error, 'name')}
      />
      <TextField
        label="Email"
        type="email"
        value={values.email}
        onChange={set('email')}
        required
        autoComplete="email"
        error={fieldErrorOf(error, 'email')}
      />
      <TextField
        label="Password"
        type="password"
        value={values.password}
        onChange={set('password')}
        required
        minLength={MIN_PASSWORD_LENGTH}
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={fieldErrorOf(error, 'password')}
      />
      <div className="checkbox-field">
        <input
          id="start-empty"
          type="checkbox"
          checked={values.startEmpty}
          onChange={set('startEmpty')}
          aria-describedby="start-empty-hint"
        />
        <div>
          <label htmlFor="start-empty">Start with an empty bank</label>
          <p className="field-hint" id="start-empty-hint">
            Leave unticked to start with the MLOps interview question bank (about 70 questions in 14 categories). You can edit or import
            more later.
          </p>
        </div>
      </div>
      <button type="submit" className="btn btn-primary btn-block" disabled={loading}>
        {loading ? 'Creating your organisation…' : 'Create organisation'}
      </button>
    </form>
  );
}
