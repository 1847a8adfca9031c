import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Pool } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** Closes the kept-alive connections, once no call is in flight any more. */
  close(): Promise<void>;
}

/**
 * The subgraph calls on undici's `request()` over one keep-alive pool per subgraph origin, not on
 * the global WHATWG `fetch` (web streams, a Request and a Response object, AbortSignal.any per
 * call): the gateway makes several of these calls for every query. Each call ends within
 * `timeoutMs`, the answer read whole, and ends at once when `signal()` (the client of the request
 * being served) aborts; either way its connection is closed, so the subgraph cancels the call's
 * statements. A timeout fails with a `TimeoutError`, a client gone with an `AbortError`, as fetch did.
 */
export function createSubgraphFetcher(options: { timeoutMs: number; signal: () => AbortSignal | undefined }): SubgraphFetcher {
  const pools = new Map<string, Pool>();
  const poolOf = (origin: string) => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { pipelining: 1 });
      pools.set(origin, pool);
    }
    return pool;
  };

  const fetcher: Fetcher = async (url, init) => {
    const { origin, pathname, search } = new URL(url);
    const call = new AbortController();
    const timer = setTimeout(() => call.abort(new DOMException('The subgraph did not answer in time', 'TimeoutError')), options.timeoutMs);
    const gone = options.signal();
    const leave = () => call.abort(gone?.reason);
    gone?.addEventListener('abort', leave, { once: true });
    if (gone?.aborted) leave();
    try {
      const response = await poolOf(origin).request({
        method: 'POST',
        path: pathname + search,
        headers: init?.headers,
        body: init?.body,
        signal: call.signal,
      });
      const text = await response.body.text();
      return answer(url, response.statusCode, response.statusText, response.headers, text);
    } finally {
      clearTimeout(timer);
      gone?.removeEventListener('abort', leave);
    }
  };

  return {
    fetcher,
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      pools.clear();
    },
  };
}

/**
 * Only what RemoteGraphQLDataSource reads of a response: `ok`, `status`, `statusText`, `url`,
 * `headers.get` (the content type; the cache-control hint) and `json()` or `text()`.
 */
function answer(
  url: string,
  status: number,
  statusText: string,
  headers: Record<string, string | string[] | undefined>,
  text: string,
): FetcherResponse {
  const response = {
    url,
    status,
    statusText,
    ok: status >= 200 && status < 300,
    headers: {
      get(name: string): string | null {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: async () => text,
    json: async () => JSON.parse(text),
  };
  return response as unknown as FetcherResponse;
}
