import http from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** Closes the kept-alive connections. */
  close(): void;
}

/**
 * The subgraph calls on `node:http` with the gateway's own keep-alive agents, not on the global
 * WHATWG `fetch` (web streams, Request/Response objects, AbortSignal.any per call): the gateway
 * makes several of these calls for every query, and fetch cost it about a third of its CPU. Nothing
 * global is touched (the undici package, tried first, made itself Node's fetch dispatcher).
 * Each call ends within `timeoutMs`, the answer read whole, and ends at once when `signal()` (the
 * client of the request being served) aborts; either way its socket is destroyed, so the subgraph
 * sees the connection close and cancels the call's statements. A timeout fails with a
 * `TimeoutError`, a client gone with an `AbortError`, as fetch did.
 */
export function createSubgraphFetcher(options: { timeoutMs: number; signal: () => AbortSignal | undefined }): SubgraphFetcher {
  // LIFO keeps the few most recently used sockets warm and lets the others time out when idle.
  const agents = {
    'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo', timeout: 60_000 }),
    'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo', timeout: 60_000 }),
  };

  const fetcher: Fetcher = (url, init) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = new URL(url);
      const agent = agents[target.protocol as keyof typeof agents];
      if (!agent) return reject(new TypeError(`Unsupported subgraph URL: ${url}`));
      const body = typeof init?.body === 'string' ? init.body : '';
      const headers = { ...(init?.headers as Record<string, string> | undefined), 'content-length': String(Buffer.byteLength(body)) };
      const request = (target.protocol === 'https:' ? https : http).request(target, { method: init?.method ?? 'POST', headers, agent });

      const gone = options.signal();
      const stop = (reason: unknown) => {
        cleanup();
        request.destroy();
        reject(reason);
      };
      const timer = setTimeout(() => stop(new DOMException('The subgraph did not answer in time', 'TimeoutError')), options.timeoutMs);
      const leave = () => stop(new DOMException('The client of the request has gone', 'AbortError'));
      const cleanup = () => {
        clearTimeout(timer);
        gone?.removeEventListener('abort', leave);
      };
      if (gone?.aborted) return leave();
      gone?.addEventListener('abort', leave, { once: true });

      request.on('error', (error) => {
        cleanup();
        reject(error);
      });
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => {
          cleanup();
          reject(error);
        });
        response.on('end', () => {
          cleanup();
          const text = Buffer.concat(chunks).toString('utf8');
          resolve(answer(url, response.statusCode ?? 0, response.statusMessage ?? '', response.headers, text));
        });
      });
      request.end(body);
    });

  return {
    fetcher,
    close() {
      for (const agent of Object.values(agents)) agent.destroy();
    },
  };
}

/**
 * Only what RemoteGraphQLDataSource reads of a response: `ok`, `status`, `statusText`, `url`,
 * `headers.get` (the content type; the cache-control hint) and `json()` or `text()`.
 */
function answer(url: string, status: number, statusText: string, headers: http.IncomingHttpHeaders, text: string): FetcherResponse {
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
