import type { webcrypto } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signAccessToken } from '@ronghe/kit/identity';
import { Role } from '@ronghe/types';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createIdentityResolver } from './identity.js';

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
    const resolve = createIdentityResolver(config);
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
