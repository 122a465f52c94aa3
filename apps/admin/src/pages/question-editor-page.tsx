import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../modules/auth';
import { CategoriesQuery, QuestionDetailQuery, QuestionEditor } from '../modules/bank';
import { Alert, PageLoading } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';
import { RecordError } from './record-error';

export default function QuestionEditorPage() {
  const { questionId } = useParams();
  const [params] = useSearchParams();
  const { canEditBank } = useSession();
  // Always the latest revision: the editor sends it back as expectedRevision.
  const question = useQuery(QuestionDetailQuery, {
    variables: { id: questionId ?? '' },
    skip: !questionId,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const categories = useQuery(CategoriesQuery);
  useDocumentTitle(questionId ? 'Edit question' : 'New question');

  if (!canEditBank) {
    return (
      <div className="page page-narrow">
        <Alert title="Only admins and hiring managers edit the bank">
          <Link to={questionId ? `/bank/${questionId}` : '/bank'}>Back to the bank</Link>
        </Alert>
      </div>
    );
  }
  if (question.error)
    return (
      <RecordError
        record="question"
        error={question.error}
        missingHint="It may have been deleted."
        back={<Link to="/bank">Back to the bank</Link>}
      />
    );
  if ((questionId && !question.data) || !categories.data) return <PageLoading />;
  return (
    <div className="page">
      <QuestionEditor key={questionId ?? 'new'} question={question.data?.question} defaultCategoryId={params.get('category')} />
    </div>
  );
}
