import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { LoadError, PageLoading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/hooks';
import { ScorecardPageQuery } from '../graphql/scorecards.documents';
import { DraftScorecard } from './draft-scorecard';
import { SubmittedScorecard } from './submitted-scorecard';
import './scorecard.css';

/** The scorecard page: the panelist's own scorecard for one interview, a draft to fill in or a submitted one to read and amend. */
export function ScorecardView({ interviewId }: { interviewId: string }) {
  const { data, error, refetch } = useQuery(ScorecardPageQuery, { variables: { interviewId }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data ? `Scoring ${data.interview.candidateName}` : 'Scorecard');
  if (error && !data)
    return (
      <div className="page page-narrow">
        <h1 className="page-title" tabIndex={-1}>
          The scorecard could not load
        </h1>
        <LoadError title="The scorecard could not load" error={error} onRetry={() => void refetch()} />
        <p>
          <Link to="/interviews">Back to my interviews</Link>
        </p>
      </div>
    );
  if (!data) return <PageLoading label="Loading the scorecard" />;
  const { interview, myScorecard } = data;
  return myScorecard.status === 'SUBMITTED' ? (
    <SubmittedScorecard interview={interview} scorecard={myScorecard} />
  ) : (
    // Keyed by scorecard, so its autosave starts afresh for another interview.
    <DraftScorecard key={myScorecard.id} interview={interview} scorecard={myScorecard} reload={refetch} />
  );
}
