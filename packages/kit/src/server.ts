import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ErrorCode, INTERNAL_TOKEN_HEADER, type Identity } from '@ronghe/types';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { runAbortable } from './cancellation.js';
import { createRequestContext, type RequestContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { verifyInternalToken } from './identity.js';
import type { JobQueue } from './jobs.js';
import type { Logger } from './logger.js';

export interface SubgraphServerOptions<Services> {
  name: string;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  host: string;
  port: number;
  internalSecret: string;
  /** Production: no "Did you mean …?" in validation errors. */
  hideSuggestions?: boolean;
  /** Throws when the subgraph cannot serve, e.g. its database is gone. */
  checkHealth: () => Promise<void>;
  /** Its jobs, whose files are downloaded at GET /files/:id. */
  jobs?: JobQueue | null;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The HTTP status a refusal with this code is answered with outside GraphQL. */
const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * Serves a subgraph: GraphQL at /graphql and its jobs' files at /files/:id, for the gateway alone,
 * and /health for operators. Every request but /health must carry the gateway's signed internal
 * token, so `_entities` and `_service` are closed to anyone who merely reaches the port.
 */
export async function startSubgraphServer<Services>(options: SubgraphServerOptions<Services>): Promise<RunningServer> {
  const { logger } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext<Services>>({
    schema: options.schema,
    formatError: createErrorFormatter(logger, { hideSuggestions: options.hideSuggestions }),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), requestLogPlugin(logger)],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await options.checkHealth();
      res.json({ status: 'ok', service: options.name });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });

  const fromGateway: express.RequestHandler = async (req, res, next) => {
    const token = req.get(INTERNAL_TOKEN_HEADER);
    try {
      if (!token) throw new Error('missing internal token');
      res.locals.identity = (await verifyInternalToken(token, options.internalSecret)).identity;
    } catch (error) {
      logger.warn({ reason: (error as Error).message, remote: req.socket.remoteAddress }, 'request refused: not from gateway');
      res.status(401).json({
        errors: [{ message: '仅接受经由网关的请求', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
      });
      return;
    }
    // A connection closed before the answer was sent: the caller (the gateway, at its timeout or
    // when its own client left) gave up, and the request's statements are cancelled.
    const abandoned = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abandoned.abort();
    });
    res.locals.signal = abandoned.signal;
    runAbortable(abandoned.signal, next);
  };

  const jobs = options.jobs;
  if (jobs) {
    // A job's file streamed as it is read, a slice at a time: never whole in memory, nor base64.
    app.get('/files/:id', fromGateway, async (req, res) => {
      const id = String(req.params.id);
      let info: Awaited<ReturnType<JobQueue['fileInfo']>>;
      try {
        info = await jobs.fileInfo(res.locals.identity as Identity | null, id);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const code = String(error.extensions.code);
        res.status(STATUS_OF[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code } }] });
        return;
      }
      res.attachment(info.fileName).type(info.mimeType).set('content-length', String(info.size));
      try {
        await pipeline(Readable.from(jobs.fileContent(id)), res);
      } catch (error) {
        // A caller that left is no fault; otherwise the headers are out, the client sees a short body.
        if (!(res.locals.signal as AbortSignal).aborted) logger.error({ err: error, fileId: id }, 'file download failed');
      }
    });
  }

  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    fromGateway,
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createRequestContext(res.locals.identity as Identity | null, options.services, logger, res.locals.signal as AbortSignal),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}/graphql`;
  logger.info({ url }, 'subgraph listening');
  return {
    url,
    port,
    async close() {
      await apollo.stop();
    },
  };
}

function requestLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.info(
            {
              operation: operationName ?? null,
              account: contextValue.identity?.accountId ?? null,
              ms: Math.round(performance.now() - started),
              errors: errors?.length ?? 0,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
