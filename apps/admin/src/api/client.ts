import { authExchange } from '@urql/exchange-auth';
import { Client, type CombinedError, fetchExchange } from 'urql';
import { loadSession, saveSession } from '../auth/session';
import { graphql } from '../gql';

const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }
  }
`);

/** Refresh a little before the access token expires, so a request never leaves with a dead one. */
const REFRESH_MARGIN_MS = 60_000;

const isAuthError = (error: CombinedError) =>
  error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || error.response?.status === 401;

/**
 * One urql client for the app. Requests are POSTs to /graphql (Apollo's CSRF protection refuses
 * a GET without its preflight header) with the session's bearer token. The access token is
 * refreshed before it expires or when the gateway refuses it; a refused refresh ends the session,
 * which sends the user to the login page.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  exchanges: [
    authExchange(async (utils) => ({
      addAuthToOperation(operation) {
        const session = loadSession();
        // The refresh itself goes without the refused token: the gateway would turn it away.
        return session && !operation.context.anonymous
          ? utils.appendHeaders(operation, { authorization: `Bearer ${session.accessToken}` })
          : operation;
      },
      willAuthError() {
        const session = loadSession();
        return !!session && new Date(session.expiresAt).getTime() - Date.now() < REFRESH_MARGIN_MS;
      },
      didAuthError: isAuthError,
      async refreshAuth() {
        const session = loadSession();
        if (!session) return;
        const result = await utils.mutate(RefreshSessionDocument, { refreshToken: session.refreshToken }, { anonymous: true });
        if (result.data) saveSession(result.data.refreshSession);
        // Unreachable server: keep the session and let the request fail as offline, not as signed out.
        else if (!result.error?.networkError) saveSession(null);
      },
    })),
    fetchExchange,
  ],
});

/** The first error's code and message, for a form or a notification. */
export function errorOf(
  error: { graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[]; networkError?: Error } | undefined,
) {
  const first = error?.graphQLErrors?.[0];
  if (first) return { code: String(first.extensions?.code ?? ''), message: first.message };
  if (error?.networkError) return { code: 'NETWORK', message: '无法连接服务器,请检查网络后重试' };
  return null;
}
