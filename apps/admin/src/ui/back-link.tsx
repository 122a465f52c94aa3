import { type ReactNode, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { type Origin, type OriginState, originOf } from './origin';

export type { Origin, OriginState } from './origin';

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
