import { describe, expect, it } from 'vitest';
import { hashPassword, nobodysHash, verifyNobodysPassword, verifyPassword } from './password.js';

const parameters = (hash: string) => hash.split('$').slice(0, 4);

describe('the hash checked for unknown usernames', () => {
  it('costs what a real account’s does: the same scheme and scrypt parameters', async () => {
    expect(parameters(await nobodysHash())).toEqual(parameters(await hashPassword('Ronghe@2026')));
    expect(await nobodysHash()).toBe(await nobodysHash());
  });

  it('matches no password', async () => {
    expect(await verifyPassword('', await nobodysHash())).toBe(false);
    expect(await verifyNobodysPassword('Ronghe@2026')).toBe(false);
  });
});
