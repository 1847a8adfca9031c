import { readAccessToken } from '@ronghe/kit/identity';
import { createInternalClient } from '@ronghe/kit/internal-client';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { createCachedLookup } from './cached-lookup.js';
import type { GatewayConfig } from './config.js';

export type IdentityResolver = (authorization: string | undefined) => Promise<Identity | null>;

const roleValues = new Set<string>(Object.values(Role));

/** The session version an account's access tokens must carry now; null for an account that is gone. */
export type SessionVersionLookup = (identity: Identity, tokenVersion?: number | null) => Promise<number | null>;

const MAX_CACHED_ACCOUNTS = 50_000;

/** The gateway's own questions to organizations (session versions, partner keys, usage), short of a timeout. */
export const organizationsClient = (config: GatewayConfig) =>
  createInternalClient({
    url: config.subgraphUrls.organizations!,
    service: '单位名录服务',
    secret: config.INTERNAL_SECRET,
    timeoutMs: Math.min(config.SUBGRAPH_TIMEOUT_MS, 3000),
  });

/**
 * Asks organizations for an account's session version, remembered for SESSION_CHECK_SECONDS (≤ 30),
 * so a sign-out, a disabled account or changed roles retire its tokens within a minute on every
 * replica, each with its own cache. A token newer than what is remembered asks again at once (a
 * fresh sign-in after signing out). While organizations is unreachable the last answer serves for
 * SESSION_CHECK_GRACE_SECONDS after it was fetched; after that the request is refused (cached-lookup.ts).
 */
export function createSessionVersionLookup(
  config: GatewayConfig,
  ask?: (identity: Identity) => Promise<number | null>,
): SessionVersionLookup {
  const request = organizationsClient(config);
  const fetchVersion =
    ask ??
    (async (identity: Identity) => {
      const data = await request<{ sessionVersion: number | null }>(
        'query ($id: ID!) { sessionVersion(accountId: $id) }',
        { id: identity.accountId },
        identity,
      );
      return data.sessionVersion;
    });
  const lookup = createCachedLookup<number | null>({
    ttlMs: config.SESSION_CHECK_SECONDS * 1000,
    graceMs: config.SESSION_CHECK_GRACE_SECONDS * 1000,
    max: MAX_CACHED_ACCOUNTS,
    unavailable: () =>
      new GraphQLError('暂时无法核验登录状态,请稍后重试', {
        extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, http: { status: 503 } },
      }),
  });
  // A token newer than what is remembered asks again at once (a fresh sign-in after signing out).
  return (identity, tokenVersion?: number | null) =>
    lookup(
      identity.accountId,
      () => fetchVersion(identity),
      (remembered) => remembered != null && tokenVersion != null && tokenVersion > remembered,
    );
}

/**
 * Turns the Authorization header into the caller's identity. Tokens issued by `login` are checked
 * with JWT_SECRET and against the account's current session version; with OIDC_ISSUER and
 * OIDC_JWKS_URL set, tokens of that OpenID Connect provider are checked against its published keys,
 * the unit and roles read from configurable claims (their revocation is the provider's).
 * No header means an anonymous caller (who may only log in); a bad, expired or ended token is refused.
 */
export function createIdentityResolver(
  config: GatewayConfig,
  sessionVersionOf: SessionVersionLookup = createSessionVersionLookup(config),
): IdentityResolver {
  const oidc =
    config.OIDC_ISSUER && config.OIDC_JWKS_URL
      ? { issuer: config.OIDC_ISSUER, keys: createRemoteJWKSet(new URL(config.OIDC_JWKS_URL)) }
      : null;

  async function verifyOidc(token: string): Promise<Identity> {
    const { payload } = await jwtVerify(token, oidc!.keys, {
      issuer: oidc!.issuer,
      ...(config.OIDC_AUDIENCE ? { audience: config.OIDC_AUDIENCE } : {}),
    });
    const roles = payload[config.OIDC_ROLES_CLAIM];
    const organizationId = payload[config.OIDC_ORG_CLAIM];
    const username = payload[config.OIDC_USERNAME_CLAIM] ?? payload.sub;
    if (typeof organizationId !== 'string' || typeof username !== 'string' || !payload.sub) {
      throw new Error('OIDC token lacks the unit or user claims');
    }
    return {
      accountId: payload.sub,
      username,
      organizationId,
      roles: (Array.isArray(roles) ? roles : []).filter((r): r is Role => typeof r === 'string' && roleValues.has(r)),
    };
  }

  const verified = verifiedTokens(config.JWT_SECRET);
  const unauthenticated = () =>
    new GraphQLError('登录已失效,请重新登录', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });

  return async (authorization) => {
    if (!authorization) return null;
    const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
    let claims: { identity: Identity; sessionVersion: number | null };
    try {
      if (!token) throw new Error('not a bearer token');
      if (oidc && decodeJwt(token).iss === oidc.issuer) return await verifyOidc(token);
      claims = await verified(token);
    } catch {
      throw unauthenticated();
    }
    // Tokens from before session versions carry none: refused, the client refreshes or signs in.
    if (claims.sessionVersion === null) throw unauthenticated();
    const current = await sessionVersionOf(claims.identity, claims.sessionVersion);
    if (current !== claims.sessionVersion) throw unauthenticated();
    return claims.identity;
  };
}

const MAX_VERIFIED_TOKENS = 10_000;
const VERIFIED_TOKEN_REUSE_MS = 60_000;

/**
 * `readAccessToken` remembering the tokens it found valid, until they expire and for at most a
 * minute: a client sends the same token with every request, and checking its signature again each
 * time was a good part of the gateway's own work. Only valid tokens are kept; a forged or expired
 * one is checked (and refused) every time. The session check still runs per request.
 */
function verifiedTokens(secret: string) {
  const known = new Map<string, { claims: Awaited<ReturnType<typeof readAccessToken>>; until: number }>();
  return async (token: string) => {
    const hit = known.get(token);
    if (hit && Date.now() < hit.until) return hit.claims;
    const claims = await readAccessToken(token, secret);
    const exp = decodeJwt(token).exp;
    if (known.size >= MAX_VERIFIED_TOKENS) known.delete(known.keys().next().value!);
    known.set(token, { claims, until: Math.min(Date.now() + VERIFIED_TOKEN_REUSE_MS, exp ? exp * 1000 : 0) });
    return claims;
  };
}
