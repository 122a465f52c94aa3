import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { AcceptInvitationForm, AuthLayout, InvitationQuery } from '../modules/auth';
import { Alert, PageLoading } from '../ui/feedback';
import { isErrorCode, toUserError } from '../ui/errors';
import { ROLE_LABELS } from '../ui/format';
import { useDocumentTitle } from '../ui/hooks';

export default function InvitePage() {
  const { token = '' } = useParams();
  // The token works once: never serve a cached answer, and never refetch after it has been used.
  const { data, error } = useQuery(InvitationQuery, { variables: { token }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-only' });
  useDocumentTitle('Join your team');

  if (error) {
    const notFound = isErrorCode(error, 'NOT_FOUND') || isErrorCode(error, 'BAD_USER_INPUT');
    return (
      <AuthLayout title="This invitation cannot be used">
        <Alert>
          {notFound
            ? 'The link is invalid, has expired, was revoked or has already been used. Ask an admin for a new one.'
            : toUserError(error).message}
        </Alert>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </AuthLayout>
    );
  }
  if (!data) return <PageLoading label="Checking your invitation" />;
  const invitation = data.invitation;
  return (
    <AuthLayout
      title={`Join ${invitation.organizationName}`}
      subtitle={
        <>
          You are invited as <strong>{ROLE_LABELS[invitation.role].toLowerCase()}</strong>. Choose your name and a password to finish.
        </>
      }
    >
      <AcceptInvitationForm token={token} invitation={invitation} />
    </AuthLayout>
  );
}
