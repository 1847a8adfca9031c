import { ErrorCode } from '@ronghe/types';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

/** Answers with a GraphQL-shaped error, as a client reads any other refusal. */
export function sendRefusal(res: Response, status: number, code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

export interface Admission {
  /** Requests worked on at once. */
  active: number;
  /** Requests that may wait for a place; more are refused at once. */
  queue: number;
  /** Longest a request waits for a place before it is refused. */
  maxWaitMs: number;
}

/**
 * Admission control: at most `active` requests are worked on at once, a few more wait briefly in
 * arrival order, and the rest are refused at once with 503 and `Retry-After`. Under a burst the
 * gateway thus sheds what it cannot serve soon, instead of letting everything in to queue inside
 * the subgraphs and the database until every request times out.
 */
export function admission({ active, queue, maxWaitMs }: Admission): RequestHandler {
  let working = 0;
  const waiting: { admit: () => void }[] = [];
  const busy = (res: Response) => {
    res.set('Retry-After', '1');
    sendRefusal(res, 503, ErrorCode.SERVER_BUSY, '服务器繁忙,请稍后重试');
  };
  const leave = (entry: { admit: () => void }) => {
    const at = waiting.indexOf(entry);
    if (at >= 0) waiting.splice(at, 1);
  };
  const admit = (res: Response, next: () => void) => {
    working += 1;
    // 'close' comes once, whether the response was sent or the client went away.
    res.once('close', () => {
      working -= 1;
      waiting.shift()?.admit();
    });
    next();
  };
  return (_req, res, next) => {
    if (working < active) return admit(res, next);
    if (waiting.length >= queue) return busy(res);
    const entry = {
      admit: () => {
        clearTimeout(timer);
        res.off('close', gone);
        admit(res, next);
      },
    };
    const timer = setTimeout(() => {
      leave(entry);
      res.off('close', gone);
      busy(res);
    }, maxWaitMs);
    const gone = () => {
      clearTimeout(timer);
      leave(entry);
    };
    res.once('close', gone);
    waiting.push(entry);
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
