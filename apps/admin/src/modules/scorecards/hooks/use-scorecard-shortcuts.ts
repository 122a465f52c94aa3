import { useEffect, useEffectEvent } from 'react';

export interface ScorecardShortcuts {
  /** 1..N: rate the current question at that level. */
  rate: (level: number) => void;
  /** ← / → and k / j: the previous or next question. */
  move: (delta: -1 | 1) => void;
  /** n: into the current question's notes. */
  notes: () => void;
  /** t: tick the current question's next unticked talking point. */
  tick: () => void;
  /** Escape in a text field: back to the questions, so the keys work again. */
  leaveField: (field: HTMLElement) => void;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

/** Typing goes into the field, never into a shortcut; checkboxes and buttons are not typed into. */
function isTextEntry(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** The scorecard's single keys, listened to on the window while `levels` rating levels can be given. */
export function useScorecardShortcuts(levels: number, shortcuts: ScorecardShortcuts, enabled: boolean): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTextEntry(event.target)) {
      if (event.key === 'Escape') shortcuts.leaveField(event.target);
      return;
    }
    // A dialog on top (amending, say) keeps its own keys.
    if (event.target instanceof HTMLElement && event.target.closest('dialog')) return;
    const level = Number(event.key);
    if (Number.isInteger(level) && level >= 1 && level <= levels) shortcuts.rate(level);
    else if (event.key === 'ArrowRight' || event.key === 'j') shortcuts.move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'k') shortcuts.move(-1);
    else if (event.key === 'n') shortcuts.notes();
    else if (event.key === 't') shortcuts.tick();
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
