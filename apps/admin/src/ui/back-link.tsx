import { type ReactNode, useMemo } from 'react';
import { Link, useLocation } from 'react-router';

/**
 * Where a detail page was opened from, carried in the location state of the link that opened it: a page reached
 * from several places (the board, the candidates list, a debrief) links back to the one it came from.
 */
export interface Origin {
  /** Path and query string: the list's search and filters come back with it. */
  to: string;
  /** What the back link calls that page. */
  label: string;
  /** The origin's own location state, handed back on return (its own origin, so back links chain). */
  state?: unknown;
}

export interface OriginState {
  from: Origin;
}

function originOf(state: unknown): Origin | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const { from } = state as { from: unknown };
  if (typeof from !== 'object' || from === null) return null;
  const { to, label } = from as Partial<Origin>;
  // Only paths inside the admin: history state is the page's own, but a back link must never leave the app.
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || typeof label !== 'string') return null;
  return from as Origin;
}

/**
 * Location state for links out of the current page (`<Link to=… state={origin}>`), so the page they open can link
 * back here as it is now. `extra` goes into the state the current page gets back on return.
 */
export function useOriginState(label: string, extra?: Record<string, unknown>): OriginState {
  const { pathname, search, state } = useLocation();
  return useMemo(() => {
    const own = typeof state === 'object' && state !== null ? state : {};
    return { from: { to: pathname + search, label, state: extra ? { ...own, ...extra } : state } };
  }, [pathname, search, state, label, extra]);
}

/** The origin the current page was opened from, if a link said. */
export function useOrigin(): Origin | null {
  return originOf(useLocation().state);
}

/**
 * "← Candidates": back to the page this one was opened from, as it was; `fallback` when it was opened directly
 * (a bookmark, a shared link). Without either it shows `children` (plain text where there is nowhere to go back to).
 */
export function BackLink({ fallback, children }: { fallback?: Origin; children?: ReactNode }) {
  const origin = useOrigin() ?? fallback;
  if (!origin) return <>{children}</>;
  return (
    <Link to={origin.to} state={origin.state}>
      ← {origin.label}
    </Link>
  );
}
