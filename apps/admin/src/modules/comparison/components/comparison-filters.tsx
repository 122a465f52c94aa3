import type { ApplicationStatus } from '../../../gql/graphql';
import './comparison-filters.css';

const OUTCOMES: Array<{ status: ApplicationStatus; label: string }> = [
  { status: 'ACTIVE', label: 'In the pipeline' },
  { status: 'REJECTED', label: 'Rejected' },
  { status: 'WITHDRAWN', label: 'Withdrawn' },
];

const toggled = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value]);

/** Stage and outcome filters as toggle chips: none pressed means all. */
export function ComparisonFilters({
  stages,
  stageIds,
  onStageIds,
  statuses,
  onStatuses,
  filtered,
  onClear,
}: {
  stages: ReadonlyArray<{ id: string; name: string }>;
  stageIds: string[];
  onStageIds: (ids: string[]) => void;
  statuses: ApplicationStatus[];
  onStatuses: (statuses: ApplicationStatus[]) => void;
  filtered: boolean;
  onClear: () => void;
}) {
  return (
    <div className="cmp-filters">
      {stages.length > 0 && (
        <fieldset className="cmp-filter">
          <legend className="cmp-filter-legend">Stage</legend>
          <div className="chip-group">
            {stages.map((stage) => (
              <button
                key={stage.id}
                type="button"
                className="chip-toggle"
                aria-pressed={stageIds.includes(stage.id)}
                onClick={() => onStageIds(toggled(stageIds, stage.id))}
              >
                {stage.name}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="cmp-filter">
        <legend className="cmp-filter-legend">Outcome</legend>
        <div className="chip-group">
          {OUTCOMES.map((outcome) => (
            <button
              key={outcome.status}
              type="button"
              className="chip-toggle"
              aria-pressed={statuses.includes(outcome.status)}
              onClick={() => onStatuses(toggled(statuses, outcome.status))}
            >
              {outcome.label}
            </button>
          ))}
        </div>
      </fieldset>
      {filtered && (
        <button type="button" className="link-button small cmp-clear" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
