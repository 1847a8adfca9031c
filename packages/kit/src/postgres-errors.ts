/** The constraint a PostgreSQL unique violation (23505) names, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const source = e?.driverError ?? e;
  return source?.code === '23505' ? (source.constraint ?? '') : null;
}

/**
 * Runs `write`; a unique violation of one of the named constraints becomes the error a user can
 * act on (built only then), anything else is rethrown. The database is the judge of uniqueness,
 * so two concurrent writes cannot both pass a check made beforehand.
 */
export async function onUniqueViolation<T>(write: () => Promise<T>, errors: Record<string, () => Error>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = uniqueViolation(error);
    const mapped = constraint === null ? undefined : errors[constraint];
    throw mapped ? mapped() : error;
  }
}

/**
 * Whether PostgreSQL refused a value's format: text where a uuid, number or date was expected
 * (22P02, 22007, 22008), text it cannot hold (22021, 22P05: a NUL character), or a value a CHECK constraint (an input limit) refuses (23514). Such
 * values come from the caller (a hand-edited id or cursor, an over-long text no check caught), so
 * they are bad input, not a server fault.
 */
export function malformedValue(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = (e?.driverError ?? e)?.code;
  return code === '22P02' || code === '22007' || code === '22008' || code === '22021' || code === '22P05' || code === '23514';
}

/**
 * Whether PostgreSQL stopped a statement (57014): its statement_timeout ran out, or it was
 * cancelled because nobody waits for its answer any more. Load, not a fault in the code.
 */
export function queryCancelled(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e?.driverError ?? e)?.code === '57014';
}
