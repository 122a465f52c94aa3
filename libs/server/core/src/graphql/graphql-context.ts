import DataLoader from 'dataloader';
import { Request, Response } from 'express';
import { AuthUser } from '../auth/auth-user';

export interface GraphQLContext {
  req: Request & { user?: AuthUser };
  res: Response;
  loaders: Map<unknown, DataLoader<unknown, unknown>>;
}

export function createGraphQLContext({ req, res }: { req: GraphQLContext['req']; res: Response }): GraphQLContext {
  return { req, res, loaders: new Map() };
}

/**
 * DataLoaders live for one request (so batching never leaks data between users or tenants) and are
 * created on first use; `key` is usually the service method that loads the batch.
 */
export function loaderFor<K, V>(context: GraphQLContext, key: unknown, batch: (keys: readonly K[]) => Promise<Array<V | Error>>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    context.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
