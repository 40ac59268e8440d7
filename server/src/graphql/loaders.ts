import DataLoader from 'dataloader';
import { type GraphQLSchema } from 'graphql';
import type { RequestContext } from './request-context.js';

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

  /** Forgets everything loaded: what a mutation wrote must not be answered from memory. */
  clearAll(): void {
    this.loaders.clear();
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

/**
 * Every mutation field starts with the request's loaders empty. A document runs its mutations
 * one after another, and each may change what an earlier one's answer loaded (a renamed
 * outcome on a task, a problem's health after a measurement): nothing read before a mutation
 * is taken as still true after it. Clearing what a mutation itself changes, for its own
 * answer, stays with the service that writes it.
 */
export function withFreshLoadersPerMutation(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context: RequestContext, info) => {
      context.loaders.clearAll();
      return resolve(source, args, context, info);
    };
  }
  return schema;
}
