import { useCallback, useState } from 'react';

/**
 * Forward-only cursor pagination with a way back: the cursors of the pages seen so far are kept,
 * so "previous" returns to exactly the page the user saw.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback((endCursor: string | null | undefined) => endCursor && setCursors((c) => [...c, endCursor]), []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { page, after, next, previous, reset };
}
