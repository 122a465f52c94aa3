import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useOriginState } from '../../../ui/back-link';
import { SearchBox } from '../../../ui/search-box';
import { EmptyState, LoadError, ProgressBar, SkeletonLines } from '../../../ui/feedback';
import { formatDate, plural } from '../../../ui/format';
import { useDebouncedValue, useShortcut } from '../../../ui/hooks';
import { PlusIcon, UserIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { CandidatesQuery } from '../graphql/pipeline.documents';
import { AddCandidateDialog } from './add-candidate-dialog';
import './candidate-list.css';

const PAGE_SIZE = 25;

export function CandidateList() {
  const navigate = useNavigate();
  const { notify } = useToast();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const search = useDebouncedValue(text.trim(), 200);
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const origin = useOriginState('Candidates');
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(CandidatesQuery, {
    variables: { first: PAGE_SIZE, search: search || undefined },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = (data ?? previousData)?.candidates;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  useShortcut('/', (event) => {
    event.preventDefault();
    searchRef.current?.focus();
  });

  function onSearch(value: string) {
    setText(value);
    setParams(value.trim() ? { q: value } : {}, { replace: true });
  }

  const countText = shown
    ? `${shown.totalCountIsExact ? '' : 'About '}${plural(shown.totalCount, 'candidate')}${search ? ` match “${search}”` : ''}`
    : 'Loading candidates…';

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            Candidates
          </h1>
          <p className="muted">Everyone you are talking to, newest first. Add candidates to an opening from its pipeline.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          <PlusIcon /> New candidate
        </button>
      </header>
      <div className="list-toolbar">
        <div className="candidate-search">
          <SearchBox
            value={text}
            onChange={onSearch}
            inputRef={searchRef}
            label="Search candidates by name or email"
            placeholder="Search by name or email"
          />
        </div>
        <p className="result-count" aria-live="polite" aria-atomic="true">
          {countText}
        </p>
      </div>
      <div className="table-host">
        <ProgressBar active={loading && !loadingMore && Boolean(shown)} />
        {error && !shown ? (
          <LoadError title="Candidates could not load" error={error} onRetry={() => void refetch()} />
        ) : !shown ? (
          <SkeletonLines count={6} />
        ) : shown.edges.length === 0 ? (
          <EmptyState
            icon={<UserIcon width={28} height={28} />}
            title={search ? `No candidate matches “${search}”` : 'No candidates yet'}
            action={
              !search && (
                <Link className="btn btn-primary" to="/openings">
                  Go to the openings
                </Link>
              )
            }
          >
            <p>
              {search
                ? 'Try part of the name or the email address.'
                : 'Add the first one from an opening’s pipeline, or with “New candidate”.'}
            </p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Candidates, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Applications</th>
                  <th scope="col">Tags</th>
                  <th scope="col">Added</th>
                </tr>
              </thead>
              <tbody>
                {shown.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>
                      <Link className="row-title" to={`/candidates/${node.id}`} state={origin}>
                        {node.name}
                      </Link>
                      <div className="muted small">{node.email}</div>
                    </td>
                    <td className="small">
                      {node.applications.length === 0 ? (
                        <span className="muted">None</span>
                      ) : (
                        <ul className="plain-list">
                          {node.applications.map((application) => (
                            <li key={application.id}>
                              {application.opening.title}{' '}
                              <span className="muted">
                                ·{' '}
                                {application.status === 'ACTIVE'
                                  ? application.stage.name
                                  : application.status === 'REJECTED'
                                    ? 'rejected'
                                    : 'withdrawn'}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {node.tags.length > 0 && (
                        <span className="tag-list">
                          {node.tags.slice(0, 4).map((tag) => (
                            <span key={tag} className="tag">
                              {tag}
                            </span>
                          ))}
                        </span>
                      )}
                    </td>
                    <td className="muted small">{formatDate(node.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data?.candidates.pageInfo.hasNextPage && (
          <div className="load-more">
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              disabled={loadingMore}
              onClick={() => void fetchMore({ variables: { after: data.candidates.pageInfo.endCursor } })}
            >
              {loadingMore ? 'Loading more…' : 'Load more candidates'}
            </button>
          </div>
        )}
      </div>
      {creating && (
        <AddCandidateDialog
          onClose={() => setCreating(false)}
          onAdded={(candidate) => {
            setCreating(false);
            notify(`Added ${candidate.name}`);
            navigate(`/candidates/${candidate.id}`);
          }}
        />
      )}
    </div>
  );
}
