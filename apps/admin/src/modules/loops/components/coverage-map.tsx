import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useHiringAccess } from '../../auth';
import { Alert, EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { LayersIcon, PlusIcon } from '../../../ui/icons';
import { OpeningLoopQuery } from '../graphql/loops.documents';
import './coverage-map.css';

/** Which round assesses which category: filled cells ask questions, outlined ones are a focus without any. */
export function CoverageMap({ openingId }: { openingId: string }) {
  const { canManageOpenings } = useHiringAccess();
  const { data, error, refetch } = useQuery(OpeningLoopQuery, { variables: { id: openingId }, fetchPolicy: 'cache-and-network' });

  if (error && !data) {
    return <LoadError title="The coverage map could not load" error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <SkeletonLines count={5} />;

  const { rounds } = data.opening.loop;
  const { rows, warnings } = data.opening.coverage;
  if (rounds.length === 0) {
    return (
      <EmptyState
        icon={<LayersIcon width={28} height={28} />}
        title="Nothing to map yet"
        action={
          canManageOpenings && (
            <Link className="btn btn-primary" to={`/openings/${openingId}/rounds/new`}>
              <PlusIcon /> Add round
            </Link>
          )
        }
      >
        <p>The map shows which round assesses which category once the loop has rounds.</p>
      </EmptyState>
    );
  }

  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <div className="section-bar">
        <div>
          <h2 id="coverage-title" className="section-heading">
            Coverage
          </h2>
          <p className="muted small">
            Categories down the side, rounds across: where each competency is assessed, and where it is only hoped for.
          </p>
        </div>
      </div>
      {warnings.length > 0 ? (
        <Alert tone="warning" title={warnings.length === 1 ? 'One thing to look at' : `${warnings.length} things to look at`}>
          <ul className="warning-list">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert tone="success">Every focus category is asked about, and no question is repeated across rounds.</Alert>
      )}
      <div className="table-wrap coverage-wrap">
        <table className="table coverage-table">
          <caption className="visually-hidden">Questions per category and round</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {rounds.map((round, index) => (
                <th key={round.id} scope="col" className="coverage-round">
                  <span className="muted">{index + 1}.</span> {round.name}
                  <span className="coverage-stage">{round.stage.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.category.id}>
                <th scope="row" className="coverage-category">
                  {row.category.name}
                </th>
                {rounds.map((round) => {
                  const cell = row.rounds.find((entry) => entry.roundId === round.id);
                  const count = cell?.questionCount ?? 0;
                  const focus = cell?.focus ?? false;
                  const kind = count > 0 ? 'filled' : focus ? 'gap' : 'none';
                  const label =
                    count > 0
                      ? `${plural(count, 'question')}${focus ? ', focus' : ''}`
                      : focus
                        ? 'Focus, but no questions'
                        : 'Not assessed';
                  return (
                    <td key={round.id} className="coverage-cell">
                      <span className={`coverage-mark coverage-${kind}`} title={label}>
                        <span aria-hidden="true">{count > 0 ? count : focus ? '0' : ''}</span>
                        <span className="visually-hidden">{label}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="coverage-legend small muted" aria-label="Legend">
        <li>
          <span className="coverage-mark coverage-filled" aria-hidden="true">
            2
          </span>{' '}
          questions asked
        </li>
        <li>
          <span className="coverage-mark coverage-gap" aria-hidden="true">
            0
          </span>{' '}
          focus category without questions
        </li>
        <li>
          <span className="coverage-mark coverage-none" aria-hidden="true" /> not assessed in that round
        </li>
      </ul>
    </section>
  );
}
