import { type KeyboardEvent, type RefObject, useId, useState } from 'react';
import type { QuestionKind } from '../../../gql/graphql';
import { DIFFICULTIES, DIFFICULTY_LABELS, KINDS, KIND_LABELS } from '../../../ui/format';
import { CloseIcon, SearchIcon } from '../../../ui/icons';
import { Kbd } from '../../../ui/feedback';
import type { BankFilters } from '../hooks/use-bank-filters';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** ArrowDown moves from the box into the results. */
  onArrowDown?: () => void;
  label?: string;
  placeholder?: string;
  autoFocus?: boolean;
}

export function SearchBox({ value, onChange, inputRef, onArrowDown, label = 'Search questions', placeholder = 'Search questions', autoFocus }: SearchBoxProps) {
  const id = useId();
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && onArrowDown) {
      event.preventDefault();
      onArrowDown();
    } else if (event.key === 'Escape' && value) {
      event.preventDefault();
      event.stopPropagation();
      onChange('');
    }
  }
  return (
    <div className="search-box">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <SearchIcon className="search-icon" />
      <input
        id={id}
        ref={inputRef}
        type="search"
        className="input search-input"
        value={value}
        placeholder={placeholder}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-keyshortcuts="/"
      />
      {!value && (
        <span className="search-shortcut" aria-hidden="true">
          <Kbd>/</Kbd>
        </span>
      )}
    </div>
  );
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

export function QuestionFilters({ filters, onChange, tagSuggestions }: { filters: BankFilters; onChange: (change: Partial<BankFilters>) => void; tagSuggestions: string[] }) {
  const [tagText, setTagText] = useState('');
  const listId = useId();
  const tagInputId = useId();

  function addTag(raw: string) {
    const tag = raw.trim();
    if (!tag) return;
    const known = tagSuggestions.find((suggestion) => suggestion.toLowerCase() === tag.toLowerCase()) ?? tag;
    if (!filters.tags.some((existing) => existing.toLowerCase() === known.toLowerCase())) onChange({ tags: [...filters.tags, known] });
    setTagText('');
  }

  return (
    <div className="filters">
      <div className="filter-row">
        <div className="chip-group" role="group" aria-label="Kind">
          {KINDS.map((kind: QuestionKind) => (
            <button key={kind} type="button" className="chip-toggle" aria-pressed={filters.kinds.includes(kind)} onClick={() => onChange({ kinds: toggle(filters.kinds, kind) })}>
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
        <div className="tag-filter">
          <label htmlFor={tagInputId} className="visually-hidden">
            Filter by tag
          </label>
          <input
            id={tagInputId}
            className="input input-sm"
            list={listId}
            placeholder="Filter by tag…"
            value={tagText}
            onChange={(event) => {
              const value = event.target.value;
              // Picking an entry of the datalist fills the whole value at once: take it as chosen.
              if (tagSuggestions.includes(value)) addTag(value);
              else setTagText(value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addTag(tagText);
              }
            }}
          />
          <datalist id={listId}>
            {tagSuggestions
              .filter((tag) => !filters.tags.includes(tag))
              .map((tag) => (
                <option key={tag} value={tag} />
              ))}
          </datalist>
        </div>
        {filters.tags.map((tag) => (
          <span key={tag} className="chip chip-removable">
            {tag}
            <button type="button" className="chip-remove" aria-label={`Remove tag filter ${tag}`} onClick={() => onChange({ tags: filters.tags.filter((entry) => entry !== tag) })}>
              <CloseIcon width={12} height={12} />
            </button>
          </span>
        ))}
        <label className="check-inline">
          <input type="checkbox" checked={filters.includeArchived} onChange={(event) => onChange({ includeArchived: event.target.checked })} />
          Include archived
        </label>
      </div>
    </div>
  );
}

export function DifficultyDots({ level }: { level: number }) {
  return (
    <span className="dots" aria-hidden="true">
      {DIFFICULTIES.map((dot) => (
        <span key={dot} className={`dot${dot <= level ? ' dot-on' : ''}`} />
      ))}
    </span>
  );
}

export function KindBadge({ kind, title }: { kind: QuestionKind; title?: string }) {
  return (
    <span className={`kind kind-${kind.toLowerCase()}`} title={title}>
      {KIND_LABELS[kind]}
    </span>
  );
}
