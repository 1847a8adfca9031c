/** The zh-CN label of an enum value as the API returns it (a plain string). */
export function label<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  return value ? (labels[value as K] ?? value) : '';
}

/** Select options for an enum's labels. */
export function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, text]) => ({ value, label: text }));
}
