import { useRef } from 'react';
import { plural } from '../../../ui/format';
import { useShortcut } from '../../../ui/hooks';
import { PlusIcon } from '../../../ui/icons';
import { SearchBox } from '../../../ui/search-box';
import { TagFilter } from '../../../ui/tag-filter';
import type { ClosedStatus } from './closed-applications-dialog';
import './board-toolbar.css';

/** The board's filters ("/" focuses the search), how many candidates it holds, and the way to add one. */
export function BoardToolbar({
  searchText,
  onSearch,
  knownTags,
  tags,
  onTags,
  counts,
  filtered,
  onAdd,
  onShowClosed,
}: {
  searchText: string;
  onSearch: (text: string) => void;
  knownTags: string[];
  tags: string[];
  onTags: (tags: string[]) => void;
  /** Null while the board loads. */
  counts: { active: number; rejected: number; withdrawn: number } | null;
  filtered: boolean;
  onAdd: () => void;
  /** Opens the list of applications that left the pipeline so. */
  onShowClosed: (status: ClosedStatus) => void;
}) {
  const searchRef = useRef<HTMLInputElement>(null);
  useShortcut('/', (event) => {
    event.preventDefault();
    searchRef.current?.focus();
  });

  return (
    <div className="board-toolbar">
      <div className="board-filters">
        <SearchBox
          value={searchText}
          onChange={onSearch}
          inputRef={searchRef}
          label="Filter candidates by name or email"
          placeholder="Filter by name or email"
        />
        <TagFilter suggestions={knownTags} chosen={tags} onChange={onTags} />
      </div>
      <div className="result-count board-counts" aria-live="polite" aria-atomic="true">
        <span>
          {counts
            ? plural(counts.active, filtered ? 'match' : 'candidate in the pipeline', filtered ? 'matches' : 'candidates in the pipeline')
            : 'Loading the pipeline…'}
        </span>
        {counts && (
          <>
            <span className="muted" aria-hidden="true">
              {' '}
              ·{' '}
            </span>
            <ClosedCount count={counts.rejected} label="rejected" onOpen={() => onShowClosed('REJECTED')} />
            <span className="muted" aria-hidden="true">
              {' '}
              ·{' '}
            </span>
            <ClosedCount count={counts.withdrawn} label="withdrawn" onOpen={() => onShowClosed('WITHDRAWN')} />
          </>
        )}
      </div>
      <button type="button" className="btn btn-primary" onClick={onAdd}>
        <PlusIcon /> Add candidate
      </button>
    </div>
  );
}

/** "3 rejected": a button that lists them, or plain text while there are none to list. */
function ClosedCount({ count, label, onOpen }: { count: number; label: string; onOpen: () => void }) {
  if (count === 0) return <span className="muted">0 {label}</span>;
  return (
    <button type="button" className="link-button board-closed-button" aria-haspopup="dialog" onClick={onOpen}>
      {count.toLocaleString('en')} {label}
    </button>
  );
}
