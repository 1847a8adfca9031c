/** The constraint a PostgreSQL unique violation (23505) names, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const source = e?.driverError ?? e;
  return source?.code === '23505' ? (source.constraint ?? '') : null;
}

/**
 * Whether PostgreSQL refused a value's format: text where a uuid, number or date was expected
 * (22P02, 22007, 22008), or a value a CHECK constraint (an input limit) refuses (23514). Such
 * values come from the caller (a hand-edited id or cursor, an over-long text no check caught), so
 * they are bad input, not a server fault.
 */
export function malformedValue(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = (e?.driverError ?? e)?.code;
  return code === '22P02' || code === '22007' || code === '22008' || code === '23514';
}
