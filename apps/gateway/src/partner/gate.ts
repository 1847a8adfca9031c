import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@ronghe/kit/logger';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { tooManyRequests } from '../limits/rate-limits.js';
import { sendRefusal } from '../limits/http.js';
import { type PartnerClient, type PartnerKeyCheck, partnerKeyOf } from './credentials.js';
import { registeredOperation } from './operations.js';
import type { UsageRecorder } from './usage.js';

/** One partner client's request, marked failed when its answer carries errors (for the usage counts). */
export interface PartnerCall {
  failed: boolean;
}

/** A partner client acts as a read-only partner department of its unit (PARTNER_READONLY's rules). */
export const identityOfClient = (client: PartnerClient): Identity => ({
  accountId: client.id,
  username: client.name,
  organizationId: client.organizationId,
  roles: [Role.PARTNER_READONLY],
});

const UNREGISTERED = { hash: 'unregistered', name: '(未登记的查询)' };

/** Sends a thrown refusal (429 with Retry-After, 503) as the client reads any other. */
function sendError(res: Response, error: GraphQLError) {
  const { code, http, ...details } = error.extensions as {
    code: ErrorCode;
    http?: { status?: number; headers?: Map<string, string> };
  };
  for (const [name, value] of http?.headers ?? []) res.set(name, value);
  sendRefusal(res, http?.status ?? 400, code, error.message, details);
}

/**
 * Requests with a partner API key (`Authorization: Bearer rhk_…`), before the operation limits and
 * planning: the key must be active, the client within its rate and daily quota, and the operation
 * one registered for it, whose stored text replaces what was sent. Every call is counted for the
 * office's usage view. Requests without such a key pass through untouched.
 */
export function partnerGate(deps: {
  check: PartnerKeyCheck;
  quota: (client: PartnerClient) => Promise<void>;
  usage: UsageRecorder;
  /** Unknown keys counted per client address: each costs a question to organizations. */
  badKeys: RateLimiterAbstract;
  logger: Logger;
}): RequestHandler {
  return async (req, res, next) => {
    const apiKey = partnerKeyOf(req.get('authorization'));
    if (!apiKey) return next();
    try {
      const body = req.body as Record<string, unknown> | undefined;
      if (req.method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body)) {
        return sendRefusal(res, 400, ErrorCode.BAD_USER_INPUT, '合作部门接入请用 POST 发送一个 JSON 格式的查询请求');
      }
      const address = req.ip ?? 'unknown';
      const strikes = await deps.badKeys.get(address);
      if (strikes && strikes.remainingPoints === 0) {
        throw tooManyRequests('无效密钥尝试过多,请稍后再试', Math.max(1, Math.ceil(strikes.msBeforeNext / 1000)));
      }
      const client = await deps.check(apiKey);
      if (!client) {
        await deps.badKeys.consume(address).catch(() => {});
        deps.logger.warn({ remote: req.socket.remoteAddress }, 'unknown or revoked partner key');
        return sendRefusal(res, 401, ErrorCode.UNAUTHENTICATED, 'API 密钥无效或已停用,请联系活动办公室');
      }
      await deps.quota(client);
      const started = performance.now();
      const resolved = registeredOperation(client, body);
      const operation = 'operation' in resolved ? resolved.operation : UNREGISTERED;
      const call: PartnerCall = { failed: false };
      res.once('close', () =>
        deps.usage.record({
          clientId: client.id,
          operationHash: operation.hash,
          operationName: operation.name,
          latencyMs: performance.now() - started,
          failed: call.failed || res.statusCode >= 400,
        }),
      );
      if ('refusal' in resolved) {
        const { status, code, message, details } = resolved.refusal;
        deps.logger.warn({ client: client.id, code }, 'partner operation refused');
        return sendRefusal(res, status, code, message, details);
      }
      body.query = resolved.operation.document;
      // Apollo Server would otherwise keep the text in its own automatic-persisted-query cache.
      if (body.extensions && typeof body.extensions === 'object') delete (body.extensions as Record<string, unknown>).persistedQuery;
      res.locals.identity = Promise.resolve(identityOfClient(client));
      res.locals.partnerCall = call;
      next();
    } catch (error) {
      if (error instanceof GraphQLError) return sendError(res, error);
      next(error);
    }
  };
}

/** Marks a partner client's call failed when its answer carries errors (partial data included). */
export const partnerCallPlugin: ApolloServerPlugin<{ partnerCall?: PartnerCall }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (!contextValue.partnerCall) return;
        if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) contextValue.partnerCall.failed = true;
      },
    };
  },
};
