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

/** The origin a location's state names, if it names a page of the admin's own. */
export function originOf(state: unknown): Origin | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const { from } = state as { from: unknown };
  if (typeof from !== 'object' || from === null) return null;
  const { to, label } = from as Partial<Origin>;
  // Only paths inside the admin: history state is the page's own, but a back link must never leave the app.
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\') || typeof label !== 'string')
    return null;
  return from as Origin;
}
