import { useParams } from 'react-router';
import { InterviewKit } from '../modules/scorecards';

export default function InterviewKitPage() {
  const { interviewId = '' } = useParams();
  return <InterviewKit interviewId={interviewId} />;
}
