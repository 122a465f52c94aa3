import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { QuestionEditor } from '../modules/bank/components/question-editor';
import { CategoriesQuery, QuestionDetailQuery } from '../modules/bank/graphql/bank.documents';
import { useSession } from '../modules/auth/hooks/session';
import { Alert, PageLoading } from '../ui/feedback';
import { toUserError } from '../ui/errors';
import { useDocumentTitle } from '../ui/hooks';

export default function QuestionEditorPage() {
  const { questionId } = useParams();
  const [params] = useSearchParams();
  const { canEditBank } = useSession();
  // Always the latest revision: the editor sends it back as expectedRevision.
  const question = useQuery(QuestionDetailQuery, { variables: { id: questionId ?? '' }, skip: !questionId, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
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
  if (question.error) {
    return (
      <div className="page page-narrow">
        <Alert title="This question could not load">{toUserError(question.error).message}</Alert>
      </div>
    );
  }
  if ((questionId && !question.data) || !categories.data) return <PageLoading />;
  return (
    <div className="page">
      <QuestionEditor key={questionId ?? 'new'} question={question.data?.question} defaultCategoryId={params.get('category')} />
    </div>
  );
}
