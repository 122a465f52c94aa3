import { useQuery } from '@apollo/client/react';
import { Link, Navigate } from 'react-router';
import { AuthLayout, SetupForm, SetupStatusQuery } from '../modules/auth';
import { PageLoading } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';

export default function SetupPage() {
  const { data } = useQuery(SetupStatusQuery);
  useDocumentTitle('Create your organisation');
  if (!data) return <PageLoading />;
  const { needsSetup, signUpAllowed } = data.setupStatus;
  if (!needsSetup && !signUpAllowed) return <Navigate to="/login" replace />;
  return (
    <AuthLayout
      title={needsSetup ? 'Welcome to Panelist' : 'Create an organisation'}
      subtitle={
        needsSetup
          ? 'Create your organisation to get started. You will be its first admin.'
          : 'A separate organisation with its own bank and members. You will be its admin.'
      }
      footer={
        !needsSetup && (
          <p>
            Already a member? <Link to="/login">Sign in</Link>
          </p>
        )
      }
    >
      <SetupForm />
    </AuthLayout>
  );
}
