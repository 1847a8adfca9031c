import { Role } from '@ronghe/types';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signAccessToken, signInternalToken, verifyAccessToken, verifyInternalToken } from './identity.js';

const secret = 'a'.repeat(40);
const identity = { accountId: 'acc-1', username: 'admin', organizationId: 'org-1', roles: [Role.PROGRAM_ADMIN] };

describe('internal token (gateway → subgraph)', () => {
  it('carries the identity the gateway signed', async () => {
    const token = await signInternalToken({ identity }, secret);
    expect(await verifyInternalToken(token, secret)).toEqual({ identity });
  });

  it('carries an anonymous caller as null', async () => {
    expect(await verifyInternalToken(await signInternalToken({ identity: null }, secret), secret)).toEqual({ identity: null });
  });

  it('is refused when signed with another secret', async () => {
    const forged = await signInternalToken({ identity }, 'b'.repeat(40));
    await expect(verifyInternalToken(forged, secret)).rejects.toThrow();
  });

  it('is refused once expired', async () => {
    const stale = await new SignJWT({ identity })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('ronghe-gateway')
      .setAudience('ronghe-subgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(stale, secret)).rejects.toThrow(/exp/);
  });

  it('is not accepted in place of an access token, nor the reverse', async () => {
    const internal = await signInternalToken({ identity }, secret);
    await expect(verifyAccessToken(internal, secret)).rejects.toThrow();
    const access = await signAccessToken(identity, secret, 60);
    await expect(verifyInternalToken(access, secret)).rejects.toThrow();
  });
});

describe('access token (login → gateway)', () => {
  it('round-trips the identity and drops unknown roles', async () => {
    const token = await signAccessToken({ ...identity, roles: [Role.EVALUATOR, 'ROOT' as Role] }, secret, 60);
    expect(await verifyAccessToken(token, secret)).toEqual({ ...identity, roles: [Role.EVALUATOR] });
  });
});
