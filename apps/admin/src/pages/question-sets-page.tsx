import { QuestionSetList } from '../modules/question-sets';
import { useDocumentTitle } from '../ui/hooks';

export default function QuestionSetsPage() {
  useDocumentTitle('Question sets');
  return <QuestionSetList />;
}
