import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { TextField } from '../../../ui/field';
import { toUserError } from '../../../ui/errors';
import { formatDateTime, plural } from '../../../ui/format';
import { LayersIcon } from '../../../ui/icons';
import { CreateQuestionSetMutation, QuestionSetsQuery } from '../graphql/question-sets.documents';
import './question-set-list.css';

export function QuestionSetList() {
  const { canEditBank } = useSession();
  const { data, error, refetch } = useQuery(QuestionSetsQuery, { fetchPolicy: 'cache-and-network' });
  const sets = data?.questionSets;

  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            Question sets
          </h1>
          <p className="muted">
            Named, ordered selections of questions for a round: pick from the bank, drag into order, share with the panel.
          </p>
        </div>
      </header>
      {canEditBank && <CreateQuestionSetForm />}
      {error && !sets ? (
        <LoadError title="Question sets could not load" error={error} onRetry={() => void refetch()} />
      ) : !sets ? (
        <SkeletonLines count={4} />
      ) : sets.length === 0 ? (
        <EmptyState icon={<LayersIcon width={28} height={28} />} title="No question sets yet">
          <p>
            {canEditBank
              ? 'Name your first set above, then add questions from the bank.'
              : 'Hiring managers and admins create question sets; they will show up here.'}
          </p>
        </EmptyState>
      ) : (
        <ul className="set-list" aria-label="Question sets">
          {sets.map((set) => (
            <li key={set.id}>
              <Link className="set-card" to={`/sets/${set.id}`}>
                <span className="set-card-name">{set.name}</span>
                {set.description && <span className="set-card-description">{set.description}</span>}
                <span className="set-card-meta">
                  {plural(set.questionCount, 'question')} · updated {formatDateTime(set.updatedAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CreateQuestionSetForm() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateQuestionSetMutation, { refetchQueries: [QuestionSetsQuery] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give the set a name, e.g. “Platform engineer, round 2”');
      return;
    }
    try {
      const result = await create({ variables: { input: { name: name.trim() } } });
      if (result.data) navigate(`/sets/${result.data.createQuestionSet.id}`);
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <form className="card create-set" onSubmit={submit} noValidate>
      <TextField
        label="New question set"
        placeholder="e.g. ML platform engineer — system design round"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        maxLength={120}
        error={error ?? undefined}
      />
      <button type="submit" className="btn btn-primary" disabled={loading}>
        {loading ? 'Creating…' : 'Create set'}
      </button>
    </form>
  );
}
