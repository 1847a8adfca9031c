// A Hive Gateway runtime (@graphql-hive/gateway-runtime) serving the same supergraph as
// apps/gateway, doing the same per-request work as the Apollo gateway so the two can be compared:
// it verifies the caller's bearer token with the kit's `verifyAccessToken` and signs a fresh
// internal token (`signInternalToken`) for every subgraph request, sent in `x-ronghe-internal`.
// Client headers are not forwarded. Started as a child process by gateway-compare.mjs; not used
// in production.
//
// Environment: GATEWAY_PORT, HOST, INTERNAL_SECRET, JWT_SECRET, <NAME>_URL for each subgraph,
// SUBGRAPH_TIMEOUT_MS, LOG_LEVEL, HIVE_DEDUPLICATE_INFLIGHT, HIVE_MASKED_ERRORS, HIVE_ROUTER_RUNTIME
// (true: plans with the Rust query planner of @graphql-hive/router-runtime).
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { signInternalToken, verifyAccessToken } from '@ronghe/kit';
import { ErrorCode, INTERNAL_TOKEN_HEADER } from '@ronghe/types';
import { GraphQLError } from 'graphql';

const DEV_INTERNAL_SECRET = 'ronghe-dev-internal-secret-change-me-0123456789';
const DEV_JWT_SECRET = 'ronghe-dev-jwt-secret-change-me-0123456789abcdef';
const SUBGRAPHS = ['organizations', 'tasks', 'nominations', 'evaluation'];

const env = process.env;
const host = env.HOST ?? '127.0.0.1';
const port = Number(env.GATEWAY_PORT ?? 4100);
const internalSecret = env.INTERNAL_SECRET ?? DEV_INTERNAL_SECRET;
const jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
const timeoutMs = Number(env.SUBGRAPH_TIMEOUT_MS ?? 10_000);

// The Rust query planner (@graphql-hive/router-runtime) in place of the JavaScript one.
const router = env.HIVE_ROUTER_RUNTIME === 'true' ? await import('@graphql-hive/router-runtime') : null;

const supergraph = await readFile(new URL('../../apps/gateway/supergraph.graphql', import.meta.url), 'utf8');

/** Same rule as apps/gateway: no header is anonymous; a bad or expired token is refused. */
async function identityOf(authorization) {
  if (!authorization) return null;
  const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
  try {
    if (!token) throw new Error('not a bearer token');
    return await verifyAccessToken(token, jwtSecret);
  } catch {
    throw new GraphQLError('登录已失效,请重新登录', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
}

const gateway = createGatewayRuntime({
  supergraph,
  ...(router ? { unifiedGraphHandler: router.unifiedGraphHandler } : {}),
  // Subgraph addresses of this run instead of the ones composed into the supergraph.
  // Identical subgraph requests in flight at once (same query, same signed header) are sent once
  // and shared by default; off unless HIVE_DEDUPLICATE_INFLIGHT=true, as @apollo/gateway has no
  // such thing and the comparison is of the same work.
  transportEntries: Object.fromEntries(
    SUBGRAPHS.map((name) => [
      name,
      {
        ...(env[`${name.toUpperCase()}_URL`] ? { location: env[`${name.toUpperCase()}_URL`] } : {}),
        options: { deduplicateInflightRequests: env.HIVE_DEDUPLICATE_INFLIGHT === 'true' },
      },
    ]),
  ),
  upstreamTimeout: timeoutMs,
  logging: env.LOG_LEVEL === 'silent' ? false : (env.LOG_LEVEL ?? 'warn'),
  // Unmasked subgraph errors help when debugging the benchmark (HIVE_MASKED_ERRORS=false).
  maskedErrors: env.HIVE_MASKED_ERRORS !== 'false',
  landingPage: false,
  graphiql: false,
  plugins: () => [
    {
      // Once per incoming request: who is calling.
      async onContextBuilding({ context, extendContext }) {
        extendContext({ identity: await identityOf(context.request.headers.get('authorization')) });
      },
    },
  ],
  propagateHeaders: {
    // Once per subgraph request: a fresh signed statement of the caller's identity, and nothing
    // else from the client.
    async fromClientToSubgraphs({ context }) {
      return { [INTERNAL_TOKEN_HEADER]: await signInternalToken({ identity: context?.identity ?? null }, internalSecret) };
    },
  },
});

const server = http.createServer(gateway);
server.listen(port, host, () => {
  console.log(
    JSON.stringify({
      level: 'info',
      app: 'hive-gateway',
      msg: 'gateway listening',
      url: `http://${host}:${server.address().port}/graphql`,
    }),
  );
});

const stop = async () => {
  server.close();
  await gateway[Symbol.asyncDispose]?.();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
