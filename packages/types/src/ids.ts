const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a canonical UUID, the form of every entity id in Ronghe. */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** Opaque pagination cursor: base64url of the row's sort key. */
export function encodeCursor(parts: readonly string[]): string {
  return toBase64Url(JSON.stringify(parts));
}

/** Returns null for anything that is not a cursor this system issued. */
export function decodeCursor(cursor: string): string[] | null {
  try {
    const parts: unknown = JSON.parse(fromBase64Url(cursor));
    return Array.isArray(parts) && parts.every((p) => typeof p === 'string') ? parts : null;
  } catch {
    return null;
  }
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
