import { ErrorCode, type Identity, type Permission, PERMISSIONS, refusalOf, Role } from '@ronghe/types';
import { createHmac, webcrypto } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { DomainError } from './errors.js';

const INTERNAL_AUDIENCE = 'ronghe-subgraph';
const INTERNAL_ISSUER = 'ronghe-gateway';
const ACCESS_AUDIENCE = 'ronghe';
const ACCESS_ISSUER = 'ronghe-organizations';

/**
 * The HMAC key of a secret, imported once: jose would otherwise import raw bytes into a key on
 * every signature and check, the larger part of their cost on the gateway's path.
 */
const keys = new Map<string, Promise<webcrypto.CryptoKey>>();
function key(secret: string): Promise<webcrypto.CryptoKey> {
  let imported = keys.get(secret);
  if (!imported) {
    imported = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, imported);
  }
  return imported;
}

/** What the gateway vouches for: the caller's identity, or an anonymous caller. */
export interface InternalClaims {
  identity: Identity | null;
}

/**
 * Signed by the gateway for each request it serves; short-lived so a captured one is of little use.
 * An HS256 JWT made with node:crypto's HMAC in one synchronous step: jose's asynchronous
 * WebCrypto signature cost about as much as the rest of the gateway's own work on a small query.
 * Subgraphs verify it with jose (`verifyInternalToken`).
 */
export async function signInternalToken(claims: InternalClaims, secret: string): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  const payload = { identity: claims.identity, iss: INTERNAL_ISSUER, aud: INTERNAL_AUDIENCE, iat, exp: iat + 60 };
  const signingInput = `${HS256_HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

const HS256_HEADER = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');

/** Throws when the request did not come through the gateway. */
export async function verifyInternalToken(token: string, secret: string): Promise<InternalClaims> {
  const { payload } = await jwtVerify(token, await key(secret), {
    issuer: INTERNAL_ISSUER,
    audience: INTERNAL_AUDIENCE,
    algorithms: ['HS256'],
  });
  return { identity: parseIdentity(payload.identity) };
}

/**
 * Access token handed to a user by `login`, verified by the gateway. `sessionVersion` is the
 * account's when the token was issued: the gateway refuses the token once the account's moves on.
 */
export async function signAccessToken(identity: Identity, secret: string, ttlSeconds: number, sessionVersion = 1): Promise<string> {
  return new SignJWT({ username: identity.username, org: identity.organizationId, roles: identity.roles, sv: sessionVersion })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.accountId)
    .setIssuer(ACCESS_ISSUER)
    .setAudience(ACCESS_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await key(secret));
}

export interface AccessClaims {
  identity: Identity;
  /** Null for a token issued before tokens carried one. */
  sessionVersion: number | null;
}

/** The identity and session version of a valid access token; throws for any other. */
export async function readAccessToken(token: string, secret: string): Promise<AccessClaims> {
  const { payload } = await jwtVerify(token, await key(secret), {
    issuer: ACCESS_ISSUER,
    audience: ACCESS_AUDIENCE,
    algorithms: ['HS256'],
  });
  const identity = parseIdentity({
    accountId: payload.sub,
    username: payload.username,
    organizationId: payload.org,
    roles: payload.roles,
  });
  if (!identity) throw new Error('access token lacks identity claims');
  return { identity, sessionVersion: Number.isInteger(payload.sv) ? (payload.sv as number) : null };
}

export async function verifyAccessToken(token: string, secret: string): Promise<Identity> {
  return (await readAccessToken(token, secret)).identity;
}

const roleValues = new Set<string>(Object.values(Role));

function parseIdentity(value: unknown): Identity | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.accountId !== 'string' || typeof v.username !== 'string' || typeof v.organizationId !== 'string') {
    return null;
  }
  const roles = Array.isArray(v.roles) ? v.roles.filter((r): r is Role => typeof r === 'string' && roleValues.has(r)) : [];
  return { accountId: v.accountId, username: v.username, organizationId: v.organizationId, roles };
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) throw new DomainError(ErrorCode.UNAUTHENTICATED, '请先登录');
  return identity;
}

/**
 * The caller allowed `permission` by the access rules in `@ronghe/types`; else READ_ONLY_ROLE for a
 * read-only account asking to write, FORBIDDEN for the rest, saying what it may not do.
 */
export function requirePermission(identity: Identity | null, permission: Permission): Identity {
  const caller = requireIdentity(identity);
  const refusal = refusalOf(caller, permission);
  if (refusal === ErrorCode.READ_ONLY_ROLE) throw new DomainError(refusal, '合作部门账号只能查阅,不能修改');
  if (refusal) throw new DomainError(refusal, `当前账号无权${PERMISSIONS[permission].label}`);
  return caller;
}
