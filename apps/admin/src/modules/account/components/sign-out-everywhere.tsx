import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { markSigningOut } from '../../auth';
import { toUserError } from '../../../ui/errors';
import { Alert } from '../../../ui/feedback';
import { LogoutEverywhereMutation } from '../graphql/account.documents';

/** Ends every session of the member, this one included: for a lost laptop or a shared computer left signed in. */
export function SignOutEverywhere() {
  const [logoutEverywhere, { loading }] = useMutation(LogoutEverywhereMutation);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function signOutEverywhere() {
    setError(null);
    markSigningOut();
    try {
      await logoutEverywhere();
      window.location.assign('/login?signedOut=1');
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <section className="card stack" aria-labelledby="sign-out-everywhere-title">
      <h2 id="sign-out-everywhere-title" className="card-title">
        Sessions
      </h2>
      <p className="muted">
        Signed in on a computer you no longer use? Signing out everywhere ends every session of yours, on every device, this one included.
        API tokens keep working: revoke them below.
      </p>
      {error && <Alert>{error}</Alert>}
      {confirming ? (
        <div className="row gap-sm">
          <button type="button" className="btn btn-danger" disabled={loading} onClick={() => void signOutEverywhere()}>
            {loading ? 'Signing out…' : 'Yes, sign out everywhere'}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div>
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            Sign out everywhere
          </button>
        </div>
      )}
    </section>
  );
}
