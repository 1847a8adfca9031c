import { createLogger, stableId, verifyAccessToken } from '@ronghe/kit';
import { DEMO_PASSWORD, demoAccounts } from '@ronghe/demo';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { openTestbed, TEST_JWT_SECRET } from '../testing.js';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './account.service.js';

let bed: Awaited<ReturnType<typeof openTestbed>>;

beforeAll(async () => {
  bed = await openTestbed();
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
});
afterAll(() => bed?.close());

const LOGIN = /* GraphQL */ `
  mutation ($username: String!, $password: String!) {
    login(username: $username, password: $password) { accessToken expiresAt account { id username roles } }
  }
`;
const ME = /* GraphQL */ `query { me { id username displayName roles organization { name } } }`;

const login = (username: string, password: string) => bed.execute(LOGIN, { username, password });
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const minutesFromNow = (n: number) => new Date(Date.now() + n * 60_000);

describe('login', () => {
  it('returns a token that carries the account’s id, unit and roles', async () => {
    const { data, errors } = await login('operator', DEMO_PASSWORD);
    expect(errors).toBeUndefined();
    expect(data!.login.account).toEqual({ id: stableId('account', 'operator'), username: 'operator', roles: [Role.UNIT_OPERATOR] });
    const identity = await verifyAccessToken(data!.login.accessToken, TEST_JWT_SECRET);
    expect(identity).toEqual({
      accountId: stableId('account', 'operator'),
      username: 'operator',
      organizationId: stableId('organization', '十八里河镇'),
      roles: [Role.UNIT_OPERATOR],
    });
    expect(new Date(data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    await expect(verifyAccessToken(data!.login.accessToken, 'another-secret-0123456789abcdef-xyz')).rejects.toThrow();
  });

  it('lets every demo account sign in with the demo password', async () => {
    for (const account of demoAccounts) {
      const { data, errors } = await login(account.username, DEMO_PASSWORD);
      expect(errors, account.username).toBeUndefined();
      expect((await verifyAccessToken(data!.login.accessToken, TEST_JWT_SECRET)).roles).toEqual(account.roles);
    }
  });

  it('answers a wrong password and an unknown user with the same error', async () => {
    const wrong = await login('admin', 'Wrong@2026');
    const unknown = await login('no-such-user', DEMO_PASSWORD);
    expect(wrong.errors).toEqual(unknown.errors);
    expect(code(wrong)).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(wrong.data).toBeNull();
  });
});

describe('lockout', () => {
  it(`locks an account after ${MAX_FAILED_LOGINS} wrong passwords, even against the right one, for ${LOCKOUT_MINUTES} minutes`, async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      expect(code(await login('approver-hrss', 'wrong'))).toBe(ErrorCode.INVALID_CREDENTIALS);
    }
    expect(code(await login('approver-hrss', DEMO_PASSWORD))).toBe(ErrorCode.ACCOUNT_LOCKED);

    const accounts = bed.services.accounts;
    await expect(
      accounts.login({ username: 'approver-hrss', password: DEMO_PASSWORD, now: minutesFromNow(LOCKOUT_MINUTES - 1) }),
    ).rejects.toMatchObject({
      extensions: { code: ErrorCode.ACCOUNT_LOCKED },
    });
    const later = await accounts.login({ username: 'approver-hrss', password: DEMO_PASSWORD, now: minutesFromNow(LOCKOUT_MINUTES + 1) });
    expect(await verifyAccessToken(later.accessToken, TEST_JWT_SECRET)).toMatchObject({ username: 'approver-hrss' });
  });

  it('does not lock after fewer failures', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await login('partner', 'wrong');
    expect((await login('partner', DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('starts counting afresh after a successful sign-in', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await login('evaluator', 'wrong');
      expect((await login('evaluator', DEMO_PASSWORD)).errors, `round ${round}`).toBeUndefined();
    }
  });

  it('locks an unknown username after as many failures, with the same answer a real account gets', async () => {
    const answers = async (username: string) => {
      const seen = [];
      for (let i = 0; i <= MAX_FAILED_LOGINS; i++) seen.push((await login(username, 'Wrong@2026')).errors);
      return seen;
    };
    const real = await answers('operator');
    const unknown = await answers('ghost.operator');
    expect(real.slice(0, MAX_FAILED_LOGINS).map((e) => e?.[0]?.extensions?.code)).toEqual(
      Array(MAX_FAILED_LOGINS).fill(ErrorCode.INVALID_CREDENTIALS),
    );
    expect(real[MAX_FAILED_LOGINS]![0]!.extensions!.code).toBe(ErrorCode.ACCOUNT_LOCKED);
    // Same codes and messages step by step; the lock's end differs only by the time it was set.
    const shape = (errors: typeof real) =>
      errors.map((e) => ({ code: e?.[0]?.extensions?.code, message: e?.[0]?.message.replace(/锁定至 .*/, '锁定至 …') }));
    expect(shape(unknown)).toEqual(shape(real));
    // Case and spaces do not buy an attacker fresh attempts.
    expect(code(await login(' GHOST.Operator ', 'Wrong@2026'))).toBe(ErrorCode.ACCOUNT_LOCKED);
  });

  it('shows the office when an account is locked, and a password reset unlocks it', async () => {
    const ACCOUNTS = `{ accounts(search: "operator") { nodes { username lockedUntil } } }`;
    const admin = await verifyAccessToken((await login('admin', DEMO_PASSWORD)).data!.login.accessToken, TEST_JWT_SECRET);
    const listed = await bed.execute(ACCOUNTS, {}, admin);
    const operator = listed.data!.accounts.nodes.find((a: { username: string }) => a.username === 'operator');
    expect(new Date(operator.lockedUntil).getTime()).toBeGreaterThan(Date.now());
    const RESET = `mutation ($id: ID!) { resetPassword(accountId: $id, temporaryPassword: "Temp2026xy") { lockedUntil } }`;
    const reset = await bed.execute(RESET, { id: stableId('account', 'operator') }, admin);
    expect(reset.data!.resetPassword.lockedUntil).toBeNull();
    expect((await login('operator', 'Temp2026xy')).errors).toBeUndefined();
  });

  it('counts concurrent wrong attempts without losing any', async () => {
    const attempts = await Promise.all(Array.from({ length: MAX_FAILED_LOGINS }, () => login('approver-hfpc', 'wrong')));
    expect(attempts.map(code)).toEqual(Array(MAX_FAILED_LOGINS).fill(ErrorCode.INVALID_CREDENTIALS));
    expect(code(await login('approver-hfpc', DEMO_PASSWORD))).toBe(ErrorCode.ACCOUNT_LOCKED);
  });
});

describe('me', () => {
  it('is null for an anonymous caller', async () => {
    const { data, errors } = await bed.execute(ME, {}, null);
    expect(errors).toBeUndefined();
    expect(data!.me).toBeNull();
  });

  it('is the signed-in account with its unit', async () => {
    const { data } = await login('admin', DEMO_PASSWORD);
    const identity: Identity = await verifyAccessToken(data!.login.accessToken, TEST_JWT_SECRET);
    const me = await bed.execute(ME, {}, identity);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({
      id: stableId('account', 'admin'),
      username: 'admin',
      displayName: '活动办公室管理员',
      roles: [Role.PROGRAM_ADMIN],
      organization: { name: '管城回族区人民政府办公室' },
    });
  });
});

describe('actors', () => {
  const ACTORS = /* GraphQL */ `query ($usernames: [String!]!) { actors(usernames: $usernames) { username displayName organizationName } }`;

  it('tells any signed-in account the name and unit behind login names, leaving out unknown ones', async () => {
    const { data } = await login('evaluator', DEMO_PASSWORD);
    const identity: Identity = await verifyAccessToken(data!.login.accessToken, TEST_JWT_SECRET);
    const answer = await bed.execute(ACTORS, { usernames: ['admin', 'operator', 'no-such-user', 'admin'] }, identity);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.actors.sort((a: { username: string }, b: { username: string }) => a.username.localeCompare(b.username))).toEqual([
      { username: 'admin', displayName: '活动办公室管理员', organizationName: '管城回族区人民政府办公室' },
      { username: 'operator', displayName: '十八里河镇经办人', organizationName: '十八里河镇' },
    ]);
  });

  it('is refused to an anonymous caller', async () => {
    expect(code(await bed.execute(ACTORS, { usernames: ['admin'] }, null))).toBe(ErrorCode.UNAUTHENTICATED);
  });
});
