import { beijingDate, ErrorCode } from '@ronghe/types';
import type { Logger } from '@ronghe/kit/logger';

export interface UsageEntry {
  clientId: string;
  day: string;
  operationHash: string;
  operationName: string;
  count: number;
  errors: number;
  latencyMsSum: number;
  latencyMsMax: number;
}

export interface UsageRecorder {
  record(call: { clientId: string; operationHash: string; operationName: string; latencyMs: number; failed: boolean }): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Entries kept while organizations cannot take them, before the oldest counts are dropped. */
const MAX_PENDING = 10_000;

/**
 * Sums partner clients' calls in memory per client, Beijing day and operation, and writes the sums
 * to organizations every `flushMs` in one request: a call costs a map update, never a write of its own.
 * A write that could not reach organizations keeps its sums for the next one.
 */
export function createUsageRecorder(options: {
  flushMs: number;
  send: (entries: UsageEntry[]) => Promise<void>;
  logger: Logger;
  now?: () => Date;
}): UsageRecorder {
  const now = options.now ?? (() => new Date());
  let pending = new Map<string, UsageEntry>();
  let flushing: Promise<void> | null = null;

  const add = (entry: UsageEntry) => {
    const key = `${entry.clientId}|${entry.day}|${entry.operationHash}`;
    const sum = pending.get(key);
    if (!sum) {
      if (pending.size >= MAX_PENDING) return;
      pending.set(key, { ...entry });
      return;
    }
    sum.count += entry.count;
    sum.errors += entry.errors;
    sum.latencyMsSum += entry.latencyMsSum;
    sum.latencyMsMax = Math.max(sum.latencyMsMax, entry.latencyMsMax);
  };

  const flush = async () => {
    while (flushing) await flushing;
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending = new Map();
    flushing = options
      .send(batch)
      .catch((error: unknown) => {
        // Kept only when organizations could not be reached; a batch it refused would be refused again.
        const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
        if (code !== undefined && code !== ErrorCode.UPSTREAM_UNAVAILABLE) {
          options.logger.error({ err: error, entries: batch.length }, 'partner usage refused by organizations; dropped');
          return;
        }
        options.logger.warn({ err: error, entries: batch.length }, 'partner usage not written; kept for the next try');
        for (const entry of batch) add(entry);
      })
      .finally(() => {
        flushing = null;
      });
    await flushing;
  };

  const timer = setInterval(() => void flush(), options.flushMs);
  timer.unref();

  return {
    record({ clientId, operationHash, operationName, latencyMs, failed }) {
      const ms = Math.max(0, Math.round(latencyMs));
      add({
        clientId,
        day: beijingDate(now()),
        operationHash,
        operationName,
        count: 1,
        errors: failed ? 1 : 0,
        latencyMsSum: ms,
        latencyMsMax: ms,
      });
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
