import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use. Features name their loaders with a
 * key and a factory (see `organizations.loaders.ts`), so no central file lists them all.
 */
export class RequestLoaders {
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();

  get<K, V>(key: LoaderKey<K, V>, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key.symbol) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key.symbol, loader);
    }
    return loader;
  }
}

export interface LoaderKey<K, V> {
  readonly symbol: symbol;
  /** Phantom field carrying the key and value types. */
  readonly types?: [K, V];
}

export function loaderKey<K, V>(name: string): LoaderKey<K, V> {
  return { symbol: Symbol(name) };
}

/** Orders a batch's rows like the requested keys (DataLoader's contract), null where absent. */
export function byKeys<K, V>(keys: readonly K[], rows: Map<K, V>): (V | null)[] {
  return keys.map((key) => rows.get(key) ?? null);
}
