import { type KeyboardEvent, type RefObject, useId } from 'react';
import { Kbd } from './feedback';
import { SearchIcon } from './icons';
import './search-box.css';

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

/** A search field with the "/" shortcut hint; Escape clears it. */
export function SearchBox({
  value,
  onChange,
  inputRef,
  onArrowDown,
  label = 'Search questions',
  placeholder = 'Search questions',
  autoFocus,
}: SearchBoxProps) {
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
