/** Escapes `%`, `_` and `\` so user text matches literally inside LIKE/ILIKE (with ESCAPE '\'). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** TypeORM transformer for `numeric` columns, which pg returns as strings. */
export const numericColumn = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
