import { CombinedGraphQLErrors } from '@apollo/client';

/** The extensions of the first GraphQL error (code, reason, and whatever details the server adds), or none. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  return error.errors[0]?.extensions ?? {};
}

export type Refusal = 'FEEDBACK_PENDING' | 'NOT_YOUR_CANDIDATE';

/** Why the server keeps this debrief from the reader (independence of feedback), when that is the error. */
export function refusalOf(error: unknown): Refusal | null {
  const { code, reason } = errorExtensions(error);
  if (code !== 'FORBIDDEN') return null;
  return reason === 'FEEDBACK_PENDING' || reason === 'NOT_YOUR_CANDIDATE' ? reason : null;
}

/** The note as saved by someone else since this edit began, from a CONFLICT answer to saving it. */
export function noteConflictOf(error: unknown): { theirs: string; version: number } | null {
  const { code, theirs, version } = errorExtensions(error);
  if (code !== 'CONFLICT' || typeof theirs !== 'string' || typeof version !== 'number') return null;
  return { theirs, version };
}
