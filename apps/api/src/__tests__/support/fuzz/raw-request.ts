import type { RawAnswer } from './response-problems';

/** Longer than any request should take on a loaded machine: a request that hangs fails instead of stalling the run. */
const ANSWER_WITHIN_MS = 20_000;

/** Posts a GraphQL request as is and keeps what came back, even when it is not JSON. */
export async function sendRaw(url: string, token: string | undefined, body: unknown): Promise<RawAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as RawAnswer['body'] };
  } catch {
    return { status: response.status, body: undefined };
  }
}
