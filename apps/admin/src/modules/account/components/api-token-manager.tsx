import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { ApiTokenFieldsFragment, ApiTokenScope } from '../../../gql/graphql';
import { CopyField } from '../../../ui/copy-field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { Alert, EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { formatDate, formatDateTime } from '../../../ui/format';
import { useNow } from '../../../ui/hooks';
import { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from '../graphql/account.documents';
import './api-token-manager.css';

const SCOPE_LABELS: Record<ApiTokenScope, string> = {
  READ: 'Read only',
  READ_WRITE: 'Read and write',
};

const LIFETIMES = [
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '1 year' },
];

/** The member's personal API tokens: create one (shown once), see when each was last used, revoke. */
export function ApiTokenManager() {
  const { data, error, refetch } = useQuery(ApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  return (
    <section className="card stack" aria-labelledby="api-tokens-title">
      <h2 id="api-tokens-title" className="card-title">
        Personal API tokens
      </h2>
      <p className="muted">
        For scripts and integrations: a token acts as you, with your role, until it expires or you revoke it. Send it as{' '}
        <code>Authorization: Bearer …</code> to <code>/graphql</code>. A read-only token cannot change anything.
      </p>
      <CreateTokenForm onCreated={(name, token) => setCreated({ name, token })} />
      {created && (
        <div className="token-created" role="status">
          <p>
            <strong>{created.name}</strong> is ready. Copy it now: it is shown only this once.
          </p>
          <CopyField label={`Token ${created.name}`} value={created.token} copyLabel="Copy token" />
        </div>
      )}
      {error && !data ? (
        <LoadError title="Your tokens could not load" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonLines count={3} />
      ) : data.apiTokens.length === 0 ? (
        <EmptyState title="No tokens yet">Create one above when a script needs to reach Panelist as you.</EmptyState>
      ) : (
        <TokenTable tokens={data.apiTokens} />
      )}
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (name: string, token: string) => void }) {
  const [create, { loading }] = useMutation(CreateApiTokenMutation, { refetchQueries: [ApiTokensQuery] });
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ');
  const [days, setDays] = useState(30);
  const [error, setError] = useState<UserError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const expiresAt = new Date(Date.now() + days * 86_400_000).toISOString();
      const result = await create({ variables: { input: { name, scope, expiresAt } } });
      if (result.data) {
        onCreated(result.data.createApiToken.apiToken.name, result.data.createApiToken.token);
        setName('');
      }
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const generalError = error && !fieldErrorOf(error, 'name', 'scope', 'expiresAt') ? error : null;
  return (
    <form className="token-form" onSubmit={submit} noValidate aria-label="New API token">
      {generalError && <Alert>{generalError.message}</Alert>}
      <TextField
        label="Name"
        hint="What it is for, e.g. Nightly ATS sync"
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={80}
        required
        error={fieldErrorOf(error, 'name')}
      />
      <SelectField
        label="Access"
        value={scope}
        onChange={(event) => setScope(event.target.value as ApiTokenScope)}
        error={fieldErrorOf(error, 'scope')}
      >
        {(Object.keys(SCOPE_LABELS) as ApiTokenScope[]).map((value) => (
          <option key={value} value={value}>
            {SCOPE_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Expires after"
        value={days}
        onChange={(event) => setDays(Number(event.target.value))}
        error={fieldErrorOf(error, 'expiresAt')}
      >
        {LIFETIMES.map((lifetime) => (
          <option key={lifetime.days} value={lifetime.days}>
            {lifetime.label}
          </option>
        ))}
      </SelectField>
      <div>
        <button type="submit" className="btn btn-primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}

function TokenTable({ tokens }: { tokens: ApiTokenFieldsFragment[] }) {
  // A token expiring while the page is open shows it within the minute.
  const now = useNow(60_000);
  return (
    // Focusable, so a keyboard can scroll it on a phone once no Revoke button is left inside.
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Your API tokens">
      <table className="table token-table">
        <caption className="visually-hidden">Your API tokens, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Access</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TokenRow({ token, now }: { token: ApiTokenFieldsFragment; now: number }) {
  const [revoke, { loading, error }] = useMutation(RevokeApiTokenMutation);
  const expired = new Date(token.expiresAt).getTime() <= now;
  const live = !token.revokedAt && !expired;
  return (
    <tr className={live ? undefined : 'token-ended'}>
      <td>
        <strong>{token.name}</strong>
        <span className="small muted token-created-at">Created {formatDate(token.createdAt)}</span>
      </td>
      <td>{SCOPE_LABELS[token.scope]}</td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}</td>
      <td>
        {token.revokedAt
          ? `Revoked ${formatDate(token.revokedAt)}`
          : expired
            ? `Expired ${formatDate(token.expiresAt)}`
            : `Until ${formatDate(token.expiresAt)}`}
        {error && <span className="field-error">{toUserError(error).message}</span>}
      </td>
      <td>
        {live && (
          <button
            type="button"
            className="btn btn-sm btn-danger"
            disabled={loading}
            aria-label={`Revoke ${token.name}`}
            onClick={() => void revoke({ variables: { id: token.id } })}
          >
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
