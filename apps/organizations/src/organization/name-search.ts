import { escapeLike } from '@ronghe/kit';

/**
 * SQL true when any of `columns` contains `fragment` (any case), with its parameters. A name
 * containing the fragment holds each of its characters and pairs of characters, so the name_grams
 * GIN index finds the candidates for a fragment of any length; the ILIKE is the exact test.
 * pg_trgm's trigram index serves neither fragments under three characters (most Chinese names are
 * two or three) nor, under a C ctype, Chinese text at all.
 */
export function nameContains(columns: string[], fragment: string): { where: string; params: Record<string, string> } {
  const params = { namePattern: `%${escapeLike(fragment)}%`, nameFragment: fragment };
  // Two ORs, not one of pairs: the grams go to the index (BitmapOr) and are not recomputed per
  // row; a column matching the pattern holds the grams anyway, so the result is the same.
  const grams = columns.map((column) => `name_grams(${column}) @> name_grams(CAST(:nameFragment AS text))`);
  const matches = columns.map((column) => `${column} ILIKE :namePattern ESCAPE '\\'`);
  return { where: `((${grams.join(' OR ')}) AND (${matches.join(' OR ')}))`, params };
}
