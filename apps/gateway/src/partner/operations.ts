import { createHash } from 'node:crypto';
import { ErrorCode } from '@ronghe/types';
import type { PartnerClient, RegisteredOperation } from './credentials.js';

export type Resolution =
  | { operation: RegisteredOperation }
  | { refusal: { status: number; code: ErrorCode; message: string; details?: Record<string, unknown> } };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Body {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

/**
 * The registered operation a partner client's request names, in Apollo's persisted-query form
 * (`extensions.persistedQuery.sha256Hash`, with or without the text) or by its text alone (the
 * registered file as it was given). Anything else is refused before planning:
 * an unknown hash without text with PERSISTED_QUERY_NOT_FOUND (an automatic-persisted-query client
 * then sends the text), text that is not registered with OPERATION_NOT_REGISTERED.
 */
export function registeredOperation(client: PartnerClient, body: Body): Resolution {
  const notRegistered = {
    refusal: {
      status: 400,
      code: ErrorCode.OPERATION_NOT_REGISTERED,
      message: '该查询未为此接入登记:合作部门接入只能调用活动办公室登记过的查询',
    },
  };
  const hash = body.extensions?.persistedQuery?.sha256Hash;
  if (hash !== undefined && typeof hash !== 'string') return notRegistered;
  if (typeof hash === 'string') {
    const operation = client.registered.get(hash.toLowerCase());
    if (operation) {
      if (typeof body.query === 'string' && body.query !== operation.document) {
        return { refusal: { status: 400, code: ErrorCode.BAD_USER_INPUT, message: '查询文本与 sha256Hash 不符' } };
      }
      return { operation };
    }
    if (typeof body.query !== 'string') {
      return {
        refusal: {
          status: 400,
          code: ErrorCode.PERSISTED_QUERY_NOT_FOUND,
          message: '未找到该哈希对应的已登记查询',
          details: { sha256Hash: hash },
        },
      };
    }
  }
  if (typeof body.query !== 'string') return notRegistered;
  const operation = client.registered.get(sha256(body.query));
  return operation ? { operation } : notRegistered;
}
