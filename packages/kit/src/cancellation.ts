import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The abort signal of the request a statement is sent for. */
const scopes = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs `work` (a request's handling) so that the statements it sends are stopped in PostgreSQL
 * once `signal` aborts (the caller hung up, or the gateway gave up on it): running ones are
 * cancelled and later ones refused, bar the ROLLBACK that ends an open transaction.
 */
export function runAbortable<T>(signal: AbortSignal, work: () => T): T {
  return scopes.run(signal, work);
}

/** The error a statement of an abandoned request gets: 57014 like a cancelled one, so it is load, not a fault. */
function abandoned(): Error {
  return Object.assign(new Error('canceling statement: the request was abandoned'), { code: '57014' });
}

const ENDS_TRANSACTION = /^\s*ROLLBACK\b/i;
const WATCHED = Symbol('ronghe.cancellable');

/**
 * Makes the data source's statements cancellable by their request (see `runAbortable`). `url`
 * logs in as the pool's role: a role may cancel its own backends, and the cancel needs no slot
 * of a pool that may be full.
 */
export function cancelAbandonedStatements(dataSource: DataSource, url: string): void {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  pool.on('acquire', (client) => {
    if ((client as unknown as Record<symbol, boolean>)[WATCHED]) return;
    (client as unknown as Record<symbol, boolean>)[WATCHED] = true;
    const query = client.query;
    client.query = function (this: pg.Client, ...args: unknown[]) {
      const signal = scopes.getStore();
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
      if (!signal) return (query as (...a: unknown[]) => unknown).apply(this, args);
      const aborted = signal.aborted && !ENDS_TRANSACTION.test(text);
      // A promise-style call (TypeORM's) is refused before it is sent; a stream or callback one is cancelled once sent.
      if (aborted && args.length < 3 && typeof (args[0] as { submit?: unknown })?.submit !== 'function') {
        return Promise.reject(abandoned());
      }
      const result = (query as (...a: unknown[]) => unknown).apply(this, args);
      const onAbort = () => void cancel(url, client, text);
      if (aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      const done = () => signal.removeEventListener('abort', onAbort);
      if (typeof (result as Promise<unknown>)?.then === 'function') (result as Promise<unknown>).then(done, done);
      else if (typeof (result as { once?: unknown })?.once === 'function') (result as NodeJS.EventEmitter).once('close', done);
      else done();
      return result;
    } as typeof client.query;
  });
}

/**
 * Cancels the statement `text` on `client`'s backend, if it still runs it. The check against the
 * backend's current statement keeps a statement that finished meanwhile, its connection handed
 * to another request, from taking that request's statement with it (bar the same text).
 */
async function cancel(url: string, client: pg.Client, text: string): Promise<void> {
  const pid = (client as unknown as { processID: number | null }).processID;
  if (!pid) return;
  const canceller = new pg.Client({ connectionString: url, application_name: 'ronghe-cancel' });
  try {
    await canceller.connect();
    await canceller.query(
      `SELECT pg_cancel_backend(pid) FROM pg_stat_activity
        WHERE pid = $1 AND state = 'active' AND starts_with($2, query)`,
      [pid, text],
    );
  } catch {
    // The statement ends at statement_timeout anyway.
  } finally {
    await canceller.end().catch(() => {});
  }
}
