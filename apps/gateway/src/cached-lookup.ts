/**
 * A revocation check's memory, shared by the session versions of accounts and the API keys of
 * partner clients: an answer is trusted for `ttlMs`, then asked for again, so an ended session or a
 * revoked key is refused on every replica within that time without sharing anything. Concurrent
 * asks for one key wait for the same answer. While the owner cannot be reached, the last answer
 * serves until `graceMs` after it was fetched; after that `unavailable()` is thrown.
 */
export interface CachedLookupOptions {
  ttlMs: number;
  graceMs: number;
  /** Keys remembered at most; the oldest answer is forgotten first. */
  max: number;
  unavailable: () => Error;
}

export type CachedLookup<V> = (key: string, fetch: () => Promise<V>, stale?: (remembered: V) => boolean) => Promise<V>;

export function createCachedLookup<V>(options: CachedLookupOptions): CachedLookup<V> {
  const known = new Map<string, { value: V; at: number }>();
  const inFlight = new Map<string, Promise<V>>();

  const refetch = (key: string, fetch: () => Promise<V>) => {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = fetch().finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };

  return async (key, fetch, stale) => {
    const hit = known.get(key);
    const age = hit ? Date.now() - hit.at : Number.POSITIVE_INFINITY;
    if (hit && age < options.ttlMs && !stale?.(hit.value)) return hit.value;
    try {
      const value = await refetch(key, fetch);
      known.delete(key);
      known.set(key, { value, at: Date.now() });
      if (known.size > options.max) known.delete(known.keys().next().value!);
      return value;
    } catch {
      if (hit && age < options.graceMs) return hit.value;
      throw options.unavailable();
    }
  };
}
