import { useParams } from 'react-router';
import { useSession } from '../modules/auth';
import { InterviewView } from '../modules/scorecards';

export default function InterviewPage() {
  const { interviewId = '' } = useParams();
  const { user } = useSession();
  return <InterviewView interviewId={interviewId} viewerId={user.id} />;
}
