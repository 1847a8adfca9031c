import { ErrorCode } from '@ronghe/types';
import { GraphQLError } from 'graphql';

/** Each subgraph as users know it, for errors that say which part of an answer is missing. */
const SERVICE_NAMES: Record<string, string> = {
  organizations: '单位名录服务',
  tasks: '任务督导服务',
  nominations: '典型推荐服务',
  evaluation: '考核评审服务',
};

const domainCodes = new Set<string>(Object.values(ErrorCode));

/**
 * The error a client gets for a subgraph's part of a query that failed on the way (refused
 * connection, timeout, an HTTP error, a body that is not GraphQL): a stable code and the subgraph
 * in `extensions.service`, so the rest of the answer still arrives and nothing reads as a bug of
 * ours (INTERNAL_SERVER_ERROR). A 4xx carrying the subgraph's own coded verdict (a malformed date
 * in a variable, which only the subgraph parses) is passed on as that verdict.
 */
export function subgraphFailure(subgraph: string, error: unknown): GraphQLError {
  const verdict = verdictOf(error);
  if (verdict) return verdict;
  const name = SERVICE_NAMES[subgraph] ?? subgraph;
  if (isTimeout(error)) {
    return new GraphQLError(`${name}响应超时,请稍后重试`, { extensions: { code: ErrorCode.UPSTREAM_TIMEOUT, service: subgraph } });
  }
  return new GraphQLError(`${name}暂时无法访问,请稍后重试`, { extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, service: subgraph } });
}

// The subgraph fetcher fails a call with a TimeoutError on its timeout, an AbortError when the client has gone.
const isTimeout = (error: unknown) => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/** RemoteGraphQLDataSource.errorFromResponse keeps a non-2xx answer's parsed body here. */
function verdictOf(error: unknown): GraphQLError | null {
  if (!(error instanceof GraphQLError)) return null;
  const response = error.extensions.response as { status?: number; body?: { errors?: unknown } } | undefined;
  // 401/403 mean the subgraph refused the gateway itself (e.g. a wrong INTERNAL_SECRET): infrastructure.
  if (!response?.status || response.status < 400 || response.status >= 500 || response.status === 401 || response.status === 403) {
    return null;
  }
  const first = Array.isArray(response.body?.errors)
    ? (response.body.errors[0] as { message?: unknown; extensions?: { code?: unknown } })
    : null;
  const code = first?.extensions?.code;
  if (
    typeof code !== 'string' ||
    !domainCodes.has(code) ||
    code === ErrorCode.INTERNAL_SERVER_ERROR ||
    typeof first?.message !== 'string'
  ) {
    return null;
  }
  return new GraphQLError(first.message, { extensions: { ...first.extensions, code } });
}
