import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useParams } from 'react-router';
import { useHiringAccess } from '../modules/openings/hooks/use-hiring-access';
import { CandidateProfile } from '../modules/pipeline/components/candidate-profile';
import { CandidateQuery } from '../modules/pipeline/graphql/pipeline.documents';
import { Alert, PageLoading } from '../ui/feedback';
import { isErrorCode, toUserError } from '../ui/errors';
import { useDocumentTitle } from '../ui/hooks';

export default function CandidatePage() {
  const { candidateId = '' } = useParams();
  const { canManagePipeline } = useHiringAccess();
  const { data, error, refetch } = useQuery(CandidateQuery, { variables: { id: candidateId }, fetchPolicy: 'cache-and-network', skip: !canManagePipeline });
  useDocumentTitle(data?.candidate.name ?? 'Candidate');

  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  if (error && !data) {
    const missing = isErrorCode(error, 'NOT_FOUND');
    return (
      <div className="page page-narrow">
        <Alert title={missing ? 'This candidate does not exist' : 'The candidate could not load'}>
          {missing ? 'The link may be wrong.' : toUserError(error).message} <Link to="/candidates">All candidates</Link>
        </Alert>
      </div>
    );
  }
  if (!data) return <PageLoading />;
  return <CandidateProfile candidate={data.candidate} onChanged={() => void refetch()} />;
}
