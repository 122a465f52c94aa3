import { CombinedGraphQLErrors } from '@apollo/client';

/** The server reminds a panelist once an hour at most. */
export const NUDGE_INTERVAL_MS = 60 * 60_000;

/** Whether the panelist was reminded within the last hour, so another nudge would be refused. */
export function nudgedRecently(lastNudgedAt: string | null, now: number): boolean {
  return lastNudgedAt !== null && now - new Date(lastNudgedAt).getTime() < NUDGE_INTERVAL_MS;
}

/**
 * When someone else nudged first, the server refuses with NUDGED_RECENTLY and the time the next nudge is allowed:
 * the last nudge was an hour before that. Null for any other error.
 */
export function lastNudgeOfRefusal(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.reason !== 'NUDGED_RECENTLY' || typeof extensions.nextNudgeAt !== 'string') return null;
  return new Date(new Date(extensions.nextNudgeAt).getTime() - NUDGE_INTERVAL_MS).toISOString();
}

/** Whether the server says the panelist's feedback is no longer overdue (it came in meanwhile). */
export function isNoLongerLate(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.reason === 'NOT_LATE';
}
