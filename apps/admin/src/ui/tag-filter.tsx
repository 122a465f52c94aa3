import { useId, useState } from 'react';
import { CloseIcon } from './icons';
import './tag-filter.css';

/**
 * Filter by tags: type one (or pick a suggestion) and press Enter; each chosen tag shows as a removable chip.
 * A tag typed in another case takes the suggestion's spelling, and a tag already chosen is not added twice.
 */
export function TagFilter({
  suggestions,
  chosen,
  onChange,
}: {
  suggestions: string[];
  chosen: string[];
  onChange: (tags: string[]) => void;
}) {
  const [text, setText] = useState('');
  const inputId = useId();
  const listId = useId();
  const offered = suggestions.filter((tag) => !chosen.includes(tag));

  function add(raw: string) {
    setText('');
    const typed = raw.trim();
    if (!typed) return;
    const tag = suggestions.find((suggestion) => suggestion.toLowerCase() === typed.toLowerCase()) ?? typed;
    if (!chosen.some((existing) => existing.toLowerCase() === tag.toLowerCase())) onChange([...chosen, tag]);
  }

  return (
    <div className="tag-filter">
      <label htmlFor={inputId} className="visually-hidden">
        Filter by tag
      </label>
      <input
        id={inputId}
        className="input input-sm"
        list={listId}
        placeholder="Filter by tag…"
        value={text}
        onChange={(event) => {
          // Picking an entry of the datalist fills the whole value at once: take it as chosen.
          if (offered.includes(event.target.value)) add(event.target.value);
          else setText(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(text);
          }
        }}
      />
      <datalist id={listId}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {chosen.map((tag) => (
        <span key={tag} className="chip chip-removable">
          {tag}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove tag filter ${tag}`}
            onClick={() => onChange(chosen.filter((entry) => entry !== tag))}
          >
            <CloseIcon width={12} height={12} />
          </button>
        </span>
      ))}
    </div>
  );
}
