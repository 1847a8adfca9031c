import { createHash } from 'node:crypto';
import type { InternalClient } from '@ronghe/kit/internal-client';
import { ErrorCode } from '@ronghe/types';
import { GraphQLError } from 'graphql';
import { createCachedLookup } from '../cached-lookup.js';
import type { GatewayConfig } from '../config.js';

export interface RegisteredOperation {
  hash: string;
  name: string;
  document: string;
}

/** A partner department's system, as organizations describes the holder of a key. */
export interface PartnerClient {
  id: string;
  name: string;
  organizationId: string;
  ratePerMinute: number;
  dailyQuota: number;
  /** By hash. */
  registered: Map<string, RegisteredOperation>;
}

export type PartnerKeyCheck = (apiKey: string) => Promise<PartnerClient | null>;

/** Keys the office issues look like `rhk_` and 43 base64url characters; access tokens never start so. */
const PARTNER_KEY = /^Bearer\s+(rhk_[A-Za-z0-9_-]{16,200})\s*$/i;

/** The API key in an Authorization header, or null when the caller is not a partner client. */
export const partnerKeyOf = (authorization: string | undefined): string | null =>
  authorization ? (PARTNER_KEY.exec(authorization)?.[1] ?? null) : null;

const CREDENTIAL = `query ($keyHash: String!) {
  partnerCredential(keyHash: $keyHash) { id name organizationId ratePerMinute dailyQuota registered { hash name document } }
}`;

type Answer = { partnerCredential: (Omit<PartnerClient, 'registered'> & { registered: RegisteredOperation[] }) | null };

/**
 * Which client holds an API key, asked of organizations by the key's SHA-256 (the key itself never
 * leaves the gateway) and remembered for PARTNER_CLIENT_CHECK_SECONDS, the same revocation check
 * as sessions: a revoked or rotated key is refused on every replica within that time.
 */
export function createPartnerKeyCheck(config: GatewayConfig, request: InternalClient): PartnerKeyCheck {
  const lookup = createCachedLookup<PartnerClient | null>({
    ttlMs: config.PARTNER_CLIENT_CHECK_SECONDS * 1000,
    graceMs: config.SESSION_CHECK_GRACE_SECONDS * 1000,
    max: 10_000,
    unavailable: () =>
      new GraphQLError('暂时无法核验接入密钥,请稍后重试', {
        extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, http: { status: 503 } },
      }),
  });
  return (apiKey) => {
    const keyHash = createHash('sha256').update(apiKey).digest('hex');
    return lookup(keyHash, async () => {
      // No identity: the question is @inaccessible, so only the gateway and the subgraphs can ask it.
      const { partnerCredential: found } = await request<Answer>(CREDENTIAL, { keyHash }, null);
      return found && { ...found, registered: new Map(found.registered.map((o) => [o.hash, o])) };
    });
  };
}
