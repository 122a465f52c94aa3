import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { QuestionSetBuilder, QuestionSetQuery } from '../modules/question-sets';
import { PageLoading } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';
import { RecordError } from './record-error';

export default function QuestionSetPage() {
  const { setId = '' } = useParams();
  // The builder edits against the version it loaded, so load the current one.
  const { data, error } = useQuery(QuestionSetQuery, {
    variables: { id: setId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  useDocumentTitle(data?.questionSet.name ?? 'Question set');
  if (error)
    return (
      <RecordError
        record="question set"
        error={error}
        missingHint="It may have been deleted."
        back={<Link to="/sets">All question sets</Link>}
      />
    );
  if (!data) return <PageLoading />;
  return <QuestionSetBuilder key={data.questionSet.id} set={data.questionSet} />;
}
