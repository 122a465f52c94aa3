import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useOriginState } from '../../../ui/back-link';
import { toUserError } from '../../../ui/errors';
import { Alert, EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { SelectField } from '../../../ui/field';
import { formatDate, formatDateTime, plural } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import {
  ApplyRetentionMutation,
  RetentionPolicyQuery,
  RetentionPreviewQuery,
  SetRetentionPolicyMutation,
} from '../graphql/privacy.documents';
import './retention-settings.css';

const PERIODS = [
  { days: 0, label: 'Keep until erased by hand' },
  { days: 90, label: '3 months' },
  { days: 180, label: '6 months' },
  { days: 365, label: '1 year' },
  { days: 730, label: '2 years' },
];

/** The organisation's retention period, who it makes due now, and anonymising them at once. */
export function RetentionSettings() {
  const policy = useQuery(RetentionPolicyQuery, { fetchPolicy: 'cache-and-network' });
  const preview = useQuery(RetentionPreviewQuery, { fetchPolicy: 'cache-and-network' });
  if (policy.error && !policy.data)
    return <LoadError title="The retention policy could not load" error={policy.error} onRetry={() => void policy.refetch()} />;
  if (!policy.data) return <SkeletonLines count={4} />;
  return (
    <div className="stack">
      {/* Keyed by the saved period, so a save elsewhere resets the choice. */}
      <PolicyForm
        key={policy.data.retentionPolicy.days ?? 0}
        days={policy.data.retentionPolicy.days ?? 0}
        lastRunAt={policy.data.retentionPolicy.lastRunAt}
      />
      <section className="card stack" aria-labelledby="retention-due-title">
        <h2 id="retention-due-title" className="card-title">
          Due now
        </h2>
        {preview.error && !preview.data ? (
          <LoadError title="Who is due could not load" error={preview.error} onRetry={() => void preview.refetch()} />
        ) : !preview.data ? (
          <SkeletonLines count={3} />
        ) : preview.data.retentionPreview.days == null ? (
          <p className="muted">No retention period is set: candidates are kept until an admin erases them.</p>
        ) : preview.data.retentionPreview.candidates.length === 0 ? (
          <EmptyState title="Nobody is due">
            Candidates appear here once their last application ended longer ago than the period.
          </EmptyState>
        ) : (
          <DueList preview={preview.data.retentionPreview} />
        )}
      </section>
    </div>
  );
}

function PolicyForm({ days, lastRunAt }: { days: number; lastRunAt?: string | null }) {
  const [setPolicy, { loading }] = useMutation(SetRetentionPolicyMutation, { refetchQueries: [RetentionPreviewQuery] });
  const [chosen, setChosen] = useState(days);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await setPolicy({ variables: { days: chosen || null } });
      toast.notify(chosen ? 'Retention period saved' : 'Candidates are kept until erased by hand');
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="retention-title">
      <h2 id="retention-title" className="card-title">
        Retention period
      </h2>
      <p className="muted">
        Candidates whose last application ended longer ago than this are anonymised: their personal data goes as with “Erase personal data”,
        their scores stay. It runs every day{lastRunAt ? `, last on ${formatDateTime(lastRunAt)}` : ''}.
      </p>
      {error && <Alert>{error}</Alert>}
      <SelectField label="Keep candidates’ personal data for" value={chosen} onChange={(event) => setChosen(Number(event.target.value))}>
        {PERIODS.map((period) => (
          <option key={period.days} value={period.days}>
            {period.label}
          </option>
        ))}
      </SelectField>
      <div>
        <button type="submit" className="btn btn-primary" disabled={loading || chosen === days}>
          {loading ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}

function DueList({ preview }: { preview: { candidates: Array<{ id: string; name: string; lastEndedAt: string }>; more: boolean } }) {
  const origin = useOriginState('Data retention');
  const [apply, { loading }] = useMutation(ApplyRetentionMutation, { refetchQueries: [RetentionPreviewQuery, RetentionPolicyQuery] });
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const count = preview.candidates.length;

  async function anonymise() {
    setError(null);
    try {
      const { data } = await apply();
      toast.notify(`${plural(data?.applyRetention ?? 0, 'candidate')} anonymised`);
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <>
      <p>
        {preview.more ? `More than ${count}` : count} {count === 1 && !preview.more ? 'candidate is' : 'candidates are'} past the period.
      </p>
      <ul className="due-list" aria-label="Candidates due">
        {preview.candidates.map((candidate) => (
          <li key={candidate.id}>
            <Link to={`/candidates/${candidate.id}`} state={origin}>
              {candidate.name}
            </Link>{' '}
            <span className="muted small">left {formatDate(candidate.lastEndedAt)}</span>
          </li>
        ))}
      </ul>
      {error && <Alert>{error}</Alert>}
      <div>
        <button type="button" className="btn btn-danger" disabled={loading} onClick={() => void anonymise()}>
          {loading ? 'Anonymising…' : `Anonymise ${preview.more ? 'all of them' : plural(count, 'candidate')} now`}
        </button>
      </div>
    </>
  );
}
