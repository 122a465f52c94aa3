import { useParams } from 'react-router';
import { ScorecardView } from '../modules/scorecards';

export default function ScorecardPage() {
  const { interviewId = '' } = useParams();
  return <ScorecardView interviewId={interviewId} />;
}
