import { Connection, Total } from './connection.types';
import { encodeOffsetCursor } from './cursors';

/**
 * A connection from the edges of a page fetched with LIMIT first + 1: the extra edge only says there is a
 * next page. The total is counted on first read, and once.
 */
export function connectionOf<T>(
  edges: Array<{ node: T; cursor: string }>,
  first: number,
  hasPreviousPage: boolean,
  countTotal: () => Promise<Total>,
): Connection<T> {
  const page = edges.slice(0, first);
  let counted: Promise<Total> | undefined;
  const total = () => (counted ??= countTotal());
  return {
    edges: page,
    pageInfo: {
      hasNextPage: edges.length > first,
      hasPreviousPage,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(() => total().then((result) => result.count)),
    totalCountIsExact: lazy(() => total().then((result) => result.exact)),
  };
}

/** Builds a page from `rows` fetched with LIMIT first + 1 starting at `offset`. */
export function offsetPage<T>(rows: T[], offset: number, first: number, countTotal: () => Promise<Total>): Connection<T> {
  return connectionOf(
    rows.map((node, index) => ({ node, cursor: encodeOffsetCursor(offset + index) })),
    first,
    offset > 0,
    countTotal,
  );
}

/** A thenable that starts its work on the first `then`: GraphQL awaits it only for selected fields. */
function lazy<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return { then: (onFulfilled, onRejected) => (started ??= work()).then(onFulfilled, onRejected) };
}
