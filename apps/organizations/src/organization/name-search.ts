import { escapeLike } from '@ronghe/kit';

/**
 * SQL true when any of `columns` contains `fragment` (any case), with its parameters. A fragment of
 * one or two characters is looked up in the name_grams GIN index (pg_trgm's trigram index cannot
 * serve fewer than three characters, and most Chinese names are two or three); a longer one in the
 * trigram index. The ILIKE stays the exact test either way.
 */
export function nameContains(columns: string[], fragment: string): { where: string; params: Record<string, string> } {
  const params = { namePattern: `%${escapeLike(fragment)}%`, nameGram: fragment };
  const short = [...fragment].length <= 2;
  const one = (column: string) => {
    const like = `${column} ILIKE :namePattern ESCAPE '\\'`;
    return short ? `(name_grams(${column}) @> ARRAY[lower(CAST(:nameGram AS text))] AND ${like})` : like;
  };
  return { where: `(${columns.map(one).join(' OR ')})`, params };
}
