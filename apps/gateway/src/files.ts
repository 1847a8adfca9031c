import http from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '@ronghe/kit';
import { signInternalToken } from '@ronghe/kit/identity';
import { ErrorCode, INTERNAL_TOKEN_HEADER, type Identity } from '@ronghe/types';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { sendRefusal } from './limits/http.js';

/** The headers of a subgraph's file answer the client gets. */
const PASSED_ON = ['content-type', 'content-length', 'content-disposition'] as const;

/**
 * GET /files/:service/:id — a job's file (an export, the commendation's documents), streamed from
 * the subgraph that made it, as the client signed in: the file never sits whole in the gateway,
 * nor base64-encoded in a GraphQL answer. The subgraph checks that the caller may read its job.
 */
export function fileDownloads(options: {
  subgraphUrls: Record<string, string>;
  identityOf: (authorization: string | undefined) => Promise<Identity | null>;
  internalSecret: string;
  /** Longest the subgraph may stay silent, before its answer starts or between two slices. */
  idleTimeoutMs: number;
  logger: Logger;
}): express.RequestHandler {
  return async (req, res) => {
    const base = options.subgraphUrls[String(req.params.service)];
    if (!base) return sendRefusal(res, 404, ErrorCode.NOT_FOUND, '没有这个服务');
    let identity: Identity | null;
    try {
      identity = await options.identityOf(req.get('authorization'));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return sendRefusal(res, 401, ErrorCode.UNAUTHENTICATED, error.message);
    }
    if (!identity) return sendRefusal(res, 401, ErrorCode.UNAUTHENTICATED, '请先登录');
    const token = await signInternalToken({ identity }, options.internalSecret);
    const upstream = http.get(new URL(`/files/${encodeURIComponent(String(req.params.id))}`, base), {
      headers: { [INTERNAL_TOKEN_HEADER]: token },
      timeout: options.idleTimeoutMs,
    });
    // A client that leaves takes the subgraph's stream down with it.
    res.on('close', () => upstream.destroy());
    upstream.on('timeout', () => upstream.destroy(new Error('subgraph timed out')));
    upstream.on('error', (error) => {
      if (res.headersSent) return void res.destroy(error);
      options.logger.warn({ err: error, service: req.params.service }, 'file download: subgraph unavailable');
      sendRefusal(res, 502, ErrorCode.UPSTREAM_UNAVAILABLE, '文件暂时无法下载,请稍后重试');
    });
    upstream.on('response', (answer) => {
      res.status(answer.statusCode ?? 502);
      for (const name of PASSED_ON) if (answer.headers[name]) res.set(name, answer.headers[name]);
      pipeline(answer, res).catch(() => res.destroy());
    });
  };
}
