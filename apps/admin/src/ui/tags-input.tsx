import { type ClipboardEvent, type KeyboardEvent, useState } from 'react';
import { Field } from './field';
import { CloseIcon } from './icons';
import './tags-input.css';

const MAX_TAGS = 30;

/** Tags as chips: Enter or a comma adds one, Backspace in the empty box removes the last. */
export function TagsInput({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: string[];
  onChange: (tags: string[]) => void;
  error?: string;
  hint?: string;
}) {
  const [text, setText] = useState('');

  function add(raw: string) {
    const incoming = raw
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    if (incoming.length === 0) return;
    const next = [...value];
    for (const tag of incoming) if (!next.some((existing) => existing.toLowerCase() === tag.toLowerCase())) next.push(tag.slice(0, 60));
    onChange(next.slice(0, MAX_TAGS));
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && !text && value.length) {
      onChange(value.slice(0, -1));
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text');
    if (pasted.includes(',')) {
      event.preventDefault();
      add(text + pasted);
    }
  }

  return (
    <Field label={label} hint={hint} error={error} optional>
      {(control) => (
        <div className="tags-input">
          {value.length > 0 && (
            <ul className="tags-input-list" aria-label={`${label} added`}>
              {value.map((tag) => (
                <li key={tag} className="chip chip-removable">
                  {tag}
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Remove tag ${tag}`}
                    onClick={() => onChange(value.filter((entry) => entry !== tag))}
                  >
                    <CloseIcon width={12} height={12} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            {...control}
            className="tags-input-box"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={() => add(text)}
            placeholder={value.length ? 'Add another…' : 'e.g. Kubernetes, Feature store'}
          />
        </div>
      )}
    </Field>
  );
}
