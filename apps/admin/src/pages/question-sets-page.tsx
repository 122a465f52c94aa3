import { QuestionSetList } from '../modules/question-sets/components/question-set-list';
import { useDocumentTitle } from '../ui/hooks';

export default function QuestionSetsPage() {
  useDocumentTitle('Question sets');
  return <QuestionSetList />;
}
