import { ErrorCode } from '@ronghe/types';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

/** Answers with a GraphQL-shaped error, as a client reads any other refusal. */
export function sendRefusal(res: Response, status: number, code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

/**
 * Caps the requests the gateway works on at once. The excess is refused at once with 503 and
 * `Retry-After`, so that under a burst clients back off instead of queueing until their timeouts
 * while every request in the queue holds memory and sockets.
 */
export function inFlightLimit(max: number): RequestHandler {
  let inFlight = 0;
  return (_req, res, next) => {
    if (inFlight >= max) {
      res.set('Retry-After', '1');
      sendRefusal(res, 503, ErrorCode.SERVER_BUSY, '服务器繁忙,请稍后重试');
      return;
    }
    inFlight += 1;
    // 'close' comes once, whether the response was sent or the client went away.
    res.once('close', () => {
      inFlight -= 1;
    });
    next();
  };
}

/** Turns express.json's "body too large" into 413 with a code; other body errors go on as before. */
export function bodyTooLarge(maxBytes: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if ((error as { type?: string })?.type !== 'entity.too.large') {
      next(error);
      return;
    }
    sendRefusal(res, 413, ErrorCode.REQUEST_TOO_LARGE, `请求体过大:最多 ${maxBytes} 字节`, { limit: maxBytes });
  };
}
