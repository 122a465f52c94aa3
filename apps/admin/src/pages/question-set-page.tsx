import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { QuestionSetBuilder } from '../modules/question-sets/components/question-set-builder';
import { QuestionSetQuery } from '../modules/question-sets/graphql/question-sets.documents';
import { Alert, PageLoading } from '../ui/feedback';
import { isErrorCode, toUserError } from '../ui/errors';
import { useDocumentTitle } from '../ui/hooks';

export default function QuestionSetPage() {
  const { setId = '' } = useParams();
  // The builder edits against the version it loaded, so load the current one.
  const { data, error } = useQuery(QuestionSetQuery, { variables: { id: setId }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  useDocumentTitle(data?.questionSet.name ?? 'Question set');
  if (error) {
    return (
      <div className="page page-narrow">
        <Alert title={isErrorCode(error, 'NOT_FOUND') ? 'This question set does not exist' : 'The question set could not load'}>
          {isErrorCode(error, 'NOT_FOUND') ? 'It may have been deleted.' : toUserError(error).message} <Link to="/sets">All question sets</Link>
        </Alert>
      </div>
    );
  }
  if (!data) return <PageLoading />;
  return <QuestionSetBuilder key={data.questionSet.id} set={data.questionSet} />;
}
