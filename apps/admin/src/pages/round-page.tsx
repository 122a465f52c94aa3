import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useParams } from 'react-router';
import { useHiringAccess } from '../modules/auth';
import { OpeningLoopQuery, RoundEditor } from '../modules/loops';
import { PageLoading } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';
import { RecordError } from './record-error';

export default function RoundPage() {
  const { openingId = '', roundId } = useParams();
  const { canManageOpenings } = useHiringAccess();
  // The editor starts from the round as it is now, so load the current one.
  const { data, error } = useQuery(OpeningLoopQuery, {
    variables: { id: openingId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
    skip: !canManageOpenings,
  });
  const round = roundId ? data?.opening.loop.rounds.find((entry) => entry.id === roundId) : undefined;
  useDocumentTitle(round ? `Edit ${round.name}` : 'New round');

  if (!canManageOpenings) return <Navigate to={`/openings/${openingId}/loop`} replace />;
  if (error || (data && roundId && !round)) {
    return (
      <RecordError
        record="round"
        error={error}
        missingHint="It may have been removed from the loop."
        back={<Link to={`/openings/${openingId}/loop`}>Back to the loop</Link>}
      />
    );
  }
  if (!data) return <PageLoading />;
  return <RoundEditor key={round?.id ?? 'new'} opening={data.opening} round={round} />;
}
