import {
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
} from 'react';
import { useBlocker, useLocation } from 'react-router';

/** The time now (ms), moving on every `intervalMs` while the component is shown: timers, time left, "12 min ago". */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Panelist` : 'Panelist';
  }, [title]);
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A single-key shortcut that stays out of the way while someone types in a field. */
export function useShortcut(key: string, handler: (event: KeyboardEvent) => void, enabled = true): void {
  const onShortcut = useEffectEvent(handler);
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (key !== 'Escape' && isTypingTarget(event.target)) return;
      onShortcut(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [key, enabled]);
}

/**
 * While there are unsaved changes, leaving asks first: another page of the app asks `question`, closing or
 * reloading the tab gets the browser's own warning. The returned function lets a save or a delete leave freely.
 */
export function useUnsavedChangesGuard(dirty: boolean, question: string): () => void {
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);
  useEffect(() => {
    if (!dirty) return;
    const listener = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', listener);
    return () => window.removeEventListener('beforeunload', listener);
  }, [dirty]);
  return useCallback(() => {
    leaving.current = true;
  }, []);
}

/**
 * A panel a button opens (a disclosure: the button says whether it is open and what it opens), such as the menu
 * narrow screens fold the navigation into. It closes on any navigation, on Escape (focus goes back to the button),
 * on a click outside `container` and when focus moves on past it.
 */
export function useDisclosurePanel(container: RefObject<HTMLElement | null>, button: RefObject<HTMLButtonElement | null>) {
  const location = useLocation();
  // Open for one location only, so it closes whenever the location changes, links and back button alike.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, container]);

  return {
    open,
    toggle: () => setOpenAt(open ? null : location.key),
    onKeyDown(event: ReactKeyboardEvent) {
      // Escape closes the innermost open panel only, not also what is behind it.
      if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      setOpenAt(null);
      button.current?.focus();
    },
    onBlur(event: ReactFocusEvent) {
      if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpenAt(null);
    },
  };
}
