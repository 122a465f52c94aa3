/** What the server answered to one fuzzed request, as sent over the wire. */
export interface RawAnswer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message?: string; path?: unknown[]; extensions?: Record<string, unknown> }> } | undefined;
}

// Frames of a stack trace (`at fn (file.ts:1:2)`, `    at `) and source positions; SQL and PostgreSQL's own wording.
const LEAKS: Array<[label: string, pattern: RegExp]> = [
  ['a stack trace', /\bat [\w$.<>[\] ]+ \(|\n\s+at |\.[cm]?[jt]s:\d+/],
  [
    'SQL',
    /\b(SELECT|INSERT INTO|DELETE FROM|RETURNING)\b|\bUPDATE "?\w+"? SET\b|QueryFailedError|relation "|column "|violates .* constraint|syntax error at/,
  ],
];

/**
 * Why an answer is wrong for any request, however bad: a 5xx, an internal error, server internals in an error,
 * or bad input refused by a resolver without naming the field (GraphQL's own refusals of a variable have no
 * path, and name it in the message).
 */
export function answerProblems({ status, body }: RawAnswer): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  for (const error of body?.errors ?? []) {
    const code = error.extensions?.code;
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') problems.push(`${String(code ?? 'no code')}: ${error.message}`);
    if (code === 'BAD_USER_INPUT' && error.path && !error.extensions?.field)
      problems.push(`BAD_USER_INPUT without a field: ${error.message}`);
    const text = JSON.stringify({ message: error.message, extensions: error.extensions });
    for (const [label, pattern] of LEAKS) if (pattern.test(text)) problems.push(`${label} in ${text.slice(0, 300)}`);
  }
  return problems;
}

export const isRefused = (answer: RawAnswer): boolean => Boolean(answer.body?.errors?.length) || answer.status >= 400;
