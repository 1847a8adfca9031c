import { AsyncLocalStorage } from 'node:async_hooks';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { createErrorFormatter } from '@ronghe/kit/errors';
import { signInternalToken } from '@ronghe/kit/identity';
import { createLogger, type Logger } from '@ronghe/kit/logger';
import { type ErrorCode, INTERNAL_TOKEN_HEADER, type Identity, Role } from '@ronghe/types';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { GatewayConfig } from './config.js';
import { createHealthCache } from './health.js';
import { createIdentityResolver, organizationsClient } from './identity.js';
import { fileDownloads } from './files.js';
import { admission, bodyTooLarge, sendRefusal } from './limits/http.js';
import { type OperationLimits, rememberedRefusals } from './limits/operation-limits.js';
import { createRateLimitStore } from './limits/rate-limits.js';
import { createPartnerKeyCheck } from './partner/credentials.js';
import { type PartnerCall, partnerCallPlugin, partnerGate } from './partner/gate.js';
import { createPartnerQuota } from './partner/quota.js';
import { registrySupergraph } from './registry/supergraph-source.js';
import { createUsageRecorder, type UsageEntry } from './partner/usage.js';
import { createSignInThrottle } from './sign-in-throttle.js';
import { subgraphFailure } from './subgraph-failure.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

export interface GatewayContext {
  identity: Identity | null;
  /** The client's address (X-Forwarded-For only from TRUSTED_PROXIES), for the sign-in throttle. */
  clientAddress?: string;
  /** A partner client's call, for its usage counts. */
  partnerCall?: PartnerCall;
  /** The internal token of this request, signed on its first subgraph call and reused by the others. */
  internalToken?: { signedAt: number; token: Promise<string> };
}

/**
 * How long a request reuses its internal token. A subgraph checks the token when it arrives, and
 * the token lives 60 s; a request's calls each end within SUBGRAPH_TIMEOUT_MS, but a plan runs them
 * one after another in steps and the setting may be raised to 120 s, so a request that runs long
 * signs afresh rather than trusting that the subgraph timeout keeps it under a minute.
 */
const TOKEN_REUSE_MS = 30_000;

const SUPERGRAPH = new URL('../supergraph.graphql', import.meta.url);

/**
 * Aborts when the client of the request being served hangs up: its subgraph calls are then
 * abandoned, and each subgraph cancels the statements it ran for them.
 */
const clientGone = new AsyncLocalStorage<AbortSignal>();

/**
 * Forwards each subgraph request with a fresh, signed statement of who the caller is. Headers
 * from the client are never passed on, so a client cannot claim an identity of its own.
 */
class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly internalSecret: string,
    fetcher: RemoteGraphQLDataSource['fetcher'],
    private readonly logger: Logger,
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    // Signed once per incoming request, not per subgraph call: a query fans out to several.
    const now = Date.now();
    let memo = context?.internalToken;
    if (!memo || now - memo.signedAt > TOKEN_REUSE_MS) {
      memo = { signedAt: now, token: signInternalToken({ identity: context?.identity ?? null }, this.internalSecret) };
      if (context) context.internalToken = memo;
    }
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await memo.token);
  }

  // Called for every failure of the fetch itself (refused, timed out, non-2xx, not JSON).
  override didEncounterError(error: Error): void {
    this.logger.warn({ subgraph: this.name, err: error }, 'subgraph request failed');
    throw subgraphFailure(this.name, error);
  }
}

/** The operation text and variables of a POST body or of a GET's query string. */
function operationOf(req: express.Request): { query?: unknown; variables?: Record<string, unknown> | null } {
  if (req.method !== 'GET') return (req.body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  const { query, variables } = req.query;
  try {
    return { query, variables: typeof variables === 'string' ? JSON.parse(variables) : null };
  } catch {
    return { query, variables: null };
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The one public entry: serves the supergraph published to the schema registry (polled, switched
 * without a restart) or, without a registry, the one composed at build time; no runtime introspection.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const builtIn = await readFile(SUPERGRAPH, 'utf8');
  // A subgraph that hangs fails its part of the query after the timeout instead of holding it;
  // a call whose client has gone is dropped at once. Either way the subgraph sees the connection
  // close and cancels the call's statements.
  const subgraphs = createSubgraphFetcher({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS, signal: () => clientGone.getStore() });
  const gateway = new ApolloGateway({
    supergraphSdl: config.REGISTRY_DATABASE_URL
      ? registrySupergraph({
          databaseUrl: config.REGISTRY_DATABASE_URL,
          schema: config.REGISTRY_SCHEMA,
          pollMs: config.SUPERGRAPH_POLL_MS,
          builtIn,
          logger,
        })
      : builtIn,
    buildService: ({ name, url }) =>
      new IdentityForwardingDataSource(name, config.subgraphUrls[name] ?? url!, config.INTERNAL_SECRET, subgraphs.fetcher, logger),
  });

  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });

  const identityOf = createIdentityResolver(config);
  const organizations = organizationsClient(config);
  const limits: OperationLimits = {
    maxDepth: config.GATEWAY_MAX_DEPTH,
    maxAliases: config.GATEWAY_MAX_ALIASES,
    maxDirectives: config.GATEWAY_MAX_DIRECTIVES,
    maxTokens: config.GATEWAY_MAX_TOKENS,
    maxCost: config.GATEWAY_MAX_COST,
  };
  // Partner departments only read, through clients the district does not run: a tighter budget.
  const limitsFor = (identity: Identity | null): OperationLimits =>
    !identity || identity.roles.includes(Role.PARTNER_READONLY) ? { ...limits, maxCost: config.GATEWAY_PARTNER_MAX_COST } : limits;

  const rateLimits = await createRateLimitStore(config);
  const signInThrottle = createSignInThrottle(config, rateLimits);
  const partnerUsage = createUsageRecorder({
    flushMs: config.PARTNER_USAGE_FLUSH_MS,
    logger,
    redis: rateLimits.redis,
    send: async (entries: UsageEntry[]) => {
      for (let i = 0; i < entries.length; i += 1000) {
        await organizations(
          'mutation ($e: [PartnerUsageInput!]!) { recordPartnerUsage(entries: $e) }',
          { e: entries.slice(i, i + 1000) },
          null,
        );
      }
    },
  });
  const app = express();
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger, { hideSuggestions: config.NODE_ENV === 'production' }),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      signInThrottle,
      partnerCallPlugin,
      // Work per request nobody reads here: no cache hints are served, nothing is reported to Apollo.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await apollo.start();

  const health = createHealthCache(config.subgraphUrls, { maxAgeMs: config.GATEWAY_HEALTH_MAX_AGE_MS, timeoutMs: 2000 });
  app.get('/health', async (_req, res) => {
    const { ok, subgraphs } = await health();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', service: 'gateway', subgraphs });
  });

  app.get(
    '/files/:service/:id',
    fileDownloads({
      subgraphUrls: config.subgraphUrls,
      identityOf,
      internalSecret: config.INTERNAL_SECRET,
      idleTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      logger,
    }),
  );

  const refusalOf = rememberedRefusals();
  const checkLimits: express.RequestHandler = async (req, res, next) => {
    // Resolved once: for the budget here and for the context below, which reports a bad token.
    // A partner client's identity was settled by partnerGate.
    const identity: Promise<Identity | null> = res.locals.identity ?? identityOf(req.get('authorization'));
    res.locals.identity = identity;
    const { query, variables } = operationOf(req);
    if (typeof query !== 'string' || !apiSchema) return next();
    const refusal = refusalOf({ schema: apiSchema, source: query, variables, limits: limitsFor(await identity.catch(() => null)) });
    if (!refusal) return next();
    const { code, ...details } = refusal.extensions;
    logger.warn({ code, remote: req.socket.remoteAddress }, 'operation refused by limits');
    sendRefusal(res, 400, code as ErrorCode, refusal.message, details);
  };

  app.use(
    '/graphql',
    express.json({ limit: config.GATEWAY_MAX_BODY_BYTES }),
    bodyTooLarge(config.GATEWAY_MAX_BODY_BYTES),
    partnerGate({
      check: createPartnerKeyCheck(config, organizations),
      quota: createPartnerQuota(rateLimits),
      usage: partnerUsage,
      badKeys: rateLimits.limiter({
        keyPrefix: 'ronghe-partner-bad-key',
        points: config.PARTNER_BAD_KEYS_PER_ADDRESS,
        duration: config.SIGN_IN_WINDOW_SECONDS,
      }),
      logger,
    }),
    checkLimits,
    // After the cheap refusals above, so that bombs never take a place in flight.
    admission({ active: config.GATEWAY_MAX_IN_FLIGHT, queue: config.GATEWAY_MAX_QUEUE, maxWaitMs: config.GATEWAY_MAX_QUEUE_WAIT_MS }),
    ((_req, res, next) => {
      const gone = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      clientGone.run(gone.signal, next);
    }) satisfies express.RequestHandler,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        identity: await (res.locals.identity as Promise<Identity | null>),
        clientAddress: req.ip,
        partnerCall: res.locals.partnerCall as PartnerCall | undefined,
      }),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.GATEWAY_PORT, config.HOST, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.HOST}:${port}/graphql`;
  logger.info({ url, subgraphs: config.subgraphUrls }, 'gateway listening');
  return {
    url,
    port,
    async close() {
      await apollo.stop();
      subgraphs.close();
      await partnerUsage.close();
      await rateLimits.close();
    },
  };
}
