import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useParams } from 'react-router';
import { RoundEditor } from '../modules/loops/components/round-editor';
import { OpeningLoopQuery } from '../modules/loops/graphql/loops.documents';
import { useHiringAccess } from '../modules/openings/hooks/use-hiring-access';
import { Alert, PageLoading } from '../ui/feedback';
import { isErrorCode, toUserError } from '../ui/errors';
import { useDocumentTitle } from '../ui/hooks';

export default function RoundPage() {
  const { openingId = '', roundId } = useParams();
  const { canManageOpenings } = useHiringAccess();
  // The editor starts from the round as it is now, so load the current one.
  const { data, error } = useQuery(OpeningLoopQuery, { variables: { id: openingId }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first', skip: !canManageOpenings });
  const round = roundId ? data?.opening.loop.rounds.find((entry) => entry.id === roundId) : undefined;
  useDocumentTitle(round ? `Edit ${round.name}` : 'New round');

  if (!canManageOpenings) return <Navigate to={`/openings/${openingId}/loop`} replace />;
  if (error || (data && roundId && !round)) {
    const missing = !error || isErrorCode(error, 'NOT_FOUND');
    return (
      <div className="page page-narrow">
        <Alert title={missing ? 'This round does not exist' : 'The round could not load'}>
          {missing ? 'It may have been removed from the loop.' : toUserError(error).message} <Link to={`/openings/${openingId}/loop`}>Back to the loop</Link>
        </Alert>
      </div>
    );
  }
  if (!data) return <PageLoading />;
  return <RoundEditor key={round?.id ?? 'new'} opening={data.opening} round={round} />;
}
