import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AuthUser } from '../auth/auth-user';

/**
 * Reads many keys at once for the signed-in member's organisation: one value (or Error) per key, in the
 * order of `keys`. The session comes from the request, so no call site passes a tenant.
 */
type BatchLoad<K, V> = (keys: readonly K[], session: AuthUser) => Promise<ReadonlyArray<V | Error>>;

/**
 * The name of a per-request loader and the types it loads. The feature that owns the data declares it
 * (e.g. `QuestionBankLoaders.category`) and registers its batch; any resolver may then use it.
 */
export class LoaderKey<K, V> {
  /** Carries K and V to `RequestLoaders.get`; never set. */
  declare private readonly types?: (key: K) => V;

  constructor(readonly name: string) {}
}

/** Every feature's batch functions, registered once at start-up (in `onModuleInit`). */
@Injectable()
export class LoaderRegistry {
  private readonly batches = new Map<LoaderKey<unknown, unknown>, BatchLoad<unknown, unknown>>();

  register<K, V>(key: LoaderKey<K, V>, batch: BatchLoad<K, V>): void {
    if (this.batches.has(key as LoaderKey<unknown, unknown>)) throw new Error(`The loader ${key.name} is registered twice`);
    this.batches.set(key as LoaderKey<unknown, unknown>, batch as BatchLoad<unknown, unknown>);
  }

  /**
   * The loaders of one request; `session` is read when a loader first runs, after the guard has set it.
   * Without `cache` they still batch but remember nothing: a subscription's context lives across events.
   */
  forRequest(session: () => AuthUser, { cache = true }: { cache?: boolean } = {}): RequestLoaders {
    return new RequestLoaders(this.batches, session, cache);
  }
}

/**
 * One request's DataLoaders, created on first use: batching and caching never outlive the request, so
 * they never leak data between members or organisations.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(
    private readonly batches: ReadonlyMap<LoaderKey<unknown, unknown>, BatchLoad<unknown, unknown>>,
    private readonly session: () => AuthUser,
    private readonly cache: boolean,
  ) {}

  get<K, V>(key: LoaderKey<K, V>): DataLoader<K, V> {
    const name = key as LoaderKey<unknown, unknown>;
    let loader = this.loaders.get(name);
    if (!loader) {
      const batch = this.batches.get(name);
      if (!batch) throw new Error(`No batch is registered for the loader ${key.name}: is its feature module imported?`);
      loader = new DataLoader<unknown, unknown>((keys) => batch(keys, this.session()), { cache: this.cache });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
