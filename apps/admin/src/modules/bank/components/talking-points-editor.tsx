import { type KeyboardEvent, useEffect, useRef } from 'react';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon, PlusIcon } from '../../../ui/icons';

export interface TalkingPointLine {
  /** Stable across edits and moves, so React keeps each input (and its focus) attached to its line. */
  key: number;
  text: string;
}

const MAX_TALKING_POINTS = 50;

let nextKey = 1;
export function newLine(text = ''): TalkingPointLine {
  return { key: nextKey++, text };
}

/**
 * One input per talking point. Keyboard: Enter adds a line below, Backspace in an empty line removes it,
 * Alt+↑/↓ moves the line; every action also has a button.
 */
export function TalkingPointsEditor({
  lines,
  onChange,
  error,
}: {
  lines: TalkingPointLine[];
  onChange: (lines: TalkingPointLine[]) => void;
  error?: string;
}) {
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const focusKey = useRef<number | null>(null);

  useEffect(() => {
    if (focusKey.current === null) return;
    inputs.current.get(focusKey.current)?.focus();
    focusKey.current = null;
  });

  function update(index: number, text: string) {
    onChange(lines.map((line, position) => (position === index ? { ...line, text } : line)));
  }
  function insertAfter(index: number) {
    if (lines.length >= MAX_TALKING_POINTS) return;
    const line = newLine();
    focusKey.current = line.key;
    onChange([...lines.slice(0, index + 1), line, ...lines.slice(index + 1)]);
  }
  function remove(index: number) {
    const neighbour = lines[index - 1] ?? lines[index + 1];
    focusKey.current = neighbour?.key ?? null;
    onChange(lines.filter((_, position) => position !== index));
  }
  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= lines.length) return;
    const next = [...lines];
    [next[index], next[target]] = [next[target], next[index]];
    focusKey.current = lines[index].key;
    onChange(next);
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if (event.key === 'Enter') {
      event.preventDefault();
      insertAfter(index);
    } else if (event.key === 'Backspace' && lines[index].text === '') {
      event.preventDefault();
      remove(index);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1);
    }
  }

  return (
    <fieldset className={`fieldset${error ? ' field-invalid' : ''}`}>
      <legend className="field-label">
        Talking points <span className="field-optional">— what a strong answer covers, in order</span>
      </legend>
      {lines.length === 0 && <p className="muted small">No talking points yet.</p>}
      <ol className="points-editor">
        {lines.map((line, index) => (
          <li key={line.key} className="point-row">
            <span className="point-number" aria-hidden="true">
              {index + 1}
            </span>
            <input
              ref={(element) => {
                if (element) inputs.current.set(line.key, element);
                else inputs.current.delete(line.key);
              }}
              className="input"
              value={line.text}
              maxLength={1000}
              aria-label={`Talking point ${index + 1}`}
              onChange={(event) => update(index, event.target.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
            />
            <div className="point-actions">
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={`Move talking point ${index + 1} up`}
              >
                <ArrowUpIcon />
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                onClick={() => move(index, 1)}
                disabled={index === lines.length - 1}
                aria-label={`Move talking point ${index + 1} down`}
              >
                <ArrowDownIcon />
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                onClick={() => remove(index)}
                aria-label={`Remove talking point ${index + 1}`}
              >
                <CloseIcon />
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="row gap-sm">
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => insertAfter(lines.length - 1)}
          disabled={lines.length >= MAX_TALKING_POINTS}
        >
          <PlusIcon /> Add talking point
        </button>
        <span className="muted small keyboard-hint">Enter adds a line · Alt+↑/↓ moves it</span>
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
