import type { webcrypto } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signAccessToken } from '@ronghe/kit/identity';
import type { Identity } from '@ronghe/types';
import { Role } from '@ronghe/types';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config.js';
import { createIdentityResolver, createSessionVersionLookup } from './identity.js';

// A stand-in OpenID Connect provider on loopback: it only publishes its signing key.
let jwksServer: http.Server;
let issuerKey: webcrypto.CryptoKey;
let jwksUrl: string;
const ISSUER = 'https://idp.example.gov.cn/realms/ronghe';

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  issuerKey = privateKey;
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwksServer = http.createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/certs`;
});
afterAll(() => new Promise((resolve) => jwksServer.close(resolve)));

const oidcToken = (claims: Record<string, unknown>, key: webcrypto.CryptoKey = issuerKey, issuer = ISSUER) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(issuer)
    .setAudience('ronghe')
    .setSubject('u-42')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);

describe('identity at the gateway', () => {
  it('treats a request without a token as anonymous and a local token as its account', async () => {
    const config = loadConfig({});
    const resolve = createIdentityResolver(config, async () => 1);
    expect(await resolve(undefined)).toBeNull();
    const identity = { accountId: 'a1', username: 'admin', organizationId: 'o1', roles: [Role.PROGRAM_ADMIN] };
    expect(await resolve(`Bearer ${await signAccessToken(identity, config.JWT_SECRET, 60)}`)).toEqual(identity);
  });

  it('accepts tokens of the configured OpenID Connect provider, checked against its published keys', async () => {
    const resolve = createIdentityResolver(loadConfig({ OIDC_ISSUER: ISSUER, OIDC_JWKS_URL: jwksUrl, OIDC_AUDIENCE: 'ronghe' }));
    const token = await oidcToken({ preferred_username: 'zhangsan', ronghe_org: 'org-9', ronghe_roles: ['UNIT_OPERATOR', 'SUPERUSER'] });
    expect(await resolve(`Bearer ${token}`)).toEqual({
      accountId: 'u-42',
      username: 'zhangsan',
      organizationId: 'org-9',
      roles: [Role.UNIT_OPERATOR],
    });
  });

  it('refuses a token signed by another key, or one from the provider when none is configured', async () => {
    const { privateKey: stranger } = await generateKeyPair('RS256');
    const forged = await oidcToken({ preferred_username: 'x', ronghe_org: 'o', ronghe_roles: ['PROGRAM_ADMIN'] }, stranger);
    const withOidc = createIdentityResolver(loadConfig({ OIDC_ISSUER: ISSUER, OIDC_JWKS_URL: jwksUrl }));
    await expect(withOidc(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const genuine = await oidcToken({ preferred_username: 'x', ronghe_org: 'o' });
    await expect(createIdentityResolver(loadConfig({}))(`Bearer ${genuine}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('sessions that end', () => {
  const config = loadConfig({ SESSION_CHECK_SECONDS: '30', SESSION_CHECK_GRACE_SECONDS: '300' });
  const admin: Identity = { accountId: 'a1', username: 'admin', organizationId: 'o1', roles: [Role.PROGRAM_ADMIN] };
  const bearer = async (sessionVersion: number) => `Bearer ${await signAccessToken(admin, config.JWT_SECRET, 60, sessionVersion)}`;
  const refused = (code: string) => ({ extensions: { code } });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a token whose session version the account has moved past, and one that carries none', async () => {
    const resolve = createIdentityResolver(config, async () => 3);
    expect(await resolve(await bearer(3))).toEqual(admin);
    await expect(resolve(await bearer(2))).rejects.toMatchObject(refused('UNAUTHENTICATED'));
    const { SignJWT } = await import('jose');
    const versionless = await new SignJWT({ username: 'admin', org: 'o1', roles: ['PROGRAM_ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a1')
      .setIssuer('ronghe-organizations')
      .setAudience('ronghe')
      .setExpirationTime('60s')
      .sign(new TextEncoder().encode(config.JWT_SECRET));
    await expect(resolve(`Bearer ${versionless}`)).rejects.toMatchObject(refused('UNAUTHENTICATED'));
    const gone = createIdentityResolver(config, async () => null);
    await expect(gone(await bearer(3))).rejects.toMatchObject(refused('UNAUTHENTICATED'));
  });

  it('asks organizations at most once per SESSION_CHECK_SECONDS, and at once for a newer token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let current = 1;
    const asked: string[] = [];
    const lookup = createSessionVersionLookup(config, async (identity) => {
      asked.push(identity.accountId);
      return current;
    });
    expect(await lookup(admin, 1)).toBe(1);
    current = 2; // signed out elsewhere
    expect(await lookup(admin, 1)).toBe(1);
    expect(asked).toHaveLength(1);
    vi.setSystemTime(Date.now() + 30_000);
    expect(await lookup(admin, 1)).toBe(2);
    current = 3; // signed out, then signed in again: the new token must not wait for the cache
    expect(await lookup(admin, 3)).toBe(3);
    expect(asked).toHaveLength(3);
  });

  it('while organizations is unreachable, serves the last answer for the grace period, then refuses', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let reachable = true;
    const lookup = createSessionVersionLookup(config, async () => {
      if (!reachable) throw new Error('connection refused');
      return 1;
    });
    expect(await lookup(admin, 1)).toBe(1);
    reachable = false;
    vi.setSystemTime(Date.now() + 299_000);
    expect(await lookup(admin, 1)).toBe(1);
    vi.setSystemTime(Date.now() + 2_000);
    await expect(lookup(admin, 1)).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', http: { status: 503 } } });
    await expect(lookup({ ...admin, accountId: 'never-seen' }, 1)).rejects.toMatchObject(refused('UPSTREAM_UNAVAILABLE'));
  });
});
