import { useId, useRef, useState } from 'react';
import { CheckIcon, CopyIcon } from './icons';
import './copy-field.css';

/** A read-only value (a link, a token) with a Copy button; where the clipboard is refused, the text is selected for Ctrl+C. */
export function CopyField({ label, value, copyLabel = 'Copy' }: { label: string; value: string; copyLabel?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      input.current?.select();
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} ref={input} className="input mono" value={value} readOnly onFocus={(event) => event.target.select()} />
      <button type="button" className="btn" onClick={() => void copy()}>
        {copied ? <CheckIcon /> : <CopyIcon />} {copied ? 'Copied' : copyLabel}
      </button>
    </div>
  );
}
