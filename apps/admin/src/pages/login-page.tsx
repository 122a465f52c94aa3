import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthLayout, LoginForm, MeQuery, safeNextPath, SetupStatusQuery } from '../modules/auth';
import { Alert } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';

export function LoginPage() {
  const [params] = useSearchParams();
  const { data } = useQuery(SetupStatusQuery);
  const me = useQuery(MeQuery);
  const next = safeNextPath(params.get('next'));
  useDocumentTitle('Sign in');
  if (data?.setupStatus.needsSetup) return <Navigate to="/setup" replace />;
  // Already signed in (e.g. a bookmarked sign-in page): go straight on. Not right after signing out, where
  // a late answer for the old session must not bounce the person back into the app.
  if (me.data && !params.has('signedOut')) return <Navigate to={next} replace />;
  return (
    <AuthLayout
      title="Sign in"
      subtitle="Your team’s interview questions, sets and panels."
      footer={
        data?.setupStatus.signUpAllowed && (
          <p>
            New to Panelist? <Link to="/setup">Create an organisation</Link>
          </p>
        )
      }
    >
      {params.has('expired') && <Alert tone="info">Your session ended. Sign in again to carry on where you were.</Alert>}
      {params.has('signedOut') && <Alert tone="success">You are signed out.</Alert>}
      <LoginForm next={next} />
    </AuthLayout>
  );
}
