import { MyInterviews } from '../modules/interviews';
import { useDocumentTitle } from '../ui/hooks';

export default function MyInterviewsPage() {
  useDocumentTitle('My interviews');
  return <MyInterviews />;
}
