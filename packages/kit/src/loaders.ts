import { isUuid } from '@ronghe/types';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use: every reference or relation field of one
 * request that asks by the same key shares one batch, so N parents cost one query.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<any, any>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Forgets every loaded row, so what is asked next is read again. */
  clear(): void {
    this.loaders.clear();
  }
}

/** Orders rows to match `keys`, with `fallback` where a key has no row. */
export function byKey<K, V, F>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K, fallback: F): (V | F)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Groups rows under each key, for one-to-many relation fields. */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * The keys that can be ids: a malformed one (typed into a URL, say) is simply not found, rather
 * than failing the whole batch it shares with well-formed ones.
 */
export function idKeys(keys: readonly string[]): string[] {
  return keys.filter(isUuid);
}
