import { ErrorCode, INTERNAL_TOKEN_HEADER, type Identity } from '@ronghe/types';
import { DomainError } from './errors.js';
import { signInternalToken } from './identity.js';

export interface InternalClientOptions {
  /** The owning subgraph's GraphQL URL. */
  url: string;
  /** Its name, for the error a user sees when it cannot be reached. */
  service: string;
  secret: string;
  timeoutMs?: number;
}

/**
 * A subgraph asking another one for data it owns (is this nominee of the right kind? where does it
 * sit?). It calls the owner directly with the same signed identity the gateway would forward, and
 * fails with UPSTREAM_UNAVAILABLE, not a hang, when the owner is down or slow.
 */
export function createInternalClient(options: InternalClientOptions) {
  const timeoutMs = options.timeoutMs ?? 3000;
  return async function request<T>(query: string, variables: Record<string, unknown>, identity: Identity | null): Promise<T> {
    const token = await signInternalToken({ identity }, options.secret);
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw unavailable(options.service);
    }
    const body = (await response.json().catch(() => null)) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    } | null;
    if (!body || (!body.data && !body.errors)) throw unavailable(options.service);
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code;
      // The owner's own verdicts (not found, out of jurisdiction …) pass through as they are.
      if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR && (Object.values(ErrorCode) as string[]).includes(code)) {
        throw new DomainError(code as ErrorCode, error.message);
      }
      throw unavailable(options.service);
    }
    return body.data as T;
  };
}

export type InternalClient = ReturnType<typeof createInternalClient>;

const unavailable = (service: string) => new DomainError(ErrorCode.UPSTREAM_UNAVAILABLE, `暂时无法连接${service},请稍后重试`, { service });
