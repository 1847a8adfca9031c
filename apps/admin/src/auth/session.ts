// The signed-in session, kept in localStorage so a reload stays signed in.
export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
}

const KEY = 'ronghe.session';
const listeners = new Set<(session: Session | null) => void>();

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: (session: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const REFRESH = `mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken expiresAt } }`;
let refreshing: Promise<Session | null> | null = null;

/** The session to send, refreshed first when the access token is about to expire. */
export async function currentSession(): Promise<Session | null> {
  const session = loadSession();
  if (!session) return null;
  if (new Date(session.expiresAt).getTime() - Date.now() > 60_000) return session;
  refreshing ??= (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, variables: { t: session.refreshToken } }),
      });
      const body = (await response.json()) as { data?: { refreshSession?: Session } };
      const next = body.data?.refreshSession ?? null;
      saveSession(next);
      return next;
    } catch {
      return session;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}
