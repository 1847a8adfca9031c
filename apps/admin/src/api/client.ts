import { Client, fetchExchange, mapExchange } from 'urql';
import { currentSession, saveSession } from '../auth/session';

/**
 * One urql client for the app. Requests are POSTs to /graphql (Apollo's CSRF protection refuses
 * a GET without its preflight header) with the session's bearer token; an UNAUTHENTICATED answer
 * ends the session, which sends the user to the login page.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetch: async (input, init) => {
    const session = await currentSession();
    const headers = new Headers(init?.headers);
    if (session) headers.set('authorization', `Bearer ${session.accessToken}`);
    return fetch(input, { ...init, headers });
  },
  exchanges: [
    mapExchange({
      onError(error) {
        if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || error.response?.status === 401) {
          saveSession(null);
        }
      },
    }),
    fetchExchange,
  ],
});

/** The first error's code and message, for a form or a notification. */
export function errorOf(error: { graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[]; networkError?: Error } | undefined) {
  const first = error?.graphQLErrors?.[0];
  if (first) return { code: String(first.extensions?.code ?? ''), message: first.message };
  if (error?.networkError) return { code: 'NETWORK', message: '无法连接服务器,请检查网络后重试' };
  return null;
}
