import { beijingDate, ErrorCode } from '@ronghe/types';
import type { Logger } from '@ronghe/kit/logger';
import type { Redis } from 'ioredis';

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

/** The Redis hash holding every replica's sums until one of them writes them to organizations. */
export const USAGE_KEY = 'ronghe-partner-usage';

// Adds one entry's sums to the shared hash (fields `<client>|<day>|<hash>|<n c e s m>`), atomically.
const ADD = `local id = ARGV[1]
redis.call('HSETNX', KEYS[1], id .. '|n', ARGV[2])
redis.call('HINCRBY', KEYS[1], id .. '|c', ARGV[3])
redis.call('HINCRBY', KEYS[1], id .. '|e', ARGV[4])
redis.call('HINCRBY', KEYS[1], id .. '|s', ARGV[5])
if tonumber(ARGV[6]) > tonumber(redis.call('HGET', KEYS[1], id .. '|m') or '-1') then redis.call('HSET', KEYS[1], id .. '|m', ARGV[6]) end
return 1`;
// Takes every replica's sums at once: a replica killed later loses nothing it had recorded.
const TAKE = `local all = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
return all`;

const entryKey = (e: Pick<UsageEntry, 'clientId' | 'day' | 'operationHash'>) => `${e.clientId}|${e.day}|${e.operationHash}`;

/** Adds an entry's sums to a map of sums by entry; a new entry past `max` is dropped. */
function sumInto(sums: Map<string, UsageEntry>, entry: UsageEntry, max: number) {
  const key = entryKey(entry);
  const sum = sums.get(key);
  if (!sum) {
    if (sums.size < max) sums.set(key, { ...entry });
    return;
  }
  sum.count += entry.count;
  sum.errors += entry.errors;
  sum.latencyMsSum += entry.latencyMsSum;
  sum.latencyMsMax = Math.max(sum.latencyMsMax, entry.latencyMsMax);
}

/** Usage sums in Redis, shared by the gateway replicas; `null` answers mean Redis could not be reached. */
function redisSums(redis: Redis) {
  return {
    add: (e: UsageEntry) =>
      redis
        .eval(ADD, 1, USAGE_KEY, entryKey(e), e.operationName, e.count, e.errors, e.latencyMsSum, e.latencyMsMax)
        .then(() => true)
        .catch(() => false),
    take: async (): Promise<UsageEntry[] | null> => {
      const flat = (await redis.eval(TAKE, 1, USAGE_KEY).catch(() => null)) as string[] | null;
      if (!flat) return null;
      const byId = new Map<string, UsageEntry>();
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const field = flat[i] as string;
        const value = flat[i + 1] as string;
        const cut = field.lastIndexOf('|');
        const id = field.slice(0, cut);
        const [clientId = '', day = '', operationHash = ''] = id.split('|');
        let e = byId.get(id);
        if (!e) {
          e = { clientId, day, operationHash, operationName: '', count: 0, errors: 0, latencyMsSum: 0, latencyMsMax: 0 };
          byId.set(id, e);
        }
        const part = field.slice(cut + 1);
        if (part === 'n') e.operationName = value;
        else if (part === 'c') e.count = Number(value);
        else if (part === 'e') e.errors = Number(value);
        else if (part === 's') e.latencyMsSum = Number(value);
        else if (part === 'm') e.latencyMsMax = Number(value);
      }
      return [...byId.values()];
    },
  };
}

/**
 * Sums partner clients' calls per client, Beijing day and operation, and writes the sums to
 * organizations every `flushMs` in one request: a call costs a map update, never a write of its own.
 * With `redis` (REDIS_URL) the sums live in Redis, so a replica that dies, even killed, loses none
 * of them: whichever replica flushes next takes them all. Memory stands in while Redis is down.
 * A write that could not reach organizations keeps its sums for the next one.
 */
export function createUsageRecorder(options: {
  flushMs: number;
  send: (entries: UsageEntry[]) => Promise<void>;
  logger: Logger;
  now?: () => Date;
  redis?: Redis | undefined;
}): UsageRecorder {
  const now = options.now ?? (() => new Date());
  const shared = options.redis ? redisSums(options.redis) : null;
  let pending = new Map<string, UsageEntry>();
  let flushing: Promise<void> | null = null;
  const recording = new Set<Promise<unknown>>();

  const addInMemory = (entry: UsageEntry) => sumInto(pending, entry, MAX_PENDING);

  const add = (entry: UsageEntry) => {
    if (!shared) return addInMemory(entry);
    const added = shared.add(entry).then((ok) => ok || addInMemory(entry));
    recording.add(added);
    void added.finally(() => recording.delete(added));
  };

  const flush = async () => {
    while (flushing) await flushing;
    await Promise.all(recording);
    const fromRedis = shared ? ((await shared.take()) ?? []) : [];
    if (pending.size === 0 && fromRedis.length === 0) return;
    // Sums of one entry from memory (Redis was down a while) and from Redis are sent together.
    const merged = new Map<string, UsageEntry>();
    for (const e of [...pending.values(), ...fromRedis]) sumInto(merged, e, Number.POSITIVE_INFINITY);
    const batch = [...merged.values()];
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
