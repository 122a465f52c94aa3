import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import type { OpeningStatus } from '../../../gql/graphql';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { OPENING_STATUSES, OPENING_STATUS_LABELS, formatDate, plural } from '../../../ui/format';
import { BriefcaseIcon, PlusIcon } from '../../../ui/icons';
import { OpeningsQuery } from '../graphql/openings.documents';
import { useHiringAccess } from '../../auth';
import { OpeningStatusBadge } from './opening-status';
import './opening-list.css';

const PAGE_SIZE = 50;

export function OpeningList() {
  const { canManageOpenings } = useHiringAccess();
  const [params, setParams] = useSearchParams();
  const status = (OPENING_STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as OpeningStatus) : null;
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(OpeningsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const openings = data?.openings.edges.map((edge) => edge.node);
  const counts = new Map<OpeningStatus, number>();
  for (const opening of openings ?? []) counts.set(opening.status, (counts.get(opening.status) ?? 0) + 1);
  const shown = openings?.filter((opening) => !status || opening.status === status);
  const pageInfo = data?.openings.pageInfo;

  function chooseStatus(next: OpeningStatus | null) {
    setParams(next ? { status: next } : {}, { replace: true });
  }

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            Openings
          </h1>
          <p className="muted">Every job you are hiring for, with its pipeline and interview loop.</p>
        </div>
        {canManageOpenings && (
          <Link className="btn btn-primary" to="/openings/new">
            <PlusIcon /> New opening
          </Link>
        )}
      </header>

      {error && !openings ? (
        <LoadError title="Openings could not load" error={error} onRetry={() => void refetch()} />
      ) : !openings ? (
        <SkeletonLines count={5} />
      ) : openings.length === 0 ? (
        <EmptyState
          icon={<BriefcaseIcon width={28} height={28} />}
          title={canManageOpenings ? 'No openings yet — create one' : 'No openings yet'}
          action={
            canManageOpenings && (
              <Link className="btn btn-primary" to="/openings/new">
                <PlusIcon /> New opening
              </Link>
            )
          }
        >
          <p>
            {canManageOpenings
              ? 'An opening holds the pipeline of candidates and the interview loop for one job.'
              : 'Hiring managers and admins create openings; they will show up here.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="list-toolbar">
            <div className="chip-group" role="group" aria-label="Filter by status">
              <button type="button" className="chip-toggle" aria-pressed={status === null} onClick={() => chooseStatus(null)}>
                All <span className="chip-count">{openings.length}</span>
              </button>
              {OPENING_STATUSES.map((option) => (
                <button
                  key={option}
                  type="button"
                  className="chip-toggle"
                  aria-pressed={status === option}
                  onClick={() => chooseStatus(status === option ? null : option)}
                >
                  {OPENING_STATUS_LABELS[option]} <span className="chip-count">{counts.get(option) ?? 0}</span>
                </button>
              ))}
            </div>
            <p className="result-count" aria-live="polite">
              {status
                ? `${plural(shown!.length, 'opening')} ${OPENING_STATUS_LABELS[status].toLowerCase()}`
                : plural(data!.openings.totalCount, 'opening')}
            </p>
          </div>
          {shown!.length === 0 ? (
            <EmptyState title={`No ${OPENING_STATUS_LABELS[status!].toLowerCase()} openings`}>
              <p>
                <button type="button" className="link-button" onClick={() => chooseStatus(null)}>
                  Show all openings
                </button>
              </p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Openings, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Opening</th>
                    <th scope="col">Status</th>
                    <th scope="col">Candidates</th>
                    <th scope="col">Pipeline</th>
                    <th scope="col">Hiring manager</th>
                    <th scope="col">Recruiter</th>
                    <th scope="col">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {shown!.map((opening) => (
                    <tr key={opening.id}>
                      <td>
                        <Link className="row-title" to={`/openings/${opening.id}`}>
                          {opening.title}
                        </Link>
                        <div className="muted small">
                          {[opening.team, opening.location].filter(Boolean).join(' · ') || 'No team or location'}
                        </div>
                      </td>
                      <td>
                        <OpeningStatusBadge status={opening.status} />
                      </td>
                      <td className="small">
                        <strong>{opening.applicationCounts.active}</strong> active
                        {opening.applicationCounts.rejected + opening.applicationCounts.withdrawn > 0 && (
                          <div className="muted">
                            {opening.applicationCounts.rejected} rejected · {opening.applicationCounts.withdrawn} withdrawn
                          </div>
                        )}
                      </td>
                      <td className="small">
                        {plural(opening.stages.length, 'stage')} · {plural(opening.loop.rounds.length, 'round')}
                      </td>
                      <td className="small">{opening.hiringManager?.name ?? <span className="muted">—</span>}</td>
                      <td className="small">{opening.recruiter?.name ?? <span className="muted">—</span>}</td>
                      <td className="muted small">{formatDate(opening.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pageInfo?.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                disabled={networkStatus === NetworkStatus.fetchMore}
                onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
              >
                {networkStatus === NetworkStatus.fetchMore ? 'Loading more…' : 'Load more openings'}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
