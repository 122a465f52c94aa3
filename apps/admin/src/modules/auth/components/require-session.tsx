import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SESSION_ENDED_EVENT } from '../graphql/session-ended-link';
import { LoadError, PageLoading } from '../../../ui/feedback';
import { isErrorCode } from '../../../ui/errors';
import { MeQuery, SetupStatusQuery } from '../graphql/auth.documents';
import { SessionProvider } from '../hooks/session';

/** The gate of the signed-in app: no session means the sign-in page (or first-run page on a fresh install). */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useQuery(MeQuery);
  const unauthenticated = isErrorCode(me.error, 'UNAUTHENTICATED');
  const setup = useQuery(SetupStatusQuery, { skip: !unauthenticated });
  const here = `${location.pathname}${location.search}`;

  useEffect(() => {
    const onSessionEnded = () =>
      window.location.assign(`/login?expired=1&next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    window.addEventListener(SESSION_ENDED_EVENT, onSessionEnded);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, onSessionEnded);
  }, []);

  if (me.data) {
    return <SessionProvider user={me.data.me}>{children}</SessionProvider>;
  }
  if (unauthenticated) {
    if (!setup.data) return <PageLoading />;
    if (setup.data.setupStatus.needsSetup) return <Navigate to="/setup" replace />;
    return <Navigate to={here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  if (me.error) {
    return (
      <div className="auth-page">
        <LoadError title="Panelist could not load" error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  return <PageLoading />;
}
