import { addDays, beijingDate, startOfBeijingDay } from '@ronghe/types';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrRefuse, type RateLimitStore } from '../limits/rate-limits.js';
import type { PartnerClient } from './credentials.js';

/**
 * Each partner client's rate (per minute) and daily quota (per Beijing calendar day), as the office
 * set them. Every request takes a point of both before it runs; past either the client gets 429
 * TOO_MANY_REQUESTS with Retry-After (the next minute's window, or the next Beijing midnight).
 */
export function createPartnerQuota(store: RateLimitStore, now: () => Date = () => new Date()) {
  // One limiter per allowance (limiters fix their points); few distinct values are ever set.
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiter = (keyPrefix: string, points: number, duration: number) => {
    const id = `${keyPrefix}:${points}`;
    let found = limiters.get(id);
    if (!found) {
      found = store.limiter({ keyPrefix: `ronghe-partner-${id}`, points, duration });
      limiters.set(id, found);
    }
    return found;
  };

  return async (client: PartnerClient): Promise<void> => {
    await consumeOrRefuse(limiter('rate', client.ratePerMinute, 60), client.id, 1, () => ({
      message: `请求过于频繁:每分钟最多 ${client.ratePerMinute} 次`,
      details: { limit: client.ratePerMinute, window: 'minute' },
    }));
    const at = now();
    const today = beijingDate(at);
    // Keyed by the day, so the quota starts afresh at Beijing midnight; kept a little past it.
    await consumeOrRefuse(limiter('day', client.dailyQuota, 26 * 3600), `${client.id}:${today}`, 1, () => ({
      message: `今日调用次数已达配额(${client.dailyQuota} 次),北京时间零点后恢复`,
      seconds: Math.max(1, Math.ceil((startOfBeijingDay(addDays(today, 1)).getTime() - at.getTime()) / 1000)),
      details: { limit: client.dailyQuota, window: 'day' },
    }));
  };
}
