import type { QuestionKind } from '../../../gql/graphql';
import { DifficultyDots } from '../../../ui/difficulty-dots';
import { DIFFICULTIES, DIFFICULTY_LABELS, KINDS, KIND_LABELS } from '../../../ui/format';
import { TagFilter } from '../../../ui/tag-filter';
import type { BankFilters } from '../hooks/use-bank-filters';
import './question-filters.css';

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

export function QuestionFilters({
  filters,
  onChange,
  tagSuggestions,
}: {
  filters: BankFilters;
  onChange: (change: Partial<BankFilters>) => void;
  tagSuggestions: string[];
}) {
  return (
    <div className="filters">
      <div className="filter-row">
        <div className="chip-group" role="group" aria-label="Kind">
          {KINDS.map((kind: QuestionKind) => (
            <button
              key={kind}
              type="button"
              className="chip-toggle"
              aria-pressed={filters.kinds.includes(kind)}
              onClick={() => onChange({ kinds: toggle(filters.kinds, kind) })}
            >
              {KIND_LABELS[kind]}
            </button>
          ))}
        </div>
        <div className="chip-group" role="group" aria-label="Difficulty">
          {DIFFICULTIES.map((level) => (
            <button
              key={level}
              type="button"
              className="chip-toggle"
              aria-pressed={filters.difficulties.includes(level)}
              onClick={() => onChange({ difficulties: toggle(filters.difficulties, level) })}
              title={DIFFICULTY_LABELS[level]}
            >
              <DifficultyDots level={level} /> <span>{DIFFICULTY_LABELS[level]}</span>
            </button>
          ))}
        </div>
      </div>
      <div className="filter-row">
        <TagFilter suggestions={tagSuggestions} chosen={filters.tags} onChange={(tags) => onChange({ tags })} />
        <label className="check-inline">
          <input
            type="checkbox"
            checked={filters.includeArchived}
            onChange={(event) => onChange({ includeArchived: event.target.checked })}
          />
          Include archived
        </label>
      </div>
    </div>
  );
}
