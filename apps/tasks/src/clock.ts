/** The server's clock; tests pass their own to move past deadlines. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * The date in Beijing, as `YYYY-MM-DD`: deadlines are calendar days there. China keeps UTC+8 all
 * year, so plain arithmetic does (Intl with a time zone is far slower over thousands of rows).
 */
export const beijingDate = (at: Date): string => new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
