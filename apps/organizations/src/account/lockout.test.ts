import { createLogger } from '@ronghe/kit';
import { ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { openTestbed } from '../testing.js';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './account.service.js';

let bed: Awaited<ReturnType<typeof openTestbed>>;
beforeAll(async () => {
  bed = await openTestbed();
  await seedDemo(bed.db.dataSource, createLogger('test', 'silent'));
});
afterAll(() => bed?.close());

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

describe('signing in', () => {
  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await bed.execute(LOGIN, { u: 'approver-hrss', p: 'nope' });
    const unknown = await bed.execute(LOGIN, { u: 'nobody', p: 'nope' });
    expect([code(wrong), code(unknown)]).toEqual([ErrorCode.INVALID_CREDENTIALS, ErrorCode.INVALID_CREDENTIALS]);
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it('locks the account for fifteen minutes after five failures, even for the right password', async () => {
    const accounts = bed.services.accounts;
    const t0 = new Date('2026-11-28T09:00:00+08:00');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await expect(accounts.login({ username: 'approver-hfpc', password: 'wrong', now: minutes(t0, i) })).rejects.toMatchObject({ extensions: { code: ErrorCode.INVALID_CREDENTIALS } });
    }
    await expect(accounts.login({ username: 'approver-hfpc', password: 'Ronghe@2026', now: minutes(t0, 5) })).rejects.toMatchObject({
      extensions: { code: ErrorCode.ACCOUNT_LOCKED },
    });
    const after = await accounts.login({ username: 'approver-hfpc', password: 'Ronghe@2026', now: minutes(t0, 4 + LOCKOUT_MINUTES + 1) });
    expect(after.accessToken).toBeTruthy();
  });

  it('counts concurrent failures without losing any', async () => {
    await Promise.all(Array.from({ length: MAX_FAILED_LOGINS }, () => bed.execute(LOGIN, { u: 'evaluator', p: 'wrong' })));
    const locked = await bed.execute(LOGIN, { u: 'evaluator', p: 'Ronghe@2026' });
    expect(code(locked)).toBe(ErrorCode.ACCOUNT_LOCKED);
    expect(locked.errors![0]!.message).toMatch(/^登录失败次数过多,账号已锁定至 /);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await bed.execute(LOGIN, { u: 'operator', p: 'wrong' });
    expect((await bed.execute(LOGIN, { u: 'operator', p: 'Ronghe@2026' })).errors).toBeUndefined();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await bed.execute(LOGIN, { u: 'operator', p: 'wrong' });
    expect((await bed.execute(LOGIN, { u: 'operator', p: 'Ronghe@2026' })).errors).toBeUndefined();
  });
});
