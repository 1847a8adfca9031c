import { readFileSync, statSync } from 'node:fs';
import type { Logger } from './logger.js';

/**
 * The time the business rules read (call windows, freezes, the end of 公示, the decision's date).
 * Every subgraph takes it from here, so a test can move all of them at once.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const OFFSET = /^([+-])(\d+(?:\.\d+)?)([smhd])$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * What a clock file says, read at `realNow`: an ISO instant is the time when the file was written
 * (`writtenAt`) and runs on from there; an offset such as `+30d`, `-2h`, `+90m` or `+15s` shifts
 * real time; an empty file is real time.
 */
export function readClockText(text: string, writtenAt: number, realNow: number): Date {
  const content = text.trim();
  if (!content) return new Date(realNow);
  const offset = OFFSET.exec(content);
  if (offset) {
    const [, sign, amount, unit] = offset;
    return new Date(realNow + (sign === '-' ? -1 : 1) * Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS]);
  }
  // Only full instants with a zone: a bare date would be read in the server's own zone.
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(content) ? Date.parse(content) : Number.NaN;
  if (Number.isNaN(at)) throw new Error(`时钟文件内容无法识别: "${content}"(应为带时区的 ISO 时刻,或 +30d、-2h 这样的偏移)`);
  return new Date(at + (realNow - writtenAt));
}

/** A clock that reads `path` on every call: a test rewrites the file and every process moves with it. */
export function fileClock(path: string): Clock {
  return () => {
    const realNow = Date.now();
    let text: string;
    let writtenAt: number;
    try {
      text = readFileSync(path, 'utf8');
      writtenAt = statSync(path).mtimeMs;
    } catch (error) {
      // Not written yet: real time.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Date(realNow);
      throw error;
    }
    return readClockText(text, writtenAt, realNow);
  };
}

/**
 * The process's clock: real time, or outside production the file named by RONGHE_CLOCK_FILE. In
 * production the setting is ignored, with a warning, so no file can move an office's deadlines.
 */
export function clockFromEnv(env: { NODE_ENV?: string; RONGHE_CLOCK_FILE?: string }, logger?: Pick<Logger, 'warn'>): Clock {
  const path = env.RONGHE_CLOCK_FILE?.trim();
  if (!path) return systemClock;
  if (env.NODE_ENV === 'production') {
    logger?.warn({ RONGHE_CLOCK_FILE: path }, 'RONGHE_CLOCK_FILE is ignored in production: the clock is real time');
    return systemClock;
  }
  logger?.warn({ RONGHE_CLOCK_FILE: path }, 'the clock is read from RONGHE_CLOCK_FILE (tests only)');
  return fileClock(path);
}
