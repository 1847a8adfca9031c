import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFromEnv, readClockText, systemClock } from './clock.js';

const REAL = Date.parse('2026-12-01T12:00:00Z');

describe('readClockText', () => {
  it('runs an instant on from the time the file was written', () => {
    expect(readClockText('2026-09-28T09:00:00+08:00\n', REAL - 90_000, REAL).toISOString()).toBe('2026-09-28T01:01:30.000Z');
  });

  it('shifts real time by an offset', () => {
    expect(readClockText('+30d', 0, REAL).toISOString()).toBe('2026-12-31T12:00:00.000Z');
    expect(readClockText('-2h', 0, REAL).toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(readClockText('+1.5m', 0, REAL).toISOString()).toBe('2026-12-01T12:01:30.000Z');
  });

  it('is real time when empty, and refuses what it cannot read rather than guess', () => {
    expect(readClockText('  ', 0, REAL).getTime()).toBe(REAL);
    expect(() => readClockText('2026-09-28', 0, REAL)).toThrow('时钟文件内容无法识别');
    expect(() => readClockText('next monday', 0, REAL)).toThrow('时钟文件内容无法识别');
  });
});

describe('clockFromEnv', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ronghe-clock-'));
    file = join(dir, 'clock');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('follows the file each time it is read, real time while it is missing', async () => {
    const clock = clockFromEnv({ NODE_ENV: 'test', RONGHE_CLOCK_FILE: file });
    expect(Math.abs(clock().getTime() - Date.now())).toBeLessThan(5_000);
    await writeFile(file, '2042-07-01T09:00:00+08:00');
    const written = new Date();
    await utimes(file, written, written);
    expect(Math.abs(clock().getTime() - Date.parse('2042-07-01T01:00:00Z'))).toBeLessThan(5_000);
    await writeFile(file, '+10d');
    expect(Math.abs(clock().getTime() - (Date.now() + 10 * 86_400_000))).toBeLessThan(5_000);
  });

  it('is real time without the setting, and in production whatever the setting says', async () => {
    await writeFile(file, '2042-07-01T09:00:00+08:00');
    const warnings: unknown[] = [];
    expect(clockFromEnv({ NODE_ENV: 'test' })).toBe(systemClock);
    expect(clockFromEnv({ NODE_ENV: 'production', RONGHE_CLOCK_FILE: file }, { warn: (o: unknown) => warnings.push(o) })).toBe(systemClock);
    expect(warnings).toEqual([{ RONGHE_CLOCK_FILE: file }]);
  });
});
