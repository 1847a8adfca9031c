/** The server's clock; tests pass their own to move past deadlines. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Today's date in Beijing, as `YYYY-MM-DD`: deadlines are calendar days there. */
export const beijingDate = (at: Date): string => at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
