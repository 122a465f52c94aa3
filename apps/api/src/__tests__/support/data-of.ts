import type { GraphQLResponse } from './test-app';

/** The data of a response that must succeed (a factory step, a test's setup): an error fails with what the API said. */
export function dataOf<TResult>(response: GraphQLResponse<TResult>): TResult {
  if (response.errors || !response.data) throw new Error(`the API refused a step the test relies on: ${JSON.stringify(response.errors)}`);
  return response.data;
}
