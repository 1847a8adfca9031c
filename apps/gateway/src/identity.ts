import { verifyAccessToken } from '@ronghe/kit/identity';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import type { GatewayConfig } from './config.js';

export type IdentityResolver = (authorization: string | undefined) => Promise<Identity | null>;

const roleValues = new Set<string>(Object.values(Role));

/**
 * Turns the Authorization header into the caller's identity. Tokens issued by `login` are checked
 * with JWT_SECRET; with OIDC_ISSUER and OIDC_JWKS_URL set, tokens of that OpenID Connect provider
 * are checked against its published keys, the unit and roles read from configurable claims.
 * No header means an anonymous caller (who may only log in); a bad or expired token is refused.
 */
export function createIdentityResolver(config: GatewayConfig): IdentityResolver {
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

  return async (authorization) => {
    if (!authorization) return null;
    const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
    try {
      if (!token) throw new Error('not a bearer token');
      if (oidc && decodeJwt(token).iss === oidc.issuer) return await verifyOidc(token);
      return await verifyAccessToken(token, config.JWT_SECRET);
    } catch {
      throw new GraphQLError('登录已失效,请重新登录', {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
      });
    }
  };
}
