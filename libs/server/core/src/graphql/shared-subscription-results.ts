import { Extensions } from '@nestjs/graphql';
import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult, getOperationAST, Kind, print } from 'graphql';
import { GraphQLContext } from './graphql-context';

const SHARED_BY = 'panelistResultsSharedBy';

/**
 * Declares that a subscription's result for an event depends on nothing about the subscriber but their
 * organisation (its `filter` has checked their rights, and no field reads who they are): an instance then
 * executes it once per event, organisation and query, for all its subscribers, instead of once per
 * subscriber. Five hundred open boards cost one execution per change, not five hundred.
 */
export const OneResultPerOrganization = () => Extensions({ [SHARED_BY]: 'organization' });

/** Results of executions, by the event they were for and what else they depended on. */
const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/** What a shared result depends on besides the event; undefined when the subscription's results are not shared. */
function sharingKey(args: ExecutionArgs): string | undefined {
  const [root] = getOperationAST(args.document, args.operationName)?.selectionSet.selections ?? [];
  if (root?.kind !== Kind.FIELD) return undefined;
  const field = args.schema.getSubscriptionType()?.getFields()[root.name.value];
  const user = (args.contextValue as GraphQLContext | undefined)?.req.user;
  if (field?.extensions?.[SHARED_BY] !== 'organization' || !user) return undefined;
  return [user.organizationId, args.operationName ?? '', JSON.stringify(args.variableValues ?? {}), print(args.document)].join('\n');
}

function sharedResult(event: unknown, key: string, run: (event: unknown) => Promise<ExecutionResult>): Promise<ExecutionResult> {
  if (typeof event !== 'object' || event === null) return run(event);
  let byKey = results.get(event);
  if (!byKey) results.set(event, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = run(event)));
  return result;
}

/** Like graphql-js's own mapping of a source stream: `return()` reaches the source at once, even while it waits. */
function mapEvents(
  source: AsyncIterator<unknown>,
  map: (event: unknown) => Promise<ExecutionResult>,
): AsyncIterableIterator<ExecutionResult> {
  const mapped = async (next: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> => {
    if (next.done) return { value: undefined, done: true };
    try {
      return { value: await map(next.value), done: false };
    } catch (error) {
      // A for-await loop does not return an iterator whose next() failed: stop listening here.
      await source.return?.();
      throw error;
    }
  };
  return {
    next: async () => mapped(await source.next()),
    return: async () => (source.return ? mapped(await source.return()) : { value: undefined, done: true }),
    throw: async (error?: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql-js's `subscribe`, given to graphql-ws, with one difference: a subscription marked
 * @OneResultPerOrganization() shares its results among the subscribers of an organisation. The source
 * stream (the resolver, the guard, the filter) is still each subscriber's own.
 */
export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const run = async (event: unknown) => execute({ ...args, rootValue: event });
  const key = sharingKey(args);
  return mapEvents(stream[Symbol.asyncIterator](), key === undefined ? run : (event) => sharedResult(event, key, run));
}
