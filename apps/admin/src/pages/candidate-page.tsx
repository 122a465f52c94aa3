import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useParams } from 'react-router';
import { useHiringAccess, useSession } from '../modules/auth';
import { CandidatePrivacy } from '../modules/privacy';
import { CandidateProfile, CandidateQuery } from '../modules/pipeline';
import { PageLoading } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';
import { RecordError } from './record-error';

export default function CandidatePage() {
  const { candidateId = '' } = useParams();
  const { canManagePipeline } = useHiringAccess();
  const isAdmin = useSession().user.role === 'ADMIN';
  const { data, error, refetch } = useQuery(CandidateQuery, {
    variables: { id: candidateId },
    fetchPolicy: 'cache-and-network',
    skip: !canManagePipeline,
  });
  useDocumentTitle(data?.candidate.name ?? 'Candidate');

  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  if (error && !data)
    return (
      <RecordError
        record="candidate"
        error={error}
        missingHint="The link may be wrong."
        back={<Link to="/candidates">All candidates</Link>}
      />
    );
  if (!data) return <PageLoading />;
  return (
    <CandidateProfile
      candidate={data.candidate}
      onChanged={() => void refetch()}
      extra={isAdmin && <CandidatePrivacy candidate={data.candidate} onErased={() => void refetch()} />}
    />
  );
}
