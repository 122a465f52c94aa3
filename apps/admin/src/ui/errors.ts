import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'NETWORK' | 'UNKNOWN';

export interface UserError {
  code: ErrorCode;
  /** Human-readable; for field errors the "field: " prefix is removed so it reads well next to the field. */
  message: string;
  /** For BAD_USER_INPUT: the input path, e.g. `password` or `anchors.0.text`. */
  field?: string;
}

const KNOWN_CODES = new Set<ErrorCode>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);

export function toUserError(error: unknown): UserError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const rawCode = first?.extensions?.code;
    const code = typeof rawCode === 'string' && KNOWN_CODES.has(rawCode as ErrorCode) ? (rawCode as ErrorCode) : 'UNKNOWN';
    const rawField = first?.extensions?.field;
    const field = typeof rawField === 'string' ? rawField : undefined;
    let message = first?.message ?? 'Something went wrong.';
    if (field && message.startsWith(`${field}: `)) message = capitalize(message.slice(field.length + 2));
    return { code, message, field };
  }
  if (ServerError.is(error)) {
    return { code: 'NETWORK', message: `The server could not answer (HTTP ${error.statusCode}). Try again in a moment.` };
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { code: 'NETWORK', message: 'Could not reach the server. Check your connection and try again.' };
  }
  return { code: 'UNKNOWN', message: error instanceof Error && error.message ? error.message : 'Something went wrong.' };
}

export function isErrorCode(error: unknown, code: ErrorCode): boolean {
  return error != null && toUserError(error).code === code;
}

/**
 * Whether the record a URL names is not there: unknown to the server (or another organisation's), or named by
 * something that is not an id at all, which the server refuses as BAD_USER_INPUT on `id` before looking.
 */
export function isMissingRecord(error: unknown): boolean {
  if (error == null) return false;
  const { code, field } = toUserError(error);
  return code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && field === 'id');
}

/** Field errors keyed by the first segment of the path, so `anchors.2.text` lands next to the anchors. */
export function fieldErrorOf(error: UserError | null, ...fields: string[]): string | undefined {
  if (!error?.field) return undefined;
  const head = error.field.split('.')[0];
  return fields.includes(head) ? error.message : undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
